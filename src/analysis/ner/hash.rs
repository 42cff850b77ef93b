//! Feature hashing: every feature is a 64-bit hash of its template and values, computed without
//! building strings; and a hash map keyed by such hashes that does not hash them again.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Mixes the bits of `x` (the splitmix64 finaliser); never returns 0 for the table's sake.
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    x.max(1)
}

/// FNV-1a over the bytes of `s`.
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(FNV_OFFSET, s.as_bytes())
}

/// Continues an FNV-1a hash (from [`hash_str`]) with more bytes.
pub fn extend_hash(h: u64, bytes: &[u8]) -> u64 {
    hash_bytes(h, bytes)
}

fn hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    h
}

/// [`hash_str`] of the lower-cased string, without allocating.
pub fn hash_lower(s: &str) -> u64 {
    s.chars().fold(FNV_OFFSET, |h, c| extend_char(h, c, true))
}

/// Continues an FNV-1a hash with one character, lower-cased when `lower` is set.
fn extend_char(h: u64, c: char, lower: bool) -> u64 {
    let mut buf = [0u8; 4];
    if !lower {
        hash_bytes(h, c.encode_utf8(&mut buf).as_bytes())
    } else if c.is_ascii() {
        (h ^ c.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME)
    } else {
        c.to_lowercase().fold(h, |h, l| hash_bytes(h, l.encode_utf8(&mut buf).as_bytes()))
    }
}

/// [`hash_str`] of the first (`from_end == false`) or last `n` characters; `None` when the word
/// is shorter than `n` characters.
pub fn hash_affix(s: &str, n: usize, from_end: bool, lower: bool) -> Option<u64> {
    let cut = if from_end {
        s.char_indices().rev().nth(n - 1).map(|(i, _)| &s[i..])?
    } else {
        let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
        if s[..end].chars().count() < n {
            return None;
        }
        &s[..end]
    };
    Some(if lower { hash_lower(cut) } else { hash_str(cut) })
}

/// [`hash_affix`] of the first and of the last 1 to 4 characters (`[n - 1]`), read in one pass.
pub fn affix_hashes(s: &str, lower: bool) -> ([Option<u64>; 4], [Option<u64>; 4]) {
    let extend = |h: u64, c: char| extend_char(h, c, lower);
    let (mut prefixes, mut suffixes) = ([None; 4], [None; 4]);
    let mut h = FNV_OFFSET;
    for (p, c) in prefixes.iter_mut().zip(s.chars()) {
        h = extend(h, c);
        *p = Some(h);
    }
    for (n, (i, _)) in suffixes.iter_mut().zip(s.char_indices().rev()) {
        *n = Some(s[i..].chars().fold(FNV_OFFSET, extend));
    }
    (prefixes, suffixes)
}

/// A feature key from a template id and one value.
pub fn feature(template: u32, value: u64) -> u64 {
    mix(value ^ (template as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A feature key from a template id and two values.
pub fn feature2(template: u32, a: u64, b: u64) -> u64 {
    feature(template, mix(a).rotate_left(17) ^ b)
}

/// Extends a phrase hash with the next token's hash (used by gazetteers).
pub fn phrase(prev: u64, token: u64) -> u64 {
    mix(prev.rotate_left(7) ^ token)
}

/// A [`Hasher`] for keys that already are good hashes.
#[derive(Default, Clone, Copy)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0 ^ FNV_OFFSET, bytes);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map from hash keys.
pub type HashKeyMap<V> = HashMap<u64, V, BuildHasherDefault<PassThroughHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_ignores_case_only() {
        assert_eq!(hash_lower("Kyiv"), hash_str("kyiv"));
        assert_eq!(hash_lower("ÉTAT"), hash_str("état"));
        assert_ne!(hash_lower("Kyiv"), hash_lower("Kiev"));
    }

    #[test]
    fn affixes_in_one_pass_equal_each_affix() {
        for w in ["Zürich", "EU", "a", "", "ÉTAT-major", "Kyiv's", "İstanbul"] {
            for lower in [false, true] {
                let (pre, suf) = affix_hashes(w, lower);
                for n in 1..=4 {
                    assert_eq!(pre[n - 1], hash_affix(w, n, false, lower), "{w} prefix {n}");
                    assert_eq!(suf[n - 1], hash_affix(w, n, true, lower), "{w} suffix {n}");
                }
            }
        }
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(hash_affix("Zürich", 2, false, false), Some(hash_str("Zü")));
        assert_eq!(hash_affix("Zürich", 3, true, false), Some(hash_str("ich")));
        assert_eq!(hash_affix("EU", 3, true, false), None);
        assert_eq!(hash_affix("EU", 3, false, false), None);
    }
}
