//! What a sum that is the subject of a passive verb goes to: "About £2m will be spent on new
//! trains" (the trains), "More than $1bn was wiped off the value of the bank" (the value), "$5bn
//! has been set aside to cover bad loans" (covering the loans).

use super::{is_noun_phrase_word, is_verb_group_word, join};
use crate::analysis::facts::counted::{is_event_verb, DETERMINERS};
use crate::analysis::facts::lexicon::{is_time_word, one_of};

/// Longest phrase taken after the preposition, in words.
const MAX_PHRASE: usize = 5;

/// For a sum ending at `words[end]`, the phrase after the passive verb
/// that follows it: auxiliaries with a form of "be", a past participle, an optional particle
/// ("aside", "off"), a preposition and the phrase ("on new trains" -> "new trains"; "to cover
/// bad loans" keeps its verb).
pub fn passive_object(words: &[&str], end: usize) -> Option<String> {
    let mut k = end;
    let mut be = false;
    while let Some(w) = words.get(k) {
        let auxiliary = is_verb_group_word(w) || one_of(w, "now already");
        let form_of_be = one_of(w, "be been being was were is are");
        if !(auxiliary || form_of_be) {
            break;
        }
        be |= form_of_be;
        k += 1;
    }
    let participle = words.get(k).is_some_and(|w| is_event_verb(w) || one_of(w, "set"));
    if !be || !participle || words.get(k).is_some_and(|w| w.ends_with("ing")) {
        return None;
    }
    k += 1;
    let is_preposition = |w: &str| one_of(w, "on for to into in off from towards");
    // A particle ("set aside to", "wiped off the value"), itself the preposition when none
    // follows it.
    let particle = words.get(k).is_some_and(|w| one_of(w, "aside off out back away up down"));
    if particle && (words.get(k + 1).is_some_and(|w| is_preposition(w)) || words[k] != "off") {
        k += 1;
    }
    let preposition = words.get(k).filter(|w| is_preposition(w))?;
    k += 1;
    let to_verb = *preposition == "to"
        && words
            .get(k)
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !DETERMINERS.contains(w));
    let verb = if to_verb { words.get(k..k + 1) } else { None };
    if to_verb {
        k += 1;
    }
    while words.get(k).is_some_and(|w| DETERMINERS.contains(w)) {
        k += 1;
    }
    let n = words
        .get(k..)?
        .iter()
        .take_while(|w| {
            matches!(**w, "'s" | "’s")
                || is_noun_phrase_word(w) && !is_time_word(w) && !is_event_verb(w)
        })
        .take(MAX_PHRASE)
        .count();
    let mut phrase: Vec<&str> = words.get(k..k + n)?.to_vec();
    while phrase.last().is_some_and(|w| DETERMINERS.contains(w) || one_of(w, "of")) {
        phrase.pop();
    }
    if phrase.is_empty() {
        return None;
    }
    let mut out: Vec<&str> = verb.unwrap_or_default().to_vec();
    out.extend(phrase);
    Some(join(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(sentence: &str, end: usize) -> Option<String> {
        let w: Vec<&str> = sentence.split(' ').collect();
        passive_object(&w, end)
    }

    #[test]
    fn a_sum_spent_on_something() {
        assert_eq!(
            object("About £ 2m will be spent on new trains .", 3).as_deref(),
            Some("new trains")
        );
        assert_eq!(
            object("More than $ 1bn was wiped off the value of the bank .", 4).as_deref(),
            Some("value of the bank")
        );
        assert_eq!(
            object("$ 5bn has been set aside to cover bad loans .", 2).as_deref(),
            Some("cover bad loans")
        );
    }

    #[test]
    fn no_passive_no_object() {
        // An active verb, a participle without "be", a clause with no preposition after it.
        assert_eq!(object("£ 2m went on new trains .", 2), None);
        assert_eq!(object("£ 2m spent on new trains was wasted .", 2), None);
        assert_eq!(object("£ 2m was spent .", 2), None);
        assert_eq!(object("£ 2m is being spending on trains .", 2), None);
    }
}
