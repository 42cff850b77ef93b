//! The article as every stage reads it, built once by [`Document::new`]: the text and its
//! publication date, the tokens with their byte spans and lower-cased forms, the sentences as
//! token ranges, a part-of-speech tag for every token (each sentence tagged the first time a
//! stage asks, once), and how each word is written across the text (in lower case somewhere,
//! capitalised inside a sentence somewhere). No stage tokenises again; every lookup returns an
//! empty answer rather than panicking on an index past the end.

use super::pos::{self, PosModel, PosTagger, Tag};
use super::sentences;
use super::tokens::{tokenize, Token};
use super::Span;
use crate::analysis::ner::hash::hash_str;
use chrono::NaiveDate;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// In `lower_at`: the token's lower-cased form is the token itself.
const SAME_AS_TEXT: u32 = u32::MAX;

/// One sentence: its byte span (first token to last) and its token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
}

/// The tokenised, sentence-split and tagged article.
pub struct Document {
    text: String,
    published: Option<NaiveDate>,
    tokens: Vec<Token>,
    /// For each token, where its lower-cased form is: [`SAME_AS_TEXT`] when it is the token as
    /// written (most tokens), else an index into `lowered`.
    lower_at: Vec<u32>,
    lowered: Vec<Box<str>>,
    sentences: Vec<Sentence>,
    /// The model sentences are tagged with, if any.
    tagger: Option<&'static PosModel>,
    /// One slot per sentence, filled with its tags on first use.
    tags: Vec<OnceLock<Box<[Tag]>>>,
    /// Hashes of words written all in lower case somewhere ("senior").
    seen_lower: HashSet<u64>,
    /// Hashes of capitalised words (and parts of hyphenated words) written somewhere not at the
    /// start of a sentence.
    seen_capitalised_inside: HashSet<u64>,
}

impl Document {
    /// Tokenises and splits `text`; its sentences are tagged with the shipped POS model.
    pub fn new(text: String, published: Option<NaiveDate>) -> Document {
        Self::with_tagger(text, published, pos::embedded_model().ok())
    }

    /// [`Document::new`] with a given POS model, or none (no tags).
    pub fn with_tagger(
        text: String,
        published: Option<NaiveDate>,
        tagger: Option<&'static PosModel>,
    ) -> Document {
        let tokens = tokenize(&text);
        let mut lowered: Vec<Box<str>> = Vec::new();
        let lower_at = tokens
            .iter()
            .map(|t| {
                let word = &text[t.span.clone()];
                if word.chars().any(char::is_uppercase) {
                    lowered.push(word.to_lowercase().into_boxed_str());
                    (lowered.len() - 1) as u32
                } else {
                    SAME_AS_TEXT
                }
            })
            .collect();
        let sentences: Vec<Sentence> = sentences::split_tokens(&text, &tokens);
        let tags = sentences.iter().map(|_| OnceLock::new()).collect();
        let mut doc = Document {
            text,
            published,
            tokens,
            lower_at,
            lowered,
            sentences,
            tagger,
            tags,
            seen_lower: HashSet::default(),
            seen_capitalised_inside: HashSet::default(),
        };
        doc.note_casing();
        doc
    }

    fn note_casing(&mut self) {
        let mut lower = HashSet::default();
        let mut inside = HashSet::default();
        for i in 0..self.tokens.len() {
            let w = self.word(i);
            if w.chars().all(char::is_lowercase) {
                lower.insert(hash_str(w));
            }
            if !self.is_sentence_initial(i) {
                for part in w.split('-').filter(|p| is_capitalised(p)) {
                    inside.insert(hash_str(part));
                }
            }
        }
        self.seen_lower = lower;
        self.seen_capitalised_inside = inside;
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Gives the text back, for the analysis that outlives the document.
    pub fn into_text(self) -> String {
        self.text
    }

    pub fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The text of a span, or "" when the span is not a valid range of the text.
    pub fn slice(&self, span: &Span) -> &str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// Token `i` as written, or "" past the end.
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.slice(&t.span))
    }

    /// Token `i` in lower case, or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        match self.lower_at.get(i) {
            Some(&SAME_AS_TEXT) => self.word(i),
            Some(&k) => self.lowered.get(k as usize).map_or("", |w| w),
            None => "",
        }
    }

    /// Whether token `i` in lower case is `word`.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    /// Whether token `i` in lower case is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capital(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The part-of-speech tags of sentence `k`, one per token; `None` without a model.
    pub fn sentence_tags(&self, k: usize) -> Option<&[Tag]> {
        let model = self.tagger?;
        let sentence = self.sentences.get(k)?;
        let tags = self.tags.get(k)?.get_or_init(|| {
            let tokens = self.tokens.get(sentence.tokens.clone()).unwrap_or_default();
            let forms: Vec<_> =
                tokens.iter().map(|t| pos::conll_form(self.slice(&t.span))).collect();
            let words: Vec<&str> = forms.iter().map(|w| w.as_ref()).collect();
            PosTagger::new(model).tag(&words).into_boxed_slice()
        });
        Some(tags)
    }

    /// The part-of-speech tag of token `i`.
    pub fn tag(&self, i: usize) -> Option<Tag> {
        let k = self.sentence_of(i);
        let first = self.sentences.get(k)?.tokens.start;
        self.sentence_tags(k)?.get(i.checked_sub(first)?).copied()
    }

    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Byte spans of the sentences, in order.
    pub fn sentence_spans(&self) -> Vec<Span> {
        self.sentences.iter().map(|s| s.span.clone()).collect()
    }

    /// Index of the sentence token `i` is in (the last sentence past the end).
    pub fn sentence_of(&self, i: usize) -> usize {
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        k.min(self.sentences.len().saturating_sub(1))
    }

    /// Token range of the sentence token `i` is in.
    pub fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.sentences.get(self.sentence_of(i)).map_or(0..self.len(), |s| s.tokens.clone())
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (self.sentences.get(i)?.span.start <= pos).then_some(i)
    }

    /// Byte span from token `a` to the end of token `b - 1` (empty at `a` when `b <= a`).
    pub fn token_span(&self, a: usize, b: usize) -> Span {
        let start = self.tokens.get(a).map_or(self.text.len(), |t| t.span.start);
        let end = b.checked_sub(1).and_then(|l| self.tokens.get(l)).map_or(start, |t| t.span.end);
        start..end.max(start)
    }

    /// Index of the first token that ends after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }

    /// Index of the token that starts exactly at byte `pos`, if any.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        let i = self.token_at(pos);
        (self.tokens.get(i)?.span.start == pos).then_some(i)
    }

    /// Index of the token that ends exactly at byte `pos`, if any.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end < pos);
        (self.tokens.get(i)?.span.end == pos).then_some(i)
    }

    /// Token range of the tokens that start inside `span`.
    pub fn tokens_in(&self, span: &Span) -> Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.start < span.end);
        first..last.max(first)
    }

    /// The words inside `span`: the tokens it overlaps, clipped to it. A span inside one token
    /// ("Putin" in "Trump-Putin") is one word.
    pub fn words_in(&self, span: &Span) -> Vec<Span> {
        let first = self.token_at(span.start);
        self.tokens
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(|t| t.span.start < span.end)
            .map(|t| t.span.start.max(span.start)..t.span.end.min(span.end))
            .filter(|w| w.start < w.end && self.text.get(w.clone()).is_some())
            .collect()
    }

    /// Whether token `i` directly follows token `i - 1` with no space ("Sept" + ".").
    pub fn touches_previous(&self, i: usize) -> bool {
        i > 0
            && self
                .tokens
                .get(i)
                .zip(self.tokens.get(i - 1))
                .is_some_and(|(t, p)| t.span.start == p.span.end)
    }

    /// Index after an optional period glued to token `i - 1` ("Sept." -> skip the ".").
    pub fn skip_period(&self, i: usize) -> usize {
        if self.is(i, ".") && self.touches_previous(i) {
            i + 1
        } else {
            i
        }
    }

    /// True when token `i` starts a sentence or a paragraph (nothing but closing punctuation,
    /// quotes or a line break before it).
    pub fn is_sentence_initial(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else { return true };
        let (Some(p), Some(t)) = (self.tokens.get(prev), self.tokens.get(i)) else { return true };
        if self.text.get(p.span.end..t.span.start).is_some_and(|gap| gap.contains('\n')) {
            return true;
        }
        matches!(self.word(prev), "." | "!" | "?" | "…" | "“" | "\"" | ":" | "—")
    }

    /// Whether the text writes `word` all in lower case somewhere.
    pub fn seen_in_lower_case(&self, word: &str) -> bool {
        self.seen_lower.contains(&hash_str(word))
    }

    /// A capitalised word at the start of a sentence that the article also writes in lower case
    /// ("Senior" / "senior"): a common word, not a name.
    pub fn is_common_word_at_start(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_sentence_initial(i)
            && is_capitalised(w)
            && !w.chars().skip(1).any(char::is_uppercase)
            && self.seen_in_lower_case(&w.to_lowercase())
    }

    /// A capitalised word seen only at the start of sentences ("Reporting", "Worries").
    pub fn only_starts_sentences(&self, i: usize) -> bool {
        self.is_sentence_initial(i)
            && !self.seen_capitalised_inside.contains(&hash_str(self.word(i)))
    }
}

/// Starts with an upper-case letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests;
