//! Groups mentions into entities: the same name, names in one alias set or acronym definition,
//! a surname or first name after a full person name ("Driscoll" -> "Dan Driscoll"), and an
//! organization named without its country ("the Army" after "US Army"), and the written
//! variants of [`variants`] (capitals, plural demonyms, a company's first words). Each group gets one
//! kind by weighted majority over its mentions (document consistency) and a canonical name.

use super::aliases::{alias_kind, alias_set, is_institution, AcronymDefinition};
use super::lexicon::{looks_like_demonym, surname_form};
use super::mention::{name_key, Mention};
use super::variants;
use crate::analysis::document::Document;
use crate::analysis::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// The majority kind of weighted votes; `Misc` only when nothing else was voted.
pub fn vote(votes: impl IntoIterator<Item = (EntityKind, f32)>) -> EntityKind {
    let mut tally: Vec<(EntityKind, f32)> = Vec::new();
    for (kind, weight) in votes.into_iter().filter(|(k, _)| *k != EntityKind::Misc) {
        match tally.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, w)) => *w += weight,
            None => tally.push((kind, weight)),
        }
    }
    // First kind voted wins a tie: iterate in order and only replace on a strictly larger score.
    let mut best: Option<(EntityKind, f32)> = None;
    for (kind, w) in tally {
        if best.is_none_or(|(_, bw)| w > bw) {
            best = Some((kind, w));
        }
    }
    best.map_or(EntityKind::Misc, |(k, _)| k)
}

/// The majority kind of every distinct name in the article.
pub fn key_kinds(doc: &Document, mentions: &[Mention]) -> HashMap<String, EntityKind> {
    let mut votes: HashMap<String, Vec<(EntityKind, f32)>> = HashMap::default();
    for m in mentions {
        votes.entry(name_key(doc.slice(&m.span))).or_default().push((m.kind, m.weight));
    }
    votes
        .into_iter()
        .map(|(k, v)| {
            let kind = if is_institution(&k) { EntityKind::Organization } else { vote(v) };
            (k, kind)
        })
        .collect()
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        // The earlier mention stays the root so clusters come out in reading order.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[hi] = lo;
    }
}

/// `short` names the same person as `full`: its last words, or its first word when the
/// recogniser called it a person (an untyped "Pernod" is not "Pernod Ricard").
fn is_short_form(short: &[&str], full: &[&str], typed_person: bool) -> bool {
    let first_name = typed_person && short.len() == 1 && full.first() == short.first();
    let same =
        |a: &&str, b: &&str| surname_form(a).to_lowercase() == surname_form(b).to_lowercase();
    let tail = full.len().checked_sub(short.len()).and_then(|at| full.get(at..)).unwrap_or(&[]);
    let surname = tail.len() == short.len() && tail.iter().zip(short).all(|(a, b)| same(a, b));
    !short.is_empty() && short.len() < full.len() && (surname || first_name)
}

/// Mention indices by name key.
type ByKey<'k> = HashMap<&'k str, Vec<usize>>;

/// Groups mention indices (into `mentions`, which is in reading order) into entities, each group
/// in reading order, groups ordered by first mention.
pub fn cluster(
    doc: &Document,
    mentions: &[Mention],
    acronyms: &[AcronymDefinition],
) -> Vec<Vec<usize>> {
    let keys: Vec<String> = mentions.iter().map(|m| name_key(doc.slice(&m.span))).collect();
    let kinds = key_kinds(doc, mentions);
    let kind = |k: &str| kinds.get(k).copied().unwrap_or(EntityKind::Misc);
    let mut by_key: ByKey = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        by_key.entry(k.as_str()).or_default().push(i);
    }
    let mut uf = UnionFind((0..mentions.len()).collect());
    link_same_names_and_short_forms(mentions, &by_key, &kind, &mut uf);

    let link_keys = |a: &str, b: &str, uf: &mut UnionFind| {
        if let (Some(x), Some(y)) = (by_key.get(a), by_key.get(b)) {
            uf.union(x[0], y[0]);
        }
    };
    let alias_keys: Vec<&str> = by_key.keys().copied().filter(|k| alias_set(k).is_some()).collect();
    for a in &alias_keys {
        for b in alias_keys.iter().filter(|b| alias_set(b) == alias_set(a)) {
            link_keys(a, b, &mut uf);
        }
    }
    for def in acronyms {
        link_keys(&def.long, &def.short, &mut uf);
    }
    let all_keys: Vec<&str> = by_key.keys().copied().collect();
    let first_at = |k: &str| {
        by_key.get(k).and_then(|v| v.first()).map_or(usize::MAX, |&i| mentions[i].span.start)
    };
    let variants = variants::capitals(&all_keys)
        .into_iter()
        .chain(variants::demonym_plurals(&all_keys, &kind))
        .chain(variants::web_address_names(&all_keys))
        .chain(variants::organization_prefixes(&all_keys, &kind, &first_at));
    for (a, b) in variants {
        link_keys(a, b, &mut uf);
    }
    let mut organizations: HashMap<&str, Vec<&str>> = HashMap::default();
    for key in by_key.keys().copied().filter(|k| kind(k) == EntityKind::Organization) {
        if let Some(last) = key.rsplit(' ').next() {
            organizations.entry(last).or_default().push(key);
        }
    }
    for key in by_key.keys() {
        if let Some(full) = organization_with_country(key, &organizations, &kind) {
            link_keys(key, full, &mut uf);
        }
    }
    groups_in_reading_order(mentions, &mut uf)
}

/// Links the mentions of each name, and a short person name to its full name. When several
/// people share the short name ("Trump" with "Donald Trump" and "Melania Trump"), each mention
/// goes to the one named most recently before it (or first after it). Full names are looked up
/// by their last word (and, for a first name, by their first word), so the work grows with the
/// names that can match, not with every pair of names.
fn link_same_names_and_short_forms(
    mentions: &[Mention],
    by_key: &ByKey,
    kind: &impl Fn(&str) -> EntityKind,
    uf: &mut UnionFind,
) {
    let full_names: Vec<Vec<&str>> = by_key
        .keys()
        .filter(|k| k.contains(' ') && kind(k) == EntityKind::Person)
        .map(|k| k.split(' ').collect())
        .collect();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (n, full) in full_names.iter().enumerate() {
        if let (Some(first), Some(last)) = (full.first(), full.last()) {
            by_last.entry(surname_form(last).to_lowercase()).or_default().push(n);
            by_first.entry(first).or_default().push(n);
        }
    }
    let first_of = |full: &[&str]| by_key.get(full.join(" ").as_str()).map_or(&[][..], |v| v);
    for (key, idx) in by_key {
        let has_person_vote = idx.iter().any(|&i| mentions[i].kind == EntityKind::Person);
        // A surname a recogniser typed as a group ("al-Dhari") unless it is a nationality.
        let may_be_person = has_person_vote
            || kind(key) == EntityKind::Misc
            || (kind(key) == EntityKind::Group && !looks_like_demonym(key));
        let short: Vec<&str> = key.split(' ').collect();
        let mut possible: Vec<usize> = Vec::new();
        if may_be_person && alias_set(key).is_none() {
            let last = short.last().map(|w| surname_form(w).to_lowercase()).unwrap_or_default();
            possible.extend(by_last.get(&last).into_iter().flatten());
            if has_person_vote && short.len() == 1 {
                possible.extend(by_first.get(short[0]).into_iter().flatten());
            }
            possible.sort_unstable();
            possible.dedup();
        }
        let candidates: Vec<&[usize]> = possible
            .iter()
            .map(|&n| &full_names[n])
            .filter(|full| is_short_form(&short, full, has_person_vote))
            .map(|full| first_of(full))
            .filter(|v| !v.is_empty())
            .collect();
        if candidates.len() <= 1 {
            for &i in idx.iter().chain(candidates.first().and_then(|v| v.first())) {
                uf.union(idx[0], i);
            }
            continue;
        }
        for &i in idx {
            let start = mentions[i].span.start;
            let recency = |v: &&[usize]| {
                let before = v.iter().rev().find(|&&j| mentions[j].span.start < start);
                before.map_or(
                    (0, usize::MAX - v.first().map_or(0, |&j| mentions[j].span.start)),
                    |&j| (1, mentions[j].span.start),
                )
            };
            if let Some(best) =
                candidates.iter().copied().max_by_key(recency).and_then(|v| v.first())
            {
                uf.union(*best, i);
            }
        }
    }
}

/// The union-find's groups as lists of mention indices, in reading order.
fn groups_in_reading_order(mentions: &[Mention], uf: &mut UnionFind) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of_root: HashMap<usize, usize> = HashMap::default();
    for i in 0..mentions.len() {
        let root = uf.find(i);
        let g = *group_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups.sort_by_key(|g| g.first().map_or(usize::MAX, |&i| mentions[i].span.start));
    groups
}

/// "Army" -> "US Army": the only organization whose name is this one preceded by places,
/// nationalities or alias names (`organizations` holds the organizations' names by last word).
fn organization_with_country<'k>(
    key: &str,
    organizations: &HashMap<&str, Vec<&'k str>>,
    kind: &impl Fn(&str) -> EntityKind,
) -> Option<&'k str> {
    if !matches!(kind(key), EntityKind::Organization | EntityKind::Misc) {
        return None;
    }
    let short: Vec<&str> = key.split(' ').collect();
    let placelike = |w: &&str| {
        alias_set(w).is_some()
            || matches!(kind(w), EntityKind::Place | EntityKind::Group)
            || looks_like_demonym(w)
    };
    let last = short.last().copied().unwrap_or_default();
    let mut found = organizations.get(last).into_iter().flatten().copied().filter(|full| {
        let words: Vec<&str> = full.split(' ').collect();
        kind(full) == EntityKind::Organization
            && words.len() > short.len()
            && words.ends_with(&short)
            && words[..words.len() - short.len()].iter().all(placelike)
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// What the alias table's kind counts in a group's vote: a little more than one mention, so
/// that it settles a tie ("US" typed once as a place and once as an organization is a place).
const ALIAS_VOTE: f32 = 1.5;

/// The kind of a group: organization for a seat of government, else the weighted majority of
/// its mentions and of its alias set.
pub fn group_kind(doc: &Document, mentions: &[Mention], group: &[usize]) -> EntityKind {
    if group.iter().filter_map(|&i| mentions.get(i)).any(|m| is_institution(doc.slice(&m.span))) {
        return EntityKind::Organization;
    }
    let of_mentions = group.iter().filter_map(|&i| mentions.get(i)).map(|m| (m.kind, m.weight));
    let of_aliases = group
        .iter()
        .filter_map(|&i| mentions.get(i))
        .find_map(|m| alias_kind(doc.slice(&m.span)))
        .map(|k| (k, ALIAS_VOTE));
    vote(of_mentions.chain(of_aliases))
}

/// The canonical name of a group. For a conventional alias set it is the form the article uses
/// most (a reader recognises the article's own usage; every form is equally complete), ties to
/// the longer. Otherwise it is the longest form, which holds the most of the name ("Dan
/// Driscoll" over "Driscoll", "North Atlantic Treaty Organization" over "NATO").
pub fn canonical_name(doc: &Document, mentions: &[Mention], group: &[usize]) -> String {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for m in group.iter().filter_map(|&i| mentions.get(i)) {
        let name = name_key(doc.slice(&m.span));
        match forms.iter_mut().find(|(f, _)| *f == name) {
            Some((_, n)) => *n += 1,
            None => forms.push((name, 1)),
        }
    }
    let by_alias = forms.iter().any(|(f, _)| alias_set(f).is_some());
    let score = |(f, n): &(String, usize)| {
        // A dateline's "NAIROBI" gives way to "Nairobi" of the same length.
        let mixed_case = f.chars().any(char::is_lowercase);
        let length = (f.split(' ').count(), f.chars().count(), mixed_case);
        if by_alias {
            (*n, length)
        } else {
            (0, length)
        }
    };
    let mut best: Option<&(String, usize)> = None;
    for form in &forms {
        if best.is_none_or(|b| score(form) > score(b)) {
            best = Some(form);
        }
    }
    best.map(|(f, _)| f.clone()).unwrap_or_default()
}
