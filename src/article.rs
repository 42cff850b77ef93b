//! The article model, the typed load error, and the entry points that load articles from paths,
//! bytes and the bundled samples. Each input format has its own module under `article/`; every
//! string is cleaned of control characters and escape sequences on the way in.

pub mod bench;
pub mod clean;
pub mod date;
pub mod decode;
pub mod detect;
pub mod feed;
pub mod html;
pub mod json;
pub mod load;
pub mod markdown;
pub mod text;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub use detect::Format;
pub use load::{
    bundled, load_bytes, load_document, load_path, Document, LoadOptions, Origin, MAX_FILE_BYTES,
};

/// One news article, as the reader shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Why a file could not be turned into articles. Every variant names the file; its message reads
/// `PATH: reason`, the path made printable (escape sequences in a file name never reach the
/// terminal).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read: {source}", shown(path))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: empty file", shown(path))]
    Empty { path: PathBuf },
    #[error("{}: binary file, not text ({what})", shown(path))]
    Binary { path: PathBuf, what: String },
    #[error("{}: not valid UTF-8 (invalid byte at offset {offset}, line {line})", shown(path))]
    Encoding { path: PathBuf, offset: usize, line: usize },
    #[error("{}: file too large ({size} bytes; the limit is {limit} bytes)", shown(path))]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error(
        "{}: malformed JSON at line {line}, column {column}: {}",
        shown(path),
        clean::printable(message)
    )]
    Json { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{}: cannot parse feed: {}", shown(path), clean::printable(message))]
    Feed { path: PathBuf, message: String },
    #[error("{}: no article text found{detail}", shown(path))]
    NoText { path: PathBuf, detail: String },
    #[error("{}: no supported files found (looked for {})", shown(path), load::SUPPORTED_EXTENSIONS.join(", "))]
    NoSupportedFiles { path: PathBuf },
    #[error("{}: {}", shown(path), clean::printable(reason))]
    Invalid { path: PathBuf, reason: String },
}

/// A path as messages print it: escape sequences and control characters made visible.
pub fn shown(path: &Path) -> String {
    clean::printable(&path.display().to_string()).into_owned()
}

impl LoadError {
    pub fn invalid(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        LoadError::Invalid { path: path.into(), reason: reason.into() }
    }

    /// "No article text found", with an optional hint such as which fields were looked for.
    pub fn no_text(path: impl Into<PathBuf>, hint: &str) -> Self {
        let detail = if hint.is_empty() { String::new() } else { format!(" ({hint})") };
        LoadError::NoText { path: path.into(), detail }
    }

    /// The message without the leading `PATH: `, for callers that name the source themselves
    /// (a refresh summary names the feed's URL).
    pub fn reason(&self) -> String {
        let message = self.to_string();
        let prefix = format!("{}: ", shown(self.path()));
        message.strip_prefix(&prefix).map_or_else(|| message.clone(), str::to_string)
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::Binary { path, .. }
            | LoadError::Encoding { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::Json { path, .. }
            | LoadError::Feed { path, .. }
            | LoadError::NoText { path, .. }
            | LoadError::NoSupportedFiles { path }
            | LoadError::Invalid { path, .. } => path,
        }
    }
}
