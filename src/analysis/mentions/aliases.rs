//! Names that are the same entity by convention or by definition in the text: fixed alias sets
//! ("US", "U.S.", "United States", "America") and acronyms the article defines ("North Atlantic
//! Treaty Organization (NATO)", "the Federal Bureau of Investigation, or FBI").

use super::lexicon::is_capitalised;
use super::mention::{name_key, Mention};
use crate::analysis::document::Document;
use crate::analysis::lexicon::institutions::is_seat_of_government;
use crate::analysis::{EntityKind, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

use EntityKind::{Organization as Org, Place};

/// Conventional alias sets, each with the kind its members name. Matching is case-sensitive
/// ("US", never "us").
const ALIAS_SETS: &[(EntityKind, &[&str])] = &[
    (
        Place,
        &["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    ),
    (Place, &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"]),
    (Place, &["United Arab Emirates", "UAE", "U.A.E."]),
    (Place, &["Russian Federation", "Russia"]),
    (Place, &["People's Republic of China", "China", "PRC"]),
    (Place, &["Democratic Republic of the Congo", "DRC", "DR Congo"]),
    (Org, &["United Nations", "UN", "U.N."]),
    (Org, &["European Union", "EU", "E.U."]),
    (Org, &["North Atlantic Treaty Organization", "NATO", "Nato"]),
    (Org, &["Federal Bureau of Investigation", "FBI"]),
    (Org, &["Central Intelligence Agency", "CIA"]),
    (Org, &["International Monetary Fund", "IMF"]),
    (Org, &["World Health Organization", "WHO"]),
];

/// "White House", "Kremlin": a seat of government that stands for an institution.
pub fn is_institution(name: &str) -> bool {
    is_seat_of_government(name)
}

/// Which alias set a name belongs to, if any.
pub fn alias_set(name: &str) -> Option<usize> {
    let name = name_key(name);
    ALIAS_SETS.iter().position(|(_, names)| names.contains(&name.as_str()))
}

/// The kind of a name in an alias set ("US" -> place).
pub fn alias_kind(name: &str) -> Option<EntityKind> {
    alias_set(name).and_then(|i| ALIAS_SETS.get(i)).map(|(kind, _)| *kind)
}

/// A long form and the acronym the article defines for it, as name keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymDefinition {
    pub long: String,
    pub short: String,
}

/// "NATO", "U.N.": two to eight capital letters, dots allowed.
fn is_acronym_shaped(w: &str) -> bool {
    let letters = w.chars().filter(|c| *c != '.').count();
    (2..=8).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// True when the acronym's letters are the initials of the capitalised words of `long` (or of
/// all its words): "NATO" / "North Atlantic Treaty Organization", "FBI" / "Federal Bureau of
/// Investigation".
pub fn is_acronym_of(acronym: &str, long: &str) -> bool {
    let letters: String = acronym.chars().filter(char::is_ascii_alphabetic).collect();
    let words: Vec<&str> = long.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let initials = |all: bool| -> String {
        words
            .iter()
            .filter(|w| all || is_capitalised(w))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    words.len() >= 2 && (letters == initials(false) || letters == initials(true))
}

/// Finds acronym definitions around the mentions, adds a mention for each acronym (or long form)
/// the recogniser missed and for every later use of a defined acronym, and returns the
/// definitions so the two forms can be merged.
pub fn define_acronyms(doc: &Document, mentions: &mut Vec<Mention>) -> Vec<AcronymDefinition> {
    let mut found = Vec::new();
    let mut added = Vec::new();
    for m in mentions.iter() {
        let name = name_key(doc.slice(&m.span));
        let Some(last) = doc.token_ending_at(m.span.end) else { continue };
        let after = |k: usize| doc.word(last + k);
        let short_at = if after(1) == "(" && after(3) == ")" {
            Some(last + 2)
        } else if after(1) == "," && after(2) == "or" {
            Some(last + 3)
        } else {
            None
        };
        if let Some(i) = short_at.filter(|&i| is_acronym_shaped(doc.word(i))) {
            let short = doc.word(i);
            if is_acronym_of(short, &name) {
                found.push(AcronymDefinition { long: name.clone(), short: short.to_string() });
                if let Some(t) = doc.tokens().get(i) {
                    added.push(Mention::guessed(t.span.clone(), m.kind));
                }
            }
        } else if is_acronym_shaped(&name) && after(1) == "(" {
            // "NATO (North Atlantic Treaty Organization)": up to eight words in brackets.
            let (a, b) = (last + 2, (last + 2..last + 10).find(|&k| doc.word(k) == ")"));
            let Some(b) = b.filter(|&b| b > a) else { continue };
            let (Some(ta), Some(tb)) = (doc.tokens().get(a), doc.tokens().get(b - 1)) else {
                continue;
            };
            let long = ta.span.start..tb.span.end;
            let long_name = name_key(doc.slice(&long));
            if is_acronym_of(&name, &long_name) {
                found.push(AcronymDefinition { long: long_name, short: name.clone() });
                added.push(Mention::guessed(long, m.kind));
            }
        }
    }
    undefined_acronyms(doc, mentions, &mut found);
    // Each definition once (a long text may define an acronym many times), the first kind
    // given to its long form, and every later use of its acronym.
    let mut seen = HashSet::default();
    found.retain(|def| seen.insert((def.long.clone(), def.short.clone())));
    let mut kinds: HashMap<String, EntityKind> = HashMap::default();
    for m in added.iter().chain(mentions.iter()) {
        kinds.entry(name_key(doc.slice(&m.span))).or_insert(m.kind);
    }
    let shorts: HashSet<&str> = found.iter().map(|d| d.short.as_str()).collect();
    let mut uses: HashMap<&str, Vec<Span>> = HashMap::default();
    for t in doc.tokens().iter().filter(|t| shorts.contains(doc.slice(&t.span))) {
        uses.entry(doc.slice(&t.span)).or_default().push(t.span.clone());
    }
    for def in &found {
        let kind = kinds.get(&def.long).copied().unwrap_or(EntityKind::Organization);
        for span in uses.get(def.short.as_str()).into_iter().flatten() {
            added.push(Mention::guessed(span.clone(), kind));
        }
    }
    insert_uncovered(mentions, added);
    found
}

/// An acronym the article uses without defining it ("the NAO said", "the FSA") stands for the
/// one name of several capitalised words in the article whose initials it spells ("National
/// Audit Office"); with no such name, or with two, it stands alone. A person's name is never
/// spelt by an acronym here, nor a name that holds an acronym itself.
fn undefined_acronyms(doc: &Document, mentions: &[Mention], found: &mut Vec<AcronymDefinition>) {
    let defined: HashSet<String> = found.iter().map(|d| d.short.clone()).collect();
    let mut by_initials: HashMap<String, Vec<(String, EntityKind)>> = HashMap::default();
    for m in mentions.iter().filter(|m| m.kind != EntityKind::Person) {
        let name = name_key(doc.slice(&m.span));
        let capitalised: Vec<&str> = name.split([' ', '-']).filter(|w| is_capitalised(w)).collect();
        // A name holding an acronym ("UBS Securities", "US Senate") is spelt by none.
        if capitalised.len() < 2 || capitalised.iter().any(|w| is_acronym_shaped(w)) {
            continue;
        }
        let initials: String = capitalised
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        let longs = by_initials.entry(initials).or_default();
        if !longs.iter().any(|(n, _)| *n == name) {
            longs.push((name, m.kind));
        }
    }
    let mut seen = HashSet::default();
    for m in mentions {
        let short = name_key(doc.slice(&m.span));
        if !is_acronym_shaped(&short) || defined.contains(&short) || !seen.insert(short.clone()) {
            continue;
        }
        let letters: String = short.chars().filter(char::is_ascii_alphabetic).collect();
        // A place's acronym ("US", "LA") spells only a place ("Los Angeles", not "Universal
        // Studio").
        if let Some([(long, kind)]) = by_initials.get(&letters).map(Vec::as_slice) {
            if m.kind != EntityKind::Place || *kind == EntityKind::Place {
                found.push(AcronymDefinition { long: long.clone(), short });
            }
        }
    }
}

/// Adds mentions that do not overlap an existing one (nor one added before them), keeping
/// reading order. Mentions are looked up by position, so this is near-linear.
pub fn insert_uncovered(mentions: &mut Vec<Mention>, added: Vec<Mention>) {
    if added.is_empty() {
        return;
    }
    let mut existing: Vec<Span> = mentions.iter().map(|m| m.span.clone()).collect();
    existing.sort_by_key(|s| s.start);
    // The largest end among spans starting at or before each one (spans may overlap).
    let reach: Vec<usize> = existing
        .iter()
        .scan(0, |max, s| {
            *max = (*max).max(s.end);
            Some(*max)
        })
        .collect();
    let hits_existing = |m: &Span| {
        let before = existing.partition_point(|s| s.start < m.end);
        before > 0 && reach[before - 1] > m.start
    };
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let hits_taken = |taken: &BTreeMap<usize, usize>, m: &Span| {
        taken.range(..m.end).next_back().is_some_and(|(_, &end)| end > m.start)
    };
    let mut accepted = Vec::new();
    for m in added {
        if m.span.start < m.span.end && !hits_existing(&m.span) && !hits_taken(&taken, &m.span) {
            taken.insert(m.span.start, m.span.end);
            accepted.push(m);
        }
    }
    accepted.sort_by_key(|m| m.span.start);
    let old = std::mem::take(mentions);
    mentions.reserve(old.len() + accepted.len());
    let mut new = accepted.into_iter().peekable();
    for m in old {
        while new.peek().is_some_and(|a| a.span.start <= m.span.start) {
            mentions.extend(new.next());
        }
        mentions.push(m);
    }
    mentions.extend(new);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institutions_by_exact_name() {
        assert!(is_institution("White House") && is_institution("Kremlin"));
        assert!(!is_institution("House") && !is_institution("Moscow"));
    }

    #[test]
    fn alias_sets_are_case_sensitive() {
        assert_eq!(alias_set("U.S."), alias_set("United States"));
        assert_eq!(alias_kind("America"), Some(EntityKind::Place));
        assert_eq!(alias_set("us"), None);
    }

    #[test]
    fn acronym_initials() {
        assert!(is_acronym_of("NATO", "North Atlantic Treaty Organization"));
        assert!(is_acronym_of("FBI", "Federal Bureau of Investigation"));
        assert!(is_acronym_of("U.N.", "United Nations"));
        assert!(!is_acronym_of("FBI", "Federal Reserve"));
        assert!(!is_acronym_of("N", "North"));
    }
}
