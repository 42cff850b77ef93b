//! When an incoming article is one already stored: same GUID in the same feed, else same URL,
//! else, for an article with neither (a file, a page without an address, an item of an
//! imported feed file without links), the same text (by hash). An item that has its own GUID or
//! URL is never dropped for its text alone: two feeds may carry two stories with one text (a
//! wire copy, a "Live updates" placeholder), and each is its own item. A URL match inside the
//! same feed under a different GUID is not a duplicate either: the feed says they are two items.

use super::store::NewArticle;
use rusqlite::{params, Connection, OptionalExtension};

/// Texts shorter than this are hashed together with the title, so that short or empty items
/// (title-only feeds) are not all taken for one another.
const MIN_TEXT_FOR_HASH_ALONE: usize = 200;

/// A stable 64-bit hash of the article's cleaned text, stored to find republished copies.
/// Defined here, word by word (a multiply-rotate mix over 8-byte little-endian chunks), so that
/// it never changes with the Rust version, unlike `DefaultHasher`.
pub fn text_hash(title: &str, text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if text.len() < MIN_TEXT_FOR_HASH_ALONE {
        h = mix_bytes(h, title.as_bytes());
        h = mix(h, u64::from(b'\n'));
    }
    h = mix_bytes(h, text.as_bytes());
    mix(h, text.len() as u64) as i64
}

fn mix(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

fn mix_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(h, u64::from_le_bytes(tail) ^ ((chunks.remainder().len() as u64) << 56))
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
        let mut by_url =
            conn.prepare_cached("SELECT id, feed_id, guid FROM articles WHERE url = ?1")?;
        return first_match(&mut by_url, params![url], feed_id, item.guid.as_deref());
    }
    // A GUID names an item only within its feed: an imported item's GUID identifies nothing.
    if item.guid.is_some() && feed_id.is_some() {
        return Ok(None);
    }
    let mut by_hash = conn
        .prepare_cached("SELECT id, feed_id, guid FROM articles WHERE text_hash = ?1 LIMIT 16")?;
    first_match(&mut by_hash, params![hash], feed_id, item.guid.as_deref())
}

fn first_match(
    stmt: &mut rusqlite::CachedStatement<'_>,
    key: impl rusqlite::Params,
    feed_id: Option<i64>,
    guid: Option<&str>,
) -> rusqlite::Result<Option<i64>> {
    let mut rows = stmt.query(key)?;
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

    fn item(guid: Option<&str>, url: Option<&str>) -> NewArticle {
        NewArticle {
            guid: guid.map(str::to_string),
            url: url.map(str::to_string),
            title: "Same".into(),
            text: "The same wire copy, word for word. ".repeat(10),
            ..NewArticle::default()
        }
    }

    #[test]
    fn a_text_match_is_a_duplicate_only_without_guid_and_url() {
        let conn = Connection::open_in_memory().expect("in-memory db");
        conn.execute_batch(
            "CREATE TABLE articles (id INTEGER PRIMARY KEY, feed_id INTEGER, guid TEXT, url TEXT, \
             text_hash INTEGER)",
        )
        .expect("schema");
        let stored = item(Some("a-1"), Some("http://a/1"));
        let hash = text_hash(&stored.title, &stored.text);
        conn.execute(
            "INSERT INTO articles (feed_id, guid, url, text_hash) VALUES (1, 'a-1', 'http://a/1', ?1)",
            [hash],
        )
        .expect("insert");
        let found = |feed: Option<i64>, it: &NewArticle| {
            find_existing(&conn, feed, it, hash).expect("query").is_some()
        };
        // Another feed's item with its own GUID and link: kept, whatever its text.
        assert!(!found(Some(2), &item(Some("b-7"), Some("http://b/7"))));
        assert!(!found(Some(2), &item(Some("b-7"), None)));
        assert!(!found(None, &item(None, Some("http://b/7"))));
        // No GUID, no URL: the text decides. An imported item's GUID names nothing.
        assert!(found(None, &item(None, None)));
        assert!(found(Some(2), &item(None, None)));
        assert!(found(None, &item(Some("generated"), None)));
        // The same URL is the same article.
        assert!(found(Some(2), &item(Some("b-8"), Some("http://a/1"))));
    }

    #[test]
    fn hash_is_stable_and_uses_title_only_for_short_texts() {
        let long = "x".repeat(300);
        assert_eq!(text_hash("a", &long), text_hash("b", &long));
        assert_ne!(text_hash("a", "short"), text_hash("b", "short"));
        assert_ne!(text_hash("a", &long), text_hash("a", &"y".repeat(300)));
    }
}
