//! One word as the tagger's features see it: its CoNLL spelling, flags (capitals, digits,
//! hyphens), shape hashes and hashes, read in one pass over the bytes of an ASCII word.

use super::{ALL_CAPS, ALL_DIGIT, HAS_DIGIT, HAS_DOT, HAS_HYPHEN, INIT_CAP, NO_ALNUM};
use crate::analysis::ner::hash::{extend_hash, hash_lower, hash_str};
use std::borrow::Cow;

fn word_flags(w: &str) -> u8 {
    let mut f = 0;
    let (mut letters, mut upper, mut digits, mut alnum) = (0, 0, 0, 0);
    for c in w.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += c.is_uppercase() as usize;
        }
        digits += c.is_numeric() as usize;
        alnum += c.is_alphanumeric() as usize;
        f |= match c {
            '-' => HAS_HYPHEN,
            '.' => HAS_DOT,
            _ => 0,
        };
    }
    if w.chars().next().is_some_and(char::is_uppercase) {
        f |= INIT_CAP;
    }
    if letters > 0 && upper == letters {
        f |= ALL_CAPS;
    }
    if digits > 0 {
        f |= HAS_DIGIT;
    }
    if alnum == 0 {
        f |= NO_ALNUM;
    }
    if digits > 0 && digits == w.chars().count() {
        f |= ALL_DIGIT;
    }
    f
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// The word as CoNLL text writes it: ASCII quotes and apostrophes, `--` for dashes.
pub(super) fn conll_form(w: &str) -> Cow<'_, str> {
    if w.is_ascii() {
        return Cow::Borrowed(w);
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '‘' | '’' | '‚' | '′' => out.push('\''),
            '“' | '”' | '„' | '«' | '»' => out.push('"'),
            '–' | '—' => out.push_str("--"),
            _ => out.push(c),
        }
    }
    if out == w {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(out)
    }
}

/// Hashes of the word shape (`Xxxxx`, at most 12 characters) and the short shape (`Xx`),
/// equal to [`hash_str`] of those strings.
fn shapes(w: &str) -> (u64, u64) {
    let (mut long, mut short) = (hash_str(""), hash_str(""));
    let (mut n, mut last) = (0, None);
    let mut buf = [0u8; 4];
    for c in w.chars().map(shape_char) {
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        if n < 12 {
            long = extend_hash(long, bytes);
            n += 1;
        }
        if last != Some(c) {
            short = extend_hash(short, bytes);
            last = Some(c);
        }
    }
    (long, short)
}

/// Everything [`DocContext`] reads off one word: flags, shape hashes, lower-case hash, hash.
pub(super) fn word_hashes(w: &str) -> (u8, (u64, u64), u64, u64) {
    if w.is_ascii() {
        return ascii_word_hashes(w.as_bytes());
    }
    (word_flags(w), shapes(w), hash_lower(w), hash_str(w))
}

/// [`word_hashes`] of an ASCII word in one pass over its bytes.
fn ascii_word_hashes(w: &[u8]) -> (u8, (u64, u64), u64, u64) {
    let (mut long, mut short, mut lower, mut exact) =
        (hash_str(""), hash_str(""), hash_str(""), hash_str(""));
    let (mut letters, mut upper, mut digits, mut flags) = (0, 0, 0, 0);
    let (mut n, mut last) = (0, 0u8);
    for &b in w {
        let shape = match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => b,
        };
        letters += (shape == b'X' || shape == b'x') as usize;
        upper += (shape == b'X') as usize;
        digits += (shape == b'd') as usize;
        flags |= match b {
            b'-' => HAS_HYPHEN,
            b'.' => HAS_DOT,
            _ => 0,
        };
        if n < 12 {
            long = extend_hash(long, &[shape]);
            n += 1;
        }
        if last != shape {
            short = extend_hash(short, &[shape]);
            last = shape;
        }
        lower = extend_hash(lower, &[b.to_ascii_lowercase()]);
        exact = extend_hash(exact, &[b]);
    }
    if w.first().is_some_and(u8::is_ascii_uppercase) {
        flags |= INIT_CAP;
    }
    if letters > 0 && upper == letters {
        flags |= ALL_CAPS;
    }
    if digits > 0 {
        flags |= HAS_DIGIT;
    }
    if letters + digits == 0 {
        flags |= NO_ALNUM;
    }
    if digits > 0 && digits == w.len() {
        flags |= ALL_DIGIT;
    }
    (flags, (long, short), lower, exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_hash_as_any_word() {
        let words =
            ["Zelenskyy's", "1996-08-22", "U.S.", "--", "", "ABC", "aBc", "x1", "\"", "$5.6bn"];
        for w in words.into_iter().chain(["Meanwhile,", "long-running", "COVID-19"]) {
            let general = (word_flags(w), shapes(w), hash_lower(w), hash_str(w));
            assert_eq!(ascii_word_hashes(w.as_bytes()), general, "{w:?}");
        }
    }

    #[test]
    fn shapes_hash_the_shape_strings() {
        assert_eq!(shapes("Zelenskyy's"), (hash_str("Xxxxxxxxx'x"), hash_str("Xx'x")));
        assert_eq!(shapes("1996-08-22").1, hash_str("d-d-d"));
    }
}
