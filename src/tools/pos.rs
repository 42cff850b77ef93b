//! The part-of-speech model's tools: reading the CoNLL-2003 POS column (`corpus`), training
//! (`train`) and evaluation and timing (`eval`).

pub mod corpus;
pub mod eval;
pub mod perceptron;
#[cfg(test)]
mod tests;
pub mod train;

pub use crate::analysis::pos::{PosError, PosModel, EMBEDDED_MODEL};

use crate::analysis::document::Document;

/// Each sentence of `text` as `word/TAG` pairs, tagged by the shipped model as the pipeline
/// tags it (`tag-pos`); `None` when the model cannot be loaded.
pub fn tagged_sentences(text: &str) -> Option<Vec<String>> {
    let doc = Document::new(text.to_string(), None);
    (0..doc.sentences().len())
        .map(|k| {
            let tags = doc.sentence_tags(k)?;
            let tokens = doc.sentences()[k].tokens.clone();
            let pairs: Vec<String> = tokens
                .zip(tags)
                .map(|(i, tag)| format!("{}/{}", doc.word(i), tag.as_str()))
                .collect();
            Some(pairs.join(" "))
        })
        .collect()
}
