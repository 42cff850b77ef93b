//! Tagged sentences from CoNLL files: the word in the first column and its part-of-speech tag in
//! the second (CoNLL-2003: word, POS, chunk, NE). Lines are read by the NER module's reader.

use crate::analysis::pos::tags::Tag;
use crate::analysis::pos::PosError;
use crate::tools::ner::conll::{ConllFile, ConllLine};
use std::path::Path;

/// One sentence with its gold tags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaggedSentence {
    pub words: Vec<String>,
    pub tags: Vec<Tag>,
}

impl TaggedSentence {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// Parses CoNLL text; `name` is used in errors. Every token line needs a known tag in its second
/// column.
pub fn parse(text: &str, name: &str) -> Result<Vec<TaggedSentence>, PosError> {
    let file = ConllFile::parse(text, name).map_err(PosError::Corpus)?;
    let mut out = Vec::new();
    let mut current = TaggedSentence::default();
    for (n, line) in file.lines.iter().enumerate() {
        match line {
            ConllLine::Blank(_) | ConllLine::DocStart(_) => {
                if !current.words.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            ConllLine::Token { line, word, .. } => {
                let column = line.split_whitespace().nth(1);
                let tag = column.and_then(Tag::parse).ok_or_else(|| PosError::Conll {
                    file: name.into(),
                    line: n + 1,
                    problem: match column {
                        Some(c) => format!("unknown part-of-speech tag {c:?} in column 2"),
                        None => "no part-of-speech tag in column 2".into(),
                    },
                })?;
                current.words.push(word.clone());
                current.tags.push(tag);
            }
        }
    }
    if !current.words.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// Reads and parses a CoNLL file.
pub fn read(path: &Path) -> Result<Vec<TaggedSentence>, PosError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| PosError::Io { file: name.clone(), source: e })?;
    parse(&text, &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_blank_lines_and_documents() {
        let text = "-DOCSTART- -X- O O\n\nShe PRP B-NP O\nwon VBD B-VP O\n. . O O\n\n\
                    -DOCSTART- -X- O O\nRain NN B-NP O\n";
        let s = parse(text, "t").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["She", "won", "."]);
        assert_eq!(s[0].tags, [Tag::PRP, Tag::VBD, Tag::parse(".").unwrap()]);
        assert_eq!(s[1].tags, [Tag::NN]);
    }

    #[test]
    fn a_bad_tag_names_the_file_and_line() {
        let err = parse("She PRP O\nwon VERB O\n", "x.txt").unwrap_err().to_string();
        assert!(err.contains("x.txt") && err.contains("line 2") && err.contains("VERB"), "{err}");
        let err = parse("She\n", "y.txt").unwrap_err().to_string();
        assert!(err.contains("line 1") && err.contains("column 2"), "{err}");
    }
}
