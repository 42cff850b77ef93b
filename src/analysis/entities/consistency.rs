//! One kind per name across the article, from evidence anywhere in it: the tagger reads each
//! sentence with little of the rest, and a company is often a "person" or a "place" in the
//! sentences that do not say what it is.
//!
//! - A name of several words that ends in a common noun is no person ("Lorillard Tobacco",
//!   "Leisure Garments", "Talking Heads"): the word is written in lower case in news.
//! - A place, or a person of several words, with a cue that only a company takes in any of its
//!   mentions ("analysts at Gartner", "Amazon's shares") is an organization in all of them.
//! - A person's name that begins an organization's name written earlier and ending in a company
//!   designation is that company shortened ("Tony Lama Co." then "Tony Lama"); so is a one-word
//!   place that begins an earlier organization's name and carries company cues ("Texas
//!   Instruments", then "Texas said its sales").
//! - An acronym the article also writes in the plural ("PCs", "SUVs", "NGOs") is a common noun,
//!   no name: names are not counted; so are the acronyms of common nouns ("TV", "DVD").

use super::EntitySpan;
use crate::analysis::document::Document;
use crate::analysis::lexicon::acronyms::is_common_noun_acronym;
use crate::analysis::lexicon::nationalities::{looks_like_demonym, PARTY_MEMBERS};
use crate::analysis::lexicon::organizations::COMPANY_DESIGNATIONS;
use crate::analysis::lexicon::titles::{TITLE_HEADS, TITLE_OF_OBJECTS};
use crate::analysis::mentions::kind_cues::{
    company_by_strict_cues, kind_by_cues, organization_by_apposition,
};
use crate::analysis::{EntityKind, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How the model's lists and case statistics read a word.
pub(super) struct WordEvidence<'a> {
    /// How often the word is capitalised in news, 0 (never) to 3 (almost always), 4 unknown.
    pub case_bucket: &'a dyn Fn(&str) -> u8,
    /// Whether the words are, as a whole, a name in the model's lists.
    pub known: &'a dyn Fn(&[&str]) -> bool,
}

/// A person's name of several words that ends in a common noun is an organization's (run before
/// the span repairs, which read the kinds of list members).
pub(super) fn no_person_ends_in_a_common_noun(
    doc: &Document,
    ev: &WordEvidence,
    spans: &mut [EntitySpan],
) {
    for s in spans.iter_mut().filter(|s| s.kind == EntityKind::Person) {
        let words = doc.words_in(&s.span);
        let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
        let (first, last) = (doc.slice(first), doc.slice(last));
        let bucket = (ev.case_bucket)(last);
        // A surname can be a common word ("Mike Short"): the name must also start with a
        // common word ("Talking Heads") or end in a plural ("Leisure Garments"), or the
        // article itself write the noun in lower case while the lists know no such name.
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
        let first_common = (ev.case_bucket)(first) == 0;
        let common = (bucket == 0 && (plural || first_common))
            || (bucket == 1
                && doc.seen_in_lower_case(&last.to_lowercase())
                && !(ev.known)(&[last]));
        if words.len() >= 2 && last.chars().count() > 2 && common {
            s.kind = EntityKind::Organization;
        }
    }
}

/// Settles the kinds of `spans` (in reading order) from cues across the article.
pub(super) fn settle_kinds(doc: &Document, ev: &WordEvidence, spans: &mut Vec<EntitySpan>) {
    no_counted_acronyms(doc, spans);
    no_title_objects(doc, spans);
    split_state_and_party(doc, ev, spans);
    party_members_beside_places(doc, spans);
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, s) in spans.iter().enumerate() {
        by_name.entry(doc.slice(&s.span)).or_default().push(k);
    }
    let mut to_company: Vec<usize> = Vec::new();
    for (name, idx) in &by_name {
        let judged = idx.iter().all(|&k| match spans[k].kind {
            EntityKind::Place => true,
            // Not a nationality: "Irish shares" are shares of Irish companies.
            EntityKind::Misc => !name.split(' ').any(looks_like_demonym),
            EntityKind::Person => name.contains(' '),
            _ => false,
        });
        let mentions: Vec<Span> = idx.iter().map(|&k| spans[k].span.clone()).collect();
        // A noun written before the name ("online bank Cahoot") judges one-word people too.
        let named_as_one = idx.iter().all(|&k| {
            matches!(spans[k].kind, EntityKind::Place | EntityKind::Misc | EntityKind::Person)
        }) && !name.split(' ').any(looks_like_demonym);
        if (judged && company_by_strict_cues(doc, &mentions))
            || (named_as_one && organization_by_apposition(doc, &mentions))
        {
            to_company.extend(idx);
        }
    }
    for k in to_company {
        spans[k].kind = EntityKind::Organization;
    }
    shortened_places(doc, spans);
    shortened_companies(doc, spans);
}

/// Drops the acronyms of common nouns: those of the lexicon ("TV", "DVDs"; one after an acronym
/// or a nationality is cut off it: "US TV" -> "US") and the one-word acronyms ("SUV") that the
/// article also writes with a plural "s" ("SUVs"), singular or plural: common nouns written in
/// capitals, not names.
pub(super) fn no_counted_acronyms(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let is_acronym =
        |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let plural_stems: HashSet<&str> = (0..doc.len())
        .filter_map(|i| doc.word(i).strip_suffix('s'))
        .filter(|stem| is_acronym(stem))
        .collect();
    // "US TV", "British TV": an acronym or a nationality before the common noun is the name;
    // "Court TV" is a channel's.
    for s in spans.iter_mut().filter(|s| doc.slice(&s.span).contains(' ')) {
        let words = doc.words_in(&s.span);
        if let [before, last] = words.as_slice() {
            let w = doc.slice(before);
            let name_before = is_acronym(w) || looks_like_demonym(w);
            if is_common_noun_acronym(doc.slice(last)) && before.end < last.start && name_before {
                s.span.end = before.end;
            }
        }
    }
    spans.retain(|s| {
        let name = doc.slice(&s.span);
        let counted = plural_stems.contains(name.strip_suffix('s').unwrap_or(name));
        !counted && !is_common_noun_acronym(name)
    });
}

/// "Maryland Democrat" -> the place "Maryland" and the group "Democrat", and "Democrat of
/// Maryland" -> the group and the place, when the words of the place are a place the model
/// knows and are almost always capitalised in news (not "Liberal Democrat").
fn split_state_and_party(doc: &Document, ev: &WordEvidence, spans: &mut Vec<EntitySpan>) {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        let words = doc.words_in(&s.span);
        let texts: Vec<&str> = words.iter().map(|w| doc.slice(w)).collect();
        let is_party = |w: &&str| PARTY_MEMBERS.contains_exact(w);
        let is_place = |place: &[&str]| {
            !place.is_empty() && place.iter().all(|w| (ev.case_bucket)(w) == 3) && (ev.known)(place)
        };
        let n = texts.len();
        if n >= 2 && texts.last().is_some_and(is_party) && is_place(&texts[..n - 1]) {
            out.push(EntitySpan {
                span: words[0].start..words[n - 2].end,
                kind: EntityKind::Place,
            });
            out.push(EntitySpan { span: words[n - 1].clone(), kind: EntityKind::Group });
        } else if n >= 3
            && texts.first().is_some_and(is_party)
            && texts[1] == "of"
            && is_place(&texts[2..])
        {
            out.push(EntitySpan { span: words[0].clone(), kind: EntityKind::Group });
            out.push(EntitySpan {
                span: words[2].start..words[n - 1].end,
                kind: EntityKind::Place,
            });
        } else {
            out.push(s);
        }
    }
    *spans = out;
}

/// Drops a one-word name that completes a title after "of" ("Chief of Staff", "Secretary of
/// State"): part of a person's role, not an organization.
pub(super) fn no_title_objects(doc: &Document, spans: &mut Vec<EntitySpan>) {
    spans.retain(|s| {
        let Some(i) = doc.token_starting_at(s.span.start) else { return true };
        let one_word = doc.tokens().get(i).is_some_and(|t| t.span.end == s.span.end);
        let after_title =
            i >= 2 && doc.lower(i - 1) == "of" && TITLE_HEADS.contains(doc.lower(i - 2));
        !(one_word && after_title && TITLE_OF_OBJECTS.contains(doc.lower(i)))
    });
}

/// A party member the tagger left out beside a place it found ("a Maryland Democrat",
/// "Democrat of Oregon", with only the state tagged) is a group: the person's affiliation.
pub(super) fn party_members_beside_places(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let places = spans.iter().filter(|s| s.kind == EntityKind::Place);
    let place_ends: HashSet<usize> = places.clone().map(|s| s.span.end).collect();
    let place_starts: HashSet<usize> = places.map(|s| s.span.start).collect();
    // Spans are in reading order and never overlap: the first ending after a word's start is
    // the only one that can cover it.
    let covered = |w: &Span| {
        let k = spans.partition_point(|s| s.span.end <= w.start);
        spans.get(k).is_some_and(|s| s.span.start < w.end)
    };
    let mut found = Vec::new();
    for (i, t) in doc.tokens().iter().enumerate() {
        if !PARTY_MEMBERS.contains_exact(doc.word(i)) || covered(&t.span) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| doc.tokens().get(p));
        let after_place = prev
            .is_some_and(|p| p.span.end + 1 == t.span.start && place_ends.contains(&p.span.end));
        let before_place = doc.lower(i + 1) == "of"
            && doc.tokens().get(i + 2).is_some_and(|n| place_starts.contains(&n.span.start));
        if after_place || before_place {
            found.push(EntitySpan { span: t.span.clone(), kind: EntityKind::Group });
        }
    }
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|s| s.span.start);
    }
}

/// "Texas Instruments ... Texas said its sales": a one-word place that begins the name of an
/// organization written before all its mentions, and carries company cues, is that company.
fn shortened_places(doc: &Document, spans: &mut [EntitySpan]) {
    let mut places: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, s) in spans.iter().enumerate() {
        let name = doc.slice(&s.span);
        if s.kind == EntityKind::Place && !name.contains(' ') {
            places.entry(name).or_default().push(k);
        }
    }
    // The earliest start of an organization of two words or more, by its first word.
    let mut org_by_first_word: HashMap<&str, usize> = HashMap::default();
    for s in spans.iter().filter(|s| s.kind == EntityKind::Organization) {
        if let Some((first_word, _)) = doc.slice(&s.span).split_once(' ') {
            let start = org_by_first_word.entry(first_word).or_insert(s.span.start);
            *start = (*start).min(s.span.start);
        }
    }
    let mut to_company = Vec::new();
    for (name, idx) in places {
        let first = idx.iter().map(|&k| spans[k].span.start).min().unwrap_or(0);
        let long_before = org_by_first_word.get(name).is_some_and(|&start| start < first);
        let mentions: Vec<Span> = idx.iter().map(|&k| spans[k].span.clone()).collect();
        if long_before && kind_by_cues(doc, name, &mentions) == Some(EntityKind::Organization) {
            to_company.extend(idx);
        }
    }
    for k in to_company {
        spans[k].kind = EntityKind::Organization;
    }
}

/// "Tony Lama" after "Tony Lama Co.": a name followed by a company designation is the company
/// with its designation ("Hewlett-Packard Co. said", "Acme Inc."; the period too, unless it ends
/// the sentence), and a person span whose words begin an earlier organization span that ends
/// in a company designation becomes an organization.
fn shortened_companies(doc: &Document, spans: &mut [EntitySpan]) {
    // "Tony Lama Co.": a designation right after a name makes it a company's.
    let named = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];
    for s in spans.iter_mut().filter(|s| named.contains(&s.kind)) {
        let Some(last) = doc.token_ending_at(s.span.end) else { continue };
        let next = last + 1;
        if COMPANY_DESIGNATIONS.contains_exact(doc.word(next)) && !doc.touches_previous(next) {
            let sentence_end = doc.sentence_tokens(next).end;
            let end = doc.skip_period(next + 1).min(sentence_end.saturating_sub(1)).max(next + 1);
            s.span.end = doc.token_span(next, end).end;
            s.kind = EntityKind::Organization;
        }
    }
    // The earliest start of a company name ending in a designation, by each of its shorter
    // whole-word beginnings ("Tony", "Tony Lama" for "Tony Lama Co.").
    let mut company_by_beginning: HashMap<&str, usize> = HashMap::default();
    for s in spans.iter().filter(|s| s.kind == EntityKind::Organization) {
        let words = doc.words_in(&s.span);
        let last = words.iter().rev().map(|w| doc.slice(w)).find(|w| *w != ".");
        if words.len() < 2 || !last.is_some_and(|w| COMPANY_DESIGNATIONS.contains_exact(w)) {
            continue;
        }
        let full = doc.slice(&s.span);
        for (at, _) in full.match_indices(' ') {
            let start = company_by_beginning.entry(&full[..at]).or_insert(s.span.start);
            *start = (*start).min(s.span.start);
        }
    }
    if company_by_beginning.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.kind == EntityKind::Person) {
        let name = doc.slice(&s.span);
        let shortened = company_by_beginning.get(name).is_some_and(|&start| start < s.span.start);
        if shortened {
            s.kind = EntityKind::Organization;
        }
    }
}
