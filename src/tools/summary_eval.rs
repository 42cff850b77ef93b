//! Evaluation of the summary ranker on an extractive corpus laid out like BBC News Summary:
//! `DIR/articles/{category}/NAME.txt` (first line the title, a blank line, paragraphs) and
//! `DIR/summaries/{category}/NAME.txt` (the sentences the reference kept, concatenated). A picked
//! sentence counts as kept when its whitespace-normalised text occurs in the reference.

use crate::analysis::document::Document;
pub use crate::analysis::summary::Weights;
use crate::analysis::summary::{rank_lead, rank_textrank, rank_with};
use crate::analysis::{entities, facts, mentions, timex, SummarySentence};
use std::path::{Path, PathBuf};

/// Why a corpus could not be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: no reference summary for this article")]
    MissingSummary { path: PathBuf },
    #[error("{path}: no articles found (expected articles/CATEGORY/NAME.txt)")]
    Empty { path: PathBuf },
}

/// The rankers compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Ranker,
    Lead,
    TextRank,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Ranker, Method::Lead, Method::TextRank];

    pub fn label(self) -> &'static str {
        match self {
            Method::Ranker => "newslens",
            Method::Lead => "lead-k",
            Method::TextRank => "textrank-k",
        }
    }
}

/// Picked and kept counts for one method at one k, summed over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub picked: usize,
    pub kept: usize,
}

impl Tally {
    /// Share of picked sentences the reference kept (micro-averaged over articles).
    pub fn precision(&self) -> f64 {
        if self.picked == 0 {
            0.0
        } else {
            self.kept as f64 / self.picked as f64
        }
    }
}

/// Results over a whole corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    pub articles: usize,
    pub sentences: usize,
    pub ks: Vec<usize>,
    /// `tallies[m][i]`: method `Method::ALL[m]` at `ks[i]`.
    pub tallies: Vec<Vec<Tally>>,
}

impl EvalReport {
    pub fn tally(&self, method: Method, k: usize) -> Option<Tally> {
        let m = Method::ALL.iter().position(|&x| x == method)?;
        let i = self.ks.iter().position(|&x| x == k)?;
        self.tallies.get(m)?.get(i).copied()
    }
}

/// One article of the corpus: its body (title removed) and its reference summary.
pub struct Sample {
    pub body: String,
    pub reference: String,
}

/// Reads every article with its reference summary, in file-name order.
pub fn load_corpus(dir: &Path) -> Result<Vec<Sample>, EvalError> {
    let articles = dir.join("articles");
    let mut files = Vec::new();
    for category in sorted_entries(&articles)? {
        if category.is_dir() {
            files.extend(
                sorted_entries(&category)?
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "txt")),
            );
        }
    }
    if files.is_empty() {
        return Err(EvalError::Empty { path: articles });
    }
    files
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(&articles).unwrap_or(path);
            let summary_path = dir.join("summaries").join(relative);
            if !summary_path.is_file() {
                return Err(EvalError::MissingSummary { path: path.clone() });
            }
            Ok(Sample { body: body_of(&read(path)?), reference: normalise(&read(&summary_path)?) })
        })
        .collect()
}

/// Runs the three methods at every k over the corpus.
pub fn evaluate(samples: &[Sample], ks: &[usize], weights: &Weights) -> EvalReport {
    let mut tallies = vec![vec![Tally::default(); ks.len()]; Method::ALL.len()];
    let mut sentence_count = 0;
    for sample in samples {
        let text = &sample.body;
        let doc = Document::new(text.clone(), None);
        let sents = doc.sentence_spans();
        sentence_count += sents.len();
        let names = entities::recognize(&doc);
        let dates = timex::find(&doc);
        let quantities = facts::quantities(&doc, &dates);
        let ents = mentions::merge(&doc, &names, &dates, &quantities);
        let kept: Vec<bool> =
            sents.iter().map(|s| sample.reference.contains(&normalise(&text[s.clone()]))).collect();
        for (m, method) in Method::ALL.iter().enumerate() {
            let ranked = match method {
                Method::Ranker => rank_with(&doc, ents.all(), weights),
                Method::Lead => rank_lead(&doc),
                Method::TextRank => rank_textrank(&doc),
            };
            for (i, &k) in ks.iter().enumerate() {
                let t = &mut tallies[m][i];
                let top = &ranked[..k.min(ranked.len())];
                t.picked += top.len();
                t.kept += top.iter().filter(|s| is_kept(&kept, s)).count();
            }
        }
    }
    EvalReport { articles: samples.len(), sentences: sentence_count, ks: ks.to_vec(), tallies }
}

fn is_kept(kept: &[bool], s: &SummarySentence) -> bool {
    kept.get(s.sentence).copied().unwrap_or(false)
}

/// The article without its title line, paragraphs separated by a blank line as in
/// [`crate::article::Article::text`].
pub fn body_of(file: &str) -> String {
    let mut lines = file.lines();
    lines.next();
    let rest: Vec<&str> = lines.collect();
    rest.join("\n")
        .split("\n\n")
        .map(normalise)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(crate::article::PARAGRAPH_SEPARATOR)
}

/// Collapses every run of whitespace to one space and trims.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read(path: &Path) -> Result<String, EvalError> {
    let bytes =
        std::fs::read(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let io = |source| EvalError::Io { path: dir.to_owned(), source };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        out.push(entry.map_err(io)?.path());
    }
    out.sort();
    Ok(out)
}

/// A plain-text table: one row per k, precision@k of each method in percent, and the ranker's
/// lead over each baseline.
pub fn format_report(report: &EvalReport) -> String {
    let mut out = format!(
        "{} articles, {} sentences (title excluded); precision@k = kept / picked\n",
        report.articles, report.sentences
    );
    out.push_str(&format!("{:>3}", "k"));
    for m in Method::ALL {
        out.push_str(&format!(" {:>11}", m.label()));
    }
    out.push_str(&format!(" {:>11} {:>11}\n", "vs lead", "vs textrank"));
    for &k in &report.ks {
        let p = |m| report.tally(m, k).map_or(0.0, |t| t.precision() * 100.0);
        out.push_str(&format!("{k:>3}"));
        for m in Method::ALL {
            out.push_str(&format!(" {:>10.1}%", p(m)));
        }
        out.push_str(&format!(
            " {:>+10.1}  {:>+10.1}\n",
            p(Method::Ranker) - p(Method::Lead),
            p(Method::Ranker) - p(Method::TextRank)
        ));
    }
    out
}
