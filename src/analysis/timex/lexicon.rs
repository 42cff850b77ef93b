//! Word tables of the temporal tagger: month, weekday, season and part-of-day names, number
//! words, ordinals and time units, with their TIMEX3 codes.

pub use super::numbers::{is_vague_count, number_word, ordinal};
use crate::analysis::lexicon::WordList;

/// A calendar or clock unit with its TIMEX3 duration letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// Whether the unit is written after `T` in a duration (`PT24H`).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// Duration letter and how many of it one unit is (`Decade` = 10 `Y`).
    pub fn code(self) -> (&'static str, f64) {
        match self {
            Unit::Second => ("S", 1.0),
            Unit::Minute => ("M", 1.0),
            Unit::Hour => ("H", 1.0),
            Unit::Day => ("D", 1.0),
            Unit::Week => ("W", 1.0),
            Unit::Weekend => ("D", 2.0),
            Unit::Month => ("M", 1.0),
            Unit::Quarter => ("Q", 1.0),
            Unit::Year => ("Y", 1.0),
            Unit::Decade => ("Y", 10.0),
            Unit::Century => ("Y", 100.0),
        }
    }
}

/// A unit noun, singular or plural: `("years", Year, plural=true)`.
pub fn unit(word: &str) -> Option<(Unit, bool)> {
    let u = match word {
        "second" | "seconds" | "sec" | "secs" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
        "day" | "days" | "night" | "nights" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    };
    Some((u, word.ends_with('s')))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1-12) of a full name or a common abbreviation ("sept", "aug").
pub fn month(word: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u32 + 1);
    }
    let m = match word {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday number, Monday = 1.
pub fn weekday(word: &str) -> Option<u32> {
    let d = match word {
        "monday" | "mon" | "mondays" => 1,
        "tuesday" | "tue" | "tues" | "tuesdays" => 2,
        "wednesday" | "wed" | "wednesdays" => 3,
        "thursday" | "thu" | "thur" | "thurs" | "thursdays" => 4,
        "friday" | "fri" | "fridays" => 5,
        "saturday" | "sat" | "saturdays" => 6,
        "sunday" | "sun" | "sundays" => 7,
        _ => return None,
    };
    Some(d)
}

/// TIMEX3 season code.
pub fn season(word: &str) -> Option<&'static str> {
    Some(match word {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// TIMEX3 part-of-day code.
pub fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" | "mornings" => "MO",
        "afternoon" | "afternoons" => "AF",
        "evening" | "evenings" => "EV",
        "night" | "nights" | "overnight" => "NI",
        _ => return None,
    })
}

/// Words other than names, numbers and units that can begin an expression.
static STARTERS: WordList = WordList::new(
    "sometime comparable corresponding same a about almost an annually approximately around \
     at christmas couple coming countless current currently daily dozens each earlier early \
     end every fewer final fiscal following future half halloween hourly hundreds just labor \
     last late lately later latest less memorial mid midday midnight monthly more new next \
     nightly no noon now nowadays only past per presently previous preceding prior that \
     recent recently roughly soon thanksgiving the these this thousands today tomorrow \
     tonight up weekly year year-ago year-earlier year-end yearly yesterday nearly hogmanay \
     boxing bastille remembrance armistice bonfire burns valentine st st. saint",
);

/// Whether an expression can begin with `word` (lower-cased): a cheap filter that lets the
/// tagger skip most tokens without trying the patterns.
pub fn may_start(word: &str) -> bool {
    let Some(first) = word.bytes().next() else { return false };
    first.is_ascii_digit()
        || first == b'\''
        || word.contains('-')
        || (first == b'q' && word.len() == 2)
        || (word.starts_with("fy") && word.len() == 6)
        || STARTERS.contains_exact(word)
        || month(word).is_some()
        || weekday(word).is_some()
        || season(word).is_some()
        || unit(word).is_some()
        || is_vague_count(word)
        || number_word(word).is_some()
        || ordinal(word).is_some()
}
