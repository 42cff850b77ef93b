//! Full-text search over titles and texts (SQLite FTS5, ranked by bm25 with titles weighted
//! higher; the query language is in `search/query.rs`). The index is an external-content FTS5
//! table filled after articles are stored, so that a refresh stores first and indexes after;
//! `meta.fts_rowid` records how far it got.

mod query;

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
    let tx = super::store::write_tx(conn)?;
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

/// Removes from the index every indexed article matching `filter` (an SQL condition on
/// `articles` with one parameter, `?1`); call before deleting them, in the same transaction.
pub(crate) fn unindex_where(
    conn: &Connection,
    filter: &str,
    param: i64,
) -> rusqlite::Result<usize> {
    let high_water = indexed_up_to(conn)?;
    conn.execute(
        &format!(
            "INSERT INTO articles_fts (articles_fts, rowid, title, text) \
             SELECT 'delete', id, title, text FROM articles WHERE id <= ?2 AND {filter}"
        ),
        params![param, high_water],
    )
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

/// Articles matching `query` (every word; `OR`, `NOT`, and `*` after a word for a prefix), best
/// first. A library opened for writing indexes what is new first; a read-only one searches the
/// index as it is.
pub fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
    if !conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
        sync_index(conn)?;
    }
    let Some(fts_query) = query::to_fts(&query::parse(query), Some(conn))? else {
        return Ok(Vec::new());
    };
    // Rank first, on the index alone; snippets and rows only for the hits kept.
    let ranked: Vec<(i64, f64)> = conn
        .prepare_cached(
            "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts \
             WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2",
        )?
        .query_map(params![fts_query, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let snippets = snippets(conn, &fts_query, &ranked)?;
    let mut hits = Vec::with_capacity(ranked.len());
    for (id, score) in ranked {
        let Some(article) = super::store::article_row_by_id(conn, id)? else { continue };
        let snippet = snippets.get(&id).cloned().unwrap_or_default();
        hits.push(SearchHit { article, snippet, score });
    }
    Ok(hits)
}

/// The snippets of the ranked hits. Each hit's snippet is one indexed lookup, except when the
/// query still holds a prefix (one the vocabulary did not expand): FTS5 would then set the whole
/// prefix match up again for every hit (2 ms each on 100,000 articles), so the match is set up
/// once and walked over the hits' id range instead (`+rowid` keeps the id list out of FTS5).
fn snippets(
    conn: &Connection,
    fts_query: &str,
    ranked: &[(i64, f64)],
) -> rusqlite::Result<std::collections::HashMap<i64, String>> {
    let (Some(low), Some(high)) =
        (ranked.iter().map(|r| r.0).min(), ranked.iter().map(|r| r.0).max())
    else {
        return Ok(Default::default());
    };
    if !fts_query.contains("\"*") {
        let mut stmt = conn.prepare_cached(
            "SELECT snippet(articles_fts, -1, '«', '»', '…', 16) FROM articles_fts \
             WHERE articles_fts MATCH ?1 AND rowid = ?2",
        )?;
        let mut out = std::collections::HashMap::new();
        for &(id, _) in ranked {
            if let Some(s) = stmt.query_row(params![fts_query, id], |r| r.get(0)).optional()? {
                out.insert(id, s);
            }
        }
        return Ok(out);
    }
    let ids: Vec<String> = ranked.iter().map(|r| r.0.to_string()).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT rowid, snippet(articles_fts, -1, '«', '»', '…', 16) FROM articles_fts \
         WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 \
         AND +rowid IN (SELECT value FROM json_each(?4))",
    )?;
    let rows = stmt
        .query_map(params![fts_query, low, high, format!("[{}]", ids.join(","))], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    rows.collect()
}
