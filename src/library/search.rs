//! Full-text search over titles and texts (SQLite FTS5, ranked by bm25 with titles weighted
//! higher). The index is an external-content FTS5 table filled after articles are stored, so
//! that a refresh stores first and indexes after; `meta.fts_rowid` records how far it got.

use super::store::ArticleRow;
use super::Result;
use rusqlite::{params, Connection, OptionalExtension};

const HIGH_WATER_KEY: &str = "fts_rowid";

/// One search result, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub article: ArticleRow,
    /// A few words around the match, matches marked «like this».
    pub snippet: String,
    /// bm25 score: lower is better.
    pub score: f64,
}

/// Indexes every article stored since the last call, in one transaction; returns how many.
pub fn sync_index(conn: &Connection) -> Result<usize> {
    let tx = conn.unchecked_transaction()?;
    let high_water = indexed_up_to(&tx)?;
    let added = tx.execute(
        "INSERT INTO articles_fts (rowid, title, text) \
         SELECT id, title, text FROM articles WHERE id > ?1 ORDER BY id",
        [high_water],
    )?;
    if added > 0 {
        tx.execute(
            "INSERT INTO meta (key, value) SELECT ?1, MAX(id) FROM articles WHERE true \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [HIGH_WATER_KEY],
        )?;
    }
    tx.commit()?;
    Ok(added)
}

/// The highest article id already in the index.
fn indexed_up_to(conn: &Connection) -> rusqlite::Result<i64> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [HIGH_WATER_KEY], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Removes an article's current title and text from the index before they change; call inside
/// the transaction that changes them, then [`reindex_article`].
pub(crate) fn unindex_article(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    if id > indexed_up_to(conn)? {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, text) \
         SELECT 'delete', id, title, text FROM articles WHERE id = ?1",
        [id],
    )?;
    Ok(true)
}

/// Puts an article's current title and text back in the index.
pub(crate) fn reindex_article(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles \
         WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// Articles matching every word of `query` (words may end in `*` for a prefix), best first.
pub fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
    sync_index(conn)?;
    let Some(fts_query) = to_fts_query(query) else { return Ok(Vec::new()) };
    // Rank first, on the index alone; snippets and rows only for the hits kept.
    let ranked: Vec<(i64, f64)> = conn
        .prepare_cached(
            "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts \
             WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2",
        )?
        .query_map(params![fts_query, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut snippet = conn.prepare_cached(
        "SELECT snippet(articles_fts, -1, '«', '»', '…', 16) FROM articles_fts \
         WHERE articles_fts MATCH ?1 AND rowid = ?2",
    )?;
    let mut hits = Vec::with_capacity(ranked.len());
    for (id, score) in ranked {
        let Some(article) = super::store::article_row_by_id(conn, id)? else { continue };
        let snippet: String =
            snippet.query_row(params![fts_query, id], |r| r.get(0)).optional()?.unwrap_or_default();
        hits.push(SearchHit { article, snippet, score });
    }
    Ok(hits)
}

/// A user's words as an FTS5 query: each word quoted (so no input is a syntax error), all
/// required; a trailing `*` keeps its prefix meaning.
fn to_fts_query(query: &str) -> Option<String> {
    let terms: Vec<String> = query
        .split_whitespace()
        .filter_map(|w| {
            let (word, prefix) = match w.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (w, false),
            };
            let word: String = word.chars().filter(|c| !c.is_control()).collect();
            let has_token = word.chars().any(char::is_alphanumeric);
            has_token.then(|| {
                format!("\"{}\"{}", word.replace('"', "\"\""), if prefix { "*" } else { "" })
            })
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::to_fts_query;

    #[test]
    fn queries_are_quoted_and_never_malformed() {
        assert_eq!(to_fts_query("kyiv talks").as_deref(), Some("\"kyiv\" \"talks\""));
        assert_eq!(to_fts_query("zelen*").as_deref(), Some("\"zelen\"*"));
        assert_eq!(to_fts_query("a\"b OR").as_deref(), Some("\"a\"\"b\" \"OR\""));
        assert_eq!(to_fts_query(" - * \" "), None);
    }
}
