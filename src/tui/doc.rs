//! One open item of the reader: an article with its analysis (computed lazily, once) and the
//! lookups the screen needs from it, or a file that failed to load with its reason.

use crate::analysis::{Analysis, EntityKind, Span};
use crate::article::{Article, LoadError};
use std::sync::{Arc, OnceLock};

/// One entity mention as the text shows it: mentions never overlap here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    pub kind: EntityKind,
}

/// An analysed article and what the reader derives from the analysis.
#[derive(Debug)]
pub struct Analysed {
    pub analysis: Analysis,
    /// Every shown mention, in reading order, without overlaps (the longer one wins).
    pub mentions: Vec<Mention>,
    /// Byte offset where each paragraph starts.
    pub paragraph_starts: Vec<usize>,
}

impl Analysed {
    pub fn new(analysis: Analysis) -> Self {
        let mentions = shown_mentions(&analysis);
        let mut paragraph_starts = vec![0];
        let sep = crate::article::PARAGRAPH_SEPARATOR;
        paragraph_starts.extend(analysis.text.match_indices(sep).map(|(i, _)| i + sep.len()));
        Analysed { analysis, mentions, paragraph_starts }
    }

    pub fn text(&self) -> &str {
        &self.analysis.text
    }

    /// 1-based paragraph number of byte offset `pos`.
    pub fn paragraph_of(&self, pos: usize) -> usize {
        self.paragraph_starts.partition_point(|&s| s <= pos).max(1)
    }

    /// Index of the first shown mention starting at or after `pos`.
    pub fn mention_at_or_after(&self, pos: usize) -> usize {
        self.mentions.partition_point(|m| m.span.start < pos)
    }

    /// The shown mention index of the entity's mention that starts at `start`.
    pub fn mention_starting(&self, start: usize) -> Option<usize> {
        let i = self.mention_at_or_after(start);
        self.mentions.get(i).filter(|m| m.span.start == start).map(|_| i)
    }
}

fn shown_mentions(analysis: &Analysis) -> Vec<Mention> {
    let mut all: Vec<Mention> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(move |m| Mention { span: m.clone(), entity: e.id, kind: e.kind })
        })
        .filter(|m| m.span.start < m.span.end && analysis.text.get(m.span.clone()).is_some())
        .collect();
    all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut shown: Vec<Mention> = Vec::with_capacity(all.len());
    for m in all {
        if shown.last().is_none_or(|last| m.span.start >= last.span.end) {
            shown.push(m);
        }
    }
    shown
}

/// A text to wrap on another thread: the plain body, or the analysed one with its mentions.
#[derive(Debug, Clone)]
pub enum LayoutSource {
    Plain(Arc<str>),
    Analysed(Arc<Analysed>),
}

impl LayoutSource {
    pub fn text(&self) -> &str {
        match self {
            LayoutSource::Plain(t) => t,
            LayoutSource::Analysed(a) => a.text(),
        }
    }

    pub fn mentions(&self) -> &[Mention] {
        match self {
            LayoutSource::Plain(_) => &[],
            LayoutSource::Analysed(a) => &a.mentions,
        }
    }

    pub fn is_analysed(&self) -> bool {
        matches!(self, LayoutSource::Analysed(_))
    }
}

/// An item of the article list.
#[derive(Debug)]
pub enum Doc {
    Loaded {
        /// Shared with a worker thread while it analyses the article.
        article: Arc<Article>,
        /// The body as the reader wraps it before the analysis is there (made once, on demand).
        text: OnceLock<Arc<str>>,
        /// Filled the first time the article is shown (or searched for a card); shared with the
        /// thread that wraps a big text.
        analysed: Option<Arc<Analysed>>,
        /// Byte offset of the top line when the reader last left this article.
        anchor: usize,
    },
    Failed(LoadError),
}

impl Doc {
    pub fn new(item: Result<Article, LoadError>) -> Self {
        match item {
            Ok(article) => Doc::Loaded {
                article: Arc::new(article),
                text: OnceLock::new(),
                analysed: None,
                anchor: 0,
            },
            Err(e) => Doc::Failed(e),
        }
    }

    pub fn article(&self) -> Option<&Article> {
        match self {
            Doc::Loaded { article, .. } => Some(article),
            Doc::Failed(_) => None,
        }
    }

    /// The article, to hand to a worker thread.
    pub fn shared_article(&self) -> Option<Arc<Article>> {
        match self {
            Doc::Loaded { article, .. } => Some(Arc::clone(article)),
            Doc::Failed(_) => None,
        }
    }

    /// The body's length in bytes (what decides whether it is analysed on a worker).
    pub fn text_len(&self) -> usize {
        let Some(article) = self.article() else { return 0 };
        let seps =
            article.paragraphs.len().saturating_sub(1) * crate::article::PARAGRAPH_SEPARATOR.len();
        article.paragraphs.iter().map(String::len).sum::<usize>() + seps
    }

    /// The body: the analysed text, or before the analysis the article's own (the same bytes,
    /// so every offset stays valid when the analysis arrives).
    pub fn text(&self) -> Option<&str> {
        match self {
            Doc::Loaded { analysed: Some(a), .. } => Some(a.text()),
            Doc::Loaded { article, text, .. } => Some(text.get_or_init(|| article.text().into())),
            Doc::Failed(_) => None,
        }
    }

    /// What a layout worker needs to wrap this doc's text as it is now shown.
    pub fn layout_source(&self) -> Option<LayoutSource> {
        match self {
            Doc::Loaded { analysed: Some(a), .. } => Some(LayoutSource::Analysed(Arc::clone(a))),
            Doc::Loaded { .. } => {
                self.text()?;
                match self {
                    Doc::Loaded { text, .. } => text.get().cloned().map(LayoutSource::Plain),
                    Doc::Failed(_) => None,
                }
            }
            Doc::Failed(_) => None,
        }
    }

    pub fn analysed(&self) -> Option<&Analysed> {
        match self {
            Doc::Loaded { analysed, .. } => analysed.as_deref(),
            Doc::Failed(_) => None,
        }
    }

    /// Runs the analysis here if it has not run yet.
    pub fn ensure_analysed(&mut self) {
        if let Doc::Loaded { article, analysed: slot @ None, .. } = self {
            *slot = Some(Arc::new(Analysed::new(crate::analyze(article))));
        }
    }

    /// Stores an analysis computed elsewhere (a worker, the library's cache, the benchmark);
    /// the text made for showing it before is dropped.
    pub fn set_analysed(&mut self, done: Box<Analysed>) {
        if let Doc::Loaded { analysed, text, .. } = self {
            *analysed = Some(Arc::from(done));
            *text = OnceLock::new();
        }
    }

    /// Stores an analysis computed elsewhere.
    pub fn set_analysis(&mut self, analysis: Analysis) {
        self.set_analysed(Box::new(Analysed::new(analysis)));
    }
}
