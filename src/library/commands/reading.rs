//! Reading the library from the command line: `list`, `search`, `mentions`, and the article that
//! `open ID` shows in the reader.

use super::{count, note, Out};
use crate::article::clean::collapse_spaces;
use crate::article::Article;
use crate::library::store::{unix_to_date, ArticleRow, ListQuery};
use crate::library::{mentions, search, LibraryError, Result, Store};

/// `list`: stored articles, newest first; when `query.limit` hides some, a note on stderr says
/// how many and how to see them.
pub fn list_command(store: &Store, query: &ListQuery) -> Result<()> {
    let mut out = Out::new();
    let rows = store.list_articles(query)?;
    for row in &rows {
        if out.is_closed() {
            return Ok(());
        }
        out.line(row_line(row))?;
    }
    if query.limit.is_some_and(|limit| rows.len() >= limit) {
        let total = store.count_articles(query)?;
        if total > rows.len() + query.offset {
            note(format!(
                "(the newest {} of {}; `--limit N` shows more, `--all` every one)",
                rows.len(),
                count(total, "article", "articles")
            ));
        }
    }
    Ok(())
}

/// `search QUERY`.
pub fn search_command(store: &Store, query: &str, limit: usize) -> Result<()> {
    let mut out = Out::new();
    let hits = search::search(&store.conn, query, limit)?;
    if hits.is_empty() {
        out.line(format!("nothing found for {query:?}"))?;
    }
    for h in hits {
        out.line(row_line(&h.article))?;
        out.line(format!("    {}", collapse_spaces(&h.snippet)))?;
    }
    Ok(())
}

/// `mentions NAME`.
pub fn mentions_command(store: &Store, name: &str, limit: usize) -> Result<()> {
    let mut out = Out::new();
    let hits = mentions::mentions(store, name, limit)?;
    if hits.is_empty() {
        out.line(format!("no article in the library names {name:?}"))?;
    }
    for h in hits {
        out.line(format!("{}  {} ({}, #{})", date(h.published), h.title, h.source, h.article_id))?;
        out.line(format!("    {} [{}]: {}", h.entity, h.kind, h.sentence))?;
    }
    Ok(())
}

/// The article `open ID` shows (`ID` as `list` prints it, with or without `#`), marked read when
/// the library can be written.
pub fn open_article(store: &Store, id: i64) -> Result<Article> {
    let article = store.article(id)?.ok_or(LibraryError::NoSuchArticle(id))?;
    if !store.is_read_only() {
        store.set_read(id, true)?;
    }
    Ok(article)
}

/// One article as `list` and `search` print it: `N*` flags (unread, starred), date, title,
/// source and id.
fn row_line(r: &ArticleRow) -> String {
    let flags = format!("{}{}", if r.read { ' ' } else { 'N' }, if r.starred { '*' } else { ' ' });
    format!("{flags} {}  {}  ({}, #{})", date(r.published), r.title, r.source, r.id)
}

fn date(unix: Option<i64>) -> String {
    unix.and_then(unix_to_date).map_or_else(|| "----------".into(), |d| d.to_string())
}
