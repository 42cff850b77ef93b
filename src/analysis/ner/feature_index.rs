//! The index both trained models look their weights up in: an open-addressing table from a
//! feature hash to a small value (a row number, or where a row starts and how long it is).
//!
//! A model holds hundreds of thousands of features and a document looks up some forty per
//! word, almost all at random places in memory, so the lookup is built to touch as little memory
//! as it can: one 8-byte word per slot, holding the value in its low bits and the rest of the
//! key's bits (a fingerprint: 45 bits for the NER model, 36 for the POS model) above it. A key
//! the model does not hold is taken for one it does only when both agree in every fingerprint
//! bit and lie in one run of full slots: about once in 10^10 lookups or rarer. (Huge pages were
//! tried for these tables and dropped: no gain that stood out of the noise, and far more
//! resident memory.)

/// The top bit is set in every full slot, so that an empty slot (0) never matches.
const FULL: u64 = 1 << 63;

/// A read-only map from feature hash to a value of at most `value_bits` bits.
#[derive(Debug, Clone)]
pub struct FeatureIndex {
    slots: Vec<u64>,
    mask: usize,
    value_mask: u64,
}

impl FeatureIndex {
    /// Builds the index of `entries` (feature hash, value). Values must fit in `value_bits`
    /// (at most 32); a key given twice keeps its first value. `None` when a value is too wide.
    pub fn new(entries: &[(u64, u64)], value_bits: u32) -> Option<FeatureIndex> {
        let value_bits = value_bits.clamp(1, 32);
        let value_mask = (1u64 << value_bits) - 1;
        // At least twice as many slots as entries: runs of full slots stay short.
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![0u64; capacity];
        for &(key, value) in entries {
            if value > value_mask {
                return None;
            }
            let tag = (key | FULL) & !value_mask;
            let mut i = key as usize & mask;
            loop {
                let s = slots[i];
                if s == 0 {
                    slots[i] = tag | value;
                    break;
                }
                if s & !value_mask == tag {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        Some(FeatureIndex { slots, mask, value_mask })
    }

    /// The value stored for `key`.
    #[inline]
    pub fn get(&self, key: u64) -> Option<u64> {
        let tag = (key | FULL) & !self.value_mask;
        let mut i = key as usize & self.mask;
        loop {
            let s = *self.slots.get(i)?;
            if s & !self.value_mask == tag {
                return Some(s & self.value_mask);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Asks the processor to fetch the slot `key` starts at, for a [`FeatureIndex::get`] a
    /// little later: lookups then wait for memory side by side instead of one after another.
    #[inline]
    pub fn prefetch(&self, key: u64) {
        if let Some(slot) = self.slots.get(key as usize & self.mask) {
            prefetch(slot);
        }
    }
}

/// Asks the processor to bring `at`'s cache line in (a hint: nothing happens elsewhere).
#[inline]
pub fn prefetch<T>(at: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint that never faults and changes no memory; `at` is a live
    // reference besides.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((at as *const T).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}

/// The number of bits needed to write every value below `n`.
pub fn bits_for(n: usize) -> u32 {
    (usize::BITS - n.saturating_sub(1).leading_zeros()).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::hash::mix;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let entries: Vec<(u64, u64)> = (0..5000u64).map(|i| (mix(i), i * 7 % 4096)).collect();
        let index = FeatureIndex::new(&entries, bits_for(4096)).unwrap();
        for &(k, v) in &entries {
            assert_eq!(index.get(k), Some(v));
        }
        let stray = (5000..60000u64).filter(|&i| index.get(mix(i)).is_some()).count();
        assert_eq!(stray, 0);
    }

    #[test]
    fn keys_sharing_low_bits_stay_apart() {
        // Same low 32 bits, different high bits: the position cannot tell them apart, the
        // fingerprint must.
        let entries = [(0x1_0000_0005, 1), (0x2_0000_0005, 2), (0x3_0000_0005, 3)];
        let index = FeatureIndex::new(&entries, 2).unwrap();
        assert_eq!(index.get(0x2_0000_0005), Some(2));
        assert_eq!(index.get(0x3_0000_0005), Some(3));
        assert_eq!(index.get(0x4_0000_0005), None);
        assert_eq!(index.get(0x5), None);
    }

    #[test]
    fn a_value_too_wide_is_refused_and_a_repeated_key_keeps_its_first_value() {
        assert!(FeatureIndex::new(&[(9, 8)], 3).is_none());
        let index = FeatureIndex::new(&[(9, 1), (9, 2)], 3).unwrap();
        assert_eq!(index.get(9), Some(1));
        assert_eq!(bits_for(1), 1);
        assert_eq!(bits_for(4096), 12);
        assert_eq!(bits_for(4097), 13);
    }
}
