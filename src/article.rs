//! The article model and the entry points that load articles from paths, bytes and the bundled
//! samples. Format-specific parsing lives in `article/`; every string is cleaned on the way in.

pub mod clean;
pub mod load;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub use load::{bundled, load_bytes, load_path, LoadOptions};

/// One news article, as the reader shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub title: String,
    /// Where it came from: a feed or site name, or the file name.
    pub source: String,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// Body paragraphs, cleaned, without blank entries.
    pub paragraphs: Vec<String>,
}

impl Article {
    /// The body as one string, paragraphs separated by a blank line: the text every analysis
    /// offset points into and the text the screen shows.
    pub fn text(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
    }
}

/// What separates two paragraphs in [`Article::text`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// Why a file could not be turned into articles.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

impl LoadError {
    pub fn invalid(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        LoadError::Invalid { path: path.into(), reason: reason.into() }
    }

    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            LoadError::Io { path, .. } | LoadError::Invalid { path, .. } => path,
        }
    }
}
