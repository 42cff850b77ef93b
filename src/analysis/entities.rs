//! Named-entity recognition for the product: runs the trained tagger ([`super::ner`]) over the
//! article as one document and maps its CoNLL types to entity kinds: PER -> person, ORG ->
//! organization, LOC -> place, MISC -> group for nationalities and other named groups
//! ("Ukrainian", "Europeans", "Democrats"), other MISC -> misc.

mod kinds;
mod words;

use super::ner::{self, NerModel, Tagger};
use super::tokens::Token;
use super::{EntityKind, Span};
use kinds::{kind_of, split_at_title, surnames_follow_full_names};
use words::{conll_words, whole_compounds};

/// A recognised entity mention before mentions are merged into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    pub span: Span,
    pub kind: EntityKind,
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
    let whole = whole_compounds(text, tokens);
    let mut k = 0;
    let mut spans: Vec<Vec<Span>> = Vec::with_capacity(sentences.len());
    for s in sentences {
        while tokens.get(k).is_some_and(|t| t.span.start < s.start) {
            k += 1;
        }
        let start = k;
        while tokens.get(k).is_some_and(|t| t.span.start < s.end) {
            k += 1;
        }
        spans.push(conll_words(text, tokens.get(start..k).unwrap_or(&[]), &whole));
    }
    let words: Vec<Vec<&str>> = spans
        .iter()
        .map(|ws| ws.iter().map(|w| text.get(w.clone()).unwrap_or("")).collect())
        .collect();
    let labels = Tagger::new(model).tag(&words);
    let mut out = Vec::new();
    for ((word_spans, ws), ls) in spans.iter().zip(&words).zip(&labels) {
        for (range, ty) in ner::labels::spans(ls) {
            let names = ws.get(range.clone()).unwrap_or(&[]);
            for (part, kind) in split_at_title(names, kind_of(ty, names)) {
                let (Some(first), Some(last)) = (
                    word_spans.get(range.start + part.start),
                    word_spans.get(range.start + part.end.saturating_sub(1)),
                ) else {
                    continue;
                };
                out.push(EntitySpan { span: first.start..last.end, kind });
            }
        }
    }
    surnames_follow_full_names(text, &mut out);
    out
}
