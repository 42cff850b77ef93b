//! The working [`Mention`] every merging rule passes along, and the form names are compared in.

use crate::analysis::{EntityKind, Span};

/// One mention during merging: a byte span, the kind it was given and how much that kind counts
/// in the document vote (1.0 for a recogniser span, less for a kind this stage guessed).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
    pub weight: f32,
}

impl Mention {
    pub fn given(span: Span, kind: EntityKind) -> Self {
        Mention { span, kind, weight: 1.0 }
    }

    pub fn guessed(span: Span, kind: EntityKind) -> Self {
        Mention { span, kind, weight: 0.5 }
    }
}

/// The span's text with runs of whitespace made single spaces: the form names are compared in.
pub fn name_key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
