//! The word lists the rules read, as [`WordList`]s: a list is written once, as the words of one
//! concept separated by spaces, and looked up through a hash set built on first use. A lookup
//! ignores ASCII case unless it says otherwise ([`WordList::contains_exact`]).
//!
//! The lists that more than one stage reads live here, one file per concept: closed classes
//! (determiners, auxiliaries, function words), titles and roles, reporting verbs, the calendar,
//! nationalities and named groups, seats of government, organization endings, name particles, product nouns, the heads of named events and laws. A list that one stage alone reads stays in that stage's
//! own `lexicon` module. Every entry belongs to the general class its list is named for.

pub mod acronyms;
pub mod calendar;
pub mod closed_class;
pub mod collectives;
pub mod events;
pub mod institutions;
pub mod names;
pub mod nationalities;
pub mod organizations;
pub mod places;
pub mod products;
pub mod reporting;
pub mod titles;

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A closed list of words.
pub struct WordList {
    words: &'static str,
    /// The words as written.
    exact: OnceLock<HashSet<&'static str>>,
    /// The words in ASCII lower case.
    folded: OnceLock<HashSet<String>>,
}

impl WordList {
    /// A list of the space-separated `words`.
    pub const fn new(words: &'static str) -> WordList {
        WordList { words, exact: OnceLock::new(), folded: OnceLock::new() }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        let folded =
            self.folded.get_or_init(|| self.iter().map(|w| w.to_ascii_lowercase()).collect());
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            folded.contains(&word.to_ascii_lowercase())
        } else {
            folded.contains(word)
        }
    }

    /// Whether `word` is in the list exactly as written there.
    pub fn contains_exact(&self, word: &str) -> bool {
        self.exact.get_or_init(|| self.iter().collect()).contains(word)
    }

    /// The words in the order written.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.split_whitespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: WordList = WordList::new("said Says\n    no.  Kyiv");

    #[test]
    fn whole_words_with_and_without_case() {
        assert!(LIST.contains("SAID") && LIST.contains("says") && LIST.contains("No."));
        assert!(!LIST.contains("sai") && !LIST.contains("said says") && !LIST.contains(""));
        assert!(LIST.contains_exact("Kyiv") && !LIST.contains_exact("kyiv"));
        assert_eq!(LIST.iter().count(), 4);
    }
}
