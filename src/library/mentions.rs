//! Following an entity across the library: every stored article that names it, newest first,
//! with the sentence, and its dated events from every article. Reads the index that
//! [`super::index`] fills.

use super::index::{self, normalize_name};
use super::{Result, Store};
use crate::analysis::{EntityKind, Span};
use rusqlite::{params, OptionalExtension};

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
    mentions_of_kind(store, name, None, limit)
}

/// [`mentions`] of entities of one kind only (an entity card knows its entity's kind).
pub fn mentions_of_kind(
    store: &Store,
    name: &str,
    kind: Option<EntityKind>,
    limit: usize,
) -> Result<Vec<MentionHit>> {
    let norm = normalize_name(name);
    if norm.is_empty() {
        return Ok(Vec::new());
    }
    let pattern = escape_like(&norm);
    let conn = &store.conn;
    let entities: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT id, name, kind FROM entities WHERE norm = ?1 \
             OR norm LIKE ?2 || ' %' ESCAPE '\\' OR norm LIKE '% ' || ?2 ESCAPE '\\' \
             OR norm LIKE '% ' || ?2 || ' %' ESCAPE '\\'",
        )?
        .query_map(params![norm, pattern], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, _, k): &(i64, String, String)| kind.is_none_or(|kind| kind.label() == k))
        .collect();
    // The newest hits of each entity come straight from the (entity, date) index.
    let mut newest: Vec<(Option<i64>, i64, usize)> = Vec::new();
    let mut by_date = conn.prepare_cached(
        "SELECT published, article_id FROM mentions WHERE entity_id = ?1 \
         ORDER BY published DESC, article_id DESC LIMIT ?2",
    )?;
    for (i, (entity_id, _, _)) in entities.iter().enumerate() {
        let rows = by_date.query_map(params![entity_id, limit as i64], |r| {
            Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, i64>(1)?, i))
        })?;
        newest.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    newest.sort_by_key(|&(published, id, _)| std::cmp::Reverse((published, id)));
    let mut hit = conn.prepare_cached(
        "SELECT a.title, COALESCE(NULLIF(f.title, ''), a.source), \
            substr(CAST(a.text AS BLOB), m.sentence_start + 1, m.sentence_end - m.sentence_start), \
            m.offsets \
         FROM mentions m JOIN articles a ON a.id = m.article_id \
         LEFT JOIN feeds f ON f.id = a.feed_id WHERE m.entity_id = ?1 AND m.article_id = ?2",
    )?;
    let mut hits = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (published, article_id, i) in newest {
        // One row per article: an article naming two matching entities shows once.
        if hits.len() >= limit || !seen.insert(article_id) {
            continue;
        }
        let Some((entity_id, entity, kind)) = entities.get(i) else { continue };
        let found = hit
            .query_row(params![entity_id, article_id], |r| {
                Ok(MentionHit {
                    article_id,
                    title: r.get(0)?,
                    source: r.get(1)?,
                    published,
                    entity: entity.clone(),
                    kind: kind.clone(),
                    sentence: crate::article::clean::collapse_spaces(&String::from_utf8_lossy(
                        r.get_ref(2)?.as_bytes().unwrap_or_default(),
                    )),
                    offsets: parse_offsets(&r.get::<_, String>(3)?),
                })
            })
            .optional()?;
        hits.extend(found);
    }
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
