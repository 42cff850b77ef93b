//! Articles to leave out of unlabelled training text: the gold articles of `eval/` were drawn
//! from the same BBC and TempEval-3 folders the word clusters learn from, so any text that
//! trains a model must skip them. An article is recognised by its text, not by its file name:
//! each gold article gives a few fingerprints (its longest paragraphs as lower-case letters and
//! digits only, so quotes, dashes, spacing and markup do not matter), and a source document is
//! left out when its own letters and digits contain any of them.

use crate::analysis::ner::NerError;
use std::path::PathBuf;

/// Letters kept from a paragraph to make a fingerprint: long enough to be unique to an
/// article, short enough to survive small differences further on.
const FINGERPRINT_CHARS: usize = 160;
/// Paragraphs shorter than this (in letters and digits) make no fingerprint (a dateline, "AP").
const MIN_PARAGRAPH_CHARS: usize = 80;
/// Fingerprints per article (its longest paragraphs).
const PER_ARTICLE: usize = 3;

/// The fingerprints of the articles to leave out.
#[derive(Debug, Clone, Default)]
pub struct Exclusions {
    fingerprints: Vec<String>,
    /// How many articles the fingerprints come from.
    articles: usize,
}

/// A text's letters and digits in lower case, everything else dropped.
pub fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

impl Exclusions {
    /// Fingerprints of every `.txt` article in the given folders (or files).
    pub fn from_paths(paths: &[PathBuf]) -> Result<Exclusions, NerError> {
        let mut out = Exclusions::default();
        for p in paths {
            let mut files = Vec::new();
            super::cluster_train::files_under(p, &mut files)?;
            for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
                out.add_article(&super::read_text(f)?);
            }
        }
        Ok(out)
    }

    /// Adds one article's fingerprints (the title line is skipped: sources write it apart).
    pub fn add_article(&mut self, text: &str) {
        let body = text.split_once('\n').map_or(text, |(_, rest)| rest);
        let mut paragraphs: Vec<String> = body
            .split("\n\n")
            .map(letters)
            .filter(|p| p.chars().count() >= MIN_PARAGRAPH_CHARS)
            .collect();
        paragraphs.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let before = self.fingerprints.len();
        for p in paragraphs.into_iter().take(PER_ARTICLE) {
            self.fingerprints.push(p.chars().take(FINGERPRINT_CHARS).collect());
        }
        self.articles += (self.fingerprints.len() > before) as usize;
    }

    /// Whether a source document's text is one of the articles.
    pub fn excludes(&self, text: &str) -> bool {
        if self.fingerprints.is_empty() {
            return false;
        }
        let own = letters(text);
        self.fingerprints.iter().any(|f| own.contains(f.as_str()))
    }

    /// Number of articles fingerprinted.
    pub fn articles(&self) -> usize {
        self.articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Ministers meet in Kyiv\n\nSenior officials, including the Army \
        Secretary, arrived in Kyiv on Wednesday for talks on ending the war with Russia.\n\nA \
        short line.\n";

    #[test]
    fn an_article_is_found_in_its_source_whatever_the_spacing_and_quotes() {
        let mut ex = Exclusions::default();
        ex.add_article(ARTICLE);
        assert_eq!(ex.articles(), 1);
        // The source as the corpus reader gives it (TimeML tags already removed): no title,
        // other line breaks and spacing, typographic punctuation.
        let source = "AFP -- Senior  officials, including the Army\nSecretary, arrived in \
            Kyiv on Wednesday for talks on ending the war with Russia’s …";
        assert!(ex.excludes(source));
        assert!(!ex.excludes("Senior officials arrived in Kyiv on Thursday for other talks."));
    }

    #[test]
    fn short_paragraphs_make_no_fingerprint() {
        let mut ex = Exclusions::default();
        ex.add_article("Title\n\nAP\n\nToo short to tell articles apart.\n");
        assert_eq!(ex.articles(), 0);
        assert!(!ex.excludes("AP Too short to tell articles apart."));
    }
}
