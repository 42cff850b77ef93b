//! Quantities: a number with its modifier, currency, scale and unit ("at least 26 people",
//! "$1.5 billion", "40%", "28-point"), and what it counts: the counted noun with the verb and the
//! place around it ("people killed in Ternopil"), the noun an adjective like "28-point" modifies
//! ("peace plan developed by ..."), or for a measure the subject and verb ("sales rose").

use super::counted::{about_adjective, about_counted, counted_noun, DETERMINERS};
use super::fractions::fraction_at;
use super::lexicon::{is_time_word, is_unit_of_measure, one_of};
use super::linked::{fill_from_neighbours, Unit};
use super::measured::{about_measure, for_phrase, noun_after_amount, of_phrase, passive_object};
use super::numbers::{
    currency_words_at, is_clock_word, is_digit_number, is_month, is_not_a_count, is_number_word,
    is_plural_scale, is_scale, is_time_unit, modifier_before, percent_after, suffix,
    CURRENCY_SYMBOLS,
};
use crate::analysis::document::Document;
use crate::analysis::{Quantity, Span, Timex};

/// Finds the quantities of every sentence.
pub fn find(doc: &Document, timexes: &[Timex]) -> Vec<Quantity> {
    let (text, tokens) = (doc.text(), doc.tokens());
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
    for sentence in doc.sentences() {
        let toks = tokens.get(sentence.tokens.clone()).unwrap_or_default();
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let mut founds = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match (!in_timex(toks[i].span.start)).then(|| number_at(&words, i)).flatten() {
                Some(found) => {
                    i = found.end;
                    founds.push(found);
                }
                None => i += 1,
            }
        }
        fill_from_neighbours(&words, &mut founds);
        for found in founds {
            // A name inside the counted phrase ("two U.S. embassies", "5bn US dollars") stays the
            // name's: the quantity's span ends before it, its `about` keeps the whole phrase.
            let end = (found.start + 1..found.end)
                .find(|&k| {
                    words[k].starts_with(char::is_uppercase) && !is_currency_symbol(words[k])
                })
                .unwrap_or(found.end);
            let span = toks[found.start].span.start..toks[end - 1].span.end;
            out.push(Quantity {
                text: text.get(span.clone()).unwrap_or_default().to_string(),
                span,
                about: found.about,
            });
        }
    }
    out
}

/// One quantity as word indices into its sentence.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub about: String,
    pub unit: Unit,
    /// The `about` is read from the words before the number (a subject and verb), a weaker
    /// reading than a counted noun or an "of" phrase, which a range may replace.
    pub guessed: bool,
}

/// The quantity whose number starts at `words[i]`, if it is one.
fn number_at(words: &[&str], i: usize) -> Option<Found> {
    if let Some(found) = fraction_at(words, i) {
        return Some(found);
    }
    let w = *words.get(i)?;
    // "a million", "one billion": "a" and "one" before a scale word.
    let a_scale = (w.eq_ignore_ascii_case("a") || w == "one")
        && words.get(i + 1).is_some_and(|n| is_scale(n));
    if !(is_digit_number(w) || is_number_word(w) || a_scale) || is_scale(w) && !a_scale {
        return None;
    }
    if is_digit_number(w) && (is_not_a_count(w) || in_date_or_name(words, i)) {
        return None;
    }
    if is_rank(words, i) {
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
    let currency = i > 0 && CURRENCY_SYMBOLS.contains(words[i - 1]);
    if currency {
        start -= 1;
    }
    start -= modifier_before(words, start);
    if words.get(end).is_some_and(|n| is_time_unit(n)) {
        return None; // a duration: the date stage's
    }
    let percent = percent_after(words, end);
    end += percent;
    let currency_words = currency_words_at(words, end);
    let currency_word = currency_words > 0;
    end += currency_words; // "68m euros", "127 billion US dollars"
    let money_suffix = is_scale(suffix(w)) || currency || currency_word;
    if is_plural_scale(w) && words.get(end).is_some_and(|n| n.eq_ignore_ascii_case("of")) {
        end += 1; // "thousands of people"
        while words.get(end).is_some_and(|n| is_plural_scale(n))
            && words.get(end + 1).is_some_and(|n| n.eq_ignore_ascii_case("of"))
        {
            end += 2; // "hundreds of thousands of people"
        }
    }
    let hyphen_unit = is_digit_number(w) && w.contains('-') && !suffix(w).is_empty();
    if hyphen_unit {
        // "28-point peace plan": the adjective is the quantity, the noun is what it is about.
        let about = age_about(suffix(w), words, end).unwrap_or_else(|| about_adjective(words, end));
        return Some(Found { start, end, about, unit: Unit::Other, guessed: false });
    }
    if percent > 0 || money_suffix {
        let money = percent == 0;
        let read = of_phrase(words, end)
            .or_else(|| noun_after_amount(words, end, money))
            .or_else(|| money.then(|| passive_object(words, end)).flatten());
        let guessed = read.is_none();
        let about = read.unwrap_or_else(|| measure_or_for(words, start, end));
        let unit = if percent > 0 { Unit::Percent } else { Unit::Money };
        return Some(Found { start, end, about, unit, guessed });
    }
    if let Some(out_of) = out_of_after(words, end) {
        end += out_of; // "nine out of 10"
    }
    // "died aged 91", "retired at the age of 60".
    let aged = start.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|w| *w == "aged")
        || start >= 3 && words.get(start - 3..start) == Some(&["the", "age", "of"][..]);
    if aged && end == i + 1 && counted_noun(words, end) == 0 {
        return Some(Found { start, end, about: "age".into(), unit: Unit::Other, guessed: false });
    }
    if let Some(person) = age_of(words, start, end) {
        return Some(Found { start, end, about: person, unit: Unit::Other, guessed: false });
    }
    let noun = counted_noun(words, end);
    let of = if noun == 0 { of_phrase(words, end) } else { None };
    if noun == 0 && of.is_none() && is_number_word(w) && !a_scale && end == i + 1 {
        return None; // a bare "three" says nothing on its own
    }
    let guessed = noun == 0 && of.is_none();
    // "300,000 tonnes of wheat", "2 million litres of oil": a unit measures what its "of"
    // phrase names.
    let unit = end + noun > end && words.get(end + noun - 1).is_some_and(|u| is_unit_of_measure(u));
    let measured = if unit { of_phrase(words, end + noun).map(|p| without_rate(&p)) } else { None };
    let about = match of {
        _ if measured.is_some() => measured.unwrap_or_default(),
        _ if noun > 0 => about_counted(words, start, end, end + noun),
        Some(phrase) => phrase,
        None => measure_or_for(words, start, end),
    };
    Some(Found { start, end: end + noun, about, unit: Unit::Other, guessed })
}

/// A measured phrase without the rate or time after it ("oil a day" -> "oil", "LPG annually",
/// "wheat last year").
fn without_rate(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let rate = |w: &str| {
        is_time_word(w) || is_time_unit(w) || w.ends_with("ly") && w.len() > 4 || w == "per"
    };
    let mut end = words.iter().position(|w| rate(w)).unwrap_or(words.len());
    while end > 1 && one_of(words[end - 1], "a an each every last this next per") {
        end -= 1;
    }
    words[..end.max(1)].join(" ")
}

/// The "for the ..." phrase after a measure ("compared with 3.3% for the industry average,"),
/// else the subject and verb before it, else a "for" phrase without a determiner ("0.8% for
/// gold").
fn measure_or_for(words: &[&str], start: usize, end: usize) -> String {
    let determiner = words.get(end + 1).is_some_and(|w| DETERMINERS.contains(w));
    if let Some(phrase) = for_phrase(words, end).filter(|_| determiner) {
        return phrase;
    }
    let measure = about_measure(words, start);
    if measure.is_empty() {
        return for_phrase(words, end).unwrap_or_default();
    }
    measure
}

fn is_currency_symbol(word: &str) -> bool {
    CURRENCY_SYMBOLS.contains(word)
}

/// "a 17-year-old singer" is about the singer's age; "the 45-year-old" about an age;
/// "24-year-olds" counts people of that age.
fn age_about(unit: &str, words: &[&str], end: usize) -> Option<String> {
    let unit = unit.to_lowercase();
    if unit == "year-olds" {
        return Some("people of that age".into());
    }
    if unit != "year-old" {
        return None;
    }
    let noun = about_adjective(words, end);
    Some(if noun.is_empty() { "age".into() } else { format!("age of {noun}") })
}

/// Digits next to a month ("3 March", "March 3"), opening a range of days ("24 and 26
/// December", "6 to 9 May"), before a clock word ("10 a.m."), or right after a capitalised name
/// word that is not the first of the sentence ("Formula 1").
fn in_date_or_name(words: &[&str], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| words.get(p)).copied().unwrap_or("");
    let next = words.get(i + 1).copied().unwrap_or("");
    let day_range = one_of(next, "and or to - –")
        && words.get(i + 2).is_some_and(|w| w.len() <= 2 && is_digit_number(w))
        && words.get(i + 3).is_some_and(|w| is_month(w));
    if day_range {
        return true;
    }
    let name_before = i > 1
        && prev.chars().next().is_some_and(char::is_uppercase)
        && !CURRENCY_SYMBOLS.contains(prev)
        && prev.chars().all(char::is_alphanumeric);
    is_month(prev) || is_month(next) || is_clock_word(next) || name_before
}

/// A place in a ranking: "number three", "No 10", "in the top 20".
fn is_rank(words: &[&str], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| words.get(p));
    // "the top 10" is a chart; "the top five spammers" counts spammers.
    let top_list =
        prev.is_some_and(|w| w.eq_ignore_ascii_case("top")) && counted_noun(words, i + 1) == 0;
    top_list || prev.is_some_and(|w| one_of(w, "number no no."))
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
