//! Named-entity recognition for the product: runs the trained tagger ([`super::ner`]) over the
//! article as one document and maps its CoNLL types to entity kinds: PER -> person, ORG ->
//! organization, LOC -> place, MISC -> group for nationalities and other named groups
//! ("Ukrainian", "Europeans", "Democrats"), other MISC -> misc; then repairs spans, marks titles of
//! works, settles one kind per name and marks products, bands and companies listed with companies
//! from evidence in the article.

mod collectives;
mod consistency;
mod events;
mod kinds;
mod participles;
mod products;
mod repair;
mod shaped;
#[cfg(test)]
mod tests;
mod titles;
mod words;

use super::document::Document;
use super::ner::{self, NerModel, Tagger};
use super::{EntityKind, Span};
use kinds::{kind_of, split_at_title, surnames_follow_full_names};
pub(crate) use shaped::is_web_address;
use std::ops::Range;
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

/// The words the tagger reads in each sentence of `doc`, in CoNLL's conventions (what
/// self-training writes out with the product's labels).
pub(crate) fn tagger_words(doc: &Document) -> Vec<Vec<Span>> {
    let whole = whole_compounds(doc.text(), doc.tokens());
    let words = |s: &super::document::Sentence| {
        conll_words(doc.text(), doc.tokens().get(s.tokens.clone()).unwrap_or(&[]), &whole)
    };
    doc.sentences().iter().map(words).collect()
}

/// Finds entity spans in the document with the shipped model (none if it cannot be loaded).
pub fn recognize(doc: &Document) -> Names {
    recognize_observed(doc, true, &mut |_| {})
}

/// [`recognize`], telling `progress` the share of the text tagged so far; `spread` lets a long
/// document be tagged on every core.
pub fn recognize_observed(doc: &Document, spread: bool, progress: &mut dyn FnMut(f32)) -> Names {
    match ner::embedded_model() {
        Ok(model) => recognize_with(model, doc, spread, progress),
        Err(_) => Names::default(),
    }
}

/// Finds entity spans with a given model; the text is one document, or for a very long text a
/// few (see [`MAX_DOCUMENT_TOKENS`]), tagged on as many threads as the machine has cores when
/// `spread`, else on this one.
pub fn recognize_with(
    model: &NerModel,
    doc: &Document,
    spread: bool,
    progress: &mut dyn FnMut(f32),
) -> Names {
    let text = doc.text();
    let whole = whole_compounds(text, doc.tokens());
    let pieces = pieces(doc);
    let tag = |piece: &Range<usize>| {
        let spans: Vec<Vec<Span>> = doc.sentences()[piece.clone()]
            .iter()
            .map(|s| conll_words(text, doc.tokens().get(s.tokens.clone()).unwrap_or(&[]), &whole))
            .collect();
        let mut found = Vec::new();
        tag_piece(&mut Tagger::new(model), text, &spans, &mut found);
        found
    };
    let cores =
        if spread { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { 1 };
    let threads = cores.min(pieces.len());
    let mut out = Vec::new();
    if threads <= 1 {
        for piece in &pieces {
            out.extend(tag(piece));
            progress(doc.sentences()[piece.end - 1].tokens.end as f32 / doc.len().max(1) as f32);
        }
    } else {
        // Pieces are dealt round-robin to the threads; results are put back in reading order.
        let (sender, receiver) = std::sync::mpsc::channel::<(usize, Vec<EntitySpan>)>();
        let mut results: Vec<Option<Vec<EntitySpan>>> = vec![None; pieces.len()];
        std::thread::scope(|scope| {
            for t in 0..threads {
                let (sender, pieces, tag) = (sender.clone(), &pieces, &tag);
                scope.spawn(move || {
                    for k in (t..pieces.len()).step_by(threads) {
                        if sender.send((k, tag(&pieces[k]))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            let mut done = 0;
            for (k, found) in receiver {
                done += pieces[k].len();
                results[k] = Some(found);
                progress(done as f32 / doc.sentences().len().max(1) as f32);
            }
        });
        out = results.into_iter().flatten().flatten().collect();
    }
    let clusters = model.resources().clusters;
    let case_bucket = |w: &str| clusters.case_bucket(ner::hash::hash_lower(w));
    let lower_case_word = |w: &str| case_bucket(w) == 0;
    let known = |words: &[&str]| ner::known_name(model, words);
    let known_place = |words: &[&str]| ner::known_place(model, words);
    let evidence = consistency::WordEvidence { case_bucket: &case_bucket, known: &known };
    consistency::no_person_ends_in_a_common_noun(doc, &evidence, &mut out);
    surnames_follow_full_names(text, &mut out);
    let out = repair::repair(doc, &lower_case_word, out);
    let mut out = titles::mark_titles(doc, &known, out);
    consistency::settle_kinds(doc, &evidence, &mut out);
    participles::places_before_based(doc, &known_place, &mut out);
    products::mark_products(doc, &known, &mut out);
    collectives::mark_collectives(doc, &case_bucket, &mut out);
    Names(shaped::add_shaped_names(doc, events::mark_named_events(doc, out)))
}

/// Replaces the spans inside `names` (in reading order, never overlapping) with one misc span
/// for each name: the first name that ends after a span starts is the only one that can hold
/// it (a search, not a scan: linear overall).
fn replace_with_misc(spans: Vec<EntitySpan>, names: Vec<Span>) -> Vec<EntitySpan> {
    if names.is_empty() {
        return spans;
    }
    let inside = |s: &EntitySpan| {
        let k = names.partition_point(|t| t.end <= s.span.start);
        names.get(k).is_some_and(|t| t.start < s.span.end)
    };
    let mut out: Vec<EntitySpan> = spans.into_iter().filter(|s| !inside(s)).collect();
    out.extend(names.into_iter().map(|span| EntitySpan { span, kind: EntityKind::Misc }));
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// The word `k` tokens before `mention`, in lower case ("" at the start).
fn word_before<'d>(doc: &'d Document, mention: &Span, k: usize) -> &'d str {
    doc.token_starting_at(mention.start).and_then(|f| f.checked_sub(k)).map_or("", |i| doc.lower(i))
}

/// The word `k` tokens after `mention`, in lower case ("" past the end).
fn word_after<'d>(doc: &'d Document, mention: &Span, k: usize) -> &'d str {
    doc.token_ending_at(mention.end).map_or("", |l| doc.lower(l + k))
}

/// The document's sentences in runs of at most [`MAX_DOCUMENT_TOKENS`] tokens (a longer
/// sentence is a run of its own).
fn pieces(doc: &Document) -> Vec<Range<usize>> {
    let sentences = doc.sentences();
    let mut out = Vec::new();
    let mut first = 0;
    while first < sentences.len() {
        let start_token = sentences[first].tokens.start;
        let mut last = first + 1;
        while last < sentences.len()
            && sentences[last].tokens.end - start_token <= MAX_DOCUMENT_TOKENS
        {
            last += 1;
        }
        out.push(first..last);
        first = last;
    }
    out
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
