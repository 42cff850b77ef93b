//! The SQLite store: opening it (WAL, migrations) and the subscribed feeds; the articles are in
//! `store/articles.rs`. Every multi-row change runs in one transaction.

mod articles;

pub(crate) use articles::article_row_by_id;
use articles::insert_articles;
pub use articles::{ArticleRow, ListQuery, NewArticle, StoreCounts};

use super::{schema, LibraryError, Result};
use chrono::{DateTime, NaiveDate};
use rusqlite::{params, Connection, Row};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// SQLite page cache of a store, in KiB.
pub(crate) const CACHE_KB: i64 = 2000;

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
    pub title: String,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds of the last successful fetch.
    pub last_fetched: Option<i64>,
    /// Why the last refresh of this feed failed, if it did.
    pub last_error: Option<String>,
}

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
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| LibraryError::File {
                path: dir.to_path_buf(),
                reason: format!("cannot create the data directory: {e}"),
            })?;
        }
        let db_err = |source| LibraryError::Db { path: path.to_path_buf(), source };
        let mut conn = Connection::open(path).map_err(db_err)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db_err)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).map_err(db_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(db_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(db_err)?;
        // 2 MB of page cache (SQLite's default, made explicit): more buys little speed for the
        // memory it costs during a large refresh.
        conn.pragma_update(None, "cache_size", -CACHE_KB).map_err(db_err)?;
        schema::migrate(&mut conn)
            .map_err(|e| LibraryError::File { path: path.to_path_buf(), reason: e.to_string() })?;
        Ok(Store { conn, path: path.to_path_buf() })
    }

    /// Opens an existing database for reading only (the reader on files looks up an entity's
    /// library articles this way); `None` when there is none there or its schema is not this
    /// build's.
    pub fn open_read_only(path: &Path) -> Option<Store> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).ok()?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).ok()?;
        (version == schema::current_version()).then(|| Store { conn, path: path.to_path_buf() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for queries this module does not offer.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Subscribes to `url`; returns the feed's id and whether it is new.
    pub fn add_feed(&self, url: &str, title: &str) -> Result<(i64, bool)> {
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?1, ?2, ?3)",
            params![url, title, super::now_unix()],
        )? > 0;
        let id = self.conn.query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))?;
        Ok((id, inserted))
    }

    /// Every subscribed feed, by title.
    pub fn feeds(&self) -> Result<Vec<Feed>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, url, title, site_url, etag, last_modified, last_fetched, last_error \
             FROM feeds ORDER BY title COLLATE NOCASE, url",
        )?;
        let rows = stmt.query_map([], feed_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every feed with its total and unread article counts.
    pub fn feed_summaries(&self) -> Result<Vec<FeedSummary>> {
        // Two index-only counts: all articles by feed, and unread ones (a partial index).
        let count_by_feed = |sql: &str| -> Result<std::collections::HashMap<i64, i64>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let totals = count_by_feed(
            "SELECT feed_id, COUNT(*) FROM articles WHERE feed_id IS NOT NULL GROUP BY feed_id",
        )?;
        let unread = count_by_feed(
            "SELECT feed_id, COUNT(*) FROM articles WHERE read = 0 AND feed_id IS NOT NULL \
             GROUP BY feed_id",
        )?;
        Ok(self
            .feeds()?
            .into_iter()
            .map(|feed| {
                let total = totals.get(&feed.id).copied().unwrap_or(0);
                let unread = unread.get(&feed.id).copied().unwrap_or(0);
                FeedSummary { feed, total, unread }
            })
            .collect())
    }

    /// Stores a fetched feed's items and metadata in one transaction; items already stored are
    /// left as they are (with their read / starred state).
    pub fn store_feed_items(
        &mut self,
        feed_id: i64,
        update: &FeedUpdate,
        items: &[NewArticle],
    ) -> Result<StoreCounts> {
        let tx = self.conn.transaction()?;
        let counts = insert_articles(&tx, Some(feed_id), items)?;
        tx.execute(
            "UPDATE feeds SET title = COALESCE(NULLIF(?2, ''), title), \
             site_url = COALESCE(?3, site_url), etag = ?4, last_modified = ?5, \
             last_fetched = ?6, last_error = NULL WHERE id = ?1",
            params![
                feed_id,
                update.title,
                update.site_url,
                update.etag,
                update.last_modified,
                super::now_unix()
            ],
        )?;
        tx.commit()?;
        Ok(counts)
    }

    /// Records a refresh that found the feed unchanged (HTTP 304).
    pub fn record_not_modified(&self, feed_id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE feeds SET last_fetched = ?2, last_error = NULL WHERE id = ?1",
            params![feed_id, super::now_unix()],
        )?;
        Ok(())
    }

    /// Records why a feed's refresh failed; its stored articles are kept.
    pub fn record_feed_error(&self, feed_id: i64, reason: &str) -> Result<()> {
        self.conn
            .execute("UPDATE feeds SET last_error = ?2 WHERE id = ?1", params![feed_id, reason])?;
        Ok(())
    }
}

fn feed_from_row(r: &Row) -> rusqlite::Result<Feed> {
    Ok(Feed {
        id: r.get(0)?,
        url: r.get(1)?,
        title: r.get(2)?,
        site_url: r.get(3)?,
        etag: r.get(4)?,
        last_modified: r.get(5)?,
        last_fetched: r.get(6)?,
        last_error: r.get(7)?,
    })
}

pub(crate) fn unix_to_date(secs: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}
