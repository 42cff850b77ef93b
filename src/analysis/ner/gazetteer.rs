//! Gazetteers: lists of names with their entity types, matched case-insensitively against token
//! sequences. Two are used: names from the training data (built per fold when training, so the
//! model does not learn to trust a list that contains the very sentence it is trained on) and
//! place names derived from GeoNames and ISO 3166 (assets/models/places.txt).

use super::hash::{hash_lower, phrase, HashKeyMap};
use super::labels::{spans, EntityType, Label};

/// Longest phrase (in tokens) a gazetteer holds.
pub const MAX_PHRASE: usize = 8;
const PREFIX: u8 = 0x80;
const START: u64 = 0x5bd1_e995;

/// A name list: phrases (space-separated tokens) with a bit mask of their entity types.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    len: usize,
    index: HashKeyMap<u8>,
}

/// One match: the tokens `start..end` of a sentence, with the types of the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch {
    pub start: usize,
    pub end: usize,
    pub types: u8,
}

impl Gazetteer {
    /// Builds a gazetteer from `(phrase, type mask)` entries; phrases too long are skipped.
    pub fn from_entries(entries: Vec<(String, u8)>) -> Gazetteer {
        let mut index = HashKeyMap::default();
        for (name, mask) in &entries {
            let tokens: Vec<&str> = name.split(' ').collect();
            if tokens.len() > MAX_PHRASE || tokens.iter().any(|t| t.is_empty()) {
                continue;
            }
            let mut h = START;
            for (k, t) in tokens.iter().enumerate() {
                h = phrase(h, hash_lower(t));
                let flag = if k + 1 == tokens.len() { *mask } else { PREFIX };
                *index.entry(h).or_insert(0) |= flag;
            }
        }
        Gazetteer { len: entries.len(), index }
    }

    /// The index as bytes (hash, then flags, sorted by hash): what a model file stores.
    pub fn to_packed(&self) -> Vec<u8> {
        let mut pairs: Vec<(u64, u8)> = self.index.iter().map(|(&k, &v)| (k, v)).collect();
        pairs.sort_unstable();
        let mut out = (self.len as u64).to_le_bytes().to_vec();
        for (k, v) in pairs {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(v);
        }
        out
    }

    /// Reads [`Gazetteer::to_packed`] bytes.
    pub fn from_packed(bytes: &[u8]) -> Option<Gazetteer> {
        let (len, rest) = bytes.split_first_chunk::<8>()?;
        if rest.len() % 9 != 0 {
            return None;
        }
        let mut index = HashKeyMap::with_capacity_and_hasher(rest.len() / 9, Default::default());
        for c in rest.chunks_exact(9) {
            let (k, v) = c.split_first_chunk::<8>()?;
            index.insert(u64::from_le_bytes(*k), *v.first()?);
        }
        Some(Gazetteer { len: u64::from_le_bytes(*len) as usize, index })
    }

    /// A list of names of one type, one a line.
    pub fn from_lines(text: &str, ty: EntityType) -> Gazetteer {
        let entries = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| (l.split_whitespace().collect::<Vec<_>>().join(" "), 1u8 << ty.index()))
            .collect();
        Gazetteer::from_entries(entries)
    }

    /// The entity strings of labelled sentences, each with the types it was labelled with.
    pub fn from_labelled<'a>(
        sentences: impl Iterator<Item = (&'a [String], &'a [Label])>,
    ) -> Gazetteer {
        let mut masks: std::collections::BTreeMap<String, u8> = Default::default();
        for (words, labels) in sentences {
            for (range, ty) in spans(labels) {
                if let Some(ws) = words.get(range) {
                    *masks.entry(ws.join(" ")).or_insert(0) |= 1 << ty.index();
                }
            }
        }
        Gazetteer::from_entries(masks.into_iter().collect())
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every match in a sentence given by its tokens' lower-case hashes, starting only where
    /// `may_start(i)` holds.
    pub fn find(&self, lower: &[u64], may_start: impl Fn(usize) -> bool) -> Vec<GazetteerMatch> {
        let mut out = Vec::new();
        if self.index.is_empty() {
            return out;
        }
        for start in 0..lower.len() {
            if !may_start(start) {
                continue;
            }
            let mut h = START;
            for (end, &t) in lower.iter().enumerate().skip(start).take(MAX_PHRASE) {
                h = phrase(h, t);
                let Some(&flags) = self.index.get(&h) else { break };
                let types = flags & !PREFIX;
                if types != 0 {
                    out.push(GazetteerMatch { start, end: end + 1, types });
                }
                if flags & PREFIX == 0 {
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(ws: &[&str]) -> Vec<u64> {
        ws.iter().map(|w| hash_lower(w)).collect()
    }

    #[test]
    fn finds_nested_and_multiword_matches() {
        let g = Gazetteer::from_lines("New York\nYork\nNew York City\n", EntityType::Loc);
        let m = g.find(&lower(&["in", "NEW", "York", "City", "today"]), |_| true);
        let got: Vec<_> = m.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(got, vec![(1, 3), (1, 4), (2, 3)]);
        assert!(m.iter().all(|m| m.types == 1 << EntityType::Loc.index()));
    }

    #[test]
    fn labelled_entities_keep_every_type() {
        let words = ["Jordan".to_string()];
        let per = [Label::begin(EntityType::Per)];
        let loc = [Label::begin(EntityType::Loc)];
        let g =
            Gazetteer::from_labelled([(&words[..], &per[..]), (&words[..], &loc[..])].into_iter());
        let m = g.find(&lower(&["Jordan"]), |_| true);
        assert_eq!(m[0].types, (1 << EntityType::Per.index()) | (1 << EntityType::Loc.index()));
    }

    #[test]
    fn packed_index_round_trips() {
        let g = Gazetteer::from_lines("New York\nBonn\n", EntityType::Loc);
        let back = Gazetteer::from_packed(&g.to_packed()).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(
            back.find(&lower(&["new", "york"]), |_| true),
            g.find(&lower(&["new", "york"]), |_| true)
        );
        assert!(Gazetteer::from_packed(&[1, 2, 3]).is_none());
    }
}
