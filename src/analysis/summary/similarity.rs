//! Sentence similarity for the summary: each sentence becomes a bag of content-word stems
//! (lower-cased, stopwords dropped, a light suffix strip), weighted by term frequency, optionally
//! by an IDF computed from the article's own sentences, and compared by cosine.

use crate::analysis::document::Document;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Function words that say nothing about what a sentence is about.
const STOPWORDS: &str = "\
    a about after again against all also am an and any are as at be because been before being \
    between both but by can could did do does doing down during each few for from further had \
    has have having he her here hers him his how i if in into is it its itself just me more \
    most mr mrs ms my no nor not now of off on once only or other our ours out over own said \
    same say says she should so some such than that the their theirs them then there these \
    they this those through to too under until up us very was we were what when where which \
    while who whom whose why will with would you your yours may might must shall one upon yet \
    s t 's ’s";

/// Whether a lower-cased word is a stopword (a set built once).
fn is_stopword(lower: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.split_whitespace().collect());
    SET.contains(lower)
}

/// Content-word terms of every sentence, as ids into a shared vocabulary.
#[derive(Debug, Clone, Default)]
pub struct SentenceTerms {
    /// For each sentence, its term ids with counts, sorted by id.
    pub terms: Vec<Vec<(usize, f32)>>,
    /// Number of distinct terms in the article.
    pub vocabulary: usize,
}

impl SentenceTerms {
    /// Splits every sentence of `text` into content-word terms.
    pub fn new(doc: &Document) -> Self {
        let (text, tokens) = (doc.text(), doc.tokens());
        let mut ids: HashMap<String, usize> = HashMap::default();
        let mut terms = Vec::with_capacity(doc.sentences().len());
        let mut next = 0;
        for s in doc.sentences() {
            let mut counts: HashMap<usize, f32> = HashMap::default();
            for t in tokens.get(s.tokens.clone()).unwrap_or_default() {
                let Some(stem) = content_stem(t.text(text)) else { continue };
                let id = match ids.get(stem.as_ref()) {
                    Some(&id) => id,
                    None => {
                        ids.insert(stem.into_owned(), next);
                        next += 1;
                        next - 1
                    }
                };
                *counts.entry(id).or_default() += 1.0;
            }
            let mut v: Vec<(usize, f32)> = counts.into_iter().collect();
            v.sort_by_key(|&(id, _)| id);
            terms.push(v);
        }
        SentenceTerms { terms, vocabulary: next }
    }

    /// In how many sentences each term occurs.
    pub fn sentence_frequency(&self) -> Vec<f32> {
        let mut df = vec![0.0; self.vocabulary];
        for s in &self.terms {
            for &(id, _) in s {
                if let Some(d) = df.get_mut(id) {
                    *d += 1.0;
                }
            }
        }
        df
    }

    /// Unit-length vectors, weighted by `1 + ln(N / df)` when `idf` is set, else by count only.
    pub fn unit_vectors(&self, idf: bool) -> Vec<Vec<(usize, f32)>> {
        let df = self.sentence_frequency();
        let n = self.terms.len().max(1) as f32;
        self.terms
            .iter()
            .map(|s| {
                let mut v: Vec<(usize, f32)> = s
                    .iter()
                    .map(|&(id, c)| {
                        let w = if idf {
                            1.0 + (n / df.get(id).copied().unwrap_or(1.0).max(1.0)).ln()
                        } else {
                            1.0
                        };
                        (id, c * w)
                    })
                    .collect();
                let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, x)| *x /= norm);
                }
                v
            })
            .collect()
    }
}

/// Dot product of two sparse vectors sorted by id (the cosine when both are unit length).
pub fn cosine(a: &[(usize, f32)], b: &[(usize, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Number of terms two sentences share (for the classic TextRank overlap similarity).
pub fn shared_terms(a: &[(usize, f32)], b: &[(usize, f32)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The lower-cased, lightly stemmed form of a content word, or `None` for stopwords,
/// punctuation and single characters.
pub fn content_stem(word: &str) -> Option<Cow<'_, str>> {
    if !word.chars().any(char::is_alphanumeric) {
        return None;
    }
    let lower = crate::analysis::tokens::lower_cow(word);
    if lower.chars().count() < 2 || is_stopword(&lower) {
        return None;
    }
    Some(match lower {
        Cow::Borrowed(w) => light_stem(w),
        Cow::Owned(w) => Cow::Owned(light_stem(&w).into_owned()),
    })
}

/// Strips a plural or possessive ending: "officials" -> "official", "talks" -> "talk".
fn light_stem(word: &str) -> Cow<'_, str> {
    let w = word.trim_end_matches("'s").trim_end_matches("’s");
    if w.len() > 4 && w.ends_with("ies") {
        return Cow::Owned(format!("{}y", &w[..w.len() - 3]));
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        return Cow::Borrowed(&w[..w.len() - 1]);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_of(text: &str) -> SentenceTerms {
        SentenceTerms::new(&Document::new(text.to_string(), None))
    }

    #[test]
    fn stems_plurals_and_drops_stopwords() {
        assert_eq!(content_stem("Officials").as_deref(), Some("official"));
        assert_eq!(content_stem("companies").as_deref(), Some("company"));
        assert_eq!(content_stem("the"), None);
        assert_eq!(content_stem(","), None);
        assert_eq!(content_stem("business").as_deref(), Some("business"));
    }

    #[test]
    fn identical_sentences_have_cosine_one_and_disjoint_zero() {
        let t = terms_of("Prices rose sharply. Prices rose sharply. Weather stayed cold.");
        let v = t.unit_vectors(true);
        assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(cosine(&v[0], &v[2]), 0.0);
        assert_eq!(shared_terms(&t.terms[0], &t.terms[1]), 3);
    }
}
