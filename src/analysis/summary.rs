//! The extractive summary: ranks every sentence; the caller takes the top k in reading order.
//! This first version ranks by position (lead sentences first).

use super::{Entity, Span, SummarySentence};

/// Ranks all sentences, best first.
pub fn rank(_text: &str, sentences: &[Span], _entities: &[Entity]) -> Vec<SummarySentence> {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SummarySentence {
            sentence: i,
            span: s.clone(),
            score: 1.0 / (i as f32 + 1.0),
        })
        .collect()
}
