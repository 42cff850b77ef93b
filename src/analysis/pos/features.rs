//! The tagger's features, after Honnibal's greedy averaged perceptron: the word, its suffix,
//! prefix and shape, the words and suffixes around it, and the two tags already chosen to its
//! left. Every feature is a hash ([`crate::analysis::ner::hash`]); the per-word hashes are
//! computed once per sentence.

use super::tags::Tag;
use crate::analysis::ner::hash::{
    extend_hash, feature, feature2, hash_affix, hash_lower, hash_str,
};

/// The hashes of one word that features are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordHashes {
    /// The word as written (tag dictionary and vocabulary key).
    pub exact: u64,
    /// Lower case, with numbers and hyphenated words folded ([`normal_form`]).
    pub norm: u64,
    pub suffix3: u64,
    pub suffix2: u64,
    pub suffix4: u64,
    pub prefix1: u64,
    pub prefix3: u64,
    pub shape: u64,
}

const START: u64 = 0x51a7;
const END: u64 = 0xe4d;

impl WordHashes {
    fn boundary(value: u64) -> WordHashes {
        WordHashes {
            exact: value,
            norm: value,
            suffix3: value,
            suffix2: value,
            suffix4: value,
            prefix1: value,
            prefix3: value,
            shape: value,
        }
    }
}

/// Honnibal's folding: hyphenated words, four-digit years and other numbers are one word each;
/// everything else is lower-cased.
pub fn normal_form(word: &str) -> u64 {
    if word.contains('-') && !word.starts_with('-') {
        hash_str("!HYPHEN")
    } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        hash_str("!YEAR")
    } else if word.starts_with(|c: char| c.is_ascii_digit()) {
        hash_str("!DIGITS")
    } else {
        hash_lower(word)
    }
}

/// The word's shape with runs squeezed to two: "Kyiv" -> "Xxx", "2,500" -> "d,dd".
fn shape(word: &str) -> u64 {
    let (mut h, mut last, mut run) = (hash_str(""), 0u8, 0);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'?'
        };
        run = if class == last { run + 1 } else { 1 };
        last = class;
        if run <= 2 {
            h = extend_hash(h, &[class]);
        }
    }
    h
}

/// The hashes of `word`.
pub fn hashes(word: &str) -> WordHashes {
    let whole = || hash_str(word);
    WordHashes {
        exact: hash_str(word),
        norm: normal_form(word),
        suffix3: hash_affix(word, 3, true, false).unwrap_or_else(whole),
        suffix2: hash_affix(word, 2, true, true).unwrap_or_else(whole),
        suffix4: hash_affix(word, 4, true, true).unwrap_or_else(whole),
        prefix1: hash_affix(word, 1, false, false).unwrap_or_else(whole),
        prefix3: hash_affix(word, 3, false, true).unwrap_or_else(whole),
        shape: shape(word),
    }
}

/// Hashes for every word of a sentence.
pub fn sentence_hashes(words: &[&str], out: &mut Vec<WordHashes>) {
    out.clear();
    out.extend(words.iter().map(|w| hashes(w)));
}

/// The features of word `i` that do not depend on the tags chosen so far.
pub fn word_features(words: &[WordHashes], i: usize, out: &mut Vec<u64>) {
    let at = |k: isize| -> WordHashes {
        let j = i as isize + k;
        match usize::try_from(j).ok().and_then(|j| words.get(j)) {
            Some(w) => *w,
            None => WordHashes::boundary(if j < 0 { START } else { END }),
        }
    };
    let (w, prev, prev2, next, next2) = (at(0), at(-1), at(-2), at(1), at(2));
    out.clear();
    out.extend_from_slice(&[
        feature(0, 1),
        feature(1, w.suffix3),
        feature(2, w.prefix1),
        feature(3, w.norm),
        feature(4, prev.norm),
        feature(5, prev.suffix3),
        feature(6, prev2.norm),
        feature(7, next.norm),
        feature(8, next.suffix3),
        feature(9, next2.norm),
        feature(10, w.shape),
        feature(11, w.suffix2),
        feature2(12, w.shape, u64::from(i == 0)),
        feature2(13, w.norm, next.norm),
        feature(14, w.suffix4),
        feature(15, w.prefix3),
        feature2(16, prev.norm, w.norm),
        feature(17, next.shape),
        feature(18, prev.shape),
    ]);
}

fn tag_value(t: Option<Tag>) -> u64 {
    t.map_or(0, |t| t.index() as u64 + 1)
}

/// The features of word `w` that read the two tags to its left (`None` before the sentence).
pub fn tag_features(w: &WordHashes, prev: Option<Tag>, prev2: Option<Tag>, out: &mut Vec<u64>) {
    let (p1, p2) = (tag_value(prev), tag_value(prev2));
    out.extend_from_slice(&[
        feature(20, p1),
        feature(21, p2),
        feature2(22, p1, p2),
        feature2(23, p1, w.norm),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_hyphenated_words_fold() {
        assert_eq!(normal_form("1997"), normal_form("2005"));
        assert_eq!(normal_form("3.5"), normal_form("120"));
        assert_eq!(normal_form("well-known"), normal_form("Trump-Putin"));
        assert_eq!(normal_form("Summit"), normal_form("summit"));
        assert_ne!(normal_form("12345"), normal_form("2005"));
    }

    #[test]
    fn shapes_squeeze_runs() {
        assert_eq!(shape("Kyiv"), shape("Rome"));
        assert_eq!(shape("2005"), shape("17"));
        assert_eq!(shape("2,500"), shape("7,25"));
        assert_ne!(shape("Kyiv"), shape("kyiv"));
    }

    #[test]
    fn context_features_differ_at_the_edges() {
        let words: Vec<WordHashes> = ["They", "met"].iter().map(|w| hashes(w)).collect();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        word_features(&words, 0, &mut a);
        word_features(&words, 1, &mut b);
        assert_eq!(a.len(), b.len());
        assert_eq!(a[0], b[0], "the bias is shared");
        assert_ne!(a[3], b[3]);
    }
}
