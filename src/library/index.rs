//! Analysing stored articles: the cached analysis of each article (stamped with
//! [`analysis_version`], so a new pipeline re-analyses lazily) and the entity index (canonical
//! name + kind -> article, mention offsets, sentence) filled from it. Analysis runs on every core;
//! each batch is written in one transaction.

use super::{Result, Store};
use crate::analysis::{analyze_text, Analysis, EntityKind, Span};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

/// Version of the analysis stored in the library. Bump it whenever the pipeline's output
/// changes in a way the sources do not show; older analyses are then redone the next time they
/// are needed or indexed.
pub const ANALYSIS_VERSION: i64 = 2;

/// The version stamped on stored analyses: [`ANALYSIS_VERSION`] mixed with the build's
/// fingerprint of the pipeline's sources and models (computed by `build.rs`), so that a changed
/// model or pipeline re-analyses even if nobody bumped the constant. Knowing it costs nothing:
/// the models are loaded only when an analysis runs.
pub fn analysis_version() -> i64 {
    let stamped = format!("{ANALYSIS_VERSION}\n{}", env!("NEWSLENS_ANALYSIS_FINGERPRINT"));
    super::dedupe::text_hash("", &stamped) & i64::MAX
}

/// Articles analysed per transaction (their texts and analyses are held until it commits).
const BATCH: usize = 64;

/// SQLite page cache while analyses are written, in KiB (the models take most of the memory
/// then; a larger cache bought no measurable speed).
const INDEXING_CACHE_KB: i64 = 1_000;

/// Longest sentence kept in the index, in bytes.
const MAX_SENTENCE: usize = 600;

/// Kinds worth following across articles (dates and numbers are not).
fn indexed(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Date | EntityKind::Quantity)
}

/// The form entity names are matched in: lower case, single spaces, straight apostrophes.
pub fn normalize_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'")
}

/// Analyses every article without a current analysis, `threads` at a time, and indexes its
/// entities. `progress(done, total)` is called after each batch. Returns how many were analysed.
pub fn analyze_pending(
    store: &mut Store,
    threads: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize> {
    const PENDING: &str = "FROM articles a LEFT JOIN analyses n ON n.article_id = a.id \
                           WHERE (n.version IS NULL OR n.version <> ?1)";
    let total: i64 =
        store
            .conn
            .query_row(&format!("SELECT COUNT(*) {PENDING}"), [analysis_version()], |r| r.get(0))?;
    let total = total.max(0) as usize;
    let threads = threads.max(1);
    let mut entity_ids = HashMap::new();
    // The models take most of the memory while analysing: a small page cache beside them.
    store.conn.pragma_update(None, "cache_size", -INDEXING_CACHE_KB)?;
    let result = super::checkpoint::with_background_checkpoints(store, |store| -> Result<usize> {
        let mut done = 0;
        let mut after = 0i64;
        loop {
            // One batch of ids at a time, in id order: a library of 100,000 articles never
            // holds all their ids.
            let ids: Vec<i64> = store
                .conn
                .prepare_cached(&format!(
                    "SELECT a.id {PENDING} AND a.id > ?2 ORDER BY a.id LIMIT ?3"
                ))?
                .query_map(params![analysis_version(), after, BATCH as i64], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let Some(&last) = ids.last() else { break };
            after = last;
            let texts = load_texts(&store.conn, &ids)?;
            let chunk = texts.len().div_ceil(threads).max(1);
            let analysed: Vec<(i64, Analysis)> = std::thread::scope(|scope| {
                let handles: Vec<_> = texts
                    .chunks(chunk)
                    .map(|part| scope.spawn(move || part.iter().filter_map(analyse_one).collect()))
                    .collect();
                handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|_| Vec::new())).collect()
            });
            let tx = super::store::write_tx(&store.conn)?;
            for (id, analysis) in &analysed {
                write_analysis(&tx, *id, analysis, &mut entity_ids)?;
            }
            tx.commit()?;
            done += ids.len();
            progress(done, total.max(done));
        }
        Ok(done)
    });
    store.conn.pragma_update(None, "cache_size", -super::store::CACHE_KB)?;
    result
}

type StoredText = (i64, String, Option<i64>);

fn load_texts(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<StoredText>> {
    let mut stmt = conn.prepare_cached("SELECT text, published FROM articles WHERE id = ?1")?;
    let mut out = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some((text, published)) =
            stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?
        {
            out.push((id, text, published));
        }
    }
    Ok(out)
}

/// Analyses one article; a panic in the pipeline skips the article instead of the whole batch.
fn analyse_one((id, text, published): &StoredText) -> Option<(i64, Analysis)> {
    let date = published.and_then(super::store::unix_to_date);
    std::panic::catch_unwind(|| analyze_text(text.clone(), date)).ok().map(|a| (*id, a))
}

/// Stores an analysis and replaces the article's entity mentions.
fn write_analysis(
    conn: &Connection,
    article_id: i64,
    analysis: &Analysis,
    entity_ids: &mut HashMap<(String, EntityKind), i64>,
) -> Result<()> {
    let data = analysis_bytes(analysis)?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO analyses (article_id, version, data) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article_id, analysis_version(), data])?;
    conn.prepare_cached("DELETE FROM mentions WHERE article_id = ?1")?.execute([article_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR REPLACE INTO mentions (entity_id, article_id, published, offsets, \
         sentence_start, sentence_end) \
         SELECT ?1, ?2, published, ?3, ?4, ?5 FROM articles WHERE id = ?2",
    )?;
    for entity in analysis.entities.iter().filter(|e| indexed(e.kind)) {
        let norm = normalize_name(&entity.name);
        let Some(first) = entity.mentions.first() else { continue };
        if norm.is_empty() {
            continue;
        }
        let entity_id = match entity_ids.get(&(norm.clone(), entity.kind)) {
            Some(&id) => id,
            None => {
                let id = entity_id(conn, &entity.name, entity.kind, &norm)?;
                entity_ids.insert((norm, entity.kind), id);
                id
            }
        };
        let offsets: Vec<String> =
            entity.mentions.iter().map(|m| format!("{}-{}", m.start, m.end)).collect();
        let sentence = sentence_of(analysis, first.clone());
        insert.execute(params![
            entity_id,
            article_id,
            offsets.join(" "),
            sentence.start as i64,
            sentence.end as i64
        ])?;
    }
    Ok(())
}

fn entity_id(conn: &Connection, name: &str, kind: EntityKind, norm: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO entities (name, kind, norm) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?
    .execute(params![name, kind.label(), norm])?;
    Ok(conn
        .prepare_cached("SELECT id FROM entities WHERE norm = ?1 AND kind = ?2")?
        .query_row(params![norm, kind.label()], |r| r.get(0))?)
}

/// The byte range of the sentence containing `mention` (the mention itself if none does),
/// at most [`MAX_SENTENCE`] bytes long.
fn sentence_of(analysis: &Analysis, mention: Span) -> Span {
    let found = analysis.sentence_at(mention.start).and_then(|i| analysis.sentences.get(i));
    let span = found.cloned().unwrap_or(mention);
    let mut end = span.end.min(span.start + MAX_SENTENCE);
    while end > span.start && !analysis.text.is_char_boundary(end) {
        end -= 1;
    }
    span.start..end
}

/// The analysis as stored: postcard without the text (the article's stored text is the text).
fn analysis_bytes(analysis: &Analysis) -> Result<Vec<u8>> {
    let without_text = Analysis { text: String::new(), ..analysis.clone() };
    postcard::to_stdvec(&without_text).map_err(|e| super::LibraryError::Other(e.to_string()))
}

/// The analysis of a stored article: the cached one when it is current, else analysed now and
/// cached. `None` when there is no such article.
pub fn analysis(store: &Store, article_id: i64) -> Result<Option<Analysis>> {
    type Cached = (String, Option<i64>, Option<i64>, Option<Vec<u8>>);
    let row: Option<Cached> = store
        .conn
        .prepare_cached(
            "SELECT a.text, a.published, n.version, n.data FROM articles a \
             LEFT JOIN analyses n ON n.article_id = a.id WHERE a.id = ?1",
        )?
        .query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((text, published, version, data)) = row else { return Ok(None) };
    if version == Some(analysis_version()) {
        if let Some(Ok(cached)) = data.map(|d| postcard::from_bytes::<Analysis>(&d)) {
            return Ok(Some(Analysis { text, ..cached }));
        }
    }
    let Some((_, fresh)) = analyse_one(&(article_id, text, published)) else { return Ok(None) };
    if store.is_read_only() {
        return Ok(Some(fresh));
    }
    let tx = super::store::write_tx(&store.conn)?;
    write_analysis(&tx, article_id, &fresh, &mut HashMap::new())?;
    tx.commit()?;
    Ok(Some(fresh))
}
