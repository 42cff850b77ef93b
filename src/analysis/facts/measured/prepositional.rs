//! The phrase after "of" or "for" that names what an amount measures: "53% of the
//! complaints", "45% of those polled", "3.3% for the industry average,".

use super::{is_noun_phrase_word, join, PERIOD_NOUNS};
use crate::analysis::facts::counted::{is_event_verb, DETERMINERS};
use crate::analysis::facts::lexicon::{is_report_verb, is_time_word, one_of};
use crate::analysis::facts::numbers::{is_digit_number, is_year};
use crate::analysis::lexicon::WordList;

/// Quantifiers that open an "of" phrase without saying what is counted.
static QUANTIFIERS: WordList = WordList::new("all both each every");

/// "53% of the complaints", "10 of its directors", "80% of GDP", "£2bn worth of goods": the
/// noun phrase after "of"
/// at `words[at]`, without its determiner; `None` for a bare pronoun ("13 million of these").
pub fn of_phrase(words: &[&str], at: usize) -> Option<String> {
    // "£16.9bn worth of goods"
    let at =
        if words.get(at).is_some_and(|w| w.eq_ignore_ascii_case("worth")) { at + 1 } else { at };
    if !words.get(at)?.eq_ignore_ascii_case("of") {
        return None;
    }
    let mut k = at + 1;
    while words.get(k).is_some_and(|w| DETERMINERS.contains(w) || QUANTIFIERS.contains(w)) {
        k += 1;
    }
    // "45% of those polled", "a third of those asked": the people a survey asked.
    let those = k == at + 2 && words.get(at + 1).is_some_and(|w| w.eq_ignore_ascii_case("those"));
    if let Some(asked) = words.get(k).filter(|w| those && w.ends_with("ed") && is_event_verb(w)) {
        return Some(format!("those {asked}"));
    }
    // "43 of the 60 seats", "14 of his last 16 matches": the whole the part is taken from.
    if words.get(k).is_some_and(|w| one_of(w, "last first remaining other")) {
        k += 1;
    }
    if words.get(k).is_some_and(|w| is_digit_number(w)) {
        k += 1;
    }
    let phrase: Vec<&str> = words
        .get(k..)?
        .iter()
        .take_while(|w| {
            matches!(**w, "'s" | "’s")
                || is_noun_phrase_word(w)
                    && (!is_event_verb(w) || w.ends_with("ing"))
                    && !is_report_verb(w)
        })
        .take(5)
        .copied()
        .collect();
    // "the 55,000 staff of the combined companies": not a dangling "of the".
    let mut phrase = phrase;
    while phrase.last().is_some_and(|w| DETERMINERS.contains(w) || one_of(w, "of")) {
        phrase.pop();
    }
    (!phrase.is_empty()).then(|| join(&phrase))
}

/// "3.3% for the industry average," "22,000 for the basic models.": the noun phrase after "for"
/// (and a determiner), when the phrase ends the clause or a list item (a figure given for each of
/// several things); `None` when the phrase runs on ("$5m for the rights to the film").
pub fn for_phrase(words: &[&str], at: usize) -> Option<String> {
    if !words.get(at)?.eq_ignore_ascii_case("for") {
        return None;
    }
    let k = at + 1 + usize::from(words.get(at + 1).is_some_and(|w| DETERMINERS.contains(w)));
    let n = words
        .get(k..)?
        .iter()
        .take_while(|w| {
            matches!(**w, "'s" | "’s")
                || is_noun_phrase_word(w) && !is_event_verb(w)
                || w.starts_with(|c: char| c.is_ascii_digit()) && !w.contains('%')
        })
        .take(6)
        .count();
    let ends = words.get(k + n).is_none_or(|w| one_of(w, ", ; . and or ) :") || is_event_verb(w));
    // "a loss of $15m for the three months": a period is when, not what.
    let period = words.get(k..k + n).unwrap_or_default().iter().any(|w| {
        let number = is_digit_number(w) && !is_year(w);
        is_time_word(w) && !number
            || PERIOD_NOUNS.contains(w)
            || one_of(w, "months weeks days years")
    });
    (n > 0 && ends && !period).then(|| join(words.get(k..k + n).unwrap_or_default()))
}
