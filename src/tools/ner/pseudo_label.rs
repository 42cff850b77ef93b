//! Self-training text: unlabelled news labelled by the product's own analysis (the tagger and
//! every rule after it: company cues, titles of works, named events, one kind per entity), written
//! as a CoNLL file that training reads beside CoNLL-2003. The model then learns from news of
//! another decade and from what the rules know, and needs fewer rules at run time. The gold
//! articles of `eval/` are left out by their text ([`Exclusions`]).

use super::cluster_train::{files_under, timeml_text};
use super::exclude::Exclusions;
use crate::analysis::document::Document;
use crate::analysis::ner::NerError;
use crate::analysis::{self, entities, EntityKind, Span};
use std::io::Write;
use std::path::PathBuf;

/// What [`write_pseudo_labelled`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PseudoStats {
    pub documents: usize,
    pub left_out: usize,
    pub sentences: usize,
    pub words: usize,
    pub names: usize,
    /// Files that could not be read as text (each named on stderr), left out.
    pub unreadable: usize,
}

/// The CoNLL type of a product kind (groups such as nationalities are CoNLL's MISC).
fn conll_type(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Place => Some("LOC"),
        EntityKind::Group | EntityKind::Misc => Some("MISC"),
        EntityKind::Date | EntityKind::Quantity => None,
    }
}

/// Appends one document, labelled by its analysis, to `out` (IOB2 labels, `-X-` for the
/// part-of-speech column).
pub fn write_document(text: String, out: &mut String, stats: &mut PseudoStats) {
    let doc = Document::new(text, None);
    let words = entities::tagger_words(&doc);
    let analysis = analysis::analyze_document(doc);
    let mut names: Vec<(Span, &str)> = analysis
        .entities
        .iter()
        .filter_map(|e| conll_type(e.kind).map(|t| (e, t)))
        .flat_map(|(e, t)| e.mentions.iter().map(move |m| (m.clone(), t)))
        .collect();
    names.sort_by_key(|(s, _)| (s.start, s.end));
    out.push_str("-DOCSTART- -X- O\n\n");
    stats.documents += 1;
    let text = analysis.text.as_str();
    for sentence in words.iter().filter(|w| !w.is_empty()) {
        let mut open: Option<usize> = None;
        for w in sentence {
            let word = &text[w.clone()];
            if word.chars().any(char::is_whitespace) || word.is_empty() {
                continue;
            }
            let k = names.partition_point(|(s, _)| s.end <= w.start);
            let inside = names.get(k).filter(|(s, _)| s.start <= w.start && w.end <= s.end);
            let label = match inside {
                Some((_, t)) if open == Some(k) => format!("I-{t}"),
                Some((_, t)) => {
                    stats.names += 1;
                    format!("B-{t}")
                }
                None => "O".to_string(),
            };
            open = inside.map(|_| k);
            out.push_str(&format!("{word} -X- {label}\n"));
            stats.words += 1;
        }
        out.push('\n');
        stats.sentences += 1;
    }
}

/// Writes the text files under `texts` (`.tml` read as TimeML), except the excluded articles,
/// as one pseudo-labelled CoNLL file: of the documents left, the first and every `every`-th
/// after it (1: all; 2: half), so that the gold training data is not outweighed.
pub fn write_pseudo_labelled(
    texts: &[PathBuf],
    exclude: &Exclusions,
    every: usize,
    out: &mut dyn Write,
) -> Result<PseudoStats, NerError> {
    let mut files = Vec::new();
    for p in texts {
        files_under(p, &mut files)?;
    }
    let mut stats = PseudoStats::default();
    let mut kept = 0;
    for f in files {
        let raw = match super::read_text(&f) {
            Ok(raw) => raw,
            Err(e) => {
                crate::library::commands::note(format!("newslens: {e}; left out"));
                stats.unreadable += 1;
                continue;
            }
        };
        let text = if f.extension().is_some_and(|e| e == "tml") { timeml_text(&raw) } else { raw };
        if exclude.excludes(&text) {
            stats.left_out += 1;
            continue;
        }
        kept += 1;
        if (kept - 1) % every.max(1) != 0 {
            continue;
        }
        let mut block = String::new();
        write_document(text, &mut block, &mut stats);
        out.write_all(block.as_bytes())
            .map_err(|e| NerError::Io { file: "the pseudo-labelled output".into(), source: e })?;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::ner::conll::ConllFile;

    #[test]
    fn a_document_is_written_with_the_analysis_labels() {
        let text = "Officials of Acme Corp met Jane Doe in Paris on Monday. Doe said the \
                    talks went well."
            .to_string();
        let mut out = String::new();
        let mut stats = PseudoStats::default();
        write_document(text, &mut out, &mut stats);
        let file = ConllFile::parse(&out, "pseudo").expect("the output is a CoNLL file");
        let docs = file.documents();
        assert_eq!(docs.len(), 1);
        let labelled: Vec<(String, String)> = docs[0]
            .words
            .iter()
            .flatten()
            .zip(docs[0].gold.iter().flatten())
            .map(|(w, l)| (w.clone(), l.as_str().to_string()))
            .collect();
        let label_of = |w: &str| labelled.iter().find(|(x, _)| x == w).map(|(_, l)| l.clone());
        assert_eq!(label_of("Paris").as_deref(), Some("B-LOC"), "{labelled:?}");
        assert_eq!(label_of("Jane").as_deref(), Some("B-PER"), "{labelled:?}");
        assert_eq!(label_of("Corp").as_deref(), Some("I-ORG"), "{labelled:?}");
        assert_eq!(label_of("met").as_deref(), Some("O"));
        assert_eq!(stats.documents, 1);
        assert_eq!(stats.sentences, 2);
        assert!(stats.names >= 3, "{stats:?}");
    }
}
