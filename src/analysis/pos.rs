//! The part-of-speech tagger (Penn Treebank tags as in CoNLL-2003): a greedy left-to-right
//! averaged perceptron over hashed word, affix, shape and context features with the two previous
//! tags, after Honnibal's tagger, plus a dictionary of frequent unambiguous words. This module
//! owns the model, its training and evaluation, and tagging the product's tokens; the timeline
//! reads the tags to find the event a date dates.

pub mod corpus;
pub mod eval;
pub mod features;
pub mod model;
pub mod perceptron;
pub mod tagger;
pub mod tags;
pub mod train;

pub use model::PosModel;
pub use tagger::PosTagger;
pub use tags::Tag;

use super::ner::NerError;
use super::tokens::Token;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Errors of the tagger, its files and its training.
#[derive(Debug, thiserror::Error)]
pub enum PosError {
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("{file}, line {line}: {problem}")]
    Conll { file: String, line: usize, problem: String },
    #[error(transparent)]
    Corpus(NerError),
    #[error("corrupt POS model: {0}")]
    CorruptModel(String),
    #[error("training failed: {0}")]
    Training(String),
}

/// The model shipped in the binary (assets/models/pos.bin).
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../../assets/models/pos.bin");

/// The shipped model, loaded once on first use.
pub fn embedded_model() -> Result<&'static PosModel, &'static PosError> {
    static MODEL: OnceLock<Result<PosModel, PosError>> = OnceLock::new();
    MODEL.get_or_init(|| PosModel::from_bytes(EMBEDDED_MODEL)).as_ref()
}

/// A product token written as CoNLL text writes it: straight quotes and apostrophes, dashes as
/// `-`, an ellipsis as `...`.
pub fn conll_form(word: &str) -> Cow<'_, str> {
    match word {
        "“" | "”" | "„" | "«" | "»" => Cow::Borrowed("\""),
        "—" | "–" | "‐" => Cow::Borrowed("-"),
        "…" => Cow::Borrowed("..."),
        _ if word.contains(['’', '‘']) => Cow::Owned(word.replace(['’', '‘'], "'")),
        _ => Cow::Borrowed(word),
    }
}

/// One tag per token of a sentence, with `model`.
pub fn tag_tokens_with(model: &PosModel, text: &str, tokens: &[&Token]) -> Vec<Tag> {
    let forms: Vec<Cow<str>> =
        tokens.iter().map(|t| conll_form(text.get(t.span.clone()).unwrap_or(""))).collect();
    let words: Vec<&str> = forms.iter().map(|w| w.as_ref()).collect();
    PosTagger::new(model).tag(&words)
}

/// One tag per token of a sentence with the shipped model; `None` if it cannot be loaded.
pub fn tag_tokens(text: &str, tokens: &[&Token]) -> Option<Vec<Tag>> {
    embedded_model().ok().map(|m| tag_tokens_with(m, text, tokens))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_quotes_and_dashes_take_conll_forms() {
        assert_eq!(conll_form("“"), "\"");
        assert_eq!(conll_form("’s"), "'s");
        assert_eq!(conll_form("n’t"), "n't");
        assert_eq!(conll_form("—"), "-");
        assert_eq!(conll_form("Kyiv"), "Kyiv");
    }
}
