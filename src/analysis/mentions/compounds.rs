//! Hyphenated compounds of names ("Trump-Putin summit", "US-Russia relations"): one mention per
//! part, each an exact byte range of the part. A part that is a known name takes that name's
//! kind; an unknown part takes the kind of its known sibling ("Putin" next to "Trump" is a
//! person). A compound with no known part is left whole ("Jean-Pierre").

use super::aliases::{alias_kind, insert_uncovered};
use super::lexicon::{is_capitalised, is_name_particle};
use super::mention::{name_key, Mention};
use crate::analysis::document::Document;
use crate::analysis::{EntityKind, Span};
use rustc_hash::FxHashMap as HashMap;

/// Names known in the article with their kind: every mention's text (by majority kind), every
/// word of a multi-word person name ("Trump" from "Donald Trump"), untyped names included.
pub fn known_names(doc: &Document, mentions: &[Mention]) -> HashMap<String, EntityKind> {
    let kinds = super::clusters::key_kinds(doc, mentions);
    let mut known = HashMap::default();
    for (name, kind) in &kinds {
        if *kind == EntityKind::Person && name.contains(' ') {
            let not_initial = |w: &&str| w.trim_end_matches('.').chars().count() > 1;
            for word in name.split(' ').filter(|w| is_capitalised(w) && not_initial(w)) {
                known.entry(word.to_string()).or_insert(EntityKind::Person);
            }
        }
    }
    // Typed names override what person names suggest; untyped names only fill gaps.
    let (untyped, typed): (Vec<_>, Vec<_>) =
        kinds.into_iter().partition(|(_, kind)| *kind == EntityKind::Misc);
    known.extend(typed);
    for (name, kind) in untyped {
        known.entry(name).or_insert(kind);
    }
    known
}

/// The parts of one hyphenated word as byte ranges of `text`, when every part is capitalised
/// and none is a name particle ("Al-Dhari" is one name).
fn parts(text: &str, word: &Span) -> Option<Vec<Span>> {
    let s = text.get(word.clone())?;
    if !s.contains('-') || s.contains(char::is_whitespace) {
        return None;
    }
    let mut out = Vec::new();
    let mut at = word.start;
    for part in s.split('-') {
        let particle = is_name_particle(&part.to_lowercase());
        if particle || !is_capitalised(part) || !part.chars().any(char::is_alphabetic) {
            return None;
        }
        out.push(at..at + part.len());
        at += part.len() + 1;
    }
    (out.len() >= 2).then_some(out)
}

/// Mentions for the parts of one compound, or `None` when no part is known.
fn split(doc: &Document, word: &Span, known: &HashMap<String, EntityKind>) -> Option<Vec<Mention>> {
    let parts = parts(doc.text(), word)?;
    let kind_of = |p: &Span| {
        let name = name_key(doc.slice(p));
        known.get(&name).copied().or_else(|| alias_kind(&name))
    };
    let sibling = parts.iter().find_map(kind_of)?;
    Some(parts.iter().map(|p| Mention::guessed(p.clone(), kind_of(p).unwrap_or(sibling))).collect())
}

/// Replaces compound mentions by their parts and adds the parts of hyphenated words the
/// recogniser left out ("US-Russia" when "US" and "Russia" are known).
pub fn split_compounds(doc: &Document, mentions: Vec<Mention>) -> Vec<Mention> {
    let known = known_names(doc, &mentions);
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        match split(doc, &m.span, &known) {
            Some(parts) => out.extend(parts),
            None => out.push(m),
        }
    }
    let mut added = Vec::new();
    let mut starts: Vec<&Mention> = out.iter().collect();
    starts.sort_by_key(|m| m.span.start);
    for t in doc.tokens().iter().filter(|t| doc.slice(&t.span).contains('-')) {
        let before = starts.partition_point(|m| m.span.start < t.span.end);
        let covered = starts[..before].iter().rev().take(4).any(|m| t.span.start < m.span.end);
        if !covered {
            added.extend(split(doc, &t.span, &known).unwrap_or_default());
        }
    }
    insert_uncovered(&mut out, added);
    out
}
