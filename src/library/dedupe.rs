//! When an incoming article is one already stored: same GUID in the same feed, else same URL,
//! else same text (by hash). A URL or text match inside the same feed under a different GUID is
//! not a duplicate: the feed itself says they are two items.

use super::store::NewArticle;
use rusqlite::{params, Connection, OptionalExtension};

/// Texts shorter than this are hashed together with the title, so that short or empty items
/// (title-only feeds) are not all taken for one another.
const MIN_TEXT_FOR_HASH_ALONE: usize = 200;

/// A stable 64-bit hash (FNV-1a) of the article's cleaned text, stored to find republished
/// copies. Stable across Rust versions, unlike `DefaultHasher`.
pub fn text_hash(title: &str, text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    if text.len() < MIN_TEXT_FOR_HASH_ALONE {
        feed(title.as_bytes());
        feed(b"\n");
    }
    feed(text.as_bytes());
    h as i64
}

/// The id of the stored article `item` duplicates, if any.
pub fn find_existing(
    conn: &Connection,
    feed_id: Option<i64>,
    item: &NewArticle,
    hash: i64,
) -> rusqlite::Result<Option<i64>> {
    if let (Some(feed), Some(guid)) = (feed_id, item.guid.as_deref()) {
        let mut stmt =
            conn.prepare_cached("SELECT id FROM articles WHERE feed_id = ?1 AND guid = ?2")?;
        if let Some(id) = stmt.query_row(params![feed, guid], |r| r.get(0)).optional()? {
            return Ok(Some(id));
        }
    }
    if let Some(url) = item.url.as_deref() {
        let mut stmt =
            conn.prepare_cached("SELECT id, feed_id, guid FROM articles WHERE url = ?1 LIMIT 8")?;
        if let Some(id) = first_match(&mut stmt, url, feed_id, item.guid.as_deref())? {
            return Ok(Some(id));
        }
    }
    let mut stmt =
        conn.prepare_cached("SELECT id, feed_id, guid FROM articles WHERE text_hash = ?1 LIMIT 8")?;
    first_match(&mut stmt, hash, feed_id, item.guid.as_deref())
}

fn first_match(
    stmt: &mut rusqlite::CachedStatement<'_>,
    key: impl rusqlite::ToSql,
    feed_id: Option<i64>,
    guid: Option<&str>,
) -> rusqlite::Result<Option<i64>> {
    let mut rows = stmt.query([key])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let other_feed: Option<i64> = row.get(1)?;
        let other_guid: Option<String> = row.get(2)?;
        let distinct_item_of_same_feed = feed_id.is_some()
            && other_feed == feed_id
            && matches!((guid, other_guid.as_deref()), (Some(a), Some(b)) if a != b);
        if !distinct_item_of_same_feed {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_uses_title_only_for_short_texts() {
        let long = "x".repeat(300);
        assert_eq!(text_hash("a", &long), text_hash("b", &long));
        assert_ne!(text_hash("a", "short"), text_hash("b", "short"));
        assert_ne!(text_hash("a", &long), text_hash("a", &"y".repeat(300)));
    }
}
