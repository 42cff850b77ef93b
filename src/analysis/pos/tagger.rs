//! Greedy left-to-right tagging with a loaded model: each word takes its dictionary tag when it
//! has one, else the best-scoring tag given its features and the two tags chosen before it.

use super::features::{sentence_hashes, tag_features, word_features, WordHashes};
use super::model::PosModel;
use super::tags::{Tag, NUM_TAGS};

/// A tagger with reusable buffers.
pub struct PosTagger<'m> {
    model: &'m PosModel,
    hashes: Vec<WordHashes>,
    features: Vec<u64>,
    /// The next word's context features, fetched while this word is scored.
    next: Vec<u64>,
    /// The dictionary tag of each word of the sentence, if it has one.
    known: Vec<Option<Tag>>,
}

impl<'m> PosTagger<'m> {
    pub fn new(model: &'m PosModel) -> PosTagger<'m> {
        PosTagger {
            model,
            hashes: Vec::new(),
            features: Vec::new(),
            next: Vec::new(),
            known: Vec::new(),
        }
    }

    /// One tag per word of a sentence (words in CoNLL's conventions).
    pub fn tag(&mut self, words: &[&str]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut out);
        out
    }

    /// [`PosTagger::tag`] into a buffer (cleared first).
    pub fn tag_into(&mut self, words: &[&str], out: &mut Vec<Tag>) {
        out.clear();
        sentence_hashes(words, &mut self.hashes);
        self.known.clear();
        self.known.extend(self.hashes.iter().map(|w| self.model.dictionary_tag(w.exact)));
        let unknown_after = |known: &[Option<Tag>], i: usize| {
            (i..known.len()).find(|&j| known.get(j).is_some_and(Option::is_none))
        };
        // The context features of the next word the dictionary does not tag are built and
        // fetched one such word ahead, so that their lookups overlap this word's scoring.
        let mut ahead = unknown_after(&self.known, 0);
        if let Some(j) = ahead {
            word_features(&self.hashes, j, &mut self.next);
        }
        let (mut prev, mut prev2) = (None, None);
        for (i, w) in self.hashes.iter().enumerate() {
            let tag = match self.known.get(i).copied().flatten() {
                Some(t) => t,
                None => {
                    if ahead == Some(i) {
                        std::mem::swap(&mut self.features, &mut self.next);
                    } else {
                        word_features(&self.hashes, i, &mut self.features);
                    }
                    ahead = unknown_after(&self.known, i + 1);
                    if let Some(j) = ahead {
                        word_features(&self.hashes, j, &mut self.next);
                        self.model.prefetch(&self.next);
                    }
                    tag_features(w, prev, prev2, &mut self.features);
                    let mut scores = [0i32; NUM_TAGS];
                    self.model.add_scores(&self.features, &mut scores);
                    best(&scores)
                }
            };
            out.push(tag);
            (prev2, prev) = (prev, Some(tag));
        }
    }
}

/// The best-scoring tag (the first on ties).
pub fn best<S: PartialOrd>(scores: &[S; NUM_TAGS]) -> Tag {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    Tag::from_index(best).unwrap_or(Tag::NN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::hash::{feature, hash_str};
    use crate::analysis::pos::model::ModelParts;

    /// A model whose only weight is a bias towards NN, with "the" in its dictionary as DT.
    fn toy() -> PosModel {
        PosModel::from_parts(ModelParts {
            keys: vec![feature(0, 1)],
            row_lens: vec![1],
            tags: vec![Tag::NN.index() as u8],
            weights: vec![100],
            dictionary: vec![(hash_str("the"), Tag::DT.index() as u8)],
            ..Default::default()
        })
        .unwrap()
    }

    #[test]
    fn dictionary_words_take_their_tag_and_others_the_best_score() {
        let model = toy();
        let mut tagger = PosTagger::new(&model);
        assert_eq!(tagger.tag(&["the", "cat"]), [Tag::DT, Tag::NN]);
        // The dictionary is case-sensitive, as CoNLL's word column is.
        assert_eq!(tagger.tag(&["The"]), [Tag::NN]);
        let mut out = vec![Tag::VB; 5];
        tagger.tag_into(&[], &mut out);
        assert!(out.is_empty(), "the buffer is cleared");
    }

    #[test]
    fn inconsistent_parts_are_a_corrupt_model() {
        let mut parts = ModelParts { keys: vec![1], row_lens: vec![2], ..Default::default() };
        assert!(PosModel::from_parts(parts.clone()).is_err());
        parts.row_lens = vec![1];
        parts.tags = vec![200];
        parts.weights = vec![1];
        assert!(PosModel::from_parts(parts).is_err(), "tag index out of range");
    }
}
