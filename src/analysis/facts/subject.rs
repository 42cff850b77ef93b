//! The subject of a verb that stands alone before an amount, found past what separates them: an
//! apposition or relative clause between commas ("A Series of Unfortunate Events, starring Jim
//! Carrey, took $30m") or, for a participle clause, the subject of the sentence ("The Pacifier
//! fell to second place, taking $18m"; "The thriller topped the chart after taking $22m").

use super::counted::{is_event_verb, is_plain_word, DETERMINERS};
use super::lexicon::{is_boundary, is_report_verb, one_of};
use super::measured::join;
use crate::analysis::lexicon::closed_class::{AUXILIARIES, MODALS};
use crate::analysis::lexicon::WordList;

/// An auxiliary or a modal.
fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(word) || MODALS.contains(word)
}

/// Longest clause skipped between two commas, in words.
const MAX_CLAUSE: usize = 15;
/// Longest subject taken, in words.
const MAX_SUBJECT: usize = 6;
/// Words that open a participle clause hanging on the sentence's subject.
static PARTICIPLE_OPENERS: WordList = WordList::new("after before while since by despite");

/// "subject verb" for the verb words `words[first..=last]` (adverbs and a verb), when the
/// subject can be found.
pub fn of_lone_verb(words: &[&str], first: usize, last: usize) -> Option<String> {
    let verb = words.get(first..=last)?.join(" ");
    let before = first.checked_sub(1).and_then(|k| words.get(k)).copied()?;
    let participle = words.get(last)?.ends_with("ing");
    let subject = if participle && (before == "," || PARTICIPLE_OPENERS.contains(before)) {
        sentence_subject(words)?
    } else if before == "to" {
        // "in a bid to raise": a noun taking "to" has no subject here.
        let noun = first.checked_sub(2).and_then(|k| words.get(k));
        if noun.is_some_and(|w| one_of(w, "bid order attempt effort move way")) {
            return None;
        }
        // "Italy plans to raise", "the market is likely to grow": one verb or adjective taking
        // "to", the auxiliaries before it, and the subject before them.
        let mut start = first - 1;
        let mut controls = 0;
        while let Some(w) = start.checked_sub(1).and_then(|k| words.get(k)) {
            let control = controls == 0
                && start + 1 == first
                && is_plain_word(w)
                && w.starts_with(|c: char| c.is_lowercase())
                && !is_boundary(w)
                && !DETERMINERS.contains(w)
                && (!w.ends_with("ly") || *w == "likely")
                && !one_of(w, "ago earlier later");
            // "is also expected to grow": an adverb inside the verb group.
            let adverb = one_of(w, "also still now already");
            if !(control || adverb || is_auxiliary(w)) {
                break;
            }
            controls += usize::from(control);
            start -= 1;
        }
        // "He now hopes to raise": a pronoun says nothing of what is measured.
        let subject = phrase_before(words, start).filter(|s| !one_of(s, "he she they we i you"))?;
        let rest = words.get(start..first - 1)?.join(" ");
        return Some(format!("{subject} {rest} to {verb}").replace("  ", " "));
    } else if before == "," && !participle {
        let comma = first - 1;
        let open = (comma.saturating_sub(MAX_CLAUSE)..comma).rev().find(|&k| words[k] == ",")?;
        phrase_before(words, open)?
    } else {
        return None;
    };
    Some(format!("{subject} {verb}"))
}

fn is_subject_word(word: &str) -> bool {
    let hyphenated = word.contains('-') && word.chars().any(char::is_alphabetic);
    (is_plain_word(word) || matches!(word, "'s" | "’s") || hyphenated)
        && !is_boundary(word)
        && !DETERMINERS.contains(word)
        && !one_of(word, "ago earlier later")
        && !is_event_verb(word)
        && !is_report_verb(word)
        && !is_auxiliary(word)
}

/// The noun phrase ending right before `end`, without its determiner: "Series of Unfortunate
/// Events" in "A Series of Unfortunate Events ,".
fn phrase_before(words: &[&str], end: usize) -> Option<String> {
    let mut start = end;
    // A determiner inside a name or after "of" ("The Passion of the Christ").
    let capital = |k: usize| words.get(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    let inner_determiner = |k: usize| {
        words.get(k).is_some_and(|w| DETERMINERS.contains(w))
            && (capital(k) && capital(k + 1)
                || k.checked_sub(1).and_then(|p| words.get(p)) == Some(&"of"))
    };
    while start > 0 && end - start < MAX_SUBJECT {
        let k = start - 1;
        // "military spending is set to rise": a noun in "-ing" heads the phrase.
        let head_in_ing =
            k + 1 == end && words.get(k).is_some_and(|w| w.ends_with("ing") && !is_report_verb(w));
        let ok = words.get(k).is_some_and(|w| is_subject_word(w) || *w == "of") || head_in_ing;
        if !(ok || inner_determiner(k)) {
            break;
        }
        start -= 1;
    }
    while words.get(start).is_some_and(|w| matches!(*w, "of" | "'s" | "’s")) {
        start += 1;
    }
    (start < end).then(|| join(words.get(start..end).unwrap_or_default()))
}

/// The noun phrase that opens the sentence, past an opening adverbial ending in a comma ("In
/// the US, ..."), when a verb follows it.
fn sentence_subject(words: &[&str]) -> Option<String> {
    let opener = words.first().is_some_and(|w| is_boundary(w) || w.ends_with("ly"));
    let mut start = 0;
    if opener {
        start = 1 + (0..MAX_CLAUSE.min(words.len())).find(|&k| words[k] == ",")?;
    }
    while words.get(start).is_some_and(|w| DETERMINERS.contains(w)) {
        start += 1;
    }
    let mut end = start;
    while end - start < MAX_SUBJECT && words.get(end).is_some_and(|w| is_subject_word(w)) {
        end += 1;
    }
    let verb_follows = words.get(end).is_some_and(|w| is_event_verb(w) || is_auxiliary(w));
    (start < end && verb_follows).then(|| join(words.get(start..end).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        let w = ["The", "Pacifier", "fell", "to", "second", ",", "taking", "$", "18m"];
        assert_eq!(of_lone_verb(&w, 6, 6).as_deref(), Some("Pacifier taking"));
        let w = ["Sea", "Story", ",", "starring", "Jo", "Lee", ",", "took", "$", "3m"];
        assert_eq!(of_lone_verb(&w, 7, 7).as_deref(), Some("Sea Story took"));
        let w = ["Italy", "plans", "to", "raise", "$", "3m"];
        assert_eq!(of_lone_verb(&w, 3, 3).as_deref(), Some("Italy plans to raise"));
        // An adverb in the verb group, a noun in "-ing" as the subject's head.
        let w: Vec<&str> = "Military spending is also set to rise by 4.8 %".split(' ').collect();
        assert_eq!(
            of_lone_verb(&w, 6, 6).as_deref(),
            Some("Military spending is also set to rise")
        );
        let w = ["It", "then", "took", "$", "3m"];
        assert_eq!(of_lone_verb(&w, 2, 2), None);
    }
}
