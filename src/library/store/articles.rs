//! Stored articles: storing a batch of imported ones (in one transaction), listing them newest
//! first, reading one back as an [`Article`], its read / starred state and its text.

use super::{insert_articles, unix_to_date, NewArticle, Store, StoreCounts};
use crate::article::{Article, PARAGRAPH_SEPARATOR};
use crate::library::{search, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

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

const ARTICLE_ROW_SQL: &str = "SELECT a.id, a.feed_id, COALESCE(NULLIF(f.title, ''), a.source), \
     a.title, a.url, a.published, a.read, a.starred FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id";

impl Store {
    /// Stores articles that belong to no feed (imported files and pages), in one transaction.
    pub fn store_articles(&mut self, items: &[NewArticle]) -> Result<StoreCounts> {
        let tx = super::write_tx(&self.conn)?;
        let counts = insert_articles(&tx, None, items)?;
        tx.commit()?;
        Ok(counts)
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

    /// How many stored articles [`Store::list_articles`] would list without a limit.
    pub fn count_articles(&self, q: &ListQuery) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT COUNT(*) FROM articles a WHERE (?1 IS NULL OR a.feed_id = ?1) \
             AND (?2 = 0 OR a.read = 0) AND (?3 = 0 OR a.starred = 1)",
            )?
            .query_row(params![q.feed_id, q.unread_only, q.starred_only], |r| r.get(0))?;
        Ok(n.max(0) as usize)
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
        let tx = super::write_tx(&self.conn)?;
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

    /// Records whether an article's linked page was fetched (see [`crate::library::fulltext`]).
    pub fn set_full_text_state(&self, id: i64, state: i64) -> Result<()> {
        self.conn
            .execute("UPDATE articles SET full_text = ?2 WHERE id = ?1", params![id, state])?;
        Ok(())
    }

    /// Number of stored articles.
    /// One page of a feed's articles (`None`: the imported ones), newest first, read from the
    /// (feed, date) index; the source is the feed's title when it has one.
    pub fn feed_page(
        &self,
        feed_id: Option<i64>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<ArticleRow>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.feed_id, COALESCE(NULLIF(f.title, ''), a.source), a.title, a.url, \
                 a.published, a.read, a.starred FROM articles a \
                 LEFT JOIN feeds f ON f.id = a.feed_id WHERE a.feed_id IS ?1 \
                 ORDER BY a.published DESC, a.id DESC LIMIT ?2 OFFSET ?3",
            )?
            .query_map(params![feed_id, limit as i64, offset as i64], article_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The `limit` oldest articles of a feed (`None`: the imported ones), newest first: the end
    /// of [`Store::feed_page`]'s order, read from the other end of the index (no OFFSET walk).
    pub fn feed_tail(&self, feed_id: Option<i64>, limit: usize) -> Result<Vec<ArticleRow>> {
        let mut rows: Vec<ArticleRow> = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.feed_id, COALESCE(NULLIF(f.title, ''), a.source), a.title, a.url, \
                 a.published, a.read, a.starred FROM articles a \
                 LEFT JOIN feeds f ON f.id = a.feed_id WHERE a.feed_id IS ?1 \
                 ORDER BY a.published ASC, a.id ASC LIMIT ?2",
            )?
            .query_map(params![feed_id, limit as i64], article_row)?
            .collect::<rusqlite::Result<_>>()?;
        rows.reverse();
        Ok(rows)
    }

    /// Total and unread counts of the articles that belong to no feed.
    pub fn imported_counts(&self) -> Result<(i64, i64)> {
        let counts = self.conn.query_row(
            "SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM articles WHERE feed_id IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(counts)
    }

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
