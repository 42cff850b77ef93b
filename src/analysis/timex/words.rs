//! The token view the temporal patterns match on: each token's byte span, lower-cased text and
//! capitalisation, with the sentence each token is in.

use crate::analysis::tokens::{tokenize, Token};
use crate::analysis::{sentences, Span};

/// One token.
pub struct Word {
    pub span: Span,
    pub lower: String,
    /// Starts with an upper-case letter.
    pub capital: bool,
}

/// The tokens of a text, with sentence bounds.
pub struct Words<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    /// For each token, the token range of its sentence.
    sentence_of: Vec<(usize, usize)>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Self {
        let tokens = tokenize(text);
        Self::from_tokens(text, &tokens)
    }

    pub fn from_tokens(text: &'t str, tokens: &[Token]) -> Self {
        let words: Vec<Word> = tokens
            .iter()
            .map(|t| {
                let s = t.text(text);
                Word {
                    span: t.span.clone(),
                    lower: s.to_lowercase(),
                    capital: s.chars().next().is_some_and(char::is_uppercase),
                }
            })
            .collect();
        let mut sentence_of = Vec::with_capacity(words.len());
        let mut first = 0;
        for s in sentences::split(text, tokens) {
            let last = first + tokens[first..].iter().take_while(|t| t.span.end <= s.end).count();
            sentence_of.extend(std::iter::repeat_n((first, last), last - first));
            first = last;
        }
        sentence_of.resize(words.len(), (first, words.len()));
        Words { text, words, sentence_of }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Lower-cased token `i`, or "" past the end.
    pub fn at(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_str())
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.at(i) == word
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.at(i))
    }

    pub fn capital(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.capital)
    }

    /// Whether token `i` directly follows token `i - 1` with no space ("Sept" + ".").
    pub fn touches_previous(&self, i: usize) -> bool {
        i > 0 && self.words.get(i).is_some_and(|w| w.span.start == self.words[i - 1].span.end)
    }

    /// Index after an optional period glued to token `i - 1` ("Sept." -> skip the ".").
    pub fn skip_period(&self, i: usize) -> usize {
        if self.is(i, ".") && self.touches_previous(i) {
            i + 1
        } else {
            i
        }
    }

    /// Token range of the sentence containing token `i`.
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        self.sentence_of.get(i).copied().unwrap_or((0, self.words.len()))
    }

    /// Byte span from token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        self.words[a].span.start..self.words[b - 1].span.end
    }
}
