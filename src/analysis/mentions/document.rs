//! The article as the mention stage sees it: the text with its tokens, safe lookups of the words
//! inside a span or around a position, and the working [`Mention`] every rule passes along.

use super::lexicon::is_capitalised;
use crate::analysis::tokens::Token;
use crate::analysis::{EntityKind, Span};
use std::collections::HashSet;

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

/// Text and tokens with the lookups the rules need. Every accessor returns `None` or an empty
/// answer rather than panicking on a span that does not fit the text.
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Words that occur in lower case somewhere ("senior"), to tell a capitalised common word at
    /// the start of a sentence from a name.
    lower_case_words: HashSet<&'a str>,
    /// Capitalised words (and parts of hyphenated words) that occur inside a sentence somewhere,
    /// not only at its start.
    capitalised_inside: HashSet<&'a str>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let lower_case_words = tokens
            .iter()
            .filter_map(|t| text.get(t.span.clone()))
            .filter(|w| w.chars().all(|c| c.is_lowercase()))
            .collect();
        let mut doc =
            Document { text, tokens, lower_case_words, capitalised_inside: HashSet::new() };
        doc.capitalised_inside = (0..tokens.len())
            .filter(|&i| !doc.is_sentence_initial(i))
            .flat_map(|i| doc.word(i).split('-'))
            .filter(|w| is_capitalised(w))
            .collect();
        doc
    }

    /// The text of a span, or "" when the span is not a valid range of the text.
    pub fn slice(&self, span: &Span) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| self.slice(&t.span))
    }

    /// Index of the first token that ends after `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }

    /// Index of the token that starts exactly at `pos`, if any.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        let i = self.token_at(pos);
        (self.tokens.get(i)?.span.start == pos).then_some(i)
    }

    /// Index of the token that ends exactly at `pos`, if any.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end < pos);
        (self.tokens.get(i)?.span.end == pos).then_some(i)
    }

    /// The words inside `span`: the tokens it overlaps, clipped to it. A span inside one token
    /// ("Putin" in "Trump-Putin") is one word.
    pub fn words(&self, span: &Span) -> Vec<Span> {
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

    /// A capitalised word at the start of a sentence that the article also writes in lower case
    /// ("Senior" / "senior"): a common word, not a name.
    pub fn is_common_word_at_start(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_sentence_initial(i)
            && is_capitalised(w)
            && !w.chars().skip(1).any(char::is_uppercase)
            && self.lower_case_words.contains(w.to_lowercase().as_str())
    }
}

impl Document<'_> {
    /// A capitalised word seen only at the start of sentences ("Reporting", "Worries").
    pub fn only_starts_sentences(&self, i: usize) -> bool {
        self.is_sentence_initial(i) && !self.capitalised_inside.contains(self.word(i))
    }
}

/// The span's text with runs of whitespace made single spaces: the form names are compared in.
pub fn name_key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
