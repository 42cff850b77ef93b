//! Named-entity recognition for the product: runs the trained tagger ([`super::ner`]) over the
//! article as one document and maps its CoNLL types to entity kinds: PER -> person, ORG ->
//! organization, LOC -> place, MISC -> group for nationalities and other named groups
//! ("Ukrainian", "Europeans", "Democrats"), other MISC -> misc.

use super::ner::{self, EntityType, NerModel, Tagger};
use super::tokens::Token;
use super::{EntityKind, Span};

/// A recognised entity mention before mentions are merged into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    pub span: Span,
    pub kind: EntityKind,
}

/// Named groups that do not look like demonyms.
const GROUP_WORDS: &[&str] = &[
    "Arab",
    "Arabs",
    "Basque",
    "Basques",
    "Catholic",
    "Catholics",
    "Croat",
    "Croats",
    "Democrat",
    "Democrats",
    "Greek",
    "Greeks",
    "Jew",
    "Jews",
    "Jewish",
    "Kurd",
    "Kurds",
    "Muslim",
    "Muslims",
    "Serb",
    "Serbs",
    "Shiite",
    "Shiites",
    "Sunni",
    "Sunnis",
    "Swiss",
    "Thai",
    "Turk",
    "Turks",
    "Briton",
    "Britons",
    "Pole",
    "Poles",
    "Scots",
    "Welsh",
    "Dane",
    "Danes",
    "Swede",
    "Swedes",
    "Finn",
    "Finns",
    "Tory",
    "Tories",
    "Republicans",
    "Republican",
    "Labour",
    "Conservatives",
];
const DEMONYM_ENDINGS: &[&str] = &["an", "ans", "ese", "ish", "i", "is", "ch"];

/// Whether a MISC mention names a group of people: a nationality or demonym ("Ukrainian",
/// "South Koreans", "pro-Russian") or a named group ("Democrats").
fn is_group(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let last = last.rsplit('-').next().unwrap_or(last);
    let lower = last.to_lowercase();
    words.len() <= 2
        && last.chars().next().is_some_and(char::is_uppercase)
        && (GROUP_WORDS.iter().any(|g| g.eq_ignore_ascii_case(last))
            || DEMONYM_ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e)))
}

/// Places that the news names for the institution seated there ("the Kremlin said").
const SEATS_OF_POWER: &[&str] =
    &["White House", "Kremlin", "Pentagon", "Downing Street", "Elysee", "Élysée", "Whitehall"];

fn kind_of(ty: EntityType, words: &[&str]) -> EntityKind {
    let name = words.join(" ");
    if SEATS_OF_POWER.contains(&name.as_str()) {
        return EntityKind::Organization;
    }
    match ty {
        EntityType::Misc if matches!(name.as_str(), "US" | "U.S." | "UK" | "U.K.") => {
            EntityKind::Place
        }
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

/// Finds entity spans in `text` with the shipped model (none if it cannot be loaded).
pub fn recognize(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<EntitySpan> {
    match ner::embedded_model() {
        Ok(model) => recognize_with(model, text, tokens, sentences),
        Err(_) => Vec::new(),
    }
}

/// Finds entity spans with a given model; the whole text is one document.
pub fn recognize_with(
    model: &NerModel,
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
) -> Vec<EntitySpan> {
    let mut groups: Vec<&[Token]> = Vec::with_capacity(sentences.len());
    let mut k = 0;
    for s in sentences {
        while tokens.get(k).is_some_and(|t| t.span.start < s.start) {
            k += 1;
        }
        let start = k;
        while tokens.get(k).is_some_and(|t| t.span.start < s.end) {
            k += 1;
        }
        groups.push(tokens.get(start..k).unwrap_or(&[]));
    }
    let words: Vec<Vec<&str>> =
        groups.iter().map(|g| g.iter().map(|t| t.text(text)).collect()).collect();
    let labels = Tagger::new(model).tag(&words);
    let mut out = Vec::new();
    for ((toks, ws), ls) in groups.iter().zip(&words).zip(&labels) {
        for (range, ty) in ner::labels::spans(ls) {
            let (Some(first), Some(last)) =
                (toks.get(range.start), toks.get(range.end.saturating_sub(1)))
            else {
                continue;
            };
            let kind = kind_of(ty, ws.get(range.clone()).unwrap_or(&[]));
            out.push(EntitySpan { span: first.span.start..last.span.end, kind });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
