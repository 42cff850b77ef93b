//! Learning word clusters from unlabelled news (the `train-clusters` command): each frequent
//! word is described by the words seen one and two places to its left and right (positive
//! pointwise mutual information, randomly projected to a few dense dimensions), and the words are
//! split in two again and again by spherical 2-means, which gives every word a path of bits in a
//! binary tree, as Brown clusters do. Deterministic for the same input.

use super::conll::ConllFile;
use super::exclude::Exclusions;
use crate::analysis::ner::clusters::ClusterEntry;
use crate::analysis::ner::NerError;
use crate::analysis::{sentences, tokens};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Cluster settings.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Words seen fewer times are left out.
    pub min_count: u32,
    /// Most frequent words used as context.
    pub context_words: usize,
    /// Depth of the cluster tree (bits per path).
    pub depth: u8,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { min_count: 3, context_words: 800, depth: 14 }
    }
}

/// The text of a TimeML file: what is inside `<TEXT>`, tags removed, entities unescaped.
pub(super) fn timeml_text(xml: &str) -> String {
    let body =
        xml.split_once("<TEXT>").map_or(xml, |(_, b)| b.split("</TEXT>").next().unwrap_or(b));
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
}

pub(super) fn files_under(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), NerError> {
    let io = |e| NerError::Io { file: path.display().to_string(), source: e };
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            files_under(&e, out)?;
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Sentences of words from text files and folders (`.tml` read as TimeML) and CoNLL files,
/// leaving out the documents `exclude` names; also returns how many were left out.
pub fn read_corpus(
    texts: &[PathBuf],
    conll: &[PathBuf],
    exclude: &Exclusions,
) -> Result<(Vec<Vec<String>>, usize), NerError> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    let mut left_out = 0;
    for p in texts {
        files_under(p, &mut files)?;
    }
    for f in files {
        let raw = super::read_text(&f)?;
        let text = if f.extension().is_some_and(|e| e == "tml") { timeml_text(&raw) } else { raw };
        if exclude.excludes(&text) {
            left_out += 1;
            continue;
        }
        let toks = tokens::tokenize(&text);
        let mut k = 0;
        for s in sentences::split(&text, &toks) {
            let mut words = Vec::new();
            while let Some(t) = toks.get(k).filter(|t| t.span.start < s.end) {
                words.push(t.text(&text).to_string());
                k += 1;
            }
            out.push(words);
        }
    }
    for p in conll {
        for doc in ConllFile::read(p)?.documents() {
            out.extend(doc.words);
        }
    }
    Ok((out, left_out))
}

/// Learns the cluster map from sentences.
pub fn learn(corpus: &[Vec<String>], opts: &ClusterOptions) -> Vec<ClusterEntry> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in corpus.iter().flatten() {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut vocab: Vec<(&str, u32)> =
        counts.into_iter().filter(|&(_, c)| c >= opts.min_count).collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: HashMap<&str, u32> =
        vocab.iter().enumerate().map(|(i, (w, _))| (*w, i as u32)).collect();
    let k = opts.context_words.min(vocab.len()) as u32;
    let block = k + 2; // context words, then sentence start and end
                       // One packed (word, context dimension) pair per observation, sorted and counted.
    let mut pairs: Vec<u64> = Vec::new();
    for s in corpus {
        let ids: Vec<Option<u32>> = s.iter().map(|w| id.get(w.as_str()).copied()).collect();
        for (i, &w) in ids.iter().enumerate() {
            let Some(w) = w else { continue };
            for (b, d) in [-1isize, 1].into_iter().enumerate() {
                let ctx = match i.checked_add_signed(d) {
                    None => k,
                    Some(j) if j >= ids.len() => k + 1,
                    Some(j) => match ids.get(j).copied().flatten() {
                        Some(c) if c < k => c,
                        _ => continue,
                    },
                };
                pairs.push(((w as u64) << 32) | (b as u32 * block + ctx) as u64);
            }
        }
    }
    pairs.sort_unstable();
    let total = pairs.len() as f64;
    let mut ctx_count = vec![0f64; 2 * block as usize];
    let mut word_count = vec![0f64; vocab.len()];
    for &p in &pairs {
        ctx_count[(p & 0xffff_ffff) as usize] += 1.0;
        word_count[(p >> 32) as usize] += 1.0;
    }
    let dims = 2 * block as usize;
    let mut vectors = vec![0f32; vocab.len() * dims];
    let mut i = 0;
    while i < pairs.len() {
        let p = pairs[i];
        let mut j = i;
        while j < pairs.len() && pairs[j] == p {
            j += 1;
        }
        let (w, c) = ((p >> 32) as usize, (p & 0xffff_ffff) as usize);
        let pmi = ((j - i) as f64 * total / (word_count[w] * ctx_count[c])).ln();
        if pmi > 0.0 {
            vectors[w * dims + c] = pmi as f32;
        }
        i = j;
    }
    for row in vectors.chunks_mut(dims) {
        let norm = row.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-9);
        row.iter_mut().for_each(|v| *v /= norm);
    }
    let mut paths = vec![(0u32, 0u8); vocab.len()];
    let all: Vec<usize> = (0..vocab.len()).collect();
    bisect(&vectors, dims, &all, 0, opts.depth, &mut paths);
    let mut out: Vec<ClusterEntry> = vocab
        .iter()
        .zip(paths)
        .map(|((w, c), (path, depth))| ClusterEntry { word: w.to_string(), path, depth, count: *c })
        .collect();
    let key = |e: &ClusterEntry| (e.path as u64) << (32 - e.depth.min(32) as u32);
    out.sort_by(|a, b| key(a).cmp(&key(b)).then(b.count.cmp(&a.count)).then(a.word.cmp(&b.word)));
    out
}

/// Splits `members` in two by spherical 2-means and recurses, writing each word's path.
fn bisect(
    vectors: &[f32],
    dims: usize,
    members: &[usize],
    depth: u8,
    max_depth: u8,
    paths: &mut [(u32, u8)],
) {
    if depth >= max_depth || members.len() < 4 {
        return;
    }
    let vec_of = |w: usize| &vectors[w * dims..(w + 1) * dims];
    let dot = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
    let mut mean = vec![0f32; dims];
    for &w in members {
        mean.iter_mut().zip(vec_of(w)).for_each(|(m, v)| *m += v);
    }
    mean.iter_mut().for_each(|m| *m /= members.len() as f32);
    // First split: the sign along the principal direction (power iteration), then refine.
    let mut dir: Vec<f32> = (0..dims).map(|k| if k % 3 == 0 { 1.0 } else { -0.5 }).collect();
    for _ in 0..8 {
        let mut next = vec![0f32; dims];
        let centre = dot(&mean, &dir);
        for &w in members {
            let v = vec_of(w);
            let x = dot(v, &dir) - centre;
            next.iter_mut().zip(v.iter().zip(&mean)).for_each(|(n, (a, m))| *n += x * (a - m));
        }
        let norm = next.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-9);
        dir = next.into_iter().map(|v| v / norm).collect();
    }
    let offset = dot(&mean, &dir);
    let mut side: Vec<bool> = members.iter().map(|&w| dot(vec_of(w), &dir) > offset).collect();
    let mut centres = [vec![0f32; dims], vec![0f32; dims]];
    for round in 0..6 {
        if round > 0 {
            for (s, &w) in side.iter_mut().zip(members) {
                *s = dot(vec_of(w), &centres[1]) > dot(vec_of(w), &centres[0]);
            }
        }
        for (c, which) in centres.iter_mut().zip([false, true]) {
            c.iter_mut().for_each(|v| *v = 0.0);
            for (&s, &w) in side.iter().zip(members) {
                if s == which {
                    c.iter_mut().zip(vec_of(w)).for_each(|(m, v)| *m += v);
                }
            }
            let norm = c.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-9);
            c.iter_mut().for_each(|v| *v /= norm);
        }
    }
    let left: Vec<usize> =
        members.iter().zip(&side).filter(|(_, &s)| !s).map(|(&w, _)| w).collect();
    let right: Vec<usize> =
        members.iter().zip(&side).filter(|(_, &s)| s).map(|(&w, _)| w).collect();
    if left.is_empty() || right.is_empty() {
        return;
    }
    for (half, bit) in [(&left, 0u32), (&right, 1u32)] {
        for &w in half {
            paths[w] = ((paths[w].0 << 1) | bit, depth + 1);
        }
        bisect(vectors, dims, half, depth + 1, max_depth, paths);
    }
}

/// The `path<TAB>word<TAB>count` text of a cluster map.
pub fn to_text(entries: &[ClusterEntry]) -> String {
    let mut out = String::new();
    for e in entries {
        let bits: String =
            (0..e.depth).rev().map(|i| if e.path >> i & 1 == 1 { '1' } else { '0' }).collect();
        out.push_str(&format!("{bits}\t{}\t{}\n", e.word, e.count));
    }
    out
}
