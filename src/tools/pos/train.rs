//! Training the tagger from tagged sentences, deterministically: the tag dictionary first (words
//! seen often enough with one tag nearly always), then epochs of greedy perceptron updates over
//! the other words in an order shuffled by a fixed seed, with the tags predicted so far as
//! context (as at tagging time). The averaged weights are scaled to 16 bits and small ones
//! dropped.

use super::corpus::TaggedSentence;
use super::perceptron::{Averaged, Training};
use crate::analysis::ner::hash::{hash_str, HashKeyMap};
use crate::analysis::pos::features::{sentence_hashes, tag_features, word_features, WordHashes};
use crate::analysis::pos::model::{ModelParts, PosModel};
use crate::analysis::pos::tagger::best;
use crate::analysis::pos::tags::{Tag, NUM_TAGS};
use crate::analysis::pos::PosError;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// A word enters the tag dictionary when seen at least this often ...
    pub dictionary_min_count: u32,
    /// ... with one tag at least this share of the time.
    pub dictionary_min_share: f32,
    /// Quantised weights at most this large (of 32767) are dropped.
    pub prune: i16,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 10,
            seed: 0x5eed,
            dictionary_min_count: 20,
            dictionary_min_share: 0.97,
            prune: 8,
        }
    }
}

/// Words that (nearly) always take one tag: (exact hash, tag index), sorted by hash.
fn dictionary(sentences: &[TaggedSentence], opts: &TrainOptions) -> Vec<(u64, u8)> {
    let mut counts: HashKeyMap<[u32; NUM_TAGS]> = HashKeyMap::default();
    for s in sentences {
        for (w, t) in s.words.iter().zip(&s.tags) {
            if let Some(c) = counts.entry(hash_str(w)).or_insert([0; NUM_TAGS]).get_mut(t.index()) {
                *c += 1;
            }
        }
    }
    let mut out: Vec<(u64, u8)> = counts
        .iter()
        .filter_map(|(&k, c)| {
            let total: u32 = c.iter().sum();
            let (tag, &top) = c.iter().enumerate().max_by_key(|&(i, n)| (*n, usize::MAX - i))?;
            let frequent = total >= opts.dictionary_min_count;
            (frequent && top as f32 >= opts.dictionary_min_share * total as f32)
                .then_some((k, tag as u8))
        })
        .collect();
    out.sort_unstable();
    out
}

/// Trains a model; `log` receives progress lines.
pub fn train(
    sentences: &[TaggedSentence],
    opts: &TrainOptions,
    mut log: impl FnMut(&str),
) -> Result<PosModel, PosError> {
    if sentences.is_empty() {
        return Err(PosError::Training("no training sentences".into()));
    }
    let dict = dictionary(sentences, opts);
    let dict_map: HashKeyMap<Tag> =
        dict.iter().filter_map(|&(k, t)| Some((k, Tag::from_index(t as usize)?))).collect();
    log(&format!("{} sentences, {} words in the tag dictionary", sentences.len(), dict.len()));
    let mut weights = Training::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = opts.seed | 1;
    let (mut hashes, mut features): (Vec<WordHashes>, Vec<u64>) = (Vec::new(), Vec::new());
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut correct, mut total) = (0usize, 0usize);
        for s in order.iter().filter_map(|&k| sentences.get(k)) {
            sentence_hashes(&s.word_refs(), &mut hashes);
            let (mut prev, mut prev2) = (None, None);
            for (i, (w, &gold)) in hashes.iter().zip(&s.tags).enumerate() {
                let guess = match dict_map.get(&w.exact) {
                    Some(&t) => t,
                    None => {
                        word_features(&hashes, i, &mut features);
                        tag_features(w, prev, prev2, &mut features);
                        let mut scores = [0.0; NUM_TAGS];
                        weights.score(&features, &mut scores);
                        let guess = best(&scores);
                        weights.update(&features, gold, guess);
                        guess
                    }
                };
                correct += usize::from(guess == gold);
                total += 1;
                (prev2, prev) = (prev, Some(guess));
            }
        }
        log(&format!(
            "epoch {}/{}: {:.4} of training tokens right, {} features",
            epoch + 1,
            opts.epochs,
            correct as f64 / total.max(1) as f64,
            weights.feature_count()
        ));
    }
    let mut vocabulary: Vec<u64> =
        sentences.iter().flat_map(|s| s.words.iter().map(|w| hash_str(w))).collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    let info = format!(
        "greedy averaged perceptron, {} epochs, {} training sentences, {} words in the tag dictionary",
        opts.epochs,
        sentences.len(),
        dict.len()
    );
    let mut parts = quantize(&weights.averaged(), opts.prune);
    parts.dictionary = dict;
    parts.vocabulary = vocabulary;
    parts.info = info;
    PosModel::from_parts(parts)
}

/// Scales the weights to 16 bits, dropping those at most `prune` and rows left empty.
fn quantize(avg: &Averaged, prune: i16) -> ModelParts {
    let max =
        avg.rows.iter().flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs())).fold(0f32, f32::max);
    let scale = 32000.0 / max.max(1e-6);
    let mut parts = ModelParts::default();
    for (key, row) in &avg.rows {
        let kept: Vec<(u8, i16)> = row
            .iter()
            .map(|&(t, w)| (t.index() as u8, (w * scale).round().clamp(-32767.0, 32767.0) as i16))
            .filter(|(_, q)| q.unsigned_abs() > prune.unsigned_abs())
            .collect();
        if kept.is_empty() {
            continue;
        }
        parts.keys.push(*key);
        parts.row_lens.push(kept.len() as u8);
        for (t, q) in kept {
            parts.tags.push(t);
            parts.weights.push(q);
        }
    }
    parts
}
