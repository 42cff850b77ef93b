//! The trained named-entity tagger (CoNLL types PER, ORG, LOC, MISC): a two-pass averaged
//! perceptron over hashed features with Viterbi decoding of IOB2 labels. This module owns the
//! model and tagging with it; [`super::entities`] maps its spans to product entity kinds. Its
//! training, evaluation and CoNLL files are tools, in `crate::tools::ner`.

pub(crate) mod clusters;
pub(crate) mod decode;
pub(crate) mod document;
pub(crate) mod envelope;
pub(crate) mod feature_index;
pub(crate) mod features;
pub(crate) mod gazetteer;
pub(crate) mod hash;
pub(crate) mod labels;
pub(crate) mod model;
pub(crate) mod tagger;

pub use labels::{EntityType, Label};
pub use model::NerModel;
pub use tagger::Tagger;

use std::sync::OnceLock;

/// Errors of the tagger, its files and its training.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("{file}, line {line}: {problem}")]
    Conll { file: String, line: usize, problem: String },
    #[error("corrupt NER model: {0}")]
    CorruptModel(String),
    #[error("{file}: {problem}")]
    BadInput { file: String, problem: String },
    #[error("training failed: {0}")]
    Training(String),
}

impl envelope::ModelFileError for NerError {
    fn io(file: String, source: std::io::Error) -> Self {
        NerError::Io { file, source }
    }

    fn in_file(self, file: &str) -> Self {
        match self {
            NerError::CorruptModel(p) => NerError::CorruptModel(format!("{file}: {p}")),
            other => other,
        }
    }
}

/// The model shipped in the binary (assets/models/ner.bin).
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../../assets/models/ner.bin");

/// Whether `words` are, as a whole, a name in the model's lists (the training data's names or
/// the place names), ignoring case.
pub fn known_name(model: &NerModel, words: &[&str]) -> bool {
    let res = model.resources();
    holds_whole(res.names, words) || holds_whole(res.places, words)
}

/// Whether `words` are, as a whole, a place in the model's place names, ignoring case.
pub fn known_place(model: &NerModel, words: &[&str]) -> bool {
    holds_whole(model.resources().places, words)
}

/// Whether `list` holds `words` as one whole phrase, ignoring case.
fn holds_whole(list: &gazetteer::Gazetteer, words: &[&str]) -> bool {
    let lower: Vec<u64> = words.iter().map(|w| hash::hash_lower(w)).collect();
    list.find(&lower, |i| i == 0).iter().any(|m| m.start == 0 && m.end == lower.len())
}

static MODEL: OnceLock<Result<NerModel, NerError>> = OnceLock::new();

/// The shipped model, loaded once on first use (or the one [`use_model_in_process`] set).
pub fn embedded_model() -> Result<&'static NerModel, &'static NerError> {
    MODEL.get_or_init(|| NerModel::from_embedded(EMBEDDED_MODEL)).as_ref()
}

/// Starts loading the shipped model on another thread, when no analysis has loaded it yet: the
/// first analysis of a process then loads it beside the part-of-speech model instead of after.
pub(crate) fn preload_embedded_model() {
    if MODEL.get().is_none() {
        std::thread::spawn(|| {
            let _ = embedded_model();
        });
    }
}

/// Makes `model` the one every analysis of this process uses instead of the shipped one (for
/// the training tools: self-training labels text with the model it starts from). False when an
/// analysis has already loaded the shipped one.
pub fn use_model_in_process(model: NerModel) -> bool {
    MODEL.set(Ok(model)).is_ok()
}

/// Whether running news text writes `word` in lower case at least as often as capitalised
/// (from the word clusters' counts). Words the clusters do not know are not.
pub(crate) fn usually_lower_case(word: &str) -> bool {
    let Ok(model) = embedded_model() else { return false };
    model.resources().clusters.case_bucket(hash::hash_lower(word)) <= 1
}
