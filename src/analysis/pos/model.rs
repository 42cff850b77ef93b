//! The trained tagger: sparse rows of 16-bit (tag, weight) pairs keyed by feature hash, the tag
//! dictionary of frequent unambiguous words, and the training vocabulary (word hashes, for
//! measuring accuracy on unknown words). Stored as a magic header, a checksum and a postcard
//! payload, like the NER model.

use super::tags::{Tag, NUM_TAGS};
use super::PosError;
use crate::analysis::ner::envelope::{le_bytes, le_i16s, le_u64s, load, open, seal, Integrity};
use crate::analysis::ner::feature_index::{bits_for, prefetch, FeatureIndex};
use crate::analysis::ner::hash::HashKeyMap;
use serde::{Deserialize, Serialize};
use std::path::Path;

const MAGIC: &[u8; 12] = b"NEWSLENS-POS";
const VERSION: u32 = 1;

/// What training produces; [`PosModel::from_parts`] makes it usable.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelParts {
    /// One feature hash per row.
    pub keys: Vec<u64>,
    /// Entries per row.
    pub row_lens: Vec<u8>,
    /// Tag index of every entry, rows one after another.
    pub tags: Vec<u8>,
    pub weights: Vec<i16>,
    /// Words (exact hashes) that always get one tag.
    pub dictionary: Vec<(u64, u8)>,
    /// Hashes of every training word, sorted.
    pub vocabulary: Vec<u64>,
    /// How the model was trained.
    pub info: String,
}

#[derive(Serialize, Deserialize)]
struct ModelFile<'a> {
    version: u32,
    #[serde(borrow, with = "serde_bytes")]
    keys: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    row_lens: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    tags: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    weights: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    dictionary_keys: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    dictionary_tags: &'a [u8],
    #[serde(borrow, with = "serde_bytes")]
    vocabulary: &'a [u8],
    info: String,
}

/// A loaded model ready to tag.
#[derive(Debug, Clone)]
pub struct PosModel {
    parts: ModelParts,
    /// Feature hash -> where its row starts in `entries` (shifted by [`LEN_BITS`]) and its length.
    rows: FeatureIndex,
    /// Every row's (tag, weight) pairs, one after another: the tag in the high 16 bits.
    entries: Vec<u32>,
    dictionary: HashKeyMap<Tag>,
}

/// Bits of a row's length in its index value (a row length is a `u8`).
const LEN_BITS: u32 = 8;

fn corrupt(problem: impl Into<String>) -> PosError {
    PosError::CorruptModel(problem.into())
}

fn u64s(bytes: &[u8], what: &str) -> Result<Vec<u64>, PosError> {
    le_u64s(bytes).ok_or_else(|| corrupt(format!("truncated {what}")))
}

impl PosModel {
    pub fn from_parts(parts: ModelParts) -> Result<PosModel, PosError> {
        if parts.row_lens.len() != parts.keys.len() {
            return Err(corrupt(format!(
                "{} row lengths for {} features",
                parts.row_lens.len(),
                parts.keys.len()
            )));
        }
        let total: usize = parts.row_lens.iter().map(|&n| n as usize).sum();
        if total != parts.tags.len() || total != parts.weights.len() {
            return Err(corrupt(format!(
                "rows hold {total} entries but the file has {} tags and {} weights",
                parts.tags.len(),
                parts.weights.len()
            )));
        }
        if let Some(t) = parts
            .tags
            .iter()
            .chain(parts.dictionary.iter().map(|(_, t)| t))
            .find(|&&t| t as usize >= NUM_TAGS)
        {
            return Err(corrupt(format!("tag index {t} out of range")));
        }
        let mut values = Vec::with_capacity(parts.keys.len());
        let mut start = 0u64;
        for (&key, &len) in parts.keys.iter().zip(&parts.row_lens) {
            values.push((key, start << LEN_BITS | len as u64));
            start += len as u64;
        }
        let rows = FeatureIndex::new(&values, bits_for(total + 1) + LEN_BITS)
            .ok_or_else(|| corrupt(format!("{total} weights are too many")))?;
        let entries = (parts.tags.iter().zip(&parts.weights))
            .map(|(&t, &w)| (t as u32) << 16 | w as u16 as u32)
            .collect();
        let dictionary = parts
            .dictionary
            .iter()
            .filter_map(|&(k, t)| Some((k, Tag::from_index(t as usize)?)))
            .collect();
        Ok(PosModel { parts, rows, entries, dictionary })
    }

    /// Reads a model from its bytes; a wrong header or payload gives [`PosError::CorruptModel`].
    pub fn from_bytes(bytes: &[u8]) -> Result<PosModel, PosError> {
        Self::parse(bytes, Integrity::Verify)
    }

    /// [`PosModel::from_bytes`] for the model embedded in this executable: its checksum is checked
    /// by the tests, not at every start.
    pub(crate) fn from_embedded(bytes: &[u8]) -> Result<PosModel, PosError> {
        Self::parse(bytes, Integrity::Embedded)
    }

    fn parse(bytes: &[u8], integrity: Integrity) -> Result<PosModel, PosError> {
        let payload = open(bytes, MAGIC, "POS", integrity).map_err(corrupt)?;
        let f: ModelFile = postcard::from_bytes(payload).map_err(|e| corrupt(e.to_string()))?;
        if f.version != VERSION {
            return Err(corrupt(format!(
                "model version {}, this build reads {VERSION}",
                f.version
            )));
        }
        if !f.weights.len().is_multiple_of(2) {
            return Err(corrupt("truncated weights"));
        }
        let dictionary_keys = u64s(f.dictionary_keys, "tag dictionary")?;
        if dictionary_keys.len() != f.dictionary_tags.len() {
            return Err(corrupt("tag dictionary keys and tags differ in number"));
        }
        PosModel::from_parts(ModelParts {
            keys: u64s(f.keys, "feature keys")?,
            row_lens: f.row_lens.to_vec(),
            tags: f.tags.to_vec(),
            weights: le_i16s(f.weights),
            dictionary: dictionary_keys
                .into_iter()
                .zip(f.dictionary_tags.iter().copied())
                .collect(),
            vocabulary: u64s(f.vocabulary, "vocabulary")?,
            info: f.info,
        })
    }

    /// Reads a model file; errors name the file.
    pub fn load(path: &Path) -> Result<PosModel, PosError> {
        load(path, PosModel::from_bytes)
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, PosError> {
        let p = &self.parts;
        let les = |v: &[u64]| le_bytes(v, u64::to_le_bytes);
        let keys = les(&p.keys);
        let weights = le_bytes(&p.weights, i16::to_le_bytes);
        let dictionary_keys = les(&p.dictionary.iter().map(|(k, _)| *k).collect::<Vec<_>>());
        let dictionary_tags: Vec<u8> = p.dictionary.iter().map(|(_, t)| *t).collect();
        let vocabulary = les(&p.vocabulary);
        let file = ModelFile {
            version: VERSION,
            keys: &keys,
            row_lens: &p.row_lens,
            tags: &p.tags,
            weights: &weights,
            dictionary_keys: &dictionary_keys,
            dictionary_tags: &dictionary_tags,
            vocabulary: &vocabulary,
            info: p.info.clone(),
        };
        let payload = postcard::to_stdvec(&file).map_err(|e| corrupt(e.to_string()))?;
        Ok(seal(MAGIC, payload))
    }

    /// Adds the weights of `features` to `scores`.
    pub fn add_scores(&self, features: &[u64], scores: &mut [i32; NUM_TAGS]) {
        // All rows of a batch are found (and their entries fetched) before any is added, so
        // that their cache misses overlap.
        const BATCH: usize = 32;
        for batch in features.chunks(BATCH) {
            let mut rows = [(0usize, 0usize); BATCH];
            for (row, &f) in rows.iter_mut().zip(batch) {
                let Some(v) = self.rows.get(f) else { continue };
                let start = (v >> LEN_BITS) as usize;
                *row = (start, start + (v & ((1 << LEN_BITS) - 1)) as usize);
                if let Some(e) = self.entries.get(start) {
                    prefetch(e);
                }
            }
            for &(start, end) in &rows[..batch.len()] {
                for &e in self.entries.get(start..end).unwrap_or(&[]) {
                    if let Some(s) = scores.get_mut((e >> 16) as usize) {
                        *s += e as u16 as i16 as i32;
                    }
                }
            }
        }
    }

    /// Asks the processor to fetch where the rows of `features` are indexed, for an
    /// [`PosModel::add_scores`] a little later.
    pub fn prefetch(&self, features: &[u64]) {
        for &f in features {
            self.rows.prefetch(f);
        }
    }

    /// The dictionary tag of a word (by its exact hash), if it has one.
    pub fn dictionary_tag(&self, exact: u64) -> Option<Tag> {
        self.dictionary.get(&exact).copied()
    }

    /// Whether the word (by its exact hash) was seen in training.
    pub fn knows(&self, exact: u64) -> bool {
        self.parts.vocabulary.binary_search(&exact).is_ok()
    }

    pub fn feature_count(&self) -> usize {
        self.parts.keys.len()
    }

    pub fn weight_count(&self) -> usize {
        self.parts.weights.len()
    }

    pub fn dictionary_len(&self) -> usize {
        self.parts.dictionary.len()
    }

    pub fn info(&self) -> &str {
        &self.parts.info
    }
}
