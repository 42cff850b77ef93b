//! Measuring the tagger: token accuracy, accuracy on words unseen in training, the most common
//! confusions, and throughput on one thread.

use super::corpus::TaggedSentence;
use crate::analysis::ner::hash::hash_str;
use crate::analysis::pos::model::PosModel;
use crate::analysis::pos::tagger::PosTagger;
use crate::analysis::pos::tags::Tag;
use crate::analysis::pos::PosError;
use crate::tools::timing::{time_tagging, BenchResult};
use std::collections::BTreeMap;
use std::time::Duration;

/// Counts from tagging a gold corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PosEvaluation {
    pub tokens: usize,
    pub correct: usize,
    /// Tokens whose word was not in the training data, and how many of them were right.
    pub unknown: usize,
    pub unknown_correct: usize,
    /// (gold, predicted) -> count, for wrong tags.
    pub confusions: BTreeMap<(Tag, Tag), usize>,
}

impl PosEvaluation {
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.tokens.max(1) as f64
    }

    pub fn unknown_accuracy(&self) -> f64 {
        self.unknown_correct as f64 / self.unknown.max(1) as f64
    }

    /// The `n` most frequent confusions, most frequent first.
    pub fn top_confusions(&self, n: usize) -> Vec<((Tag, Tag), usize)> {
        let mut all: Vec<_> = self.confusions.iter().map(|(k, v)| (*k, *v)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        all.truncate(n);
        all
    }
}

/// Tags every sentence and compares with its gold tags.
pub fn evaluate(model: &PosModel, sentences: &[TaggedSentence]) -> PosEvaluation {
    let mut e = PosEvaluation::default();
    let mut tagger = PosTagger::new(model);
    let mut predicted = Vec::new();
    for s in sentences {
        tagger.tag_into(&s.word_refs(), &mut predicted);
        for ((w, &gold), &guess) in s.words.iter().zip(&s.tags).zip(&predicted) {
            let right = gold == guess;
            e.tokens += 1;
            e.correct += usize::from(right);
            if !model.knows(hash_str(w)) {
                e.unknown += 1;
                e.unknown_correct += usize::from(right);
            }
            if !right {
                *e.confusions.entry((gold, guess)).or_default() += 1;
            }
        }
    }
    e
}

/// Loads the model from `model_bytes` (timed) and tags every sentence repeatedly for at least
/// `min_time`.
pub fn bench(
    model_bytes: &[u8],
    sentences: &[TaggedSentence],
    min_time: Duration,
) -> Result<BenchResult, PosError> {
    let words: Vec<Vec<&str>> = sentences.iter().map(TaggedSentence::word_refs).collect();
    let mut out = Vec::new();
    time_tagging(model_bytes, PosModel::from_bytes, min_time, |model| {
        let mut tagger = PosTagger::new(model);
        let mut tokens = 0;
        for s in &words {
            tagger.tag_into(s, &mut out);
            std::hint::black_box(&out);
            tokens += s.len();
        }
        tokens
    })
}
