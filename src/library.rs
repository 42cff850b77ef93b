//! The library: subscribed feeds, stored articles with read / starred state, cached analyses, an
//! entity index across every article, and full-text search, all in one SQLite file.
//!
//! - [`store`] opens the database (schema in [`schema`]) and owns every query on feeds and
//!   articles; [`dedupe`] decides when an incoming article is one already stored.
//! - Feeds, pages and files are read by the article loaders ([`crate::article::load_document`]),
//!   the same path `newslens FILE` takes, so one story gives one text whichever way it comes in;
//!   [`url`] is the one check of the web addresses newslens fetches or opens.
//! - [`fetch`] is the HTTP client (timeouts, size cap, gzip, conditional GET, bounded redirects);
//!   [`refresh`] fetches every feed concurrently and stores the items; [`fulltext`] replaces
//!   teasers by the text of the linked page; [`checkpoint`] keeps WAL checkpoints off the
//!   writing thread during bulk writes.
//! - [`index`] analyses stored articles (cached, versioned) and fills the entity index that
//!   [`mentions`] reads; [`search`] keeps the FTS5 index and answers ranked queries.
//! - [`opml`] imports and exports subscription lists; [`add`] subscribes to a URL or imports a file.
//! - [`commands`] are the command-line commands built on all of the above; [`memory`] keeps a big
//!   refresh's memory down.
//!
//! For the reader: [`Store::feed_summaries`] and [`Store::list_articles`] give the article list
//! grouped by feed with unread counts, [`Store::article`] and [`index::analysis`] open one
//! article with its cached analysis, [`Store::set_read`] / [`Store::set_starred`] keep state,
//! [`mentions::mentions_of_kind`] and [`mentions::timeline`] fill an entity card, and
//! [`refresh::refresh_all`] reports progress through a callback (open a second [`Store`] on the
//! same file to refresh from a background thread). For feeds: [`Store::find_feed`] resolves what
//! a user typed, [`Store::rename_feed`], [`Store::mark_feed_read`], [`Store::removal_of`] /
//! [`Store::remove_feed`] and [`refresh::refresh_one`] do what `rename`, `mark-read`, `remove` and
//! `refresh FEED` do on the command line; a refresh that meets another one running fails with
//! [`LibraryError::RefreshRunning`].

pub mod add;
pub mod checkpoint;
pub mod commands;
pub mod dedupe;
pub mod fetch;
pub mod fulltext;
pub mod index;
pub mod memory;
pub mod mentions;
pub mod opml;
pub mod refresh;
pub mod schema;
pub mod search;
pub mod store;
pub mod url;

pub use store::Store;

use std::path::{Path, PathBuf};

/// Why a library operation failed. Paths, addresses and names from outside are shown printable
/// (escape sequences in them never reach the terminal).
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{}: database error: {source}", shown(path))]
    Db { path: PathBuf, source: rusqlite::Error },
    /// A database error from a store whose path the caller adds with [`LibraryError::at`].
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{}: {}", shown(path), printable(reason))]
    File { path: PathBuf, reason: String },
    #[error("{}: {}", printable(url), printable(reason))]
    Fetch { url: String, reason: String },
    #[error("no data directory on this platform: pass --db PATH or set NEWSLENS_DB")]
    NoDataDir,
    #[error(
        "{}: no library here yet (`newslens add URL` subscribes to a feed and creates it)",
        shown(path)
    )]
    NoLibrary { path: PathBuf },
    #[error(
        "{}: the library is read-only (file or folder permissions, or a read-only disk): \
             reading commands such as list, search and export-opml still work",
        shown(path)
    )]
    ReadOnly { path: PathBuf },
    #[error("{}: not a newslens library: {reason}; it was left untouched (choose another file with --db)", shown(path))]
    NotALibrary { path: PathBuf, reason: String },
    #[error(
        "{}: a refresh of this library is already running (started by another newslens); \
             this one stops without changing anything",
        shown(path)
    )]
    RefreshRunning { path: PathBuf },
    #[error("no feed matches {:?} (`newslens feeds` lists them)", printable(name))]
    NoSuchFeed { name: String },
    #[error("{:?} matches {} feeds: {}; give more of the title or the address", printable(name), candidates.len(), printable(&candidates.join(", ")))]
    AmbiguousFeed { name: String, candidates: Vec<String> },
    #[error("no article #{0} in the library (`newslens list` shows the numbers)")]
    NoSuchArticle(i64),
    #[error("{}", printable(.0))]
    Other(String),
}

impl LibraryError {
    /// Names the library file in a database error that does not name it yet.
    pub fn at(self, path: &Path) -> LibraryError {
        match self {
            LibraryError::Sql(source) => LibraryError::Db { path: path.to_path_buf(), source },
            other => other,
        }
    }
}

fn shown(path: &Path) -> String {
    crate::article::shown(path)
}

fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    crate::article::clean::printable(s)
}

pub type Result<T, E = LibraryError> = std::result::Result<T, E>;

/// Environment variable that names the database file.
pub const DB_ENV: &str = "NEWSLENS_DB";

/// File name of the database inside the platform data directory.
pub const DB_FILE: &str = "library.db";

/// The database file to use: `explicit` (`--db`), else `$NEWSLENS_DB`, else `library.db` in the
/// platform data directory (e.g. `~/.local/share/newslens` on Linux).
pub fn resolve_db_path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    default_db_path().ok_or(LibraryError::NoDataDir)
}

/// `library.db` in the platform data directory, when the platform has one.
pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "newslens").map(|d| d.data_dir().join(DB_FILE))
}

/// Seconds since the Unix epoch, now.
pub(crate) fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}
