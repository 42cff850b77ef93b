//! Following an entity across the library: every stored article that names it, newest first,
//! with the sentence, and its dated events from every article. Reads the index that
//! [`super::index`] fills.

use super::index::{self, normalize_name};
use super::{Result, Store};
use crate::analysis::Span;
use rusqlite::params;

/// One article that names the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionHit {
    pub article_id: i64,
    pub title: String,
    pub source: String,
    /// Unix seconds.
    pub published: Option<i64>,
    /// The entity's canonical name in that article and its kind label.
    pub entity: String,
    pub kind: String,
    /// The sentence of the first mention.
    pub sentence: String,
    /// Every mention, as byte ranges into the article's text: open the article at `offsets[0]`.
    pub offsets: Vec<Span>,
}

/// Articles naming `name`, newest first. `name` matches an entity's canonical name exactly
/// (ignoring case), or as whole words within it ("Zelenskyy" finds "Volodymyr Zelenskyy").
pub fn mentions(store: &Store, name: &str, limit: usize) -> Result<Vec<MentionHit>> {
    let norm = normalize_name(name);
    if norm.is_empty() {
        return Ok(Vec::new());
    }
    let pattern = escape_like(&norm);
    let mut stmt = store.conn.prepare_cached(
        "WITH matched AS (SELECT id, name, kind FROM entities WHERE norm = ?1 \
            OR norm LIKE ?2 || ' %' ESCAPE '\\' OR norm LIKE '% ' || ?2 ESCAPE '\\' \
            OR norm LIKE '% ' || ?2 || ' %' ESCAPE '\\') \
         SELECT a.id, a.title, COALESCE(NULLIF(f.title, ''), a.source), a.published, \
            e.name, e.kind, m.sentence, m.offsets \
         FROM matched e JOIN mentions m ON m.entity_id = e.id \
         JOIN articles a ON a.id = m.article_id LEFT JOIN feeds f ON f.id = a.feed_id \
         ORDER BY a.published DESC, a.id DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![norm, pattern, limit as i64], |r| {
        let offsets: String = r.get(7)?;
        Ok(MentionHit {
            article_id: r.get(0)?,
            title: r.get(1)?,
            source: r.get(2)?,
            published: r.get(3)?,
            entity: r.get(4)?,
            kind: r.get(5)?,
            sentence: r.get(6)?,
            offsets: parse_offsets(&offsets),
        })
    })?;
    let mut hits: Vec<MentionHit> = rows.collect::<rusqlite::Result<_>>()?;
    // One row per article: an article naming two matching entities shows once.
    let mut seen = std::collections::HashSet::new();
    hits.retain(|h| seen.insert(h.article_id));
    Ok(hits)
}

/// A dated event, from some article, in a sentence that names the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryEvent {
    pub article_id: i64,
    pub title: String,
    /// Normalised date (`2025-11-19`, `2025-08`, ...), the key the events are sorted by.
    pub date: String,
    pub event: String,
}

/// The entity's timeline across the library: dated events of every article naming it whose
/// sentence contains a mention, in date order.
pub fn timeline(store: &Store, name: &str, max_articles: usize) -> Result<Vec<LibraryEvent>> {
    let mut events = Vec::new();
    for hit in mentions(store, name, max_articles)? {
        let Some(analysis) = index::analysis(store, hit.article_id)? else { continue };
        for ev in &analysis.timeline {
            if hit.offsets.iter().any(|m| ev.sentence.start <= m.start && m.end <= ev.sentence.end)
            {
                events.push(LibraryEvent {
                    article_id: hit.article_id,
                    title: hit.title.clone(),
                    date: ev.date.clone(),
                    event: ev.event.clone(),
                });
            }
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.article_id.cmp(&b.article_id)));
    Ok(events)
}

fn parse_offsets(s: &str) -> Vec<Span> {
    s.split_whitespace()
        .filter_map(|pair| {
            let (a, b) = pair.split_once('-')?;
            Some(a.parse().ok()?..b.parse().ok()?)
        })
        .collect()
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
