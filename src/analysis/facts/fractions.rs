//! Fractions as shares: "half of the staff", "a third of the price", "nearly two-thirds of
//! voters", "more than one-fifth of its income". A fraction is a quantity only with the "of"
//! phrase that says what it is a share of; "the second half of the year" is a date's.

use super::lexicon::one_of;
use super::linked::Unit;
use super::measured::of_phrase;
use super::numbers::{is_number_word, is_time_unit, modifier_before};
use super::quantities::Found;
use crate::analysis::lexicon::WordList;

/// Words naming a part of a whole, singular and plural.
static PARTS: WordList = WordList::new(
    "half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths eighth \
     eighths",
);

/// A number word or "a"/"one" before a part: "a third", "two fifths".
fn counts_parts(word: &str) -> bool {
    one_of(word, "a one") || is_number_word(word)
}

/// The fraction starting at `words[i]` with its "of" phrase, if there is one.
pub fn fraction_at(words: &[&str], i: usize) -> Option<Found> {
    let w = *words.get(i)?;
    if i > 0 && w.starts_with(|c: char| c.is_uppercase()) {
        return None; // inside a name
    }
    let lower = crate::analysis::tokens::lower_cow(w);
    let hyphenated = lower
        .split_once('-')
        .is_some_and(|(n, part)| PARTS.contains(part) && n != "a" && counts_parts(n));
    let end = if lower == "half" || hyphenated {
        i + 1
    } else if words.get(i + 1).is_some_and(|p| PARTS.contains(p)) && counts_parts(&lower) {
        i + 2
    } else {
        return None;
    };
    // "the first half of", "the second quarter of": ordinals and articles make a period.
    let before = i.checked_sub(1).and_then(|k| words.get(k)).copied().unwrap_or("");
    if one_of(before, "the this that first second third fourth last next") {
        return None;
    }
    let about = of_phrase(words, end)?;
    // "a quarter of a century", "half of the year": durations, not shares.
    if about.split_whitespace().next().is_some_and(is_time_unit) {
        return None;
    }
    let start = i - modifier_before(words, i);
    Some(Found { start, end, about, unit: Unit::Percent, guessed: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about(sentence: &str) -> Option<String> {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        (0..words.len()).find_map(|i| fraction_at(&words, i)).map(|f| f.about)
    }

    #[test]
    fn fractions_with_what_they_are_a_share_of() {
        assert_eq!(about("nearly half of the staff left").as_deref(), Some("staff"));
        assert_eq!(about("it costs a third of the price").as_deref(), Some("price"));
        assert_eq!(about("over two-thirds of voters agreed").as_deref(), Some("voters"));
        assert_eq!(about("in the first half of the season"), None);
        assert_eq!(about("a quarter of a century later"), None);
        assert_eq!(about("half the town"), None);
    }
}
