//! Feature extraction: for every token of a document, the hashed features of the first pass
//! (word, affixes, shapes, window, clusters, gazetteers, document case) and of the second pass
//! (how the first pass labelled the same word elsewhere in the document).

use super::clusters::{Cluster, Clusters};
use super::document::{DocContext, TokenInfo, ALL_CAPS, INIT_CAP, NO_ALNUM};
use super::gazetteer::{Gazetteer, GazetteerMatch, MAX_PHRASE};
use super::hash::{affix_hashes, feature, feature2};
use super::labels::Label;

/// The lists a document is tagged with.
#[derive(Clone, Copy)]
pub struct Resources<'a> {
    pub names: &'a Gazetteer,
    pub places: &'a Gazetteer,
    pub clusters: &'a Clusters,
}

/// Features of every token of a document: those of token `i` are
/// `hashes[offsets[i]..offsets[i + 1]]`.
#[derive(Debug, Clone, Default)]
pub struct TokenFeatures {
    pub hashes: Vec<u64>,
    pub offsets: Vec<usize>,
}

impl TokenFeatures {
    pub fn of(&self, i: usize) -> &[u64] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.hashes.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

// Template ids: one per feature family (the value is hashed with it).
const BIAS: u32 = 1;
const WORD: u32 = 2;
const LOWER: u32 = 3;
const CAPS_WORD: u32 = 4;
const PREFIX: u32 = 10;
const SUFFIX: u32 = 20;
const SHAPE: u32 = 30;
const SHORT: u32 = 31;
const FLAGS: u32 = 32;
const WINDOW_LOWER: u32 = 40;
const WINDOW_SHORT: u32 = 50;
const BIGRAM_LEFT: u32 = 60;
const BIGRAM_RIGHT: u32 = 61;
const SHORT_TRIGRAM: u32 = 62;
const CLUSTER: u32 = 70;
const WINDOW_CLUSTER: u32 = 80;
const CASE_HINT: u32 = 90;
const DOC_CASE: u32 = 91;
const GAZ_NAMES: u32 = 100;
const GAZ_PLACES: u32 = 110;
const MAJORITY: u32 = 120;
const PAD: u64 = 0x0bad_cafe;

const CLUSTER_PREFIXES: [u8; 5] = [4, 6, 8, 10, 12];

/// The first-pass features of every token of `doc`.
pub fn extract(res: Resources, doc: &DocContext, out: &mut TokenFeatures) {
    out.hashes.clear();
    out.offsets.clear();
    out.offsets.push(0);
    for range in &doc.sentences {
        extract_sentence(res, doc, range.clone(), out);
    }
}

/// Appends the first-pass features of the tokens of one sentence (a token range of `doc`) to
/// `out`; a tagger calls it sentence by sentence so that only one sentence's features are held
/// at a time.
pub fn extract_sentence(
    res: Resources,
    doc: &DocContext,
    range: std::ops::Range<usize>,
    out: &mut TokenFeatures,
) {
    if out.offsets.is_empty() {
        out.offsets.push(out.hashes.len());
    }
    let Some(tokens) = doc.tokens.get(range) else { return };
    let lower: Vec<u64> = tokens.iter().map(|t| t.lower_hash).collect();
    let starts_name = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.flags & INIT_CAP != 0 || (t.caps_sentence && t.flags & ALL_CAPS != 0)
        })
    };
    let gaz_names = res.names.find(&lower, starts_name);
    let gaz_places = res.places.find(&lower, starts_name);
    let clusters: Vec<Option<Cluster>> = tokens.iter().map(|t| cluster(res.clusters, t)).collect();
    for i in 0..tokens.len() {
        token_features(res, doc, tokens, &clusters, i, &mut out.hashes);
        gazetteer_features(GAZ_NAMES, &gaz_names, i, &mut out.hashes);
        gazetteer_features(GAZ_PLACES, &gaz_places, i, &mut out.hashes);
        out.offsets.push(out.hashes.len());
    }
}

/// The word's cluster: that of its most frequent casing in a headline, else of its own casing.
fn cluster(clusters: &Clusters, t: &TokenInfo) -> Option<Cluster> {
    if t.caps_sentence {
        clusters.lookup_folded(t.lower_hash)
    } else {
        clusters.lookup(t.word_hash, t.lower_hash)
    }
}

fn token_features(
    res: Resources,
    doc: &DocContext,
    s: &[TokenInfo],
    clusters: &[Option<Cluster>],
    i: usize,
    out: &mut Vec<u64>,
) {
    let Some(t) = s.get(i) else { return };
    let caps = t.caps_sentence;
    let context = (t.initial as u64) | ((caps as u64) << 1);
    out.push(feature(BIAS, 0));
    if caps {
        out.push(feature(CAPS_WORD, t.lower_hash));
    } else {
        out.push(feature(WORD, t.word_hash));
    }
    out.push(feature(LOWER, t.lower_hash));
    let (prefixes, suffixes) = affix_hashes(&t.word, caps);
    for (n, (p, s)) in (1u32..).zip(prefixes.into_iter().zip(suffixes)) {
        if let Some(h) = p {
            out.push(feature(PREFIX + n, h));
        }
        if let Some(h) = s {
            out.push(feature(SUFFIX + n, h));
        }
    }
    out.push(feature2(SHAPE, t.shape_hash, caps as u64));
    out.push(feature2(SHORT, t.short_shape_hash, context));
    out.push(feature2(FLAGS, t.flags as u64, context));
    let at = |d: isize| i.checked_add_signed(d).and_then(|j| s.get(j));
    for (k, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        let n = at(d);
        out.push(feature(WINDOW_LOWER + k as u32, n.map_or(PAD, |n| n.lower_hash)));
        out.push(feature(WINDOW_SHORT + k as u32, n.map_or(PAD, |n| n.short_shape_hash)));
    }
    let (prev, next) = (at(-1), at(1));
    out.push(feature2(BIGRAM_LEFT, prev.map_or(PAD, |p| p.lower_hash), t.lower_hash));
    out.push(feature2(BIGRAM_RIGHT, t.lower_hash, next.map_or(PAD, |n| n.lower_hash)));
    out.push(feature2(
        SHORT_TRIGRAM,
        prev.map_or(PAD, |p| p.short_shape_hash) ^ t.short_shape_hash.rotate_left(21),
        next.map_or(PAD, |n| n.short_shape_hash),
    ));
    let cluster_at = |d: isize| i.checked_add_signed(d).and_then(|j| clusters.get(j).copied()?);
    if let Some(c) = cluster_at(0) {
        for (k, &n) in CLUSTER_PREFIXES.iter().enumerate() {
            if let Some(p) = c.prefix(n) {
                out.push(feature(CLUSTER + k as u32, p));
            }
        }
        out.push(feature(CLUSTER + 9, c.full()));
    }
    for (k, d) in [-1, 1].into_iter().enumerate() {
        if let Some(c) = cluster_at(d) {
            out.push(feature(WINDOW_CLUSTER + k as u32, c.prefix(8).unwrap_or_else(|| c.full())));
        }
    }
    if t.flags & NO_ALNUM == 0 && (t.initial || caps) {
        out.push(feature2(CASE_HINT, res.clusters.case_bucket(t.lower_hash) as u64, context));
    }
    if t.flags & INIT_CAP != 0 {
        out.push(feature2(DOC_CASE, doc.doc_case(t.lower_hash) as u64, context));
    }
}

/// Features of the matches covering token `i`. Matches are sorted by start and none is longer
/// than [`MAX_PHRASE`], so only those starting in the window before `i` are looked at: linear
/// in the sentence, however many matches it has.
fn gazetteer_features(template: u32, matches: &[GazetteerMatch], i: usize, out: &mut Vec<u64>) {
    let first = matches.partition_point(|m| m.start + MAX_PHRASE <= i);
    let window = matches[first..].iter().take_while(|m| m.start <= i);
    for m in window.filter(|m| i < m.end) {
        let position = match (i == m.start, i + 1 == m.end) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        };
        out.push(feature2(template, m.types as u64, position));
        out.push(feature2(template + 1, m.types as u64, (m.end - m.start).min(4) as u64));
    }
}

/// The second-pass features: for each token, how the first pass labelled the same word
/// elsewhere in the document.
pub fn extract_majority(doc: &DocContext, first_pass: &[Label], out: &mut TokenFeatures) {
    out.hashes.clear();
    out.offsets.clear();
    out.offsets.push(0);
    for (t, m) in doc.tokens.iter().zip(doc.majority(first_pass)) {
        if let Some((class, unanimous)) = m {
            out.hashes.push(feature(MAJORITY, class as u64));
            out.hashes.push(feature2(MAJORITY + 1, class as u64, unanimous as u64));
            let context = (t.initial as u64) | ((t.caps_sentence as u64) << 1);
            out.hashes.push(feature2(MAJORITY + 2, class as u64, context));
        }
        out.offsets.push(out.hashes.len());
    }
}
