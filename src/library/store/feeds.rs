//! The subscribed feeds: subscribing, listing with counts, storing a fetched feed's items, and
//! what a reader does to a feed (find it by name or address, rename it, file it in a folder,
//! mark it read, remove it).

use super::StoreCounts;
use super::{insert_articles, write_tx, Feed, FeedSummary, FeedUpdate, NewArticle, Store};
use crate::library::{search, LibraryError, Result};
use rusqlite::{params, OptionalExtension, Row};

const FEED_COLUMNS: &str =
    "id, url, title, site_url, etag, last_modified, last_fetched, last_error, folder, title_pinned";

/// What removing a feed did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FeedRemoval {
    /// Articles deleted with the feed.
    pub deleted: usize,
    /// Starred articles kept (they stay in the library as imported articles).
    pub kept_starred: usize,
}

impl Store {
    /// Subscribes to `url`; returns the feed's id and whether it is new.
    pub fn add_feed(&self, url: &str, title: &str) -> Result<(i64, bool)> {
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?1, ?2, ?3)",
            params![url, title, crate::library::now_unix()],
        )? > 0;
        let id = self.conn.query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))?;
        Ok((id, inserted))
    }

    /// Subscribes to a feed an OPML file names: its title there is kept across refreshes (the
    /// user chose it) and its folder is recorded. Returns the id and whether it is new.
    pub fn add_named_feed(
        &self,
        url: &str,
        title: &str,
        folder: Option<&str>,
    ) -> Result<(i64, bool)> {
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO feeds (url, title, added, folder, title_pinned) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![url, title, crate::library::now_unix(), folder, !title.is_empty()],
        )? > 0;
        let id = self.conn.query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))?;
        Ok((id, inserted))
    }

    /// Every subscribed feed, by folder then title.
    pub fn feeds(&self) -> Result<Vec<Feed>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {FEED_COLUMNS} FROM feeds \
             ORDER BY folder IS NOT NULL, folder COLLATE NOCASE, title COLLATE NOCASE, url"
        ))?;
        let rows = stmt.query_map([], feed_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One feed by id.
    pub fn feed(&self, id: i64) -> Result<Option<Feed>> {
        let sql = format!("SELECT {FEED_COLUMNS} FROM feeds WHERE id = ?1");
        Ok(self.conn.query_row(&sql, [id], feed_from_row).optional()?)
    }

    /// The feed a user means by `name`: its address, its title (ignoring case), else the one
    /// feed whose title or address contains it. None or several is an error that says which.
    pub fn find_feed(&self, name: &str) -> Result<Feed> {
        let feeds = self.feeds()?;
        let wanted = name.trim().to_lowercase();
        let exact: Vec<&Feed> = feeds
            .iter()
            .filter(|f| f.url == name.trim() || f.title.to_lowercase() == wanted)
            .collect();
        let found: Vec<&Feed> = if exact.is_empty() {
            feeds
                .iter()
                .filter(|f| {
                    f.title.to_lowercase().contains(&wanted)
                        || f.url.to_lowercase().contains(&wanted)
                })
                .collect()
        } else {
            exact
        };
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(LibraryError::NoSuchFeed { name: name.to_string() }),
            several => Err(LibraryError::AmbiguousFeed {
                name: name.to_string(),
                candidates: several.iter().map(|f| format!("{} ({})", f.title, f.url)).collect(),
            }),
        }
    }

    /// Gives a feed the name the user chose; refresh keeps it. An empty name gives the title
    /// back to the feed (the next refresh sets it).
    pub fn rename_feed(&self, id: i64, name: &str) -> Result<bool> {
        let name = crate::article::clean::clean_line(name);
        Ok(self.conn.execute(
            "UPDATE feeds SET title = ?2, title_pinned = ?3 WHERE id = ?1",
            params![id, name, !name.is_empty()],
        )? > 0)
    }

    /// Marks every unread article of a feed (`None`: of the whole library) read; returns how
    /// many changed.
    pub fn mark_feed_read(&self, feed_id: Option<i64>) -> Result<usize> {
        Ok(self.conn.execute(
            "UPDATE articles SET read = 1 WHERE read = 0 AND (?1 IS NULL OR feed_id = ?1)",
            [feed_id],
        )?)
    }

    /// How many articles removing a feed would delete, and how many starred ones it would keep.
    pub fn removal_of(&self, feed_id: i64) -> Result<FeedRemoval> {
        let (deleted, kept_starred): (i64, i64) = self.conn.query_row(
            "SELECT COALESCE(SUM(starred = 0), 0), COALESCE(SUM(starred = 1), 0) FROM articles \
             WHERE feed_id = ?1",
            [feed_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(FeedRemoval { deleted: deleted as usize, kept_starred: kept_starred as usize })
    }

    /// Unsubscribes from a feed in one transaction: its articles are deleted (with their search
    /// entries, analyses and mentions), except starred ones, which stay as imported articles.
    pub fn remove_feed(&self, feed_id: i64) -> Result<FeedRemoval> {
        let tx = write_tx(&self.conn)?;
        let removal = self.removal_of(feed_id)?;
        search::unindex_where(&tx, "feed_id = ?1 AND starred = 0", feed_id)?;
        tx.execute("DELETE FROM articles WHERE feed_id = ?1 AND starred = 0", [feed_id])?;
        tx.execute("DELETE FROM feeds WHERE id = ?1", [feed_id])?;
        tx.commit()?;
        Ok(removal)
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
    /// left as they are (with their read / starred state). A title the user chose is kept.
    pub fn store_feed_items(
        &mut self,
        feed_id: i64,
        update: &FeedUpdate,
        items: &[NewArticle],
    ) -> Result<StoreCounts> {
        let tx = write_tx(&self.conn)?;
        let counts = insert_articles(&tx, Some(feed_id), items)?;
        tx.execute(
            "UPDATE feeds SET title = CASE WHEN title_pinned THEN title \
             ELSE COALESCE(NULLIF(?2, ''), title) END, \
             site_url = COALESCE(?3, site_url), etag = ?4, last_modified = ?5, \
             last_fetched = ?6, last_error = NULL WHERE id = ?1",
            params![
                feed_id,
                update.title,
                update.site_url,
                update.etag,
                update.last_modified,
                crate::library::now_unix()
            ],
        )?;
        tx.commit()?;
        Ok(counts)
    }

    /// Records a refresh that found the feed unchanged (HTTP 304).
    pub fn record_not_modified(&self, feed_id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE feeds SET last_fetched = ?2, last_error = NULL WHERE id = ?1",
            params![feed_id, crate::library::now_unix()],
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
        folder: r.get(8)?,
        title_pinned: r.get(9)?,
    })
}
