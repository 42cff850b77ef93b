//! The analysis of one article. [`analyze`] runs the stages in the one order their types allow
//! and returns an [`Analysis`] (the data model, in `model.rs`):
//!
//! ```text
//! Article text ─► Document: tokens, lower-cased forms, sentences, POS tags (per sentence, on demand)
//!    ├─► entities::recognize ─────────────► Names ──────────────┐
//!    ├─► timex::find ─► Dates ─┬─► facts::quantities ─► Quantities ─┤
//!    │                         │                                 ▼
//!    │                         └────────────► mentions::merge(Names, Dates, Quantities) ─► Entities
//!    ├─► facts::quotes(Entities) ─► quotes with speakers
//!    ├─► timeline::build(Dates)  ─► dated events in date order
//!    └─► summary: document_scores (beside the merge) + rank_scored(Entities) ─► sentences, best first
//! ```
//!
//! The `Document` (`analysis/document.rs`) is built once; every stage reads it and none tokenises again.
//! A text over `long_text::LONG_TEXT_BYTES` goes through this pipeline in parts, joined after.
//! Each stage takes the typed output of the stages it needs (`Names`, `Dates`, `Quantities`,
//! `Entities`, each built only by its own stage), so a wrong order does not compile, and an
//! entity's `id` is its index, set in one place (`mentions::Entities`). The word lists the rules
//! read are in `analysis/lexicon/`, one file per concept. The stages are crate-private: the public API is
//! [`analyze`], [`analyze_with_progress`], [`find_dates`], [`token_count`] and the data model.
//! Training and evaluating the two models (named entities in `ner`, parts of speech in `pos`)
//! are tools, in [`crate::tools`].

pub(crate) mod document;
pub(crate) mod entities;
pub(crate) mod facts;
pub(crate) mod lexicon;
mod long_text;
pub(crate) mod mentions;
mod model;
pub(crate) mod ner;
pub(crate) mod pos;
pub(crate) mod sentences;
pub(crate) mod summary;
pub(crate) mod timeline;
pub(crate) mod timex;
pub(crate) mod tokens;

pub use model::*;

use crate::article::Article;
use chrono::NaiveDate;
use document::Document;

/// Runs `here` on this thread and `there` beside it on another when `parallel`, else both here
/// in turn; a panic in either is the caller's, as it would be in turn.
fn beside<A, B: Send>(
    parallel: bool,
    here: impl FnOnce() -> A,
    there: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel {
        let a = here();
        return (a, there());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(there);
        let a = here();
        match other.join() {
            Ok(b) => (a, b),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Runs the whole pipeline on one article.
pub fn analyze(article: &Article) -> Analysis {
    analyze_text(article.text(), article.published)
}

/// Runs the whole pipeline on one article, calling `progress` with the share done (0.0 to 1.0)
/// as the stages finish; the reader shows it while a big article is analysed off the key loop.
pub fn analyze_with_progress(article: &Article, progress: &mut dyn FnMut(f32)) -> Analysis {
    run(article.text(), article.published, progress)
}

/// The number of tokens the pipeline reads in `text` (for throughput figures).
pub fn token_count(text: &str) -> usize {
    tokens::tokenize(text).len()
}

/// The temporal expressions of a plain text, normalised against `published`: what
/// `newslens timex` prints (the date stage alone, without the other stages).
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<Timex> {
    timex::find_in_text(text, published)
}

/// Runs the whole pipeline on a body text with an optional publication date.
pub fn analyze_text(text: String, published: Option<NaiveDate>) -> Analysis {
    run(text, published, &mut |_| {})
}

/// The pipeline, in the one order the stages' types allow: each stage takes the typed output
/// of the stages it reads, so none can run before what it needs.
fn run(text: String, published: Option<NaiveDate>, progress: &mut dyn FnMut(f32)) -> Analysis {
    progress(0.0);
    ner::preload_embedded_model();
    if text.len() > long_text::LONG_TEXT_BYTES {
        return long_text::analyze(text, published, progress);
    }
    let doc = Document::new(text, published);
    progress(0.1);
    run_document(doc, Run::WHOLE, progress)
}

/// One part of a long text (see `long_text`), on the calling thread only: the parts themselves
/// are spread over the cores.
fn analyze_part(text: String, published: Option<NaiveDate>, opens_text: bool) -> Analysis {
    run_document(Document::new(text, published), Run { spread: false, opens_text }, &mut |_| {})
}

/// How one document is run: on every core or on this thread only, and whether it opens the
/// text. A later part of a long text has no lead and no place in the summary's sentence graph,
/// as the tail of one long document has none (`summary::MAX_GRAPH_SENTENCES`).
#[derive(Clone, Copy)]
struct Run {
    spread: bool,
    opens_text: bool,
}

impl Run {
    const WHOLE: Run = Run { spread: true, opens_text: true };
}

/// The whole pipeline on a document already built (the self-training tool reads the same
/// document's tagger words beside the analysis).
pub(crate) fn analyze_document(doc: Document) -> Analysis {
    run_document(doc, Run::WHOLE, &mut |_| {})
}

/// The stages after the document, in the one order their types allow.
fn run_document(doc: Document, run: Run, progress: &mut dyn FnMut(f32)) -> Analysis {
    let published = doc.published();
    // A long document runs independent stages side by side; an article runs them in turn.
    let parallel = run.spread && doc.len() > entities::MAX_DOCUMENT_TOKENS;
    let (names, (dates, quantities, timeline)) = beside(
        parallel,
        || entities::recognize_observed(&doc, parallel, &mut |s| progress(0.1 + 0.6 * s)),
        || {
            let dates = timex::find(&doc);
            let quantities = facts::quantities(&doc, &dates);
            let timeline = timeline::build(&doc, &dates);
            (dates, quantities, timeline)
        },
    );
    let quantities = quantities.without_numbers_in(&names);
    progress(0.75);
    // The summary's document part (term vectors, centrality) needs no entity: it runs beside
    // the merge, its entity part beside the quotes.
    let (entities, scored) = beside(
        parallel,
        || mentions::merge(&doc, &names, &dates, &quantities),
        || summary::document_scores(&doc, run.opens_text),
    );
    progress(0.85);
    let weights = summary::Weights::default();
    let (quotes, ranked_sentences) = beside(
        parallel,
        || facts::quotes(&doc, &entities),
        || summary::rank_scored(&doc, scored, entities.all(), &weights),
    );
    progress(1.0);
    Analysis {
        sentences: doc.sentence_spans(),
        published,
        text: doc.into_text(),
        entities: entities.into_vec(),
        timexes: dates.into_vec(),
        quotes,
        quantities: quantities.into_vec(),
        timeline,
        ranked_sentences,
    }
}
