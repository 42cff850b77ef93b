//! The named-entity model's tools: training (`train`, with the CRF comparison in `crf` and
//! `compare`, and word clusters in `cluster_train`), evaluation against CoNLL gold (`eval`),
//! CoNLL files (`conll`), tagging a CoNLL file and timing the tagger.

pub mod cluster_train;
pub mod compare;
pub mod conll;
pub mod crf;
pub mod eval;
pub mod exclude;
pub mod perceptron;
pub mod pseudo_label;
#[cfg(test)]
mod tests;
pub mod train;

pub use crate::analysis::ner::{use_model_in_process, NerError, NerModel, EMBEDDED_MODEL};

use crate::analysis::ner::{document, labels, Label, Tagger};
use crate::tools::timing::{time_tagging, BenchResult};
use conll::{ConllFile, ConllLine};
use eval::Evaluation;
use std::path::Path;
use std::time::Duration;

/// Tags every document of a CoNLL file and writes it back with the predicted tag appended to
/// each token line (`O` on `-DOCSTART-` lines).
pub fn tag_conll(model: &NerModel, file: &ConllFile) -> String {
    let mut predicted: Vec<Option<Label>> = vec![None; file.lines.len()];
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let labels = tagger.tag(&doc.sentences());
        for (ix, ls) in doc.line_index.iter().zip(&labels) {
            for (&i, &l) in ix.iter().zip(ls) {
                if let Some(p) = predicted.get_mut(i) {
                    *p = Some(l);
                }
            }
        }
    }
    file.write_with(|i| match file.lines.get(i) {
        Some(ConllLine::DocStart(_)) => Some("O"),
        Some(ConllLine::Token { .. }) => {
            Some(predicted.get(i).copied().flatten().unwrap_or(Label::O).as_str())
        }
        _ => None,
    })
}

/// Tags a gold-labelled CoNLL file with `model` and compares with its last column.
pub fn evaluate(model: &NerModel, file: &ConllFile, name: &str) -> Result<Evaluation, NerError> {
    evaluate_passes(model, file, name, 2)
}

/// [`evaluate`] with the first pass only (`passes == 1`) or both.
pub fn evaluate_passes(
    model: &NerModel,
    file: &ConllFile,
    name: &str,
    passes: usize,
) -> Result<Evaluation, NerError> {
    if !file.has_gold() {
        return Err(NerError::BadInput {
            file: name.into(),
            problem: "a token line has no NE tag in its last column".into(),
        });
    }
    let mut e = Evaluation::default();
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let sentences = doc.sentences();
        let predicted = tagger.tag_passes(&sentences, passes);
        for ((gold, pred), words) in doc.gold.iter().zip(predicted).zip(&sentences) {
            e.add(gold, &pred, document::is_caps_sentence(words));
        }
    }
    Ok(e)
}

/// Recall on the gold entities of `file` whose words never form an entity in `train`: how
/// well the model generalises to names it has not seen. Returns (found, total).
pub fn unseen_recall(
    model: &NerModel,
    file: &ConllFile,
    train: &[conll::ConllDoc],
) -> (usize, usize) {
    let mut seen = std::collections::HashSet::new();
    for d in train {
        for (w, g) in d.words.iter().zip(&d.gold) {
            for (r, _) in labels::spans(g) {
                seen.insert(w.get(r).unwrap_or(&[]).join(" "));
            }
        }
    }
    let (mut found, mut total) = (0, 0);
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let predicted = tagger.tag(&doc.sentences());
        for ((w, g), p) in doc.words.iter().zip(&doc.gold).zip(&predicted) {
            let p = labels::spans(p);
            for (r, t) in labels::spans(g) {
                if !seen.contains(&w.get(r.clone()).unwrap_or(&[]).join(" ")) {
                    total += 1;
                    found += p.contains(&(r, t)) as usize;
                }
            }
        }
    }
    (found, total)
}

/// Compares the last two columns of a file (gold, then predicted), as conlleval does.
pub fn evaluate_columns(text: &str, name: &str) -> Result<Evaluation, NerError> {
    let mut e = Evaluation::default();
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().chain(std::iter::once("")).enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols.first() == Some(&"-DOCSTART-") {
            labels::iob1_to_iob2(&mut gold);
            labels::iob1_to_iob2(&mut pred);
            e.add_sentence(&gold, &pred);
            gold.clear();
            pred.clear();
            continue;
        }
        let tag = |k: usize| {
            cols.len().checked_sub(k).and_then(|i| cols.get(i)).and_then(|t| Label::parse(t))
        };
        let (Some(g), Some(p)) = (tag(2), tag(1)) else {
            return Err(NerError::Conll {
                file: name.into(),
                line: n + 1,
                problem: "expected gold and predicted tags in the last two columns".into(),
            });
        };
        gold.push(g);
        pred.push(p);
    }
    Ok(e)
}

/// Loads the model from `model_bytes` (timed) and tags every document of `file` repeatedly
/// for at least `min_time`.
pub fn bench(
    model_bytes: &[u8],
    file: &ConllFile,
    min_time: Duration,
) -> Result<BenchResult, NerError> {
    let docs = file.documents();
    let sentences: Vec<Vec<Vec<&str>>> = docs.iter().map(|d| d.sentences()).collect();
    time_tagging(model_bytes, NerModel::from_bytes, min_time, |model| {
        let mut tagger = Tagger::new(model);
        let mut tokens = 0;
        for (doc, s) in docs.iter().zip(&sentences) {
            std::hint::black_box(tagger.tag(s));
            tokens += doc.token_count();
        }
        tokens
    })
}

/// Reads a file to a string, naming it in the error.
pub fn read_text(path: &Path) -> Result<String, NerError> {
    std::fs::read_to_string(path)
        .map_err(|e| NerError::Io { file: path.display().to_string(), source: e })
}
