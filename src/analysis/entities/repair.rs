//! Span repairs after tagging, each decided from evidence in the text rather than from a list
//! of names:
//!
//! - a verb or adverb opening a sentence is not part of the name after it ("Said Mr Fogg": the
//!   word is written in lower case in news, and tagged as a verb here);
//! - a personal name goes on through a lower-case particle ("Osama bin Laden") and over a
//!   hyphenated given name ("Roh Moo-hyun");
//! - every name of a compound read as its parts is tagged when one of them is, here or elsewhere
//!   in the article ("the Trump-Putin summit" after "Donald Trump" gives Putin too);
//! - a span the tagger ran across commas is a list when two of its parts are names of two words
//!   or more, each ending in a noun ("Altria Group, RJ Reynolds Tobacco"), and one name otherwise
//!   ("Donaldson, Lufkin & Jenrette", "United Nations Educational, Scientific and Cultural
//!   Organization");
//! - "X and Y Committee" is one organization when only the second part ends in an
//!   organization word ("Environment and Public Works Committee"), also when the tagger found
//!   only "Y Committee" and "the" opens the capitalised words before its "and";
//! - the word in brackets that closes a dateline is the news agency ("Tanzania (AP) _");
//! - a name of an organization or a thing takes a short number after it ("Channel 4");
//! - "A and B" is one name when it follows the own "and" of a list of three or more, after a
//!   company or with halves of two kinds ("X, Lorillard Tobacco and Brown and Williamson"),
//!   and after a singular noun for an organization ("the tobacco firm Brown and Williamson")
//!   unless either half is named alone elsewhere ("the software giant Microsoft and Apple",
//!   then "Apple said").

mod and_names;
mod given_names;
mod numbered;

use super::words::is_name_compound;
use super::EntitySpan;
use crate::analysis::document::Document;
use crate::analysis::lexicon::names::NAME_PARTICLES;
use crate::analysis::pos::Tag;
use crate::analysis::EntityKind;
use and_names::{body_names_over_and, join_around_and};
use given_names::hyphenated_given_names;
use numbered::names_with_numbers;

/// Applies every repair; spans come back in reading order.
pub(super) fn repair(
    doc: &Document,
    lower_case_word: &dyn Fn(&str) -> bool,
    mut spans: Vec<EntitySpan>,
) -> Vec<EntitySpan> {
    spans.sort_by_key(|s| (s.span.start, s.span.end));
    spans.retain_mut(|s| drop_opening_verb(doc, lower_case_word, s));
    let spans = complete_compounds(doc, spans);
    let spans = split_lists(doc, spans);
    let mut spans = join_particles(doc, spans);
    hyphenated_given_names(doc, lower_case_word, &mut spans);
    let mut spans = join_around_and(doc, spans);
    body_names_over_and(doc, &mut spans);
    dateline_agency(doc, &mut spans);
    names_with_numbers(doc, &mut spans);
    spans
}

/// "DAR ES SALAAM, Tanzania (AP) _": the word in brackets that closes a dateline (the first
/// sentence, a comma before the brackets, nothing but a dash after them) is the news agency.
fn dateline_agency(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let Some(first) = doc.sentences().first() else { return };
    let range = first.tokens.clone();
    let Some(open) = range.clone().find(|&i| doc.is(i, "(")) else { return };
    let (agency, close) = (open + 1, open + 2);
    let dash_or_end = close + 1 >= range.end || doc.is_any(close + 1, &["_", "-", "--", "—", "–"]);
    let comma_before = (range.start..open).any(|i| doc.is(i, ","));
    if !(doc.is(close, ")") && doc.capital(agency) && dash_or_end && comma_before) {
        return;
    }
    let Some(t) = doc.tokens().get(agency) else { return };
    spans.retain(|s| s.span != t.span);
    let at = spans.partition_point(|s| s.span.start < t.span.start);
    spans.insert(at, EntitySpan { span: t.span.clone(), kind: EntityKind::Organization });
}

/// "Said Mr Fogg" -> "Mr Fogg": the first word of a span that opens a sentence, is written in
/// lower case in news (or in this article), and is tagged as an inflected verb, adverb,
/// preposition or determiner is not part of the name; a span of that word alone is no name
/// (`false`).
fn drop_opening_verb(
    doc: &Document,
    lower_case_word: &dyn Fn(&str) -> bool,
    s: &mut EntitySpan,
) -> bool {
    let Some(i) = doc.token_starting_at(s.span.start) else { return true };
    if !doc.is_sentence_initial(i) {
        return true;
    }
    let word = doc.lower(i);
    if !(lower_case_word(word) || doc.seen_in_lower_case(word)) {
        return true;
    }
    // Inflected verbs only: a base form or a modal is also a first name ("Mark", "Will").
    let function_like = doc.tag(i).is_some_and(|t| {
        matches!(
            t,
            Tag::VBD
                | Tag::VBZ
                | Tag::VBG
                | Tag::VBN
                | Tag::RB
                | Tag::IN
                | Tag::DT
                | Tag::CC
                | Tag::TO
        )
    });
    if !function_like {
        return true;
    }
    match doc.tokens().get(i + 1) {
        Some(next) if next.span.start < s.span.end && doc.capital(i + 1) => {
            s.span.start = next.span.start;
            true
        }
        Some(next) if next.span.start < s.span.end => true,
        _ => false,
    }
}

/// "the Trump-Putin summit" with only "Trump" tagged, or "Trump" named elsewhere: the names of a
/// compound read as its parts are names of the same kind (a person with a person, a place with
/// a place).
fn complete_compounds(doc: &Document, mut spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    // Names of people and places elsewhere in the article, and people's surnames.
    let mut elsewhere: rustc_hash::FxHashMap<&str, EntityKind> = Default::default();
    for s in spans.iter().filter(|s| matches!(s.kind, EntityKind::Person | EntityKind::Place)) {
        let name = doc.slice(&s.span);
        elsewhere.insert(name, s.kind);
        if s.kind == EntityKind::Person {
            if let Some(last) = name.rsplit(' ').next() {
                elsewhere.insert(last, s.kind);
            }
        }
    }
    let mut added = Vec::new();
    for t in doc.tokens() {
        let word = doc.slice(&t.span);
        if !word.contains('-') || !is_name_compound(word) {
            continue;
        }
        let first = spans.partition_point(|s| s.span.end <= t.span.start);
        let inside: Vec<&EntitySpan> =
            spans[first..].iter().take_while(|s| s.span.start < t.span.end).collect();
        let kind = inside
            .iter()
            .find(|s| s.span.end - s.span.start < word.len())
            .map(|s| s.kind)
            .or_else(|| word.split('-').find_map(|part| elsewhere.get(part).copied()));
        let Some(kind) = kind.filter(|k| matches!(k, EntityKind::Person | EntityKind::Place))
        else {
            continue;
        };
        let mut start = t.span.start;
        for part in word.split('-') {
            let span = start..start + part.len();
            if !inside.iter().any(|s| s.span.start < span.end && span.start < s.span.end) {
                added.push(EntitySpan { span, kind });
            }
            start += part.len() + 1;
        }
    }
    spans.extend(added);
    spans.sort_by_key(|s| (s.span.start, s.span.end));
    spans
}

/// Splits a span at its commas when at least two of its parts are names of two words or more
/// and every part ends in a noun.
fn split_lists(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        if !doc.slice(&s.span).contains(',') {
            out.push(s);
            continue;
        }
        let words = doc.words_in(&s.span);
        let parts: Vec<&[crate::analysis::Span]> =
            words.split(|w| doc.slice(w) == ",").filter(|p| !p.is_empty()).collect();
        let long_parts = parts.iter().filter(|p| p.len() >= 2).count();
        // "State Administration of Radio, Film and Television": a list inside one name.
        let inner_and =
            parts.last().is_some_and(|p| p.iter().any(|w| matches!(doc.slice(w), "and" | "&")));
        // Each part ends in a noun ("United Nations Educational, Scientific and Cultural
        // Organization" is one name: "Educational" is an adjective). Tagged last: it costs.
        let nouns_end_parts = || {
            parts.iter().all(|p| {
                p.last()
                    .and_then(|w| doc.token_starting_at(w.start))
                    .and_then(|i| doc.tag(i))
                    .is_some_and(Tag::is_noun)
            })
        };
        if parts.len() < 2 || long_parts < 2 || inner_and || !nouns_end_parts() {
            out.push(s);
            continue;
        }
        for p in parts {
            if let (Some(a), Some(b)) = (p.first(), p.last()) {
                out.push(EntitySpan { span: a.start..b.end, kind: s.kind });
            }
        }
    }
    out
}

/// Joins a person's name through a particle ("Osama" + "bin" + "Laden"), also when the tagger
/// left the part after the particle untagged.
fn join_particles(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    let mut out: Vec<EntitySpan> = Vec::with_capacity(spans.len());
    let mut skip_until = 0;
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.span.start < skip_until {
            continue;
        }
        let mut s = s.clone();
        if s.kind == EntityKind::Person {
            if let Some(last) = doc.token_ending_at(s.span.end) {
                let spaced =
                    |i: usize| doc.tokens().get(i).is_some_and(|_| !doc.touches_previous(i));
                let particle = NAME_PARTICLES.contains_exact(doc.word(last + 1));
                if particle && spaced(last + 1) && spaced(last + 2) && doc.capital(last + 2) {
                    let name_end = doc.tokens()[last + 2].span.end;
                    let next = spans.get(k + 1).filter(|n| n.span.start < name_end + 1);
                    s.span.end = next.map_or(name_end, |n| n.span.end.max(name_end));
                    skip_until = s.span.end;
                }
            }
        }
        out.push(s);
    }
    out
}
