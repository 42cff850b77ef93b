//! The subject of a verb group: the noun phrase before it, found by walking left over
//! noun-phrase words (tags DT, PRP$, JJ, NN*, CD, POS, and prepositional phrases inside it).
//!
//! - An aside between commas or dashes just before the verb is skipped ("The delegation, which
//!   also includes ..., landed" -> "The delegation").
//! - A relative pronoun stands for the noun before it ("the company, which was founded").
//! - A participle without auxiliary takes the bare noun phrase before it ("The election,
//!   scheduled for March").
//! - The second verb of a coordination shares the first one's subject ("the phone will be
//!   available ... and is due to go on sale").
//! - A long subject keeps its head ("only 4% of the people in the UK" -> "only 4% of the
//!   people"); so does one that holds the date ("a previous round of talks in May").

use super::clause::{group, tag_name, VerbGroup};
use super::sentence::Sentence;

/// Longest subject kept whole, in tokens.
const MAX_WORDS: usize = 6;

/// The subject of `g` as a token range, if there is one.
pub fn subject(s: &Sentence, g: &VerbGroup) -> Option<(usize, usize)> {
    subject_before(s, g, 1)
}

fn subject_before(s: &Sentence, g: &VerbGroup, depth: u8) -> Option<(usize, usize)> {
    let (at, participle) = (g.first(), g.participle);
    // "Born in January 1934, Rowlands won": a participle clause opening the sentence is about
    // the subject after it.
    let opens_sentence = (0..at).all(|k| s.is_adverb(k) || s.is_boundary(k));
    if participle && opens_sentence && s.word(g.limit) == "," {
        return noun_phrase_after(s, g.limit + 1);
    }
    let mut end = at.checked_sub(1)?;
    // Adverbs and the date with its preposition between subject and verb ("Nelly ... and in
    // September 2004 simultaneously occupied").
    while s.is_adverb(end) && !s.in_date(end) || s.in_date(end) && end == s.last {
        end = if s.in_date(end) { s.first.checked_sub(1)? } else { end.checked_sub(1)? };
        if s.is_preposition(end) && end + 1 == s.first {
            end = end.checked_sub(1)?;
        }
    }
    if tag_name(s, end) == "CC" && depth > 0 {
        let earlier =
            (0..end).rev().take_while(|&k| !s.is_subordinator(k)).find(|&k| s.is_verb(k))?;
        return subject_before(s, &group(s, earlier, None), depth - 1);
    }
    if s.is_boundary(end) && !matches!(s.word(end), ")") {
        let before = end.checked_sub(1)?;
        // "The delegation, which also includes ..., landed": skip the aside.
        let open = (0..end).rev().find(|&k| s.is_boundary(k) && s.word(k) != ")");
        if let Some(open) = open.filter(|_| !participle) {
            return base_noun_phrase(s, open.checked_sub(1)?);
        }
        // "The election, scheduled for March, is": a participle aside closed before the main
        // verb; a participle clause that ends the sentence has no subject of its own.
        let closed = s.is_boundary(g.limit) && (g.limit + 1..s.len()).any(|k| s.is_verb(k));
        let past = matches!(tag_name(s, g.start), "VBN" | "VBG" | "VBD");
        return (closed && past).then(|| base_noun_phrase(s, before)).flatten();
    }

    if s.is_subordinator(end) && tag_name(s, end) != "IN" {
        // "which was founded": the subject is what "which" refers to.
        let mut before = end.checked_sub(1)?;
        if s.is_boundary(before) {
            before = before.checked_sub(1)?;
        }
        return base_noun_phrase(s, before);
    }
    if participle {
        return base_noun_phrase(s, end);
    }
    full_noun_phrase(s, end)
}

/// Whether the date sits inside a noun phrase, before its noun: after a determiner, possessive
/// or adjective and before a noun-phrase word ("its controversial 2002 ruling"), not after a
/// preposition ("on Tuesday Mr Ebbers").
fn premodifier(s: &Sentence) -> bool {
    let inside = s.first.checked_sub(1).is_some_and(|p| {
        s.is_determiner(p) || matches!(tag_name(s, p), "JJ" | "POS") || s.is_any(p, &["'s", "’s"])
    });
    inside && s.is_nominal(s.last + 1)
}

/// The determiner-adjective-noun run starting at `start`, ending at its last noun.
fn noun_phrase_after(s: &Sentence, start: usize) -> Option<(usize, usize)> {
    let run = (start..s.len().min(start + MAX_WORDS))
        .take_while(|&k| s.is_nominal(k) && !s.in_date(k) && (k == start || !s.is_determiner(k)));
    let end = run.filter(|&k| s.is_noun(k)).last()?;
    Some((start, end))
}

/// The determiner-adjective-noun run ending at `end` (no prepositions).
fn base_noun_phrase(s: &Sentence, end: usize) -> Option<(usize, usize)> {
    if !s.is_nominal(end) || s.in_date(end) {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start + 1 < MAX_WORDS && !s.is_determiner(start) {
        let p = start - 1;
        if !s.is_nominal(p) || s.in_date(p) || tag_name(s, p) == "PRP" {
            break;
        }
        start = p;
    }
    Some((start, end))
}

/// The noun phrase ending at `end` with its prepositional phrases, the date and bracketed
/// words, cut to its head when long.
fn full_noun_phrase(s: &Sentence, end: usize) -> Option<(usize, usize)> {
    if !(s.is_nominal(end) || s.word(end) == ")" || s.in_date(end)) {
        return None;
    }
    let mut start = end + 1;
    while let Some(p) = start.checked_sub(1) {
        // The date belongs to the subject only at its end ("talks in May produced"), not
        // before it ("on Tuesday Mr Ebbers denied").
        // ... or before a noun it modifies ("The Commission's controversial 2002 ruling").
        let word_ok = if s.in_date(p) {
            start > end || s.in_date(start) || start == s.last + 1 && premodifier(s)
        } else {
            s.is_nominal(p)
            || s.is_preposition(p) && start <= end
            // "handsets sold in 2005": a participle after a noun.
            || tag_name(s, p) == "VBN" && p > 0 && s.is_noun(p - 1) && start <= end
            // "Indian and Hong Kong markets", "exports and imports", not "5% and prices".
            || tag_name(s, p) == "CC"
                && p > 1
                && matches!(tag_name(s, p - 1), "JJ" | "NNP" | "NNS" | "NN")
                && s.word(p - 1) != "%"
                && tag_name(s, p - 2) != "CD"
            // "the most popular searches"
            || matches!(tag_name(s, p), "RBS" | "RBR") && tag_name(s, p + 1) == "JJ"
        };
        if s.word(p) == ")" {
            match (0..p).rev().find(|&k| s.word(k) == "(") {
                Some(open) => start = open,
                None => break,
            }
            continue;
        }
        if !word_ok || s.is_stop(p) {
            break;
        }
        // A determiner opens its noun phrase: go on left only through a preposition.
        let opened = start <= end && (s.is_determiner(start) || tag_name(s, start) == "PRP");
        if opened && !s.is_preposition(p) {
            break;
        }
        start = p;
    }
    let mut a = start;
    while a <= end
        && (s.in_date(a)
            || s.is_preposition(a)
            || s.is_adverb(a)
            || matches!(tag_name(s, a), "CC" | "TO"))
    {
        a += 1;
    }
    // A noun phrase needs a noun, pronoun, number or demonstrative ("That was one of"), which
    // "usual" in "as usual to pick" is not.
    let head = |k: usize| {
        s.is_noun(k)
            || matches!(tag_name(s, k), "PRP" | "CD")
            || s.is_any(k, &["this", "that", "these", "those"])
    };
    // "the previous highest monthly total" (tagged as adjectives) opens with a determiner.
    if a > end || !((a..=end).any(head) || s.is_determiner(a) && a < end) {
        return None;
    }
    // A date before a noun of the phrase stays (and is left out of the text); a date at its
    // end is cut with its preposition.
    let premodifier = s.last < end && premodifier(s);
    let holds_date = a <= s.last && s.first <= end && !premodifier;
    let words = end - a + 1;
    let mut b = end;
    if holds_date || words > MAX_WORDS {
        // Keep the head: up to the first preposition other than "of" (or the date).
        if let Some(cut) = (a + 1..=end).find(|&k| {
            s.in_date(k) && !premodifier
                || s.is_preposition(k) && !s.is_any(k, &["of"]) && !s.is_comparison(k)
                || s.is_preposition(k) && s.in_date(k + 1) && !premodifier
        }) {
            b = cut - 1;
        }
    }
    while b > a
        && (s.is_preposition(b)
            || s.is_determiner(b)
            || s.is_punct(b) && s.word(b) != ")"
            || matches!(tag_name(s, b), "VBN" | "CC"))
    {
        b -= 1;
    }
    Some((a, b))
}
