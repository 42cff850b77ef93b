//! The SQLite store: opening (WAL, migrations), feeds, articles and their read / starred state.
//! Every multi-row change runs in one transaction.

use super::{dedupe, schema, search, LibraryError, Result};
use crate::article::{Article, PARAGRAPH_SEPARATOR};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// An article about to be stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewArticle {
    /// The feed's id for the item (RSS guid, Atom id, JSON Feed id).
    pub guid: Option<String>,
    pub url: Option<String>,
    pub title: String,
    pub source: String,
    /// Unix seconds.
    pub published: Option<i64>,
    /// Cleaned paragraphs joined by [`PARAGRAPH_SEPARATOR`].
    pub text: String,
    /// The feed carries only a teaser: the linked page should supply the full text.
    pub teaser: bool,
}

impl NewArticle {
    /// An article loaded from a file or page.
    pub fn from_article(a: &Article) -> NewArticle {
        NewArticle {
            guid: None,
            url: a.url.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            published: a
                .published
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc().timestamp()),
            text: a.text(),
            teaser: false,
        }
    }
}

/// One stored article as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRow {
    pub id: i64,
    pub feed_id: Option<i64>,
    /// The feed's title, or the source the article was imported with.
    pub source: String,
    pub title: String,
    pub url: Option<String>,
    /// Unix seconds.
    pub published: Option<i64>,
    pub read: bool,
    pub starred: bool,
}

impl ArticleRow {
    pub fn published_at(&self) -> Option<DateTime<Utc>> {
        self.published.and_then(|s| DateTime::from_timestamp(s, 0))
    }
}

/// Which articles [`Store::list_articles`] returns, newest first.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub feed_id: Option<i64>,
    pub unread_only: bool,
    pub starred_only: bool,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// How many items of a batch were new and how many were already stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreCounts {
    pub new: usize,
    pub existing: usize,
}

/// What a successful fetch tells about a feed.
#[derive(Debug, Clone, Default)]
pub struct FeedUpdate {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

const ARTICLE_ROW_SQL: &str = "SELECT a.id, a.feed_id, COALESCE(NULLIF(f.title, ''), a.source), \
     a.title, a.url, a.published, a.read, a.starred FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id";

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
        conn.pragma_update(None, "cache_size", -2000).map_err(db_err)?;
        schema::migrate(&mut conn)
            .map_err(|e| LibraryError::File { path: path.to_path_buf(), reason: e.to_string() })?;
        Ok(Store { conn, path: path.to_path_buf() })
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

    /// Stores articles that belong to no feed (imported files and pages), in one transaction.
    pub fn store_articles(&mut self, items: &[NewArticle]) -> Result<StoreCounts> {
        let tx = self.conn.transaction()?;
        let counts = insert_articles(&tx, None, items)?;
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

    /// Stored articles, newest first.
    pub fn list_articles(&self, q: &ListQuery) -> Result<Vec<ArticleRow>> {
        let sql = format!(
            "{ARTICLE_ROW_SQL} WHERE (?1 IS NULL OR a.feed_id = ?1) AND (?2 = 0 OR a.read = 0) \
             AND (?3 = 0 OR a.starred = 1) ORDER BY a.published DESC, a.id DESC LIMIT ?4 OFFSET ?5"
        );
        let limit = q.limit.map_or(-1, |l| l as i64);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![q.feed_id, q.unread_only, q.starred_only, limit, q.offset as i64],
            article_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One article's list row.
    pub fn article_row(&self, id: i64) -> Result<Option<ArticleRow>> {
        Ok(article_row_by_id(&self.conn, id)?)
    }

    /// One stored article, ready for the reader.
    pub fn article(&self, id: i64) -> Result<Option<Article>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.title, COALESCE(NULLIF(f.title, ''), a.source), a.url, a.published, a.text \
             FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1",
        )?;
        let found = stmt
            .query_row([id], |r| {
                let text: String = r.get(4)?;
                Ok(Article {
                    title: r.get(0)?,
                    source: r.get(1)?,
                    url: r.get(2)?,
                    published: r.get::<_, Option<i64>>(3)?.and_then(unix_to_date),
                    paragraphs: text
                        .split(PARAGRAPH_SEPARATOR)
                        .filter(|p| !p.is_empty())
                        .map(str::to_string)
                        .collect(),
                })
            })
            .optional()?;
        Ok(found)
    }

    /// Marks an article read or unread; false when there is no such article.
    pub fn set_read(&self, id: i64, read: bool) -> Result<bool> {
        Ok(self.conn.execute("UPDATE articles SET read = ?2 WHERE id = ?1", params![id, read])? > 0)
    }

    /// Stars or unstars an article; false when there is no such article.
    pub fn set_starred(&self, id: i64, starred: bool) -> Result<bool> {
        Ok(self
            .conn
            .execute("UPDATE articles SET starred = ?2 WHERE id = ?1", params![id, starred])?
            > 0)
    }

    /// Replaces an article's text (a teaser by its full page) in one transaction: the search
    /// index follows and the cached analysis and entity mentions are dropped, to be redone.
    pub fn replace_text(&mut self, id: i64, text: &str, full_text_state: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let was_indexed = search::unindex_article(&tx, id)?;
        tx.execute(
            "UPDATE articles SET text = ?2, full_text = ?3 WHERE id = ?1",
            params![id, text, full_text_state],
        )?;
        if was_indexed {
            search::reindex_article(&tx, id)?;
        }
        tx.execute("DELETE FROM analyses WHERE article_id = ?1", [id])?;
        tx.execute("DELETE FROM mentions WHERE article_id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Records whether an article's linked page was fetched (see [`super::fulltext`]).
    pub fn set_full_text_state(&self, id: i64, state: i64) -> Result<()> {
        self.conn
            .execute("UPDATE articles SET full_text = ?2 WHERE id = ?1", params![id, state])?;
        Ok(())
    }

    /// Number of stored articles.
    pub fn article_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?)
    }
}

pub(crate) fn article_row_by_id(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<ArticleRow>> {
    let mut stmt = conn.prepare_cached(&format!("{ARTICLE_ROW_SQL} WHERE a.id = ?1"))?;
    stmt.query_row([id], article_row).optional()
}

fn insert_articles(
    conn: &Connection,
    feed_id: Option<i64>,
    items: &[NewArticle],
) -> Result<StoreCounts> {
    let mut counts = StoreCounts::default();
    let now = super::now_unix();
    let mut insert = conn.prepare_cached(
        "INSERT INTO articles (feed_id, guid, url, text_hash, title, source, published, added, \
         text, full_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for item in items {
        let hash = dedupe::text_hash(&item.title, &item.text);
        if dedupe::find_existing(conn, feed_id, item, hash)?.is_some() {
            counts.existing += 1;
            continue;
        }
        insert.execute(params![
            feed_id,
            item.guid,
            item.url,
            hash,
            item.title,
            item.source,
            item.published,
            now,
            item.text,
            i64::from(item.teaser && item.url.is_some()),
        ])?;
        counts.new += 1;
    }
    Ok(counts)
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

fn article_row(r: &Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        source: r.get(2)?,
        title: r.get(3)?,
        url: r.get(4)?,
        published: r.get(5)?,
        read: r.get(6)?,
        starred: r.get(7)?,
    })
}

pub(crate) fn unix_to_date(secs: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}
