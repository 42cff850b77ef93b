//! What a date dates, as a short phrase, by a heuristic over the sentence's tokens:
//!
//! - A date written before a noun ("the August Trump-Putin summit", "Friday's vote") dates that
//!   noun phrase: "the Trump-Putin summit".
//! - Otherwise it dates its clause: the nearest verb to its left (else to its right), with the
//!   words after the verb up to the date ("landed in Kyiv"), and the verb's subject: the noun
//!   phrase before it, skipping auxiliaries and a comma-enclosed relative or appositive clause
//!   ("The delegation, which also includes ..., landed" -> "the delegation").
//!
//! Verbs are known by form: auxiliaries and common irregular verbs from a list, and "-ed" words
//! not preceded by a determiner.

use super::sentence::{Sentence, DATE_PREPOSITIONS, DETERMINERS, STOP};
use crate::analysis::tokens::Token;
use crate::analysis::Span;

/// The event the date at `date` dates, from the tokens of its sentence.
pub fn phrase(text: &str, tokens: &[&Token], date: &Span) -> Option<String> {
    let s = Sentence { text, tokens };
    let first = tokens.iter().position(|t| t.span.start >= date.start)?;
    let last = tokens.iter().rposition(|t| t.span.end <= date.end)?;
    noun_phrase(&s, first, last).or_else(|| clause(&s, first, last)).map(|p| tidy(&p))
}

/// The first words of the sentence, when no event phrase is found.
pub fn fallback(text: &str, sentence: &Span) -> String {
    let s = text.get(sentence.clone()).unwrap_or("");
    s.split_whitespace().take(8).collect::<Vec<_>>().join(" ")
}

/// "the August Trump-Putin summit" -> "the Trump-Putin summit"; "Friday's vote" -> "the vote".
fn noun_phrase(s: &Sentence, first: usize, last: usize) -> Option<String> {
    let possessive = matches!(s.word(last + 1), "'s" | "’s");
    let det = first.checked_sub(1).filter(|&d| DETERMINERS[..10].contains(&s.lower(d).as_str()));
    // "the minister's March visit": the possessor is the determiner.
    let owner = first
        .checked_sub(1)
        .filter(|&d| matches!(s.word(d), "'s" | "’s"))
        .and_then(|d| noun_before(s, d.checked_sub(1)?).map(|start| s.slice(start, d)));
    if det.is_none() && !possessive && owner.is_none() {
        return None;
    }
    let head_start = last + 1 + usize::from(possessive);
    let mut end = head_start;
    while end < s.tokens.len()
        && !s.is_punct(end)
        && !STOP.contains(&s.lower(end).as_str())
        && (end == head_start || !s.is_verb(end))
        && end - head_start < 5
    {
        end += 1;
    }
    if end == head_start {
        return None;
    }
    let head = s.slice(head_start, end - 1);
    Some(match (owner, det) {
        (Some(owner), _) => format!("{owner} {head}"),
        (None, Some(d)) => format!("{} {head}", s.lower(d)),
        (None, None) => format!("the {head}"),
    })
}

/// "the delegation landed in Kyiv".
fn clause(s: &Sentence, first: usize, last: usize) -> Option<String> {
    let verb = (0..first).rev().find(|&i| s.is_verb(i) && !s.is_aux(i)).or_else(|| {
        (0..first)
            .rev()
            .find(|&i| s.is_verb(i))
            .or_else(|| (last + 1..s.tokens.len()).find(|&i| s.is_verb(i)))
    })?;
    let outside_date = |i: usize| i < first || i > last;
    let vp_start =
        (0..verb).rev().take_while(|&i| s.is_aux(i) && outside_date(i)).last().unwrap_or(verb);
    let vp_end = predicate_end(s, verb, first, last);
    let mut subject = subject(s, vp_start);
    // "A previous round of talks in May produced ...": the date sits inside the subject, whose
    // head is the clause's first noun phrase.
    if subject.is_some_and(|(a, b)| a <= last && first <= b) {
        subject = clause_head(s, first);
    }
    let vp = s.slice(vp_start, vp_end);
    Some(match subject {
        Some((a, b)) => format!("{} {vp}", s.slice(a, b)),
        None => vp,
    })
}

/// The first noun phrase of the clause holding token `at`: from the clause start (sentence
/// start or the last comma) to the first preposition or punctuation.
fn clause_head(s: &Sentence, at: usize) -> Option<(usize, usize)> {
    let start = (0..at).rev().find(|&i| s.word(i) == ",").map_or(0, |c| c + 1);
    let stop = (start..at).find(|&i| s.is_punct(i) || STOP.contains(&s.lower(i).as_str()))?;
    (stop > start).then(|| (start, stop - 1))
}

/// Last token of the predicate: up to the date (without its preposition), at most six words,
/// never past punctuation.
fn predicate_end(s: &Sentence, verb: usize, first: usize, last: usize) -> usize {
    let limit = if verb < first { first } else { s.tokens.len() };
    let mut end = verb;
    let mut k = verb + 1;
    // After the date: up to the first preposition; before it: at most one prepositional
    // phrase ("landed in Kyiv").
    let mut phrases = usize::from(verb > last);
    while k < limit && k - verb <= 6 && !s.is_punct(k) {
        if (k > verb + 1 || verb > last) && STOP.contains(&s.lower(k).as_str()) {
            if phrases == 1 {
                break;
            }
            phrases += 1;
        }
        end = k;
        k += 1;
    }
    while end > verb && DATE_PREPOSITIONS.contains(&s.lower(end).as_str()) {
        end -= 1;
    }
    end
}

/// The noun phrase before token `at`, skipping a comma-enclosed clause just before it.
fn subject(s: &Sentence, at: usize) -> Option<(usize, usize)> {
    let mut end = at.checked_sub(1)?;
    if s.word(end) == "," {
        // ", which also includes ...," is skipped; a participle clause (", scheduled for
        // March,") has no opening comma and its subject is just before it.
        end = match (0..end).rev().find(|&i| s.word(i) == ",") {
            Some(open) => open.checked_sub(1)?,
            None => end.checked_sub(1)?,
        };
    }
    // "which was founded": the subject is what "which" refers to.
    if matches!(s.lower(end).as_str(), "which" | "who" | "that") {
        end = end.checked_sub(1)?;
        if s.word(end) == "," {
            end = end.checked_sub(1)?;
        }
    }
    if s.is_punct(end) {
        return None;
    }
    let start = noun_before(s, end)?;
    Some((start, end))
}

/// First token of the noun phrase that ends at token `end`: at most six words, stopping at
/// punctuation, prepositions, conjunctions and verbs.
fn noun_before(s: &Sentence, end: usize) -> Option<usize> {
    if s.is_punct(end) || STOP.contains(&s.lower(end).as_str()) {
        return None;
    }
    let mut start = end;
    while start > 0 {
        let prev = start - 1;
        if s.is_punct(prev) || STOP.contains(&s.lower(prev).as_str()) || s.is_verb(prev) {
            break;
        }
        if end - prev >= 6 {
            break;
        }
        start = prev;
    }
    Some(start)
}

/// Lower-cases a sentence-initial determiner and squeezes spaces.
fn tidy(p: &str) -> String {
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    match p.split_once(' ') {
        Some((head, rest)) if DETERMINERS.contains(&head.to_lowercase().as_str()) => {
            format!("{} {rest}", head.to_lowercase())
        }
        _ => p,
    }
}
