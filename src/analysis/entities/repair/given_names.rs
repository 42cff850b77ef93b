//! Hyphenated given names: "Roh Moo-hyun", "Ban Ki-moon", "Kim Jong-il", "met Dae-ho Kim". A
//! word of that shape (a capital, one to four letters, a hyphen, one to five lower-case letters)
//! beside a capitalised word is a given name: the person span beside it takes it, and two such
//! words the tagger left out are a person. The tagger, trained on 1996 Reuters, tags the
//! surname alone or nothing, and every "Kim" of an article then merges into one person.

use crate::analysis::document::Document;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::names::is_hyphenated_given_name;
use crate::analysis::pos::Tag;
use crate::analysis::EntityKind;

/// A hyphenated given name whose first part news does not write in lower case ("Co-op",
/// "Anti-war" are words).
fn is_given_name_shape(word: &str, lower_case_word: &dyn Fn(&str) -> bool) -> bool {
    is_hyphenated_given_name(word)
        && word.split('-').next().is_some_and(|first| !lower_case_word(&first.to_ascii_lowercase()))
}

/// A capitalised name word beside a given name: a proper noun written in title case (not an
/// acronym: "Multi-band OFDM").
fn is_name_word(doc: &Document, i: usize) -> bool {
    doc.capital(i)
        && doc.word(i).chars().skip(1).all(char::is_lowercase)
        && doc.word(i).chars().all(char::is_alphabetic)
        && doc.tag(i).is_some_and(|t| t == Tag::NNP || t == Tag::NNPS)
}

/// Extends person spans over a given name beside them and adds the persons the tagger missed.
/// Linear in the text: spans are found by binary search (they are in reading order), and new
/// ones are added at the end.
pub(super) fn hyphenated_given_names(
    doc: &Document,
    lower_case_word: &dyn Fn(&str) -> bool,
    spans: &mut Vec<EntitySpan>,
) {
    let tokens = doc.tokens();
    let mut added: Vec<EntitySpan> = Vec::new();
    for i in 1..tokens.len() {
        // Opening a sentence, a capitalised compound may be any word ("Co-star Richard Gere").
        if doc.is_sentence_initial(i) || !is_given_name_shape(doc.word(i), lower_case_word) {
            continue;
        }
        // The span holding token `k`, if any (spans do not overlap).
        let span_of = |spans: &[EntitySpan], k: usize| {
            let t = tokens.get(k)?;
            let p = spans.partition_point(|s| s.span.start <= t.span.start).checked_sub(1)?;
            (t.span.end <= spans[p].span.end).then_some(p)
        };
        let taken = |k: usize| added.last().is_some_and(|a| tokens[k].span.start < a.span.end);
        if span_of(spans, i).is_some() || taken(i) {
            continue;
        }
        let partner = [i - 1, i + 1].into_iter().find(|&k| is_name_word(doc, k) && !taken(k));
        let Some(k) = partner else { continue };
        let (lo, hi) = (i.min(k), i.max(k));
        let span = tokens[lo].span.start..tokens[hi].span.end;
        match span_of(spans, k) {
            // A surname alone the tagger gave another kind ("Park" a place) is a person's too.
            Some(p) if spans[p].kind == EntityKind::Person || spans[p].span == tokens[k].span => {
                let s = &mut spans[p];
                s.kind = EntityKind::Person;
                s.span.start = s.span.start.min(span.start);
                s.span.end = s.span.end.max(span.end);
            }
            Some(_) => {}
            None => added.push(EntitySpan { span, kind: EntityKind::Person }),
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| (s.span.start, s.span.end));
    }
}
