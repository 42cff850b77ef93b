//! The name families: entities (mentions with the exact span and kind), merges (pairs of
//! differently written names in one entity) and roles ((entity, role) pairs), and the map from
//! the program's entities to the gold ones that roles and quote speakers go through.

use super::{
    counts_of, matching, missed, overlaps, unmatched, Counts, Family, Finding, Locator, Outcome,
    NAME_KINDS,
};
use crate::analysis::{Analysis, EntityKind, Span};
use crate::tools::eval_analysis::gold::Gold;
use crate::tools::eval_analysis::words::role_key;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A mention: its span, kind and entity index.
type Mention = (Span, EntityKind, usize);

fn gold_mentions(gold: &Gold) -> Vec<Mention> {
    let mut all: Vec<Mention> = (gold.entities.iter().enumerate())
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.clone(), e.kind, i)))
        .collect();
    all.sort_by_key(|(s, _, _)| (s.start, s.end));
    all
}

/// The program's mentions of names; its dates and quantities are scored in their own families.
fn program_mentions(analysis: &Analysis) -> Vec<Mention> {
    let mut all: Vec<Mention> = (analysis.entities.iter().enumerate())
        .filter(|(_, e)| NAME_KINDS.contains(&e.kind))
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.clone(), e.kind, i)))
        .collect();
    all.sort_by_key(|(s, _, _)| (s.start, s.end));
    all
}

/// Entities: a mention is right when its span and kind are both exact. Also the counts by kind.
pub fn entities(
    gold: &Gold,
    analysis: &Analysis,
    at: &Locator,
) -> (Counts, BTreeMap<EntityKind, Counts>, Vec<Finding>) {
    let (golds, finds) = (gold_mentions(gold), program_mentions(analysis));
    let matched = matching(golds.len(), finds.len(), |g, f| {
        golds[g].0 == finds[f].0 && golds[g].1 == finds[f].1
    });
    let mut kinds: BTreeMap<EntityKind, Counts> =
        NAME_KINDS.iter().map(|&k| (k, Counts::default())).collect();
    for (_, kind, _) in &golds {
        kinds.entry(*kind).or_default().gold += 1;
    }
    for ((_, kind, _), m) in finds.iter().zip(&matched) {
        let c = kinds.entry(*kind).or_default();
        c.found += 1;
        c.tp += usize::from(m.is_some());
    }
    // What the other side has at a span: the same span first, else an overlapping one.
    let other = |span: &Span, side: &[Mention], label: &str| {
        let same = side.iter().find(|(s, _, _)| s == span);
        let near = same.or_else(|| side.iter().find(|(s, _, _)| overlaps(s, span)));
        near.map(|(s, k, _)| match same {
            Some(_) => format!("{label} as {}", k.label()),
            None => format!("{label} {:?} ({})", at.text(s), k.label()),
        })
    };
    let mut found = Vec::new();
    for (span, kind, _) in missed(&matched, &golds) {
        let tag = (Family::Entities, Outcome::Miss);
        found.push(at.finding(tag, span, kind.label().into(), other(span, &finds, "program")));
    }
    for (span, kind, _) in unmatched(&matched, &finds) {
        let tag = (Family::Entities, Outcome::False);
        found.push(at.finding(tag, span, kind.label().into(), other(span, &golds, "gold")));
    }
    (counts_of(&matched, golds.len()), kinds, found)
}

/// Pairs of differently written names (sorted) in one entity, over the mention spans both sides
/// have, each pair once; with the entity it is in.
fn pairs(
    mentions: &[Mention],
    text: &str,
    shared: &HashSet<Span>,
) -> BTreeMap<(String, String), usize> {
    let mut names: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (span, _, entity) in mentions.iter().filter(|(s, _, _)| shared.contains(s)) {
        names.entry(*entity).or_default().insert(text.get(span.clone()).unwrap_or(""));
    }
    let mut out = BTreeMap::new();
    for (entity, names) in names {
        let names: Vec<&str> = names.into_iter().collect();
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                out.entry((a.to_string(), b.to_string())).or_insert(entity);
            }
        }
    }
    out
}

/// Merges: precision over the program's pairs of names, recall over the gold pairs.
pub fn merges(gold: &Gold, analysis: &Analysis) -> (Counts, Vec<Finding>) {
    let text = analysis.text.as_str();
    let (golds, finds) = (gold_mentions(gold), program_mentions(analysis));
    let in_finds: HashSet<&Span> = finds.iter().map(|(s, _, _)| s).collect();
    let shared: HashSet<Span> =
        golds.iter().map(|(s, _, _)| s.clone()).filter(|s| in_finds.contains(s)).collect();
    let (gold_pairs, found_pairs) = (pairs(&golds, text, &shared), pairs(&finds, text, &shared));
    // Which entity each side puts a name in (its first shared mention).
    let holder = |mentions: &[Mention], name: &str, names: &dyn Fn(usize) -> String| {
        (mentions.iter())
            .find(|(s, _, _)| shared.contains(s) && text.get(s.clone()) == Some(name))
            .map_or_else(|| "?".to_string(), |(_, _, e)| names(*e))
    };
    let gold_name = |e: usize| gold.entities[e].name.clone();
    let found_name = |e: usize| analysis.entities[e].name.clone();
    let mut found = Vec::new();
    for ((a, b), e) in gold_pairs.iter().filter(|(p, _)| !found_pairs.contains_key(*p)) {
        let other = format!(
            "program: {} / {}",
            holder(&finds, a, &found_name),
            holder(&finds, b, &found_name)
        );
        let tag = (Family::Merges, Outcome::Miss);
        found.push(Locator::unplaced(tag, format!("{a} ~ {b}"), gold_name(*e), Some(other)));
    }
    for ((a, b), e) in found_pairs.iter().filter(|(p, _)| !gold_pairs.contains_key(*p)) {
        let other =
            format!("gold: {} / {}", holder(&golds, a, &gold_name), holder(&golds, b, &gold_name));
        let tag = (Family::Merges, Outcome::False);
        found.push(Locator::unplaced(tag, format!("{a} ~ {b}"), found_name(*e), Some(other)));
    }
    let tp = found_pairs.keys().filter(|p| gold_pairs.contains_key(*p)).count();
    (Counts { tp, found: found_pairs.len(), gold: gold_pairs.len() }, found)
}

/// Which gold entity each program entity stands for: the one sharing most of its mentions
/// (exact spans; a tie goes to the one met first). Dates and quantities stand for none.
pub struct EntityMap(Vec<Option<usize>>);

impl EntityMap {
    pub fn new(gold: &Gold, analysis: &Analysis) -> Self {
        let owner: HashMap<&Span, usize> = (gold.entities.iter().enumerate())
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m, i)))
            .collect();
        let map = (analysis.entities.iter())
            .map(|e| {
                if !NAME_KINDS.contains(&e.kind) {
                    return None;
                }
                // (gold entity, shared mentions), in the order first met.
                let mut shared: Vec<(usize, usize)> = Vec::new();
                for m in e.mentions.iter() {
                    if let Some(&g) = owner.get(m) {
                        match shared.iter_mut().find(|(i, _)| *i == g) {
                            Some((_, n)) => *n += 1,
                            None => shared.push((g, 1)),
                        }
                    }
                }
                let best = shared.iter().map(|(_, n)| *n).max()?;
                shared.iter().find(|(_, n)| *n == best).map(|(g, _)| *g)
            })
            .collect();
        EntityMap(map)
    }

    /// The gold entity of a program entity (its index in `Analysis::entities`).
    pub fn gold_of(&self, entity: usize) -> Option<usize> {
        self.0.get(entity).copied().flatten()
    }
}

/// (entity, role) pairs, each role once per entity: (entity, role key, role as written).
fn role_pairs<'a>(
    entities: impl Iterator<Item = (usize, &'a [String])>,
) -> Vec<(usize, String, &'a str)> {
    let mut out: Vec<(usize, String, &str)> = Vec::new();
    for (e, roles) in entities {
        for role in roles {
            let key = role_key(role);
            if !key.is_empty() && !out.iter().any(|(o, k, _)| *o == e && *k == key) {
                out.push((e, key, role));
            }
        }
    }
    out
}

/// Roles: a program entity's role is right when the gold entity it stands for has the same role
/// (ignoring case, a leading determiner and final punctuation).
pub fn roles(gold: &Gold, analysis: &Analysis, map: &EntityMap) -> (Counts, Vec<Finding>) {
    let golds = role_pairs(gold.entities.iter().enumerate().map(|(i, e)| (i, e.roles.as_slice())));
    let names = (analysis.entities.iter().enumerate())
        .filter(|(_, e)| NAME_KINDS.contains(&e.kind))
        .map(|(i, e)| (i, e.roles.as_slice()));
    let finds = role_pairs(names);
    let matched = matching(golds.len(), finds.len(), |g, f| {
        map.gold_of(finds[f].0) == Some(golds[g].0) && golds[g].1 == finds[f].1
    });
    let list =
        |roles: Vec<&str>| if roles.is_empty() { "none".to_string() } else { roles.join("; ") };
    let mut found = Vec::new();
    for (entity, _, role) in missed(&matched, &golds) {
        let program: Vec<&str> = (finds.iter())
            .filter(|(f, _, _)| map.gold_of(*f) == Some(*entity))
            .map(|(_, _, r)| *r)
            .collect();
        let other = Some(format!("program: {}", list(program)));
        let tag = (Family::Roles, Outcome::Miss);
        found.push(Locator::unplaced(
            tag,
            gold.entities[*entity].name.clone(),
            role.to_string(),
            other,
        ));
    }
    for (entity, _, role) in unmatched(&matched, &finds) {
        let other = match map.gold_of(*entity) {
            Some(g) => {
                let e = &gold.entities[g];
                format!("gold {}: {}", e.name, list(e.roles.iter().map(String::as_str).collect()))
            }
            None => "no gold entity".to_string(),
        };
        let tag = (Family::Roles, Outcome::False);
        let name = analysis.entities[*entity].name.clone();
        found.push(Locator::unplaced(tag, name, role.to_string(), Some(other)));
    }
    (counts_of(&matched, golds.len()), found)
}
