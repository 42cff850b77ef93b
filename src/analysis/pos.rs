//! The part-of-speech tagger (Penn Treebank tags as in CoNLL-2003): a greedy left-to-right
//! averaged perceptron over hashed word, affix, shape and context features with the two previous
//! tags, after Honnibal's tagger, plus a dictionary of frequent unambiguous words. This module
//! owns the model and tagging the product's tokens (its training, corpus reading and evaluation
//! are tools, in `crate::tools::pos`); the timeline
//! reads the tags to find the event a date dates.

pub(crate) mod features;
pub(crate) mod model;
pub(crate) mod tagger;
pub(crate) mod tags;

pub use model::PosModel;
pub use tagger::PosTagger;
pub use tags::Tag;

use super::ner::NerError;
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

impl crate::analysis::ner::envelope::ModelFileError for PosError {
    fn io(file: String, source: std::io::Error) -> Self {
        PosError::Io { file, source }
    }

    fn in_file(self, file: &str) -> Self {
        match self {
            PosError::CorruptModel(p) => PosError::CorruptModel(format!("{file}: {p}")),
            other => other,
        }
    }
}

/// The model shipped in the binary (assets/models/pos.bin).
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../../assets/models/pos.bin");

/// The shipped model, loaded once on first use.
pub fn embedded_model() -> Result<&'static PosModel, &'static PosError> {
    static MODEL: OnceLock<Result<PosModel, PosError>> = OnceLock::new();
    MODEL.get_or_init(|| PosModel::from_embedded(EMBEDDED_MODEL)).as_ref()
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
