//! The trained model: feature weights for both passes, transition scores, and the lists the
//! features need (names from training, places, word clusters). Stored as a magic header and a
//! postcard payload; weights are 16-bit integers, keys are feature hashes.

use super::clusters::Clusters;
use super::decode::Transitions;
use super::envelope::{le_bytes, le_i16s, le_u64s, load, open, seal, Integrity};
use super::features::Resources;
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
    slots: Vec<u64>,
    slot_rows: Vec<u32>,
    mask: usize,
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
        let capacity = (p.keys.len() * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![0u64; capacity];
        let mut slot_rows = vec![0u32; capacity];
        for (row, &key) in p.keys.iter().enumerate() {
            let mut i = key as usize & mask;
            while slots[i] != 0 && slots[i] != key {
                i = (i + 1) & mask;
            }
            slots[i] = key.max(1);
            slot_rows[i] = row as u32;
        }
        let mut pass_transitions = [[[0.0; NUM_LABELS]; NUM_LABELS + 1]; PASSES];
        for (k, &t) in p.transitions.iter().enumerate() {
            let (pass, rest) =
                (k / ((NUM_LABELS + 1) * NUM_LABELS), k % ((NUM_LABELS + 1) * NUM_LABELS));
            pass_transitions[pass][rest / NUM_LABELS][rest % NUM_LABELS] = t as f32;
        }
        Ok(NerModel {
            row_keys: p.keys,
            slots,
            slot_rows,
            mask,
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

    fn row(&self, key: u64) -> Option<&[i16]> {
        let mut i = key as usize & self.mask;
        loop {
            let k = *self.slots.get(i)?;
            if k == key {
                let r = *self.slot_rows.get(i)? as usize;
                return self.weights.get(r * STRIDE..(r + 1) * STRIDE);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of `features` for every pass to `scores` (`[pass * 9 + label]`).
    pub fn add_scores(&self, features: &[u64], scores: &mut [i32; STRIDE]) {
        for &f in features {
            if let Some(row) = self.row(f) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }
}
