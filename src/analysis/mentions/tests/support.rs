//! Shared by the mention tests: builds recogniser spans from surface forms written into a
//! hand-made sentence, merges them, and looks entities up by name.

use crate::analysis::document::Document;
use crate::analysis::entities::{EntitySpan, Names};
use crate::analysis::facts::Quantities;
use crate::analysis::timex::Dates;
use crate::analysis::{mentions, Entity, EntityKind, Span};

/// Every whole-word occurrence of `form` in `text` (hyphens and apostrophes are boundaries).
pub fn occurrences(text: &str, form: &str) -> Vec<Span> {
    text.match_indices(form)
        .map(|(at, _)| at..at + form.len())
        .filter(|s| {
            let before = text[..s.start].chars().next_back();
            let after = text[s.end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}

/// A span of `kind` at every occurrence of each form, longer forms first, never overlapping.
pub fn spans(text: &str, forms: &[(&str, EntityKind)]) -> Vec<EntitySpan> {
    let mut forms = forms.to_vec();
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let mut out: Vec<EntitySpan> = Vec::new();
    for (form, kind) in forms {
        for span in occurrences(text, form) {
            if !out.iter().any(|s| s.span.start < span.end && span.start < s.span.end) {
                out.push(EntitySpan { span, kind });
            }
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// Runs the merging of names on `text` with recogniser spans `spans` (no dates, no quantities).
pub fn merge_spans(text: &str, spans: &[EntitySpan]) -> Vec<Entity> {
    let doc = Document::new(text.to_string(), None);
    let names = Names::from_spans(spans.to_vec());
    mentions::merge(&doc, &names, &Dates::default(), &Quantities::default()).into_vec()
}

/// Runs `merge` on `text` with spans built from `forms`.
pub fn merged(text: &str, forms: &[(&str, EntityKind)]) -> Vec<Entity> {
    merge_spans(text, &spans(text, forms))
}

/// The one entity with this canonical name.
pub fn named<'e>(entities: &'e [Entity], name: &str) -> &'e Entity {
    let found: Vec<&Entity> = entities.iter().filter(|e| e.name == name).collect();
    assert_eq!(found.len(), 1, "want one entity {name:?} in {entities:#?}");
    found[0]
}

/// The text of each mention of `e`.
pub fn surfaces<'t>(text: &'t str, e: &Entity) -> Vec<&'t str> {
    e.mentions.iter().map(|m| &text[m.clone()]).collect()
}
