//! Mention merging: turns recogniser spans into entities. Spans are cleaned (possessives,
//! determiners, titles split off into roles, spans of only function or title words dropped),
//! hyphenated compounds split into their names, acronyms defined in the text linked, then
//! mentions grouped ("Driscoll" -> "Dan Driscoll", "U.S." -> "US", "the Army" -> "US Army"),
//! each group given one majority kind, a canonical name and, for people, its roles (a one-word
//! "person" with company or award cues around it becomes an organization or misc). Dates and
//! quantities are added as entities of their own afterwards.

mod aliases;
mod clusters;
mod compounds;
pub(crate) mod kind_cues;
pub(crate) mod lexicon;
mod mention;
mod normalize;
mod roles;
#[cfg(test)]
pub(crate) mod tests;
mod variants;

use super::document::Document;
use super::entities::Names;
use super::facts::Quantities;
use super::timex::Dates;
use super::{Entity, EntityKind, Quantity, Span, Timex};
use rustc_hash::FxHashMap as HashMap;

/// The entities of one document, ordered by first mention (names, then dates, then
/// quantities); each entity's `id` is its index, set here and nowhere else.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities(Vec<Entity>);

impl Entities {
    fn numbered(mut entities: Vec<Entity>) -> Entities {
        for (id, e) in entities.iter_mut().enumerate() {
            e.id = id;
        }
        Entities(entities)
    }

    pub fn all(&self) -> &[Entity] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<Entity> {
        self.0
    }
}

/// Merges the recogniser's names into entities, then adds the dates and quantities as entities
/// of their own.
pub fn merge(doc: &Document, names: &Names, dates: &Dates, quantities: &Quantities) -> Entities {
    let mut entities = merge_names(doc, names);
    add_dates_and_quantities(doc.text(), &mut entities, dates.all(), quantities.all());
    Entities::numbered(entities)
}

/// Merges recogniser spans into entities ordered by first mention. Every mention is an exact
/// byte range of a name, without title or possessive.
fn merge_names(doc: &Document, names: &Names) -> Vec<Entity> {
    let mentions = normalize::normalize(doc, names.spans());
    let mut mentions = compounds::split_compounds(doc, mentions);
    let acronyms = aliases::define_acronyms(doc, &mut mentions);
    let groups = clusters::cluster(doc, &mentions, &acronyms);
    let names: Vec<Span> = mentions.iter().map(|m| m.span.clone()).collect();
    let mut entities = Vec::with_capacity(groups.len());
    for group in groups {
        let kind = clusters::group_kind(doc, &mentions, &group);
        let name = clusters::canonical_name(doc, &mentions, &group);
        let spans: Vec<Span> = group.iter().filter_map(|&i| names.get(i).cloned()).collect();
        if name.is_empty() || spans.is_empty() {
            continue;
        }
        let mut kind = kind;
        let mut roles = match kind {
            EntityKind::Person => roles::roles(doc, &spans, &names),
            _ => Vec::new(),
        };
        if kind == EntityKind::Person && roles.is_empty() {
            if let Some(k) = kind_cues::kind_by_cues(doc, &name, &spans) {
                (kind, roles) = (k, Vec::new());
            }
        }
        entities.push(Entity { id: 0, name, kind, roles, mentions: spans });
    }
    entities
}

/// Adds one date entity per distinct timex value (its mentions every expression with that value,
/// its role the value) and one quantity entity per quantity (its role what is counted). A name
/// mention that overlaps a date or a quantity is dropped: those have their own stage. Mentions
/// never overlap: a date overlapping an earlier date, or a quantity overlapping a date or an
/// earlier quantity ("99 kn Friday" over "Friday"), is no mention (it stays in its own list).
fn add_dates_and_quantities(
    text: &str,
    entities: &mut Vec<Entity>,
    timexes: &[Timex],
    quantities: &[Quantity],
) {
    let mut taken: Vec<&Span> =
        timexes.iter().map(|t| &t.span).chain(quantities.iter().map(|q| &q.span)).collect();
    taken.sort_by_key(|t| t.start);
    let overlaps_taken = |m: &Span| {
        let before = taken.partition_point(|t| t.start < m.end);
        taken[..before].iter().rev().take(4).any(|t| m.start < t.end)
    };
    for e in entities.iter_mut() {
        e.mentions.retain(|m| !overlaps_taken(m));
    }
    entities.retain(|e| !e.mentions.is_empty());
    let mut date_ids: HashMap<&str, usize> = HashMap::default();
    let mut shown = Shown::default();
    // Undated references ("recent", "now") are not worth a highlight or a Facts row.
    for t in timexes.iter().filter(|t| !t.value.ends_with("_REF")) {
        if !shown.take(&t.span) {
            continue;
        }
        if let Some(e) = date_ids.get(t.value.as_str()).and_then(|&id| entities.get_mut(id)) {
            e.mentions.push(t.span.clone());
            continue;
        }
        date_ids.insert(&t.value, entities.len());
        entities.push(Entity {
            id: 0,
            name: t.text.clone(),
            kind: EntityKind::Date,
            roles: vec![t.value.clone()],
            mentions: vec![t.span.clone()],
        });
    }
    for q in quantities.iter().filter(|q| shown.take(&q.span)) {
        entities.push(Entity {
            id: 0,
            name: text.get(q.span.clone()).unwrap_or(&q.text).to_string(),
            kind: EntityKind::Quantity,
            roles: if q.about.is_empty() { vec![] } else { vec![q.about.clone()] },
            mentions: vec![q.span.clone()],
        });
    }
    for e in entities.iter_mut() {
        e.mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// The date and quantity mentions taken so far: sorted, never overlapping.
#[derive(Default)]
struct Shown(Vec<Span>);

impl Shown {
    /// Takes `span` unless it overlaps one taken before; true when taken.
    fn take(&mut self, span: &Span) -> bool {
        // Spans taken do not overlap, so their ends grow with their starts: only the last one
        // starting before `span` ends can reach into it.
        let at = self.0.partition_point(|t| t.start < span.end);
        if at.checked_sub(1).and_then(|i| self.0.get(i)).is_some_and(|t| t.end > span.start) {
            return false;
        }
        self.0.insert(at, span.clone());
        true
    }
}
