//! The fact stages' word tests: reporting verbs, pronouns and nouns for people (lists shared
//! with the other stages, in [`crate::analysis::lexicon`]), and the facts' own lists: words that
//! end a speaker's noun phrase, the adverbs that may sit between a speaker and the verb, and
//! the words of a time phrase.

use crate::analysis::lexicon::calendar::{MONTHS, WEEKDAYS};
use crate::analysis::lexicon::closed_class::DETERMINERS;
pub use crate::analysis::lexicon::closed_class::{GROUP_PRONOUNS, PERSON_PRONOUNS};
use crate::analysis::lexicon::reporting::{NOUN_LIKE_VERBS, REPORT_PARTICIPLES, REPORT_VERBS};
use crate::analysis::lexicon::WordList;

/// Words that cannot be inside a speaker's noun phrase: clause words, prepositions (except
/// "of"), verbs of being, sentence adverbs.
static BOUNDARY: WordList = WordList::new(
    "\
    as what that which who whom whose when while where if because but and or nor so than then \
    is was were are be been being am in on at to for from with by into about after before \
    during since until over under against through amid meanwhile however separately earlier \
    later today yesterday now still also although though once why how not it this there here \
    would could should will may might must can do does did has have had very more most whether",
);

/// Words allowed between a speaker and the verb ("X has also said").
static BETWEEN_SPEAKER_AND_VERB: WordList = WordList::new(
    "\
    has have had also later then previously recently again once publicly reportedly repeatedly \
    separately himself herself would will further already first earlier simply just only \
    even often allegedly quickly subsequently",
);

/// What a person writes or issues that can "say" a quote ("Mr Lee's statement said").
pub static STATEMENT_NOUNS: WordList =
    WordList::new("statement letter message note blog website post column tweet email");

/// A verb that reads as a noun after a subject phrase starting with `first`.
pub fn is_noun_reading(verb: &str, first: &str) -> bool {
    NOUN_LIKE_VERBS.contains(verb) && DETERMINERS.contains(first)
}

/// Words of a time phrase that may open a clause before its subject ("Last month Marsh"),
/// besides weekdays and months.
static TIME_WORDS: WordList =
    WordList::new("last this next past month week year weekend morning afternoon evening tonight");

/// Units of weight, volume and area: "300,000 tonnes of wheat" measures the wheat. Not
/// "pounds" (money in British news) nor lengths ("within six miles of the city").
static UNITS_OF_MEASURE: WordList = WordList::new(
    "ton tons tonne tonnes kilogram kilograms kilo kilos kg gram grams ounce ounces oz litre \
     litres liter liters gallon gallons barrel barrels bushel bushels acre acres hectare \
     hectares",
);

/// Whether `word` is a unit of measure (any ASCII case).
pub fn is_unit_of_measure(word: &str) -> bool {
    UNITS_OF_MEASURE.contains(word)
}

pub fn is_time_word(word: &str) -> bool {
    // "May" is a month, and more often the modal.
    let month = MONTHS.contains(word) && !word.eq_ignore_ascii_case("may");
    TIME_WORDS.contains(word)
        || WEEKDAYS.contains(word)
        || month
        || !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `word` is one of the few space-separated `words` written at the call, ignoring ASCII
/// case; longer lists are [`WordList`]s.
pub fn one_of(word: &str, words: &str) -> bool {
    words.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
}

pub fn is_report_verb(word: &str) -> bool {
    REPORT_VERBS.contains(word)
}

pub fn is_report_participle(word: &str) -> bool {
    REPORT_PARTICIPLES.contains(word)
}

pub fn is_boundary(word: &str) -> bool {
    BOUNDARY.contains(word)
}

pub fn may_stand_between_speaker_and_verb(word: &str) -> bool {
    BETWEEN_SPEAKER_AND_VERB.contains(word)
}

/// A token that can be part of a noun phrase: a word, a number, a possessive clitic or an
/// initialism ("U.S.").
pub fn is_wordlike(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric) || matches!(token, "’s" | "'s" | "’" | "&")
}

/// Opening or closing quotation marks as tokens.
pub fn is_quote_mark(token: &str) -> bool {
    matches!(token, "“" | "”" | "\"" | "„" | "«" | "»")
}

/// Lower-cases a leading article so a description reads mid-sentence: "A Ukrainian official"
/// -> "a Ukrainian official".
pub fn as_description(phrase: &str) -> String {
    for article in ["A ", "An ", "The "] {
        if let Some(rest) = phrase.strip_prefix(article) {
            return format!("{}{}", article.to_lowercase(), rest);
        }
    }
    phrase.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_matches_whole_words_only() {
        assert!(REPORT_VERBS.contains("Said"));
        assert!(!REPORT_VERBS.contains("ai"));
        assert_eq!(as_description("A Ukrainian official"), "a Ukrainian official");
        assert!(is_noun_reading("term", "the") && !is_noun_reading("said", "the"));
    }
}
