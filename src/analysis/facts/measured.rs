//! What an amount or a share is about: the phrase after "of" ("53% of the complaints", "10 of
//! the directors"), the noun the amount modifies ("a £5m deal", "a 3% rise in sales"), or else
//! the subject and verb before it ("profits jumped 40%", "the dollar has fallen by 50%").

mod noun_after;
mod passive;
mod prepositional;

use super::changed::object_changed;
use super::counted::{is_event_verb, is_plain_word, DETERMINERS};
use super::lexicon::{is_boundary, is_report_verb, is_time_word, one_of};
use super::numbers::{is_currency_word, is_digit_number, is_scale, CURRENCY_SYMBOLS};
use super::subject::of_lone_verb;
use super::valued::valued_thing;
use crate::analysis::lexicon::closed_class::{AUXILIARIES, MODALS};
use crate::analysis::lexicon::WordList;
pub use noun_after::noun_after_amount;
pub use passive::passive_object;
pub use prepositional::{for_phrase, of_phrase};

/// An auxiliary, a modal, or an adverb inside a verb group ("has also risen", "is still").
fn is_verb_group_word(word: &str) -> bool {
    AUXILIARIES.contains(word) || MODALS.contains(word) || one_of(word, "also still")
}

/// Periods a report names that are not what its figures measure ("the quarter", "the period").
static PERIOD_NOUNS: WordList = WordList::new("quarter quarters period half year-earlier");
/// Nouns that say which figure of a measure is given ("an average of 8%", "a total of $5m").
static AMOUNT_NOUNS: WordList = WordList::new("average total maximum minimum");

/// Joins tokens, attaching a possessive clitic to the word before ("country's exports").
pub(super) fn join(words: &[&str]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() && !matches!(*w, "'s" | "’s" | "'" | "’") {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A noun-phrase word that may carry digits ("near-400,000", "under-18s").
fn is_phrase_word(word: &str) -> bool {
    is_plain_word(word) || word.contains('-') && word.chars().any(char::is_alphabetic)
}

/// For a measure ("jumped 76%", "a profit of $3.36bn"): up to four words ending at the first
/// word before it that is not a preposition or another number; a verb alone gets its subject
/// back past the auxiliaries ("the dollar has fallen"), and a subject its qualifier ("exports
/// for the year rose").
pub fn about_measure(words: &[&str], start: usize) -> String {
    let skippable = |w: &str| {
        one_of(
            w,
            "by to of up down around from at for a an % ( between and ; - was is were are be been \
             would will could can might have has had so far still now already",
        ) || is_currency_word(w)
            || is_digit_number(w)
            || is_scale(w)
            || CURRENCY_SYMBOLS.contains(w)
    };
    let mut k = start;
    while k > 0 && words.get(k - 1).is_some_and(|w| skippable(w)) {
        k -= 1;
        // "rose by an average of 8%", "a total of $5m": the words that say which figure it is
        // are skipped with the article before them.
        if k >= 2
            && words.get(k) == Some(&"of")
            && words.get(k - 1).is_some_and(|w| AMOUNT_NOUNS.contains(w))
            && words.get(k - 2).is_some_and(|w| one_of(w, "a an"))
        {
            k -= 2;
        }
    }
    let Some(last) = k.checked_sub(1) else { return String::new() };
    let stop = |w: &str| !is_plain_word(w) || is_boundary(w) || DETERMINERS.contains(w);
    let phrase_start = |end: usize, most: usize| {
        let mut first = end;
        while first > 0 && end - first < most {
            let w = words.get(first - 1).copied().unwrap_or("");
            if stop(w) || is_report_verb(w) {
                break;
            }
            first -= 1;
        }
        first
    };
    // The head before "of"/"for"/"in" ("the average price of a house in the UK now
    // stands", "demand for oil in China rose"), at most three times.
    let climb = |subject: usize| climb_qualifiers(words, subject, &phrase_start);
    // "a rescue package estimated at £200m": "estimated" is no verb of saying here.
    if let Some(valued) = valued_thing(words, last, |end| climb(phrase_start(end, 4))) {
        return valued;
    }
    let mut first = phrase_start(last + 1, 4);
    if first > last {
        return String::new();
    }
    // "grew 5% in Spain and 9% in Italy": the place of the figure before says nothing of what
    // this one measures (its neighbour's `about` is taken later).
    let mut p = first;
    if p > 0 && words.get(p - 1).is_some_and(|w| DETERMINERS.contains(w)) {
        p -= 1;
    }
    let after_figure = p >= 2
        && words.get(first).is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.get(p - 1) == Some(&"in")
        && words.get(p - 2).is_some_and(|w| *w == "%" || is_digit_number(w) || is_scale(w));
    if after_figure {
        return String::new();
    }
    if let Some(changed) = object_changed(words, first) {
        return changed;
    }
    // "the price of oil now stands at $50": a verb alone after an adverb of time ("now",
    // "still", "currently", "already", "also") takes its subject from before the adverb.
    let adverb = first.checked_sub(1).filter(|&a| {
        first == last && words.get(a).is_some_and(|w| one_of(w, "now still currently already also"))
    });
    if let Some(subject) = adverb.map(|a| phrase_start(a, 4)).filter(|&s| s + 1 < first) {
        return join(words.get(climb(subject)..=last).unwrap_or_default());
    }
    // "net sales for this year's third quarter were $14m": the period qualifies the subject
    // before it; a time phrase alone ("by the end of Saturday and 100,000") says nothing.
    if words.get(last).is_some_and(|w| is_time_word(w) || PERIOD_NOUNS.contains(w)) {
        let qualifier = (first.saturating_sub(4)..first)
            .rev()
            .find(|&k| words.get(k).is_some_and(|w| one_of(w, "for in during over")));
        let subject = qualifier.map(|p| (phrase_start(p, 3), p)).filter(|(s, p)| s < p);
        return match subject {
            Some((s, _)) => join(words.get(s..=last).unwrap_or_default()),
            None => String::new(),
        };
    }
    // "the dollar has fallen": an auxiliary before the verb; the subject is before it.
    // "the dollar has fallen", "the economy, which could grow", "the index, which surged": the
    // subject is before the auxiliaries or the relative pronoun.
    let mut aux = first;
    while aux > 0 && words.get(aux - 1).is_some_and(|w| is_verb_group_word(w)) {
        aux -= 1;
    }
    let mut end = aux;
    let relative = end > 0 && words.get(end - 1).is_some_and(|w| one_of(w, "which who"));
    if relative {
        end -= 1;
        if end > 0 && words.get(end - 1) == Some(&",") {
            end -= 1;
        }
    }
    if aux < first || relative {
        let subject = climb(phrase_start(end, 3));
        if subject < end {
            let subject = join(words.get(subject..end).unwrap_or_default());
            return format!("{subject} {}", join(words.get(aux..=last).unwrap_or_default()));
        }
    }
    // "exports for the year rose", "sales of the new drink rose": a qualifier in the subject.
    let qualified = first >= 3
        && words.get(first - 1).is_some_and(|w| DETERMINERS.contains(w))
        && words.get(first - 2).is_some_and(|w| one_of(w, "for of in at"))
        && words.get(first - 3).is_some_and(|w| !stop(w) && !is_report_verb(w));
    if qualified && last + 1 - first <= 3 {
        first -= 3;
    }
    // A verb alone ("took", "quickly took", "raise" in "hopes to raise") does not say what is
    // measured: it needs its subject from further back, or nothing is said.
    let adverbs = (first..last).all(|k| words.get(k).is_some_and(|w| w.ends_with("ly")));
    let lone_verb = adverbs
        && words.get(last).is_some_and(|w| {
            is_event_verb(w)
                || first > 0 && words.get(first - 1) == Some(&"to")
                || last == 0 && w.ends_with("ed")
        });
    if lone_verb {
        return of_lone_verb(words, first, last).unwrap_or_default();
    }
    // "demand for oil in China rose 15%", "spending on roads will rise": a subject and its
    // verb, the subject qualified; "shares in Kelvar were down 3%", "growth in Japan was 1.2%":
    // the subject of "be", qualified.
    let verb = words.get(last).is_some_and(|w| is_event_verb(w))
        || words.get(first..last).is_some_and(|ws| ws.iter().any(|w| MODALS.contains(w)));
    let copula = words
        .get(last + 1..start)
        .is_some_and(|gap| gap.iter().any(|w| one_of(w, "is was were are")));
    if first < last && verb || copula {
        first = climb(first);
    }
    join(words.get(first..=last).unwrap_or_default())
}

/// The head of a subject qualified by "of"/"for"/"in"/"among" before `words[subject]`, at most
/// three qualifiers back ("the average price of a house in the UK").
fn climb_qualifiers(
    words: &[&str],
    mut subject: usize,
    phrase_start: &impl Fn(usize, usize) -> usize,
) -> usize {
    for _ in 0..3 {
        let mut k = subject;
        if k > 0 && words.get(k - 1).is_some_and(|w| DETERMINERS.contains(w)) {
            k -= 1;
        }
        let qualifier = |w: &&str| one_of(w, "of for in among on");
        let Some(p) = k.checked_sub(1).filter(|&p| words.get(p).is_some_and(qualifier)) else {
            break;
        };
        // "ahead of", "because of": a preposition, no head before it.
        let compound = |w: &&str| one_of(w, "ahead because instead out regardless");
        if p > 0 && words.get(p - 1).is_some_and(compound) {
            break;
        }
        // "sales in December", "went on sale": a time or a verb before it heads nothing.
        let on = words.get(p) == Some(&"on");
        let noun = |w: &&str| !(is_time_word(w) || on && is_event_verb(w));
        if p == 0 || !words.get(p - 1).is_some_and(noun) {
            break;
        }
        let mut head = phrase_start(p, 3);
        // "sales of new homes in the US": the head may lie before another qualifier.
        if words.get(head).is_some_and(qualifier) {
            head += 1;
        }
        if head >= p {
            break;
        }
        subject = head;
    }
    subject
}

/// A word that may stand in a noun phrase after "of" or "for": a phrase word that neither ends
/// the phrase nor belongs to a verb group.
fn is_noun_phrase_word(w: &str) -> bool {
    is_phrase_word(w) && !is_boundary(w) && !is_verb_group_word(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_subject_and_verb() {
        let w = ["fourth", "quarter", "sales", "rose", "2", "%", "to", "$", "11bn"];
        assert_eq!(about_measure(&w, 4), "fourth quarter sales rose");
        assert_eq!(about_measure(&w, 7), "fourth quarter sales rose");
        // An adverb of time between the subject and a lone verb.
        let w = ["The", "jobless", "rate", "currently", "sits", "at", "4.1", "%"];
        assert_eq!(about_measure(&w, 6), "jobless rate currently sits");
        let w = ["Its", "debt", "now", "totals", "$", "2bn"];
        assert_eq!(about_measure(&w, 4), "debt now totals");
        let w =
            "The cost of a ticket for the final now stands at $ 90".split(' ').collect::<Vec<_>>();
        assert_eq!(about_measure(&w, 11), "cost of a ticket for the final now stands");
    }

    #[test]
    fn joins_possessives() {
        assert_eq!(join(&["the", "country", "’s", "exports"]), "the country’s exports");
    }
}
