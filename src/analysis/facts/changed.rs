//! What a change verb's amount measures when the verb has an object: "raised its stake in
//! Octel to 8.5%" measures the stake, not Octel (the guideline: a change says what changed).

use super::counted::{is_plain_word, DETERMINERS};
use super::lexicon::one_of;
use super::measured::join;
use crate::analysis::lexicon::WordList;

/// Verbs that change an amount their object names ("raised its stake in Octel to 8.5%").
static CHANGE_VERBS: WordList = WordList::new(
    "raised raises raise cut cuts lifted lifts increased increases reduced reduces boosted \
     boosts trimmed trims lowered lowers doubled tripled",
);

/// "raised its stake in Octel to 8.5%": for the phrase `words[first..]` after "in"/"of"/"at",
/// the object of a change verb before it ("its stake"), which the amount measures.
pub(super) fn object_changed(words: &[&str], first: usize) -> Option<String> {
    let at = |k: usize| first.checked_sub(k).and_then(|i| words.get(i)).copied();
    let (preposition, noun, determiner, verb) = (at(1)?, at(2)?, at(3)?, at(4)?);
    let owner = DETERMINERS.contains(determiner) || one_of(determiner, "its their his her our");
    (one_of(preposition, "in of at")
        && is_plain_word(noun)
        && noun.chars().all(char::is_lowercase)
        && owner
        && CHANGE_VERBS.contains(verb))
    .then(|| join(&[determiner, noun]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_of_a_change_verb_before_in_or_of() {
        let w = "raised its stake in Octel to 8.5 %".split(' ').collect::<Vec<_>>();
        assert_eq!(object_changed(&w, 4).as_deref(), Some("its stake"));
        let w = "bought a stake in Octel for $ 5m".split(' ').collect::<Vec<_>>();
        assert_eq!(object_changed(&w, 4), None, "no change verb");
    }
}
