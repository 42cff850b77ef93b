//! The noun an amount modifies ("a £5m deal", "a 3% rise in December sales", "$20bn in
//! damages"), and the words after an amount that name no such noun ("£5m lower", "20%
//! cheaper", "70% effective in trials").

use super::join;
use crate::analysis::facts::counted::{counted_noun, is_plain_word, DETERMINERS};
use crate::analysis::facts::lexicon::{is_boundary, is_time_word, one_of};
use crate::analysis::facts::numbers::is_currency_word;
use crate::analysis::lexicon::WordList;

/// Words after an amount that do not name what it measures ("£5m lower", "11% above").
static NOT_MEASURED_NOUNS: WordList = WordList::new(
    "\
    above below higher lower more less up down off back each apiece per cent percent \
    year-on-year quarter period overall day days",
);
/// Comparatives of size, speed, price and age ("20% cheaper"); "higher", "lower", "more" and
/// "less" are in [`NOT_MEASURED_NOUNS`].
static COMPARATIVES: WordList = WordList::new(
    "cheaper dearer faster slower bigger smaller larger longer shorter stronger weaker greater \
     wider narrower deeper heavier lighter richer poorer older younger harder easier better \
     worse taller thinner",
);
/// "-ly" adjectives that may stand between an amount and its noun ("£5 monthly fee").
static RATE_ADJECTIVES: WordList = WordList::new("daily weekly monthly quarterly yearly hourly");
static PHRASE_PREPOSITIONS: WordList = WordList::new("in of on for at");

/// "a £5m deal", "a 7% growth target", "a 3% rise in December sales": the noun right after an
/// amount ending at `words[at]`, past a conversion in brackets ("$110m (£57m) project"); also
/// what a sum is counted in or spent on, when that is a common noun ("$20bn in damages", for
/// `money` "spent £5m on advertising").
pub fn noun_after_amount(words: &[&str], at: usize, money: bool) -> Option<String> {
    let mut at = at;
    if words.get(at) == Some(&"(") {
        at = 1 + (at + 1..at + 10).find(|&k| words.get(k) == Some(&")"))?;
    }
    let spent_on = if money { "in on" } else { "in" };
    if words.get(at).is_some_and(|w| one_of(w, spent_on)) {
        return modified_noun(words, at + 1);
    }
    modified_noun(words, at)
}

/// The noun phrase starting at `words[at]`, with a frequency adjective before it and an "in"
/// or "of" phrase after it.
fn modified_noun(words: &[&str], at: usize) -> Option<String> {
    let first = *words.get(at)?;
    if !first.starts_with(|c: char| c.is_lowercase()) || is_predicate_adjective(words, at) {
        return None;
    }
    // "a £39.99 monthly fee": a frequency adjective before the noun.
    let rate = usize::from(RATE_ADJECTIVES.contains(first));
    let n = (0..counted_noun(words, at + rate))
        .take_while(|&k| {
            words.get(at + rate + k).is_some_and(|w| {
                !is_time_word(w) && !NOT_MEASURED_NOUNS.contains(w) && !is_currency_word(w)
            })
        })
        .count();
    if n == 0 {
        return None;
    }
    let n = n + rate;
    let mut phrase: Vec<&str> = words.get(at..at + n)?.to_vec();
    // "rise in December sales", "stake in Yukos".
    let next = at + n;
    if words.get(next).is_some_and(|w| PHRASE_PREPOSITIONS.contains(w)) {
        let mut k = next + 1;
        while words.get(k).is_some_and(|w| DETERMINERS.contains(w)) {
            k += 1;
        }
        let tail = counted_noun(words, k).max(proper_name_length(words, k));
        if tail > 0 {
            phrase.push(words[next]);
            phrase.extend(words.get(k..k + tail).unwrap_or_default());
        }
    }
    Some(join(&phrase))
}

/// "70% effective in trials", "20% cheaper than", "30% faster.": an adjective after an
/// amount that no noun follows says how, not what (a comparative, by the list or before
/// "than"; other adjectives by their ending: -ive, -able, -ible, -ous, -ful).
fn is_predicate_adjective(words: &[&str], at: usize) -> bool {
    let Some(w) = words.get(at).map(|w| w.to_lowercase()) else { return false };
    let next = words.get(at + 1).copied().unwrap_or("");
    let alone = !is_plain_word(next) || is_boundary(next) || one_of(next, "than");
    let comparative = COMPARATIVES.contains(&w) || w.ends_with("er") && one_of(next, "than");
    let adjective =
        w.len() > 5 && ["ive", "able", "ible", "ous", "ful"].iter().any(|e| w.ends_with(e));
    alone && (comparative || adjective)
}

fn proper_name_length(words: &[&str], at: usize) -> usize {
    words
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|w| is_plain_word(w) && w.starts_with(|c: char| c.is_uppercase()))
        .take(3)
        .count()
}
