//! Quantities: a number with its modifier, currency, scale and unit ("at least 26 people",
//! "$1.5 billion", "40%", "28-point"), and what it counts: the counted noun with the verb and the
//! place around it ("people killed in Ternopil"), the noun an adjective like "28-point" modifies
//! ("peace plan developed by ..."), or for a measure the subject and verb ("sales rose").

use super::counted::{about_adjective, about_counted, about_measure, counted_noun};
use super::lexicon::listed;
use super::numbers::{
    is_clock_word, is_currency_word, is_digit_number, is_month, is_not_a_count, is_number_word,
    is_plural_scale, is_scale, is_time_unit, modifier_before, percent_after, suffix,
    CURRENCY_SYMBOLS,
};
use crate::analysis::tokens::Token;
use crate::analysis::{Quantity, Span, Timex};

/// Finds the quantities of every sentence.
pub fn find(text: &str, tokens: &[Token], sentences: &[Span], timexes: &[Timex]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut timex_spans: Vec<Span> = timexes.iter().map(|x| x.span.clone()).collect();
    timex_spans.sort_by_key(|s| (s.start, s.end));
    // The largest end among spans starting at or before each one, for a binary search that
    // tolerates overlapping spans.
    let reach: Vec<usize> = timex_spans
        .iter()
        .scan(0, |max, s| {
            *max = (*max).max(s.end);
            Some(*max)
        })
        .collect();
    let in_timex = |at: usize| {
        let before = timex_spans.partition_point(|s| s.start <= at);
        before > 0 && reach[before - 1] > at
    };
    for sentence in sentences {
        let first = tokens.partition_point(|t| t.span.start < sentence.start);
        let last = tokens.partition_point(|t| t.span.start < sentence.end);
        let toks = tokens.get(first..last).unwrap_or_default();
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let mut i = 0;
        while i < words.len() {
            match (!in_timex(toks[i].span.start)).then(|| number_at(&words, i)).flatten() {
                Some(found) => {
                    let span = toks[found.start].span.start..toks[found.end - 1].span.end;
                    out.push(Quantity {
                        text: text.get(span.clone()).unwrap_or_default().to_string(),
                        span,
                        about: found.about,
                    });
                    i = found.end;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// One quantity as word indices into its sentence.
struct Found {
    start: usize,
    end: usize,
    about: String,
}

/// The quantity whose number starts at `words[i]`, if it is one.
fn number_at(words: &[&str], i: usize) -> Option<Found> {
    let w = *words.get(i)?;
    let a_scale = w.eq_ignore_ascii_case("a") && words.get(i + 1).is_some_and(|n| is_scale(n));
    if !(is_digit_number(w) || is_number_word(w) || a_scale) || is_scale(w) && !a_scale {
        return None;
    }
    if is_digit_number(w) && (is_not_a_count(w) || in_date_or_name(words, i)) {
        return None;
    }
    // A capitalised number word inside a sentence is part of a name ("Six Feet Under").
    if i > 0 && !is_digit_number(w) && w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // The number itself: digits or words, then scale words ("two million", "1.5 billion").
    let mut end = i + 1;
    while words.get(end).is_some_and(|n| is_scale(n) || is_number_word(n) && !is_plural_scale(n)) {
        end += 1;
    }
    let mut start = i;
    let currency = i > 0 && listed(words[i - 1], CURRENCY_SYMBOLS);
    if currency {
        start -= 1;
    }
    start -= modifier_before(words, start);
    if words.get(end).is_some_and(|n| is_time_unit(n)) {
        return None; // a duration: the date stage's
    }
    let percent = percent_after(words, end);
    end += percent;
    let currency_word = words.get(end).is_some_and(|n| is_currency_word(n));
    if currency_word {
        end += 1; // "68m euros"
    }
    let money_suffix = is_scale(suffix(w)) || currency || currency_word;
    if is_plural_scale(w) && words.get(end).is_some_and(|n| n.eq_ignore_ascii_case("of")) {
        end += 1; // "thousands of people"
    }
    let hyphen_unit = is_digit_number(w) && w.contains('-') && !suffix(w).is_empty();
    if hyphen_unit {
        // "28-point peace plan": the adjective is the quantity, the noun is what it is about.
        return Some(Found { start, end, about: about_adjective(words, end) });
    }
    if percent > 0 || money_suffix {
        return Some(Found { start, end, about: about_measure(words, start) });
    }
    if let Some(out_of) = out_of_after(words, end) {
        end += out_of; // "nine out of 10"
    }
    if let Some(person) = age_of(words, start, end) {
        return Some(Found { start, end, about: person });
    }
    let noun = counted_noun(words, end);
    if noun == 0 && is_number_word(w) && !a_scale && end == i + 1 {
        return None; // a bare "three" says nothing on its own
    }
    let about = if noun > 0 {
        about_counted(words, start, end, end + noun)
    } else {
        about_measure(words, start)
    };
    Some(Found { start, end: end + noun, about })
}

/// Digits next to a month ("3 March", "March 3"), before a clock word ("10 a.m."), or right
/// after a capitalised name word that is not the first of the sentence ("Formula 1").
fn in_date_or_name(words: &[&str], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| words.get(p)).copied().unwrap_or("");
    let next = words.get(i + 1).copied().unwrap_or("");
    let name_before = i > 1
        && prev.chars().next().is_some_and(char::is_uppercase)
        && !listed(prev, CURRENCY_SYMBOLS)
        && prev.chars().all(char::is_alphanumeric);
    is_month(prev) || is_month(next) || is_clock_word(next) || name_before
}

/// "out of 10" after a number: its length in words.
fn out_of_after(words: &[&str], at: usize) -> Option<usize> {
    let out = words.get(at)?.eq_ignore_ascii_case("out") && words.get(at + 1)? == &"of";
    let number = words.get(at + 2).is_some_and(|w| is_digit_number(w) || is_number_word(w));
    (out && number).then_some(3)
}

/// "Mr Sullivan, 42, pleaded": a bare number between commas after a name is an age.
fn age_of(words: &[&str], start: usize, end: usize) -> Option<String> {
    let comma_before = start.checked_sub(1).and_then(|k| words.get(k)) == Some(&",");
    let comma_after = words.get(end).is_some_and(|w| matches!(*w, "," | "."));
    let number = words.get(start).filter(|w| w.chars().all(|c| c.is_ascii_digit()))?;
    if !(comma_before && comma_after && end == start + 1 && number.len() <= 3) {
        return None;
    }
    let name_end = start - 1;
    let name_start = (0..name_end)
        .rev()
        .take_while(|&k| {
            words.get(k).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
        .last()?;
    Some(format!("age of {}", words.get(name_start..name_end)?.join(" ")))
}
