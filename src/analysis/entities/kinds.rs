//! Product kinds for tagged spans: CoNLL types mapped to entity kinds (MISC split into groups
//! and other names), titles split off names, and surnames typed like the full name.

use super::EntitySpan;
use crate::analysis::lexicon::institutions::is_seat_of_government;
use crate::analysis::lexicon::nationalities::is_group_name;
use crate::analysis::lexicon::organizations::is_organization_ending;
use crate::analysis::lexicon::titles::{COURTESY_TITLES, HONORIFICS, TITLE_HEADS};
use crate::analysis::ner::EntityType;
use crate::analysis::EntityKind;
use rustc_hash::FxHashSet as HashSet;

/// A title written with its period before a name ("Gen.", "Dr.", "Mr.").
fn is_abbreviated_title(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|w| HONORIFICS.contains(w) || COURTESY_TITLES.contains(w))
}

/// Whether a MISC mention names a group of people: a nationality or demonym ("Ukrainian",
/// "South Koreans", "pro-Russian") or a named group ("Democrats").
pub(super) fn is_group(words: &[&str]) -> bool {
    is_group_name(words)
}

/// Words that make a name a geographic feature ("River Alder", "Lake Victoria", "Mount Kenya").
const FEATURE_WORDS: &[&str] = &[
    "River",
    "Lake",
    "Mount",
    "Mountains",
    "Sea",
    "Ocean",
    "Bay",
    "Gulf",
    "Island",
    "Islands",
    "Valley",
    "Strait",
    "Peninsula",
    "Desert",
    "Canyon",
    "Glacier",
    "Falls",
    "Forest",
    "Delta",
];

/// A person or misc span that starts or ends with a geographic feature word is a place: the
/// tagger has rarely seen the name, and "River Alder" is no one's name.
fn is_feature(words: &[&str]) -> bool {
    words.len() >= 2
        && [words.first(), words.last()].into_iter().flatten().any(|w| FEATURE_WORDS.contains(w))
}

/// Last words of a building or a ground that no surname or company ends in: "Kodak Theatre",
/// "Wembley Stadium", "Heathrow Airport".
const VENUE_WORDS: &[&str] = &["Stadium", "Theatre", "Theater", "Arena", "Airport", "Racecourse"];

/// Words before "Centre" that make it a venue ("Trafford Shopping Centre", "Barbican Arts
/// Centre"); a centre for research or for policy is an organization. "Base" is a venue after
/// a military word ("Andrews Air Force Base"), not after a channel ("MTV Base").
const VENUE_CENTRES: &[&str] =
    &["Shopping", "Arts", "Conference", "Convention", "Leisure", "Sports", "Exhibition", "Trade"];
const MILITARY_WORDS: &[&str] = &["Force", "Air", "Naval", "Army", "Military", "Marine"];

/// A name of a building or a ground read as a person's or an organization's. A national
/// theatre is the company as much as the house ("the National Theatre"): it stays as read.
fn is_venue(ty: EntityType, words: &[&str]) -> bool {
    let [.., before, last] = words else { return false };
    let centre = matches!(*last, "Centre" | "Center") && VENUE_CENTRES.contains(before);
    let base = *last == "Base" && MILITARY_WORDS.contains(before);
    let venue = VENUE_WORDS.contains(last) && !matches!(words[0], "National" | "Royal");
    match ty {
        EntityType::Per => venue,
        EntityType::Org => venue || centre || base,
        _ => false,
    }
}

/// A person or misc span of two or more words that ends with an organization word, not after
/// "of" ("Guinness Book of Records" is a book).
fn is_organization_name(words: &[&str]) -> bool {
    let [.., before, last] = words else { return false };
    is_organization_ending(last) && *before != "of"
}

/// A word with two or more capitals after a lower-case letter ("OptInRealBig", "PayPerView"):
/// a coined name, a company's or a product's, never a person's ("McDonald", "DiCaprio" have one).
fn is_coined_name(word: &str) -> bool {
    let inner_capitals = word
        .chars()
        .zip(word.chars().skip(1))
        .filter(|(a, b)| a.is_lowercase() && b.is_uppercase())
        .count();
    inner_capitals >= 2
}

pub(super) fn kind_of(ty: EntityType, words: &[&str]) -> EntityKind {
    let name = words.join(" ");
    if is_seat_of_government(&name) {
        return EntityKind::Organization;
    }
    if matches!(ty, EntityType::Per | EntityType::Misc) && is_organization_name(words) {
        return EntityKind::Organization;
    }
    if matches!(ty, EntityType::Per | EntityType::Misc) && is_feature(words) || is_venue(ty, words)
    {
        return EntityKind::Place;
    }
    match ty {
        EntityType::Misc | EntityType::Org
            if matches!(name.as_str(), "US" | "U.S." | "UK" | "U.K.") =>
        {
            EntityKind::Place
        }
        EntityType::Per if words.iter().any(|w| is_coined_name(w)) => EntityKind::Organization,
        EntityType::Per => EntityKind::Person,
        EntityType::Org
            if words.len() == 1
                && matches!(words.first(), Some(&("Democrats" | "Republicans"))) =>
        {
            EntityKind::Group
        }
        EntityType::Org => EntityKind::Organization,
        EntityType::Loc => EntityKind::Place,
        EntityType::Misc if is_group(words) => EntityKind::Group,
        EntityType::Misc => EntityKind::Misc,
    }
}

/// Titles are not part of names: a span that runs through a person's title ("Army Chief of Staff
/// Gen. Randy George") is split into the person after the title and, before it, the name up
/// to the first role word ("Army"), which keeps the span's kind.
pub(super) fn split_at_title(
    words: &[&str],
    kind: EntityKind,
) -> Vec<(std::ops::Range<usize>, EntityKind)> {
    let Some(title) = words.iter().position(|w| is_abbreviated_title(w)) else {
        return vec![(0..words.len(), kind)];
    };
    let mut out = Vec::new();
    let before = words.iter().take(title).position(|w| TITLE_HEADS.contains(w)).unwrap_or(title);
    if before > 0 {
        out.push((0..before, kind));
    }
    if title + 1 < words.len() {
        out.push((title + 1..words.len(), EntityKind::Person));
    }
    out
}

/// A one-word misc or organization mention that is the first or last word of a person's full
/// name elsewhere in the article ("the Trump administration" after "Donald Trump") is that person.
pub(super) fn surnames_follow_full_names(text: &str, spans: &mut [EntitySpan]) {
    let mut name_words: HashSet<&str> = HashSet::default();
    for s in spans.iter().filter(|s| s.kind == EntityKind::Person) {
        let words: Vec<&str> = text.get(s.span.clone()).unwrap_or("").split(' ').collect();
        if words.len() >= 2 {
            name_words.extend(words.first().into_iter().chain(words.last()));
        }
    }
    for s in spans.iter_mut() {
        let word = text.get(s.span.clone()).unwrap_or("");
        if matches!(s.kind, EntityKind::Misc | EntityKind::Organization)
            && !word.contains(' ')
            && name_words.contains(word)
        {
            s.kind = EntityKind::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_split_names() {
        let words = ["Army", "Chief", "of", "Staff", "Gen.", "Randy", "George"];
        assert_eq!(
            split_at_title(&words, EntityKind::Organization),
            vec![(0..1, EntityKind::Organization), (5..7, EntityKind::Person)]
        );
        assert_eq!(
            split_at_title(&["Dr.", "Smith"], EntityKind::Misc),
            vec![(1..2, EntityKind::Person)]
        );
        assert_eq!(
            split_at_title(&["Acme"], EntityKind::Organization),
            vec![(0..1, EntityKind::Organization)]
        );
    }

    #[test]
    fn demonyms_and_parties_are_groups() {
        assert_eq!(kind_of(EntityType::Misc, &["Ukrainian"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["South", "Koreans"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["pro-Russian"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["GERMAN"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Org, &["Democrats"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["World", "Cup"]), EntityKind::Misc);
        assert_eq!(kind_of(EntityType::Misc, &["Nobel"]), EntityKind::Misc);
        assert_eq!(kind_of(EntityType::Loc, &["Kyiv"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Loc, &["White", "House"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Misc, &["US"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Org, &["U.S."]), EntityKind::Place);
    }

    #[test]
    fn a_coined_name_is_no_person() {
        assert_eq!(kind_of(EntityType::Per, &["SendNowDirect"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Per, &["Leonardo", "DiCaprio"]), EntityKind::Person);
        assert_eq!(kind_of(EntityType::Per, &["Ronald", "McDonald"]), EntityKind::Person);
    }

    #[test]
    fn geographic_features_are_places_whatever_the_tagger_guessed() {
        assert_eq!(kind_of(EntityType::Per, &["River", "Alder"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Misc, &["Lake", "Victoria"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Per, &["Mount", "Kenya"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Per, &["Yangtze", "River"]), EntityKind::Place);
        // An organization named after a feature stays one; a lone word is not judged.
        assert_eq!(
            kind_of(EntityType::Org, &["Mount", "Sinai", "Hospital"]),
            EntityKind::Organization
        );
        assert_eq!(kind_of(EntityType::Per, &["Bay"]), EntityKind::Person);
    }

    #[test]
    fn company_endings_make_organizations_of_persons_and_misc() {
        assert_eq!(kind_of(EntityType::Per, &["Warner", "Bros"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Per, &["Sony", "Pictures"]), EntityKind::Organization);
        // Before the feature-word rule: a label named after an island is a company.
        assert_eq!(kind_of(EntityType::Misc, &["Island", "Records"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Misc, &["Book", "of", "Records"]), EntityKind::Misc);
        // Place tags stand ("West Bank" is not listed anyway); a lone word is not judged.
        assert_eq!(kind_of(EntityType::Loc, &["Holdings", "Group"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Per, &["Group"]), EntityKind::Person);
    }

    #[test]
    fn buildings_grounds_and_streets_are_places() {
        assert_eq!(kind_of(EntityType::Org, &["Kodak", "Theatre"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Per, &["Hartley", "Stadium"]), EntityKind::Place);
        assert_eq!(
            kind_of(EntityType::Org, &["Trafford", "Shopping", "Centre"]),
            EntityKind::Place
        );
        assert_eq!(
            kind_of(EntityType::Org, &["Andrews", "Air", "Force", "Base"]),
            EntityKind::Place
        );
        assert_eq!(kind_of(EntityType::Org, &["National", "Theatre"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Org, &["MTV", "Base"]), EntityKind::Organization);
        // A surname may end in a street word; a centre may be an institution's.
        assert_eq!(kind_of(EntityType::Per, &["Alexandra", "Tower"]), EntityKind::Person);
        assert_eq!(
            kind_of(EntityType::Org, &["National", "Hurricane", "Center"]),
            EntityKind::Organization
        );
        assert_eq!(kind_of(EntityType::Misc, &["Penny", "Lane"]), EntityKind::Misc);
    }
}
