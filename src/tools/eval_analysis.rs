//! `newslens eval-analysis`: the whole analysis of an article measured against the hand-made
//! gold set of `eval/` (docs/annotation.md). This module owns the run: finding the gold files,
//! loading each article with the product's own loader, analysing it with the gold publication
//! date, and the error type. The gold file model is in `gold`, the (pure) scoring in `score`,
//! the comparisons of words in `words`, the totals and their printing in `report`.

pub mod gold;
pub mod report;
pub mod score;
pub mod words;

pub use gold::{Gold, GoldProblem};
pub use report::{ArticleResult, Report};
pub use score::{score, ArticleScore, Counts, Family, Finding, Outcome};

use crate::article::{self, LoadError, LoadOptions};
use std::path::{Path, PathBuf};

/// Why one gold file could not be scored. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{}: cannot read: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: no gold files (NAME.json beside NAME.txt)", path.display())]
    NoGold { path: PathBuf },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}: holds {count} articles; a gold file annotates one", path.display())]
    NotOne { path: PathBuf, count: usize },
    #[error("{}: {problem}", path.display())]
    Gold { path: PathBuf, problem: GoldProblem },
}

/// The outcome of a run: the report over the files that could be scored, and the errors of
/// those that could not (also listed in the report).
pub struct Run {
    pub report: Report,
    pub errors: Vec<EvalError>,
}

/// The gold files of a folder (`*.json`, sorted), or the file itself when given one.
pub fn gold_files(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let io = |source| EvalError::Io { path: path.to_path_buf(), source };
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(EvalError::NoGold { path: path.to_path_buf() });
    }
    Ok(files)
}

/// Loads `NAME.txt` beside a gold file, analyses it with the gold publication date and scores it.
pub fn evaluate_file(json: &Path) -> Result<ArticleResult, EvalError> {
    let text = std::fs::read_to_string(json)
        .map_err(|source| EvalError::Io { path: json.to_path_buf(), source })?;
    let txt = json.with_extension("txt");
    let mut loaded = article::load_path(&txt, &LoadOptions::default());
    if loaded.len() != 1 {
        return Err(EvalError::NotOne { path: txt, count: loaded.len() });
    }
    let mut article = loaded.remove(0)?;
    let gold = Gold::parse(&text, &article.text())
        .map_err(|problem| EvalError::Gold { path: json.to_path_buf(), problem })?;
    // As `analyze --date`, but over any date the file might carry.
    article.published = Some(gold.published);
    let analysis = crate::analyze(&article);
    let name = json.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(ArticleResult::new(name, json.to_path_buf(), score(&gold, &analysis)))
}

/// Scores every gold file of the given folders (or files); a file that fails is reported and
/// the others are still scored.
pub fn evaluate_dirs(paths: &[PathBuf]) -> Run {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match gold_files(path) {
            Ok(files) => {
                for file in files {
                    match evaluate_file(&file) {
                        Ok(article) => articles.push(article),
                        Err(e) => errors.push(e),
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    let failed = errors.iter().map(ToString::to_string).collect();
    Run { report: Report::new(articles, failed), errors }
}
