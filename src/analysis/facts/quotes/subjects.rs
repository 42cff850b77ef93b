//! The speaker a sentence names without a reporting verb next to the quote: its subject when it
//! opens with a pronoun or a (titled) name ("Tory leader Ann Lee attacked it, calling it
//! "..."", "The UN Assembly on Monday expressed "..."") and "according to X".

use super::Attribution;
use crate::analysis::facts::lexicon::{is_boundary, is_time_word};
use crate::analysis::facts::phrases::Named;

impl Attribution<'_, '_> {
    /// The sentence's subject when it opens with a pronoun or a person's name.
    pub(super) fn sentence_subject(&self, floor: usize, ceiling: usize) -> Option<Named> {
        if floor >= ceiling {
            return None;
        }
        match self.words.name(floor..floor + 1, floor..floor + 1)? {
            named @ (Named::Person { .. } | Named::Group) => Some(named),
            // "Tory leader Michael Howard attacked it, calling it ...": the person after the
            // capitalised and lower-case words of a title opening the sentence.
            Named::Speaker { .. } => (floor + usize::from(self.opens_with_conjunction(floor))
                ..ceiling.min(floor + 6))
                .take_while(|&k| {
                    let w = self.words.word(k);
                    w.chars().all(char::is_alphabetic) && !is_boundary(&w.to_lowercase())
                })
                .find_map(|k| self.words.person_starting_at(k))
                .map(|(p, _)| p),
        }
    }

    /// "But novelist Gore Vidal defended it": a conjunction opening the sentence at `k`.
    fn opens_with_conjunction(&self, k: usize) -> bool {
        matches!(self.words.word(k).to_lowercase().as_str(), "but" | "and" | "yet" | "so")
    }

    /// The sentence's subject when it opens with a named person or organization ("The UN
    /// Assembly", "Corvex") followed by its verb before the quote at `ceiling`.
    pub(super) fn named_subject(&self, floor: usize, ceiling: usize) -> Option<Named> {
        let w = self.words;
        let start = if w.word(floor).eq_ignore_ascii_case("the") { floor + 1 } else { floor };
        let (named, end) = w.entity_starting_at(start)?;
        // Only a time phrase or an adverb between the name and its verb: in "The TV display
        // makers want" the name only qualifies the subject.
        let verb = (end..ceiling).take(4).find(|&k| w.is_verb(k))?;
        let adverbial = |k: usize| {
            let word = w.word(k);
            is_time_word(word)
                || matches!(word, "on" | "in" | "at" | "," | "also" | "then")
                || word.ends_with("ly")
        };
        (end..verb).all(adverbial).then_some(named)
    }

    /// `according to X` in the sentence.
    pub(super) fn according_to(&self, sentence: std::ops::Range<usize>) -> Option<Named> {
        let w = self.words;
        let at = sentence.clone().find(|&k| {
            !self.is_quote(k)
                && w.word(k).eq_ignore_ascii_case("according")
                && w.word(k + 1).eq_ignore_ascii_case("to")
        })?;
        let phrase = w.phrase_after(at + 2, sentence.end)?;
        w.name(phrase.clone(), phrase)
    }
}
