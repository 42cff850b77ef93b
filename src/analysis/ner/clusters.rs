//! Word clusters learned from unlabelled news (see [`super::cluster_train`]): each word has a
//! path in a binary tree of clusters, and path prefixes are features, so rare words share
//! weights with frequent words used alike. The map also tells how often a word is capitalised
//! in running text, which recovers case in ALL-CAPS headlines.

use super::hash::{hash_lower, hash_str, HashKeyMap};
use super::NerError;
use serde::{Deserialize, Serialize};

/// One word of the cluster map, as stored in the model and in `clusters.txt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterEntry {
    pub word: String,
    pub path: u32,
    pub depth: u8,
    pub count: u32,
}

/// A position in the cluster tree: the first `depth` bits of `path` (most significant first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cluster {
    pub path: u32,
    pub depth: u8,
}

impl Cluster {
    /// The ancestor `n` levels below the root, as a value to hash; `None` below this node.
    pub fn prefix(self, n: u8) -> Option<u64> {
        (n <= self.depth && n > 0)
            .then(|| ((self.path >> (self.depth - n)) as u64) | ((n as u64) << 32))
    }

    /// The whole path as a value to hash.
    pub fn full(self) -> u64 {
        self.path as u64 | ((self.depth as u64) << 32) | (1 << 40)
    }
}

/// How often a word (any case) is capitalised in the unlabelled text: 0 never .. 3 almost always;
/// [`CASE_UNKNOWN`] for words not in the map.
pub const CASE_UNKNOWN: u8 = 4;

/// The cluster map, indexed by exact and by lower-cased word.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    len: usize,
    exact: HashKeyMap<Cluster>,
    folded: HashKeyMap<(Cluster, u8)>,
}

impl Clusters {
    pub fn from_entries(entries: Vec<ClusterEntry>) -> Clusters {
        let mut exact = HashKeyMap::default();
        // lower-case hash -> (best cluster, its count, capitalised count, total count)
        let mut fold: HashKeyMap<(Cluster, u32, u64, u64)> = HashKeyMap::default();
        for e in &entries {
            let c = Cluster { path: e.path, depth: e.depth.min(32) };
            exact.insert(hash_str(&e.word), c);
            let capitalised = e.word.chars().next().is_some_and(char::is_uppercase);
            let slot = fold.entry(hash_lower(&e.word)).or_insert((c, 0, 0, 0));
            if e.count > slot.1 {
                slot.0 = c;
                slot.1 = e.count;
            }
            slot.2 += if capitalised { e.count as u64 } else { 0 };
            slot.3 += e.count as u64;
        }
        let folded = fold
            .into_iter()
            .map(|(k, (c, _, caps, total))| {
                let share = caps as f64 / total.max(1) as f64;
                let bucket = match share {
                    s if s < 0.05 => 0,
                    s if s < 0.5 => 1,
                    s if s < 0.95 => 2,
                    _ => 3,
                };
                (k, (c, bucket))
            })
            .collect();
        Clusters { len: entries.len(), exact, folded }
    }

    /// The maps as bytes (what a model file stores): count, then exact entries (hash, path,
    /// depth), then folded entries (hash, path, depth, case bucket), each sorted by hash.
    pub fn to_packed(&self) -> Vec<u8> {
        let mut exact: Vec<_> =
            self.exact.iter().map(|(&k, c)| (k, c.path, c.depth, 0u8)).collect();
        let mut folded: Vec<_> =
            self.folded.iter().map(|(&k, (c, b))| (k, c.path, c.depth, *b)).collect();
        exact.sort_unstable();
        folded.sort_unstable();
        let mut out = (self.len as u64).to_le_bytes().to_vec();
        out.extend_from_slice(&(exact.len() as u64).to_le_bytes());
        for (k, path, depth, bucket) in exact.into_iter().chain(folded) {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&path.to_le_bytes());
            out.extend_from_slice(&[depth, bucket]);
        }
        out
    }

    /// Reads [`Clusters::to_packed`] bytes.
    pub fn from_packed(bytes: &[u8]) -> Option<Clusters> {
        let (len, rest) = bytes.split_first_chunk::<8>()?;
        let (n_exact, rest) = rest.split_first_chunk::<8>()?;
        let n_exact = u64::from_le_bytes(*n_exact) as usize;
        if rest.len() % 14 != 0 || rest.len() / 14 < n_exact {
            return None;
        }
        let mut exact = HashKeyMap::with_capacity_and_hasher(n_exact, Default::default());
        let mut folded =
            HashKeyMap::with_capacity_and_hasher(rest.len() / 14 - n_exact, Default::default());
        for (i, c) in rest.chunks_exact(14).enumerate() {
            let (k, c) = c.split_first_chunk::<8>()?;
            let (path, c) = c.split_first_chunk::<4>()?;
            let (&depth, c) = c.split_first()?;
            let cluster = Cluster { path: u32::from_le_bytes(*path), depth: depth.min(32) };
            if i < n_exact {
                exact.insert(u64::from_le_bytes(*k), cluster);
            } else {
                folded.insert(u64::from_le_bytes(*k), (cluster, *c.first()?));
            }
        }
        Some(Clusters { len: u64::from_le_bytes(*len) as usize, exact, folded })
    }

    /// Parses `path<TAB>word<TAB>count` lines (the format of Brown-cluster files), path in 0/1.
    pub fn parse(text: &str, name: &str) -> Result<Clusters, NerError> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |problem: &str| NerError::Conll {
                file: name.to_string(),
                line: n + 1,
                problem: problem.to_string(),
            };
            let mut cols = line.split('\t');
            let (Some(bits), Some(word), Some(count)) = (cols.next(), cols.next(), cols.next())
            else {
                return Err(bad("expected path<TAB>word<TAB>count"));
            };
            if bits.len() > 32 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
                return Err(bad("cluster path must be 0-32 characters 0 or 1"));
            }
            let path = bits.bytes().fold(0u32, |p, b| (p << 1) | (b - b'0') as u32);
            let count = count.trim().parse().map_err(|_| bad("count is not a number"))?;
            entries.push(ClusterEntry {
                word: word.to_string(),
                path,
                depth: bits.len() as u8,
                count,
            });
        }
        Ok(Clusters::from_entries(entries))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The cluster of the word as written, else of its most frequent casing.
    pub fn lookup(&self, word_hash: u64, lower_hash: u64) -> Option<Cluster> {
        self.exact.get(&word_hash).copied().or_else(|| self.folded.get(&lower_hash).map(|f| f.0))
    }

    /// The cluster of the word's most frequent casing (for ALL-CAPS text).
    pub fn lookup_folded(&self, lower_hash: u64) -> Option<Cluster> {
        self.folded.get(&lower_hash).map(|f| f.0)
    }

    /// How often the word is capitalised in running text (0..=3), or [`CASE_UNKNOWN`].
    pub fn case_bucket(&self, lower_hash: u64) -> u8 {
        self.folded.get(&lower_hash).map_or(CASE_UNKNOWN, |f| f.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_paths_and_recovers_case() {
        let c =
            Clusters::parse("0110\tGermany\t50\n0111\tgermany\t1\n10\tcall\t90\n", "t").unwrap();
        let g = c.lookup_folded(hash_lower("GERMANY")).unwrap();
        assert_eq!((g.path, g.depth), (0b0110, 4));
        assert_eq!(g.prefix(2), Some(0b01 | (2 << 32)));
        assert_eq!(g.prefix(5), None);
        assert_eq!(c.case_bucket(hash_lower("GERMANY")), 3);
        assert_eq!(c.case_bucket(hash_lower("CALL")), 0);
        assert_eq!(c.case_bucket(hash_lower("unseen")), CASE_UNKNOWN);
        let back = Clusters::from_packed(&c.to_packed()).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(back.lookup_folded(hash_lower("GERMANY")), Some(g));
        assert_eq!(back.case_bucket(hash_lower("call")), 0);
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let e = Clusters::parse("01\tok\t3\n0x1\tbad\t2\n", "clusters.txt").unwrap_err();
        assert!(e.to_string().contains("clusters.txt") && e.to_string().contains('2'));
    }
}
