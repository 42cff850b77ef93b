//! What the tagger knows about a whole document before it tags a word: per-token hashes and
//! flags, which sentences are ALL-CAPS headlines, how each word is capitalised elsewhere in the
//! document, and (for the second pass) how the first pass labelled each word across the document.

mod words;

use super::hash::HashKeyMap;
use super::labels::Label;
use std::borrow::Cow;
use std::ops::Range;
use words::{conll_form, word_hashes};

pub const INIT_CAP: u8 = 1;
pub const ALL_CAPS: u8 = 2;
pub const HAS_DIGIT: u8 = 4;
pub const HAS_HYPHEN: u8 = 8;
pub const HAS_DOT: u8 = 16;
pub const NO_ALNUM: u8 = 32;
pub const ALL_DIGIT: u8 = 64;

/// Doc-case flags: the word occurs capitalised mid-sentence (not in a headline) / lower-case.
pub const SEEN_CAP_MID: u8 = 1;
pub const SEEN_LOWER: u8 = 2;

/// One token with everything the features need.
#[derive(Debug, Clone)]
pub struct TokenInfo<'a> {
    /// The word with typographic quotes and dashes written as in CoNLL text (`’s` -> `'s`).
    pub word: Cow<'a, str>,
    pub word_hash: u64,
    pub lower_hash: u64,
    pub shape_hash: u64,
    pub short_shape_hash: u64,
    pub flags: u8,
    /// First word of the sentence (only punctuation before it).
    pub initial: bool,
    /// In a sentence written in capitals (a headline).
    pub caps_sentence: bool,
}

/// A document ready for feature extraction; tokens are numbered across sentences.
#[derive(Debug, Clone)]
pub struct DocContext<'a> {
    pub tokens: Vec<TokenInfo<'a>>,
    pub sentences: Vec<Range<usize>>,
    doc_case: HashKeyMap<u8>,
}

/// Whether a sentence is a headline in capitals: at least 80% of its words of two or more
/// letters have no lower-case letter.
pub fn is_caps_sentence(words: &[&str]) -> bool {
    let (mut long, mut caps) = (0, 0);
    for w in words {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            long += 1;
            caps += (!w.chars().any(char::is_lowercase)) as usize;
        }
    }
    long > 0 && caps * 10 >= long * 8
}

impl<'a> DocContext<'a> {
    pub fn new(sentences: &[Vec<&'a str>]) -> DocContext<'a> {
        let mut tokens = Vec::with_capacity(sentences.iter().map(Vec::len).sum());
        let mut ranges = Vec::with_capacity(sentences.len());
        let mut doc_case: HashKeyMap<u8> = HashKeyMap::default();
        for words in sentences {
            let start = tokens.len();
            let caps_sentence = is_caps_sentence(words);
            let mut initial = true;
            for &raw in words {
                let word = conll_form(raw);
                let (flags, (shape_hash, short_shape_hash), lower_hash, word_hash) =
                    word_hashes(&word);
                let starts_lower = word.chars().next().is_some_and(char::is_lowercase);
                let info = TokenInfo {
                    word,
                    word_hash,
                    lower_hash,
                    shape_hash,
                    short_shape_hash,
                    flags,
                    initial,
                    caps_sentence,
                };
                if !caps_sentence && flags & NO_ALNUM == 0 {
                    let seen = if flags & INIT_CAP != 0 {
                        if initial {
                            0
                        } else {
                            SEEN_CAP_MID
                        }
                    } else if starts_lower {
                        SEEN_LOWER
                    } else {
                        0
                    };
                    *doc_case.entry(lower_hash).or_insert(0) |= seen;
                }
                initial &= flags & NO_ALNUM != 0;
                tokens.push(info);
            }
            ranges.push(start..tokens.len());
        }
        DocContext { tokens, sentences: ranges, doc_case }
    }

    /// [`SEEN_CAP_MID`] / [`SEEN_LOWER`] for the word anywhere in the document.
    pub fn doc_case(&self, lower_hash: u64) -> u8 {
        self.doc_case.get(&lower_hash).copied().unwrap_or(0)
    }

    /// For each token, the label type (0 = O, 1 + type) the first pass gave most often to the
    /// same word elsewhere in the document, and whether those other occurrences all agreed;
    /// `None` for words not capitalised or seen only once.
    pub fn majority(&self, first_pass: &[Label]) -> Vec<Option<(u8, bool)>> {
        let class = |l: Label| l.entity_type().map_or(0, |t| 1 + t as u8);
        let mut counts: HashKeyMap<[u16; 5]> = HashKeyMap::default();
        let name_like = |t: &TokenInfo| t.flags & INIT_CAP != 0;
        for (t, &l) in self.tokens.iter().zip(first_pass) {
            if name_like(t) {
                let c = counts.entry(t.lower_hash).or_insert([0; 5]);
                c[class(l) as usize] = c[class(l) as usize].saturating_add(1);
            }
        }
        self.tokens
            .iter()
            .zip(first_pass)
            .map(|(t, &l)| {
                if !name_like(t) {
                    return None;
                }
                let mut c = *counts.get(&t.lower_hash)?;
                c[class(l) as usize] -= 1;
                let total: u16 = c.iter().sum();
                let (best, n) = c.iter().enumerate().max_by_key(|&(i, n)| (*n, 5 - i))?;
                (total > 0).then_some((best as u8, *n == total))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::hash::hash_lower;
    use crate::analysis::ner::labels::EntityType;

    #[test]
    fn headline_and_doc_case_are_detected() {
        let s = vec![
            vec!["JAPAN", "GET", "LUCKY", "WIN"],
            vec!["The", "team", "from", "Japan", "won", "a", "lucky", "game"],
        ];
        let d = DocContext::new(&s);
        assert!(d.tokens[0].caps_sentence && !d.tokens[4].caps_sentence);
        assert_eq!(d.doc_case(hash_lower("JAPAN")), SEEN_CAP_MID);
        assert_eq!(d.doc_case(hash_lower("LUCKY")), SEEN_LOWER);
        assert!(d.tokens[4].initial && !d.tokens[5].initial);
    }

    #[test]
    fn typographic_quotes_read_as_conll() {
        let s = vec![vec!["Zelenskyy", "’s", "“visit”", "—"]];
        let d = DocContext::new(&s);
        let words: Vec<&str> = d.tokens.iter().map(|t| t.word.as_ref()).collect();
        assert_eq!(words, ["Zelenskyy", "'s", "\"visit\"", "--"]);
    }

    #[test]
    fn majority_excludes_the_token_itself() {
        let s = vec![vec!["Driscoll", "met", "Driscoll", "and", "Driscoll"]];
        let d = DocContext::new(&s);
        let per = Label::begin(EntityType::Per);
        let maj = d.majority(&[per, Label::O, per, Label::O, Label::O]);
        assert_eq!(maj[0], Some((0, false)));
        assert_eq!(maj[4], Some((1, true)));
        assert_eq!(maj[1], None);
    }
}
