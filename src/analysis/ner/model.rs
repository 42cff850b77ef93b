//! The trained model: feature weights for both passes, transition scores, and the lists the
//! features need (names from training, places, word clusters). Stored as a magic header and a
//! postcard payload; weights are 16-bit integers, keys are feature hashes.

use super::clusters::Clusters;
use super::decode::Transitions;
use super::envelope::{le_bytes, le_i16s, le_u64s, load, open, seal, Integrity};
use super::feature_index::{bits_for, prefetch, FeatureIndex};
use super::features::{Resources, TokenFeatures};
use super::gazetteer::Gazetteer;
use super::labels::NUM_LABELS;
use super::NerError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Number of passes (first pass, then with document-majority features).
pub const PASSES: usize = 2;
/// Weights per feature: one per label per pass.
pub const STRIDE: usize = NUM_LABELS * PASSES;
const MAGIC: &[u8; 12] = b"NEWSLENS-NER";
const VERSION: u32 = 1;
const TRANSITIONS: usize = PASSES * (NUM_LABELS + 1) * NUM_LABELS;

/// What training produces; [`NerModel::from_parts`] makes it usable.
#[derive(Debug, Clone, Default)]
pub struct ModelParts {
    /// One feature hash per weight row.
    pub keys: Vec<u64>,
    /// `keys.len() * STRIDE` weights: row `r`, pass `p`, label `y` at `r * STRIDE + p * 9 + y`.
    pub weights: Vec<i16>,
    /// Per pass, `[prev][next]` with row 9 the sentence start, flattened.
    pub transitions: Vec<i32>,
    pub names: Gazetteer,
    pub places: Gazetteer,
    pub clusters: Clusters,
    /// How the model was trained (shown by `bench-ner`).
    pub info: String,
}

#[derive(Serialize, Deserialize)]
struct ModelFile<'a> {
    version: u32,
    #[serde(borrow, with = "serde_bytes")]
    keys: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    weights: &'a [u8],
    transitions: Vec<i32>,
    #[serde(borrow, with = "serde_bytes")]
    names: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    places: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    clusters: &'a [u8],
    info: String,
}

/// A loaded model ready to tag.
#[derive(Debug, Clone)]
pub struct NerModel {
    row_keys: Vec<u64>,
    index: FeatureIndex,
    weights: Vec<i16>,
    transitions: Vec<i32>,
    pass_transitions: [Transitions; PASSES],
    names: Gazetteer,
    places: Gazetteer,
    clusters: Clusters,
    pub info: String,
}

fn corrupt(problem: impl Into<String>) -> NerError {
    NerError::CorruptModel(problem.into())
}

impl NerModel {
    pub fn from_parts(p: ModelParts) -> Result<NerModel, NerError> {
        if p.weights.len() != p.keys.len() * STRIDE {
            return Err(corrupt(format!(
                "{} weights for {} features",
                p.weights.len(),
                p.keys.len()
            )));
        }
        if p.transitions.len() != TRANSITIONS {
            return Err(corrupt(format!(
                "{} transition scores, expected {TRANSITIONS}",
                p.transitions.len()
            )));
        }
        let rows: Vec<(u64, u64)> =
            p.keys.iter().enumerate().map(|(row, &key)| (key, row as u64)).collect();
        let index = FeatureIndex::new(&rows, bits_for(rows.len()))
            .ok_or_else(|| corrupt(format!("{} features are too many", rows.len())))?;
        let mut pass_transitions = [[[0.0; NUM_LABELS]; NUM_LABELS + 1]; PASSES];
        for (k, &t) in p.transitions.iter().enumerate() {
            let (pass, rest) =
                (k / ((NUM_LABELS + 1) * NUM_LABELS), k % ((NUM_LABELS + 1) * NUM_LABELS));
            pass_transitions[pass][rest / NUM_LABELS][rest % NUM_LABELS] = t as f32;
        }
        Ok(NerModel {
            row_keys: p.keys,
            index,
            weights: p.weights,
            transitions: p.transitions,
            pass_transitions,
            names: p.names,
            places: p.places,
            clusters: p.clusters,
            info: p.info,
        })
    }

    /// Reads a model from its bytes; a wrong header or payload gives [`NerError::CorruptModel`].
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        Self::parse(bytes, Integrity::Verify)
    }

    /// [`NerModel::from_bytes`] for the model embedded in this executable: its checksum is checked
    /// by the tests, not at every start.
    pub(crate) fn from_embedded(bytes: &[u8]) -> Result<NerModel, NerError> {
        Self::parse(bytes, Integrity::Embedded)
    }

    fn parse(bytes: &[u8], integrity: Integrity) -> Result<NerModel, NerError> {
        let payload = open(bytes, MAGIC, "NER", integrity).map_err(corrupt)?;
        let f: ModelFile = postcard::from_bytes(payload).map_err(|e| corrupt(e.to_string()))?;
        if f.version != VERSION {
            return Err(corrupt(format!(
                "model version {}, this build reads {VERSION}",
                f.version
            )));
        }
        let keys = le_u64s(f.keys).filter(|_| f.weights.len().is_multiple_of(2));
        let keys = keys.ok_or_else(|| corrupt("truncated weight table"))?;
        let weights = le_i16s(f.weights);
        NerModel::from_parts(ModelParts {
            keys,
            weights,
            transitions: f.transitions,
            names: Gazetteer::from_packed(f.names).ok_or_else(|| corrupt("bad name list"))?,
            places: Gazetteer::from_packed(f.places).ok_or_else(|| corrupt("bad place list"))?,
            clusters: Clusters::from_packed(f.clusters)
                .ok_or_else(|| corrupt("bad cluster map"))?,
            info: f.info,
        })
    }

    /// Reads a model file; errors name the file.
    pub fn load(path: &Path) -> Result<NerModel, NerError> {
        load(path, NerModel::from_bytes)
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, NerError> {
        let keys = le_bytes(&self.row_keys, u64::to_le_bytes);
        let weights = le_bytes(&self.weights, i16::to_le_bytes);
        let (names, places, clusters) =
            (self.names.to_packed(), self.places.to_packed(), self.clusters.to_packed());
        let file = ModelFile {
            version: VERSION,
            keys: &keys,
            weights: &weights,
            transitions: self.transitions.clone(),
            names: &names,
            places: &places,
            clusters: &clusters,
            info: self.info.clone(),
        };
        let payload = postcard::to_stdvec(&file).map_err(|e| corrupt(e.to_string()))?;
        Ok(seal(MAGIC, payload))
    }

    pub fn resources(&self) -> Resources<'_> {
        Resources { names: &self.names, places: &self.places, clusters: &self.clusters }
    }

    pub fn transitions(&self, pass: usize) -> &Transitions {
        &self.pass_transitions[pass.min(PASSES - 1)]
    }

    pub fn feature_count(&self) -> usize {
        self.row_keys.len()
    }

    /// Adds weight row `r` (if there is one) to `scores`.
    #[inline]
    fn add_row(&self, r: usize, scores: &mut [i32; STRIDE]) {
        if let Some(row) = self.weights.get(r * STRIDE..(r + 1) * STRIDE) {
            for (s, &w) in scores.iter_mut().zip(row) {
                *s += w as i32;
            }
        }
    }

    /// Appends the scores of every token of one sentence (`features`, as
    /// [`extract_sentence`](super::features::extract_sentence) leaves them) to `out`. The table
    /// slots are fetched a few features ahead and each row before it is added, so that the
    /// cache misses of one token overlap those of the next. `rows` is a scratch buffer.
    pub fn add_sentence_scores(
        &self,
        features: &TokenFeatures,
        rows: &mut Vec<u32>,
        out: &mut Vec<[i32; STRIDE]>,
    ) {
        const AHEAD: usize = 16;
        let hashes = &features.hashes;
        rows.clear();
        for (j, &h) in hashes.iter().enumerate() {
            if let Some(&next) = hashes.get(j + AHEAD) {
                self.index.prefetch(next);
            }
            let row = self.index.get(h).map_or(u32::MAX, |r| r as u32);
            if let Some(w) = self.weights.get(row as usize * STRIDE) {
                prefetch(w);
            }
            rows.push(row);
        }
        for pair in features.offsets.windows(2) {
            let mut s = [0i32; STRIDE];
            for &r in rows.get(pair[0]..pair[1]).unwrap_or(&[]) {
                self.add_row(r as usize, &mut s);
            }
            out.push(s);
        }
    }

    /// Adds the weights of `features` for every pass to `scores` (`[pass * 9 + label]`).
    pub fn add_scores(&self, features: &[u64], scores: &mut [i32; STRIDE]) {
        for &f in features {
            if let Some(r) = self.index.get(f) {
                self.add_row(r as usize, scores);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::document::DocContext;
    use crate::analysis::ner::embedded_model;
    use crate::analysis::ner::features::extract_sentence;

    #[test]
    fn sentence_scores_equal_token_by_token_scores() {
        let model = embedded_model().unwrap();
        let words =
            "US envoy Steve Witkoff met Volodymyr Zelenskyy in Kyiv on Tuesday , officials said .";
        let sentences = vec![words.split(' ').collect::<Vec<_>>()];
        let doc = DocContext::new(&sentences);
        let mut features = TokenFeatures::default();
        extract_sentence(model.resources(), &doc, 0..sentences[0].len(), &mut features);
        let (mut rows, mut scores) = (Vec::new(), Vec::new());
        model.add_sentence_scores(&features, &mut rows, &mut scores);
        assert_eq!(scores.len(), sentences[0].len());
        for (i, s) in scores.iter().enumerate() {
            let mut one = [0i32; STRIDE];
            model.add_scores(features.of(i), &mut one);
            assert_eq!(*s, one, "token {i}");
            assert_ne!(one, [0; STRIDE], "the model knows some feature of token {i}");
        }
    }
}
