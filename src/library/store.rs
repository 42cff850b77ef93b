//! The SQLite store: an open library and its feeds' types. Opening (the checks that a file is a
//! newslens library before anything is written, WAL, migrations, read-only opening, copies) is
//! in `store/open.rs`, the subscribed feeds in `store/feeds.rs`, articles coming in (built and
//! inserted deduplicated) in `store/incoming.rs`, stored articles in `store/articles.rs`. Every multi-row change runs in one transaction, taken for writing at its
//! start (`BEGIN IMMEDIATE`), so that a second writer on the same file waits its turn (up to
//! [`BUSY_TIMEOUT`]) instead of failing with "database is locked".

mod articles;
mod feeds;
mod incoming;
mod open;

pub(crate) use articles::article_row_by_id;
pub use articles::{ArticleRow, ListQuery};
pub use feeds::FeedRemoval;
use incoming::insert_articles;
pub use incoming::{NewArticle, StoreCounts};
pub use open::APPLICATION_ID;

use chrono::{DateTime, NaiveDate};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// SQLite page cache of a store, in KiB.
pub(crate) const CACHE_KB: i64 = 2000;

/// How long a write waits for another connection's write to finish.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// An open library database.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
}

/// A subscribed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub id: i64,
    pub url: String,
    /// The name shown: the feed's own title, or the one the user (or an OPML file) gave it.
    pub title: String,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds of the last successful fetch.
    pub last_fetched: Option<i64>,
    /// Why the last refresh of this feed failed, if it did.
    pub last_error: Option<String>,
    /// The folder it is filed in (nested folders joined by [`FOLDER_SEPARATOR`]).
    pub folder: Option<String>,
    /// The title was given by the user (`rename`) or an OPML file: refresh keeps it.
    pub title_pinned: bool,
}

/// Joins the names of nested folders in [`Feed::folder`].
pub const FOLDER_SEPARATOR: &str = " / ";

/// A feed with its article counts, for a list grouped by feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedSummary {
    pub feed: Feed,
    pub total: i64,
    pub unread: i64,
}

/// What a successful fetch tells about a feed.
#[derive(Debug, Clone, Default)]
pub struct FeedUpdate {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for queries this module does not offer.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// True when the store was opened for reading only.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
    }
}

/// A write transaction on `conn`, holding the write lock from its start: a deferred one that
/// reads first could find at its first write that another connection wrote meanwhile, and fail
/// at once instead of waiting.
pub(crate) fn write_tx(conn: &Connection) -> rusqlite::Result<Transaction<'_>> {
    Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
}

pub(crate) fn unix_to_date(secs: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}
