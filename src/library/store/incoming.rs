//! Articles on their way in: [`NewArticle`] built from a loaded article or a feed entry, and
//! inserting a batch of them deduplicated (see [`crate::library::dedupe`]) inside the caller's
//! transaction.

use crate::article::feed::FeedEntry;
use crate::article::{Article, PARAGRAPH_SEPARATOR};
use crate::library::{dedupe, Result};
use rusqlite::{params, Connection};

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

    /// A feed entry, as the article loader read it (its strings moved, not copied): its GUID
    /// and exact time kept, and marked a teaser when its text is shorter than
    /// [`crate::library::fulltext::TEASER_CHARS`].
    pub fn from_entry(e: FeedEntry) -> NewArticle {
        let a = e.article;
        let text = a.paragraphs.join(PARAGRAPH_SEPARATOR);
        NewArticle {
            guid: e.guid,
            url: a.url,
            title: a.title,
            source: a.source,
            published: e.published_at.map(|t| t.timestamp()),
            teaser: text.chars().count() < crate::library::fulltext::TEASER_CHARS,
            text,
        }
    }
}

/// How many items of a batch were new and how many were already stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreCounts {
    pub new: usize,
    pub existing: usize,
}

pub(super) fn insert_articles(
    conn: &Connection,
    feed_id: Option<i64>,
    items: &[NewArticle],
) -> Result<StoreCounts> {
    let mut counts = StoreCounts::default();
    let now = crate::library::now_unix();
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
