//! Expressions anchored on the reference time of a narrative rather than on the publication
//! date: "that day", "the same month", "later that year", "later in the day", "the following
//! week", "the next morning", "the previous Friday", "by the 15th". Each is a
//! [`Meaning::FromReference`]; the
//! tagger resolves it against the last date the text named precisely enough ([`Recent`]: a day
//! for "the next day", any date for "the following year"), as HeidelTime does for narratives,
//! and against the publication date when no such date was named yet.

use super::dates::weekday_at;
use super::lexicon::{part_of_day, unit, Unit};
use super::normalize::{Meaning, Shift, TimeOfDay};
use crate::analysis::document::Document;
use chrono::NaiveDate;

type Found = Option<(usize, Meaning)>;

/// How much of a date the text gave: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// The last date the text named, at the precision it was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub date: NaiveDate,
    pub precision: Precision,
}

impl Reference {
    /// The date a value names (`1998`, `1998-10`, `1998-10-23`, `1998-10-23TNI`), if any;
    /// weeks, quarters, seasons, durations and undated references name none.
    pub fn of_value(value: &str) -> Option<Self> {
        let year: i32 =
            value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
        let two = |a: usize| -> Option<u32> {
            let s = value.get(a..a + 2)?;
            s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten()
        };
        let rest = value.get(4..)?;
        let (date, precision) = if rest.is_empty() {
            (NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year)
        } else {
            let month = two(5).filter(|_| rest.starts_with('-'))?;
            match two(8).filter(|_| value.get(7..8) == Some("-")) {
                Some(day) => (NaiveDate::from_ymd_opt(year, month, day)?, Precision::Day),
                None if value.len() == 7 => {
                    (NaiveDate::from_ymd_opt(year, month, 1)?, Precision::Month)
                }
                None => return None,
            }
        };
        Some(Reference { date, precision })
    }
}

/// The dates the text has named so far: for each precision, the last date named at least that
/// precisely ("the next day" needs the last day named, "the following year" any last date).
#[derive(Debug, Clone, Default)]
pub struct Recent {
    latest: [Option<NaiveDate>; 3],
}

impl Recent {
    /// Notes the date a resolved value names, if it names one.
    pub fn note(&mut self, value: &str) {
        if let Some(r) = Reference::of_value(value) {
            for slot in self.latest.iter_mut().take(r.precision as usize + 1) {
                *slot = Some(r.date);
            }
        }
    }

    /// The last date named at least as precisely as `precision`.
    pub fn at_least(&self, precision: Precision) -> Option<NaiveDate> {
        self.latest.get(precision as usize).copied().flatten()
    }
}

/// The precision of reference `inner` needs to be resolved against it.
pub fn needs(inner: &Meaning) -> Precision {
    match inner {
        Meaning::Relative { unit: Unit::Year | Unit::Decade | Unit::Century, .. } => {
            Precision::Year
        }
        Meaning::Relative { unit: Unit::Month | Unit::Quarter, .. } | Meaning::DayOfMonth(_) => {
            Precision::Month
        }
        _ => Precision::Day,
    }
}

fn from_reference(m: Meaning) -> Meaning {
    Meaning::FromReference(Box::new(m))
}

/// `unit` (a day, week, month or year; or a part of a day) moved by `offset` from the
/// reference, for the word at `j`; weeks, months and years only when `spans`.
fn unit_or_part(w: &Document, j: usize, offset: i64, spans: bool) -> Found {
    let word = w.lower(j);
    if let Some(p) = part_of_day(word).filter(|_| !word.ends_with('s') && word != "overnight") {
        let day = Meaning::Relative { unit: Unit::Day, offset };
        return Some((
            j + 1,
            from_reference(Meaning::WithTime(Some(Box::new(day)), TimeOfDay::Part(p))),
        ));
    }
    let (u, false) = unit(word)? else { return None };
    let allowed = match u {
        Unit::Day => word == "day",
        Unit::Week | Unit::Weekend | Unit::Month | Unit::Year => spans,
        _ => false,
    };
    allowed.then(|| (j + 1, from_reference(Meaning::Relative { unit: u, offset })))
}

/// All reference-time patterns at `i`.
pub fn at(w: &Document, i: usize) -> Found {
    match w.lower(i) {
        // "that day", "that same year", "that morning"
        "that" => {
            let j = if w.is(i + 1, "same") { i + 2 } else { i + 1 };
            unit_or_part(w, j, 0, true)
        }
        // "earlier that day", "later that year"
        "earlier" | "later" if w.is(i + 1, "that") => {
            let j = if w.is(i + 2, "same") { i + 3 } else { i + 2 };
            unit_or_part(w, j, 0, true)
        }
        // "later in the day", "earlier in the evening": the day the story is at; "later in
        // the year" is left to the tense (often the publication's year).
        "earlier" | "later" if w.is(i + 1, "in") && w.is(i + 2, "the") => {
            unit_or_part(w, i + 3, 0, false)
        }
        "the" => the_other(w, i).or_else(|| day_of_month(w, i)),
        _ => None,
    }
}

/// "on the 15th", "by the 3rd,": a day of the month the story is in. Only after a preposition
/// of time and before the end of the phrase, so "the 15th century" and "the 3rd time" are not
/// read.
fn day_of_month(w: &Document, i: usize) -> Found {
    let after_preposition = i.checked_sub(1).is_some_and(|p| {
        matches!(w.lower(p), "on" | "by" | "until" | "till" | "from" | "since" | "before" | "after")
    });
    let word = w.lower(i + 1);
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|s| word.strip_suffix(s))?;
    let day: u32 = digits.parse().ok().filter(|d| (1..=31).contains(d))?;
    let next = w.lower(i + 2);
    let phrase_ends = next.is_empty()
        || next.starts_with(|c: char| c.is_ascii_punctuation())
        || matches!(next, "and" | "or" | "when" | "at");
    (after_preposition && digits.len() <= 2 && phrase_ends)
        .then(|| (i + 2, from_reference(Meaning::DayOfMonth(day))))
}

/// "the same day", "the following week", "the next day", "the previous year", "the
/// preceding Friday".
fn the_other(w: &Document, i: usize) -> Found {
    let j = i + 2;
    let (offset, shift) = match w.lower(i + 1) {
        "same" => (0, Shift::This),
        "following" => (1, Shift::Next),
        // "the next week" is a span ("over the next week"); the next day is the day after.
        "next" => return unit_or_part(w, j, 1, false),
        "previous" | "preceding" | "prior" => (-1, Shift::Last),
        _ => return None,
    };
    if let Some((end, day)) = weekday_at(w, j).filter(|_| offset != 0) {
        return Some((end, from_reference(Meaning::Weekday { day, shift })));
    }
    unit_or_part(w, j, offset, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(value: &str) -> Option<(String, Precision)> {
        Reference::of_value(value).map(|r| (r.date.to_string(), r.precision))
    }

    #[test]
    fn values_name_a_date_at_their_precision() {
        assert_eq!(of("1998"), Some(("1998-01-01".into(), Precision::Year)));
        assert_eq!(of("1998-10"), Some(("1998-10-01".into(), Precision::Month)));
        assert_eq!(of("1998-10-23"), Some(("1998-10-23".into(), Precision::Day)));
        assert_eq!(of("1998-10-23TNI"), Some(("1998-10-23".into(), Precision::Day)));
        assert_eq!(of("1998-10-23T22:00"), Some(("1998-10-23".into(), Precision::Day)));
    }

    #[test]
    fn each_precision_keeps_the_last_date_named_that_precisely() {
        let mut recent = Recent::default();
        recent.note("2005-07-07");
        recent.note("2003");
        recent.note("1998-Q3");
        let day = NaiveDate::from_ymd_opt(2005, 7, 7);
        assert_eq!(recent.at_least(Precision::Day), day);
        assert_eq!(recent.at_least(Precision::Month), day);
        assert_eq!(recent.at_least(Precision::Year), NaiveDate::from_ymd_opt(2003, 1, 1));
    }

    #[test]
    fn weeks_quarters_and_references_name_no_date() {
        for value in ["1998-W43", "1998-Q3", "1998-SP", "199", "PAST_REF", "P3D", "1998-02-30", ""]
        {
            assert_eq!(of(value), None, "{value}");
        }
    }
}
