//! What counts as a number in running text: digits ("26", "1,250.5", "1.13bn", "28-point"),
//! number words ("three", "twenty-five", "two million", "hundreds"), the modifiers before them
//! ("at least", "more than") and the units after them ("%", "per cent", "bn"). Also the tests that
//! keep years, times, ordinals, scores and names ("Formula 1") out.

use crate::analysis::lexicon::calendar::{MONTHS, MONTH_ABBREVIATIONS};
use crate::analysis::lexicon::WordList;
use crate::analysis::tokens::lower_cow;

static UNITS: WordList = WordList::new(
    "\
    zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety",
);

/// Words that multiply a number, and their plurals used alone ("hundreds of people").
static SCALES: WordList = WordList::new("hundred thousand million billion trillion dozen");
static PLURAL_SCALES: WordList =
    WordList::new("dozens hundreds thousands millions billions tens scores");

/// Modifiers before a number, longest first, as lower-case word sequences.
const MODIFIERS: &[&[&str]] = &[
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["close", "to"],
    &["an", "estimated"],
    &["in", "excess", "of"],
    &["a", "further"],
    &["just", "over"],
    &["just", "under"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["roughly"],
    &["approximately"],
    &["over"],
    &["some"],
    &["only"],
    &["just"],
    &["another"],
];

/// Time units: a number followed by one is a duration, which the date stage owns.
static TIME_UNITS: WordList = WordList::new(
    "\
    second seconds minute minutes hour hours day days week weeks month months year years \
    decade decades century centuries",
);

pub static CURRENCY_SYMBOLS: WordList = WordList::new("$ £ € ¥ US$ ₹");

/// A number word that starts a quantity ("three", "twenty-five", "million", "hundreds").
pub fn is_number_word(word: &str) -> bool {
    let one = |p: &str| p.eq_ignore_ascii_case("one");
    let parts_are_units = word.split('-').all(|p| UNITS.contains(p) || one(p));
    (parts_are_units && !one(word)) || is_scale(word) || PLURAL_SCALES.contains(word)
}

/// A scale word or its abbreviation ("million", "bn", "m"), in any ASCII case.
pub fn is_scale(word: &str) -> bool {
    SCALES.contains(word) || ["bn", "m", "k", "tn"].iter().any(|s| word.eq_ignore_ascii_case(s))
}

pub fn is_plural_scale(word: &str) -> bool {
    PLURAL_SCALES.contains(word)
}

/// A token written with digits: "26", "1,000", "3.5", "1.13bn", "600m", "28-point".
pub fn is_digit_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// The letters after the digits of a token ("bn" in "1.13bn", "point" in "28-point").
pub fn suffix(word: &str) -> &str {
    let digits = word.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'));
    digits.map_or("", |i| word[i..].trim_start_matches('-'))
}

/// Digits that are not a count: ordinals ("21st"), decades ("1990s"), times ("10:30", "10pm"),
/// scores and ranges of years ("3-1", "2004-05"), ISO dates and year-like numbers.
pub fn is_not_a_count(word: &str) -> bool {
    let suffix = suffix(word).to_lowercase();
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let ordinal = matches!(suffix.as_str(), "st" | "nd" | "rd" | "th");
    let time = word.contains(':') || matches!(suffix.as_str(), "am" | "pm" | "a.m." | "p.m.");
    let decade = suffix == "s" || suffix == "’s" || suffix == "'s";
    let score = suffix.chars().next().is_some_and(|c| c.is_ascii_digit())
        || word.split('-').filter(|p| !p.is_empty()).all(|p| p.chars().all(|c| c.is_ascii_digit()))
            && word.contains('-');
    let fraction_or_date = word.contains('/');
    // "0800", "0700": clock times and phone codes, never counts.
    let leading_zero = digits.len() > 1 && digits.starts_with('0') && !word.contains('.');
    // "3D", "4G": letters after the digits that are not a unit make a name (a capital "G" is
    // a generation, not grams).
    let named = !word.contains('-')
        && !suffix.is_empty()
        && !ordinal
        && !decade
        && !time
        && (!UNIT_SUFFIXES.contains(&suffix) || word.ends_with('G'));
    ordinal
        || time
        || decade
        || score
        || fraction_or_date
        || leading_zero
        || named
        || is_year(&digits) && word.len() == digits.len()
}

/// Units written straight after digits: "1.13bn", "600m", "5km", "40kg".
static UNIT_SUFFIXES: WordList = WordList::new(
    "\
    bn m k tn km kg g mm cm mph kmh ft lb lbs gb mb tb kb mw gw kw p mn sq ml l t x \
    ghz mhz khz hz mbps kbps gbps",
);

/// Four digits from 1800 to 2100.
pub fn is_year(digits: &str) -> bool {
    digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

pub fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    MONTHS.contains(word) || MONTH_ABBREVIATIONS.contains(word)
}

/// Currencies written as words after a number: "68m euros", "895.4 reais".
static CURRENCY_WORDS: WordList = WordList::new(
    "\
    euros euro dollars dollar pounds sterling yen yuan renminbi reais rupees roubles rubles \
    francs pesos won rand lira krona kronor kroner zloty shekels dinars riyals dirhams baht \
    ringgit rupiah cents pence",
);

pub fn is_currency_word(word: &str) -> bool {
    CURRENCY_WORDS.contains(word)
}

/// The currency written as words at `words[at..]`: "euros", or a currency named by its country
/// ("US dollars", "U.S. dollars", "Hong Kong dollars"); its length in words.
pub fn currency_words_at(words: &[&str], at: usize) -> usize {
    let capital = |k: usize| {
        words.get(k).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1)
    };
    (0..3)
        .take_while(|&k| k == 0 || capital(at + k - 1))
        .find(|&k| words.get(at + k).is_some_and(|w| is_currency_word(w)))
        .map_or(0, |k| k + 1)
}

/// A time unit right after a number: "three years", "65 seconds".
pub fn is_time_unit(word: &str) -> bool {
    TIME_UNITS.contains(word)
}

/// Time words right after a number: "10 a.m.", "3 pm", "9 GMT".
pub fn is_clock_word(word: &str) -> bool {
    ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// The longest modifier ending right before `words[at]`, as a number of words.
pub fn modifier_before(words: &[&str], at: usize) -> usize {
    MODIFIERS
        .iter()
        .find(|m| {
            m.len() <= at
                && m.iter().zip(&words[at - m.len()..at]).all(|(a, b)| b.eq_ignore_ascii_case(a))
        })
        .map_or(0, |m| m.len())
}

/// A percent unit at `words[at..]`: "%", "per cent", "percent", "percentage points"; its length.
pub fn percent_after(words: &[&str], at: usize) -> usize {
    let w = |k: usize| words.get(at + k).map_or("".into(), |w| lower_cow(w));
    match (w(0).as_ref(), w(1).as_ref()) {
        ("%", _) | ("percent", _) => 1,
        ("per", "cent") | ("percentage", "points") | ("percentage", "point") => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_forms() {
        for w in ["three", "Twenty-five", "million", "hundreds"] {
            assert!(is_number_word(w), "{w}");
        }
        for w in ["one", "someone", "ten-year-old"] {
            assert!(!is_number_word(w), "{w}");
        }
        assert_eq!(suffix("1.13bn"), "bn");
        assert_eq!(suffix("28-point"), "point");
    }

    #[test]
    fn non_counts() {
        let table = ["21st", "1990s", "10:30", "10pm", "3-1", "2004-05", "2025", "3D", "5/4"];
        for w in table.into_iter().chain(["0800", "0700", "3G", "4G"]) {
            assert!(is_not_a_count(w), "{w}");
        }
        for w in ["26", "1,250", "28-point", "600m", "20000", "0.3", "5g", "40GB"] {
            assert!(!is_not_a_count(w), "{w}");
        }
    }

    #[test]
    fn modifiers_and_percent() {
        let words = ["killing", "at", "least", "26", "people", "up", "40", "per", "cent"];
        assert_eq!(modifier_before(&words, 3), 2);
        assert_eq!(modifier_before(&words, 1), 0);
        assert_eq!(percent_after(&words, 7), 2);
    }
}
