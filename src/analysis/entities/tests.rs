//! Unit tests of the recogniser: the shipped tagger on hand-made sentences, one test per feature
//! family, and its spans on the sample article against the hand-made reference.

mod classes;
mod consistency;
mod sample_gold;
mod tagger;

/// The kind of the entity named `name` in the analysis of `text`, if it is found.
pub(super) fn kind_of(text: &str, name: &str) -> Option<crate::analysis::EntityKind> {
    let a = crate::analysis::analyze_text(text.to_string(), None);
    a.entities.into_iter().find(|e| e.name == name).map(|e| e.kind)
}
