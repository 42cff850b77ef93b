//! Reading and writing CoNLL files: one token a line (word first, tag last), blank lines between
//! sentences, `-DOCSTART-` lines between documents. Every line is kept so a file can be written
//! back with a column appended.

use crate::analysis::ner::labels::{iob1_to_iob2, Label};
use crate::analysis::ner::NerError;
use std::path::Path;

/// One line of a CoNLL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConllLine {
    Blank(String),
    DocStart(String),
    Token { line: String, word: String, gold: Option<Label> },
}

/// A parsed CoNLL file: its lines, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllFile {
    pub lines: Vec<ConllLine>,
}

/// One document: its sentences as words, with the gold labels (IOB2) where the file has them,
/// and the index in [`ConllFile::lines`] of each token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllDoc {
    pub words: Vec<Vec<String>>,
    pub gold: Vec<Vec<Label>>,
    pub line_index: Vec<Vec<usize>>,
}

impl ConllDoc {
    pub fn token_count(&self) -> usize {
        self.words.iter().map(Vec::len).sum()
    }

    /// Sentences as borrowed words, the tagger's input.
    pub fn sentences(&self) -> Vec<Vec<&str>> {
        self.words.iter().map(|s| s.iter().map(String::as_str).collect()).collect()
    }
}

impl ConllFile {
    /// Parses CoNLL text; `name` is used in errors. The last column is read as the gold tag
    /// when it is one (`O`, `B-X`, `I-X`); IOB1 tags are converted to IOB2.
    pub fn parse(text: &str, name: &str) -> Result<ConllFile, NerError> {
        let mut lines = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let mut cols = line.split_whitespace();
            let Some(word) = cols.next() else {
                lines.push(ConllLine::Blank(line.to_string()));
                continue;
            };
            if word == "-DOCSTART-" {
                lines.push(ConllLine::DocStart(line.to_string()));
                continue;
            }
            let gold = cols.last().and_then(Label::parse);
            if word.is_empty() {
                return Err(NerError::Conll {
                    file: name.into(),
                    line: n + 1,
                    problem: "empty word".into(),
                });
            }
            lines.push(ConllLine::Token { line: line.to_string(), word: word.to_string(), gold });
        }
        Ok(ConllFile { lines })
    }

    pub fn read(path: &Path) -> Result<ConllFile, NerError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| NerError::Io { file: path.display().to_string(), source: e })?;
        ConllFile::parse(&text, &path.display().to_string())
    }

    /// The documents, split at `-DOCSTART-` lines (a file without them is one document).
    pub fn documents(&self) -> Vec<ConllDoc> {
        let mut docs = Vec::new();
        let mut doc = ConllDoc::default();
        let mut sentence_open = false;
        for (i, line) in self.lines.iter().enumerate() {
            match line {
                ConllLine::DocStart(_) => {
                    if doc.token_count() > 0 {
                        docs.push(std::mem::take(&mut doc));
                    }
                    sentence_open = false;
                }
                ConllLine::Blank(_) => sentence_open = false,
                ConllLine::Token { word, gold, .. } => {
                    if !sentence_open {
                        doc.words.push(Vec::new());
                        doc.gold.push(Vec::new());
                        doc.line_index.push(Vec::new());
                        sentence_open = true;
                    }
                    if let (Some(w), Some(g), Some(ix)) =
                        (doc.words.last_mut(), doc.gold.last_mut(), doc.line_index.last_mut())
                    {
                        w.push(word.clone());
                        g.push(gold.unwrap_or(Label::O));
                        ix.push(i);
                    }
                }
            }
        }
        if doc.token_count() > 0 {
            docs.push(doc);
        }
        for d in &mut docs {
            d.gold.iter_mut().for_each(|s| iob1_to_iob2(s));
        }
        docs
    }

    /// Writes every line back; `appended(i)` gives the column to append to line `i` (token and
    /// `-DOCSTART-` lines), `None` writes the line unchanged. Blank lines stay blank.
    pub fn write_with(&self, appended: impl Fn(usize) -> Option<&'static str>) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            match line {
                ConllLine::Blank(l) => out.push_str(l),
                ConllLine::DocStart(l) | ConllLine::Token { line: l, .. } => {
                    out.push_str(l);
                    if let Some(col) = appended(i) {
                        out.push(' ');
                        out.push_str(col);
                    }
                }
            }
            out.push('\n');
        }
        out
    }

    /// Whether every token line carries a tag in its last column.
    pub fn has_gold(&self) -> bool {
        self.lines.iter().all(|l| !matches!(l, ConllLine::Token { gold: None, .. }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- O O\n\nEU NNP I-ORG\nrejects VBZ O\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-LOC\n";

    #[test]
    fn round_trip_keeps_every_line() {
        let f = ConllFile::parse(SAMPLE, "sample").unwrap();
        assert_eq!(f.write_with(|_| None), SAMPLE);
    }

    #[test]
    fn documents_and_sentences_are_split() {
        let f = ConllFile::parse(SAMPLE, "sample").unwrap();
        let docs = f.documents();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].words, vec![vec!["EU", "rejects"], vec!["Peter", "Blackburn"]]);
        assert_eq!(docs[0].gold[1][0].as_str(), "B-PER");
        assert_eq!(docs[0].gold[1][1].as_str(), "I-PER");
        assert_eq!(docs[1].words, vec![vec!["Bonn"]]);
    }

    #[test]
    fn appended_column_goes_on_tokens_and_docstart() {
        let f = ConllFile::parse("-DOCSTART- -X- O\n\nBonn NNP I-LOC\n", "x").unwrap();
        let out = f.write_with(|i| (!matches!(f.lines[i], ConllLine::Blank(_))).then_some("O"));
        assert_eq!(out, "-DOCSTART- -X- O O\n\nBonn NNP I-LOC O\n");
    }
}
