//! Named-entity recognition for the product: runs the trained tagger ([`super::ner`]) over the
//! article as one document and maps its CoNLL types to entity kinds: PER -> person, ORG ->
//! organization, LOC -> place, MISC -> group for nationalities and other named groups
//! ("Ukrainian", "Europeans", "Democrats"), other MISC -> misc.

mod kinds;
#[cfg(test)]
mod tests;
mod words;

use super::document::Document;
use super::ner::{self, NerModel, Tagger};
use super::{EntityKind, Span};
use kinds::{kind_of, split_at_title, surnames_follow_full_names};
use words::{conll_words, whole_compounds};

/// A recognised entity mention before mentions are merged into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    pub span: Span,
    pub kind: EntityKind,
}

/// The recogniser's spans for one document, in reading order: what the mention stage merges.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names(Vec<EntitySpan>);

impl Names {
    /// Spans given by hand (tests) or by another recogniser.
    #[cfg(test)]
    pub(crate) fn from_spans(spans: Vec<EntitySpan>) -> Names {
        Names(spans)
    }

    pub fn spans(&self) -> &[EntitySpan] {
        &self.0
    }
}

/// Most tokens the tagger reads as one document: a longer text (a 10 MB dump, a table without
/// full stops) is tagged in pieces of whole sentences, so memory stays within a small multiple
/// of the text. News articles are far shorter, and are read whole.
pub const MAX_DOCUMENT_TOKENS: usize = 20_000;

/// Finds entity spans in the document with the shipped model (none if it cannot be loaded).
pub fn recognize(doc: &Document) -> Names {
    recognize_observed(doc, &mut |_| {})
}

/// [`recognize`], telling `progress` the share of the text tagged so far.
pub fn recognize_observed(doc: &Document, progress: &mut dyn FnMut(f32)) -> Names {
    match ner::embedded_model() {
        Ok(model) => recognize_with(model, doc, progress),
        Err(_) => Names::default(),
    }
}

/// Finds entity spans with a given model; the text is one document (or a few, see
/// [`MAX_DOCUMENT_TOKENS`]).
pub fn recognize_with(model: &NerModel, doc: &Document, progress: &mut dyn FnMut(f32)) -> Names {
    let text = doc.text();
    let whole = whole_compounds(text, doc.tokens());
    let mut tagger = Tagger::new(model);
    let mut out = Vec::new();
    let sentences = doc.sentences();
    let mut first = 0;
    while first < sentences.len() {
        let start_token = sentences[first].tokens.start;
        let mut last = first;
        while last < sentences.len()
            && (last == first || sentences[last].tokens.end - start_token <= MAX_DOCUMENT_TOKENS)
        {
            last += 1;
        }
        let spans: Vec<Vec<Span>> = sentences[first..last]
            .iter()
            .map(|s| conll_words(text, doc.tokens().get(s.tokens.clone()).unwrap_or(&[]), &whole))
            .collect();
        tag_piece(&mut tagger, text, &spans, &mut out);
        first = last;
        progress(sentences[last - 1].tokens.end as f32 / doc.len().max(1) as f32);
    }
    surnames_follow_full_names(text, &mut out);
    Names(out)
}

/// Tags one document given as the word spans of its sentences, adding the entity spans to
/// `out`.
fn tag_piece(tagger: &mut Tagger, text: &str, spans: &[Vec<Span>], out: &mut Vec<EntitySpan>) {
    let words: Vec<Vec<&str>> = spans
        .iter()
        .map(|ws| ws.iter().map(|w| text.get(w.clone()).unwrap_or("")).collect())
        .collect();
    let labels = tagger.tag(&words);
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
}
