//! Written variants of one name that the other merging rules do not link: a name in capitals
//! (a dateline's "NAIROBI" and "Nairobi"), a demonym's plural ("Kenyan" and "Kenyans") and an
//! organization shortened to its first words ("Starling" after "Starling Freight Holdings"), a
//! website and its name ("Zimmo.com" and "Zimmo").
//! Each rule returns pairs of name keys to link.

use super::lexicon::looks_like_demonym;
use crate::analysis::entities::is_web_address;
use crate::analysis::lexicon::nationalities::is_group_name;
use crate::analysis::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// Shortest capitalised name (in letters) taken as the same name as its mixed-case form: shorter
/// ones are acronyms ("LIN", "BT") that a mixed-case word may only resemble.
const MIN_CAPS_LETTERS: usize = 4;

/// "WASHINGTON" -> "Washington", "DAR ES SALAAM" -> "Dar es Salaam": a name written wholly in
/// capitals and the one mixed-case name with the same letters.
pub fn capitals<'k>(keys: &[&'k str]) -> Vec<(&'k str, &'k str)> {
    let mut mixed: HashMap<String, Vec<&str>> = HashMap::default();
    for &k in keys.iter().filter(|k| k.chars().any(char::is_lowercase)) {
        mixed.entry(k.to_lowercase()).or_default().push(k);
    }
    keys.iter()
        .filter(|k| !k.chars().any(char::is_lowercase))
        .filter(|k| k.chars().filter(|c| c.is_alphabetic()).count() >= MIN_CAPS_LETTERS)
        .filter_map(|&k| match mixed.get(&k.to_lowercase())?.as_slice() {
            [one] => Some((k, *one)),
            _ => None,
        })
        .collect()
}

/// "Zimmo.com" -> "Zimmo" (or "ZIMMO"): a web address and the one name that is its first part,
/// compared without case.
pub fn web_address_names<'k>(keys: &[&'k str]) -> Vec<(&'k str, &'k str)> {
    let mut by_lower: HashMap<String, Vec<&'k str>> = HashMap::default();
    for &k in keys.iter().filter(|k| !k.contains('.')) {
        by_lower.entry(k.to_lowercase()).or_default().push(k);
    }
    keys.iter()
        .filter(|k| is_web_address(k))
        .filter_map(|&k| {
            let (head, _) = k.split_once('.')?;
            match by_lower.get(&head.to_lowercase())?.as_slice() {
                [one] => Some((k, *one)),
                _ => None,
            }
        })
        .collect()
}

/// "Palestinians" -> "Palestinian": a plural whose singular is a demonym also in the text (by
/// its ending, or a group's name the recogniser typed as a group: "Kenyan").
pub fn demonym_plurals<'k>(
    keys: &[&'k str],
    kind: &impl Fn(&str) -> EntityKind,
) -> Vec<(&'k str, &'k str)> {
    let singular_of = |k: &str| k.strip_suffix('s').map(str::to_string);
    let present: HashMap<&str, &'k str> = keys.iter().map(|&k| (k, k)).collect();
    keys.iter()
        .filter_map(|&k| {
            let one = singular_of(k)?;
            let typed = kind(k) == EntityKind::Group || kind(&one) == EntityKind::Group;
            let demonym = looks_like_demonym(&one) || typed && is_group_name(&[one.as_str()]);
            let found = present.get(one.as_str())?;
            demonym.then_some((k, *found))
        })
        .collect()
}

/// "Starling" -> "Starling Freight Holdings": a name that is the first words of exactly one
/// longer organization name written before it (a shortened name refers back; "BBC" written
/// before "BBC Two" is the broadcaster, not the channel). A place ("Lesotho" beside "Lesotho
/// Textiles") and a person's name keep to themselves: a company named after them is not them.
/// `first_at` gives where a name is first written.
pub fn organization_prefixes<'k>(
    keys: &[&'k str],
    kind: &impl Fn(&str) -> EntityKind,
    first_at: &impl Fn(&str) -> usize,
) -> Vec<(&'k str, &'k str)> {
    let mut by_first: HashMap<&str, Vec<&'k str>> = HashMap::default();
    for &k in keys.iter().filter(|k| kind(k) == EntityKind::Organization && k.contains(' ')) {
        if let Some(first) = k.split(' ').next() {
            by_first.entry(first).or_default().push(k);
        }
    }
    // Surnames of people named in full: "Halden" beside "Ann Halden" is her.
    let surnames: Vec<&str> = keys
        .iter()
        .filter(|k| kind(k) == EntityKind::Person && k.contains(' '))
        .filter_map(|k| k.rsplit(' ').next())
        .collect();
    let mut out = Vec::new();
    for &short in keys {
        if matches!(kind(short), EntityKind::Place | EntityKind::Group)
            || looks_like_demonym(short)
            || surnames.contains(&short)
        {
            continue;
        }
        let Some(first) = short.split(' ').next() else { continue };
        let words = short.split(' ').count();
        let longer = by_first.get(first).into_iter().flatten().filter(|full| {
            let full_words: Vec<&str> = full.split(' ').collect();
            full_words.len() > words
                && full_words[..words].join(" ") == short
                && first_at(full) < first_at(short)
        });
        let found: Vec<&str> = longer.copied().collect();
        // The shortest when the others extend it: "Shearson" goes to "Shearson Lehman", which
        // joins "Shearson Lehman Hutton" by this rule in turn.
        let Some(shortest) = found.iter().copied().min_by_key(|f| f.len()) else { continue };
        let prefix = format!("{shortest} ");
        if found.iter().all(|f| *f == shortest || f.starts_with(&prefix)) {
            out.push((short, shortest));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_join_the_one_mixed_case_form() {
        let keys = ["OSLO", "Oslo", "BBC", "Bbc", "PARIS"];
        assert_eq!(capitals(&keys), [("OSLO", "Oslo")]);
    }

    #[test]
    fn a_web_address_joins_its_name() {
        let keys = ["Zimmo.com", "ZIMMO", "Quill.co.uk", "Quill", "Acme.org", "Rent.com"];
        assert_eq!(web_address_names(&keys), [("Zimmo.com", "ZIMMO"), ("Quill.co.uk", "Quill")]);
    }

    #[test]
    fn plural_demonyms_join_their_singular() {
        let keys =
            ["Norwegians", "Norwegian", "Smiths", "Smith", "Peruvians", "Rwandans", "Rwandan"];
        let kind = |k: &str| match k {
            "Rwandans" => EntityKind::Group,
            _ => EntityKind::Misc,
        };
        let found = demonym_plurals(&keys, &kind);
        assert_eq!(found, [("Norwegians", "Norwegian"), ("Rwandans", "Rwandan")]);
    }

    #[test]
    fn a_first_word_joins_the_one_organization_it_begins() {
        let kinds: HashMap<&str, EntityKind> = [
            ("Halden", EntityKind::Person),
            ("Halden Marine Services", EntityKind::Organization),
            ("Chile", EntityKind::Place),
            ("Chile Copper Works", EntityKind::Organization),
            ("Nordby", EntityKind::Organization),
            ("Nordby Bank", EntityKind::Organization),
            ("Nordby Insurance", EntityKind::Organization),
            ("Vesta", EntityKind::Organization),
            ("Vesta Trust", EntityKind::Organization),
            ("Vesta Trust Bank", EntityKind::Organization),
            ("Ann Moss", EntityKind::Person),
            ("Moss", EntityKind::Person),
            ("Moss Brothers Ltd", EntityKind::Organization),
            ("Arden", EntityKind::Organization),
            ("Arden Two", EntityKind::Organization),
        ]
        .into_iter()
        .collect();
        let kind = |k: &str| kinds.get(k).copied().unwrap_or(EntityKind::Misc);
        // The order the names are first written in.
        let order = [
            "Halden Marine Services",
            "Halden",
            "Chile",
            "Chile Copper Works",
            "Nordby Bank",
            "Nordby Insurance",
            "Nordby",
            "Vesta Trust Bank",
            "Vesta Trust",
            "Vesta",
            "Ann Moss",
            "Moss Brothers Ltd",
            "Moss",
            "Arden",
            "Arden Two",
        ];
        let first_at = |k: &str| order.iter().position(|o| *o == k).unwrap_or(usize::MAX);
        let keys: Vec<&str> = kinds.keys().copied().collect();
        let mut found = organization_prefixes(&keys, &kind, &first_at);
        found.sort();
        // "Nordby" begins two organizations: neither is taken; "Moss" is Ann Moss; "Arden" is
        // written before "Arden Two".
        let expected = [
            ("Halden", "Halden Marine Services"),
            ("Vesta", "Vesta Trust"),
            ("Vesta Trust", "Vesta Trust Bank"),
        ];
        assert_eq!(found, expected);
    }
}
