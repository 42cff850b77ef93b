//! Teasers: items whose feed carries only a summary get the text of their linked page, fetched
//! once (readability extraction through the article loader) and stored in place of the teaser.
//! A page that cannot be fetched or read is not tried again; the teaser stays. A refresh fetches
//! at most [`PageLimits`] pages, newest teasers first; the others wait for later refreshes.

use super::fetch::{FetchOutcome, Fetcher, Validators};
use super::refresh::Failure;
use super::{Result, Store};
use crate::article::{load_document, Document, LoadOptions};
use rusqlite::params;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Items whose text is shorter than this (in characters) are teasers: the linked page is
/// fetched for the full text.
pub const TEASER_CHARS: usize = 500;

/// `full_text` states of an article.
pub(crate) const COMPLETE: i64 = 0;
pub(crate) const AWAITING_PAGE: i64 = 1;
pub(crate) const PAGE_FETCHED: i64 = 2;
pub(crate) const PAGE_FAILED: i64 = 3;

/// How many linked pages one refresh fetches: a feed of 100,000 teasers must not mean 100,000
/// page requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimits {
    /// Pages of one feed's teasers (its newest ones).
    pub per_feed: usize,
    /// Pages in all.
    pub per_refresh: usize,
}

impl Default for PageLimits {
    fn default() -> Self {
        PageLimits { per_feed: 25, per_refresh: 250 }
    }
}

/// What completing teasers did.
#[derive(Debug, Clone, Default)]
pub struct PagesSummary {
    pub completed: usize,
    pub failures: Vec<Failure>,
    /// Teasers left waiting for a later refresh because of the [`PageLimits`].
    pub skipped: usize,
}

/// Fetches the linked page of the newest teasers not tried yet, within `limits`, `jobs` at a
/// time.
pub fn complete_teasers(
    store: &mut Store,
    fetcher: &Fetcher,
    jobs: usize,
    limits: PageLimits,
) -> Result<PagesSummary> {
    let waiting: i64 = store.conn.query_row(
        "SELECT COUNT(*) FROM articles WHERE full_text = ?1 AND url IS NOT NULL",
        [AWAITING_PAGE],
        |r| r.get(0),
    )?;
    let pending: Vec<(i64, String, usize)> = store
        .conn
        .prepare(
            "SELECT id, url, len FROM (SELECT id, url, length(text) AS len, published, \
               ROW_NUMBER() OVER (PARTITION BY feed_id ORDER BY published DESC, id DESC) AS n \
               FROM articles WHERE full_text = ?1 AND url IS NOT NULL) \
             WHERE n <= ?2 ORDER BY published DESC, id DESC LIMIT ?3",
        )?
        .query_map(
            params![AWAITING_PAGE, limits.per_feed as i64, limits.per_refresh as i64],
            |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)?.max(0) as usize)),
        )?
        .collect::<rusqlite::Result<_>>()?;
    let mut summary = PagesSummary {
        skipped: (waiting.max(0) as usize).saturating_sub(pending.len()),
        ..Default::default()
    };
    if pending.is_empty() {
        return Ok(summary);
    }
    let next = AtomicUsize::new(0);
    let jobs = jobs.clamp(1, 64).min(pending.len());
    let (tx, rx) = mpsc::sync_channel::<(usize, std::result::Result<String, String>)>(jobs);
    let mut outcome = Ok(());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (pending, next) = (&pending, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((_, url, _)) = pending.get(i) else { break };
                if tx.send((i, page_text(fetcher, url))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, result) in rx {
            let Some((id, url, teaser_len)) = pending.get(i) else { continue };
            let stored = match result {
                Ok(text) if text.len() > *teaser_len => {
                    summary.completed += 1;
                    store.replace_text(*id, &text, PAGE_FETCHED)
                }
                Ok(_) => store.set_full_text_state(*id, COMPLETE),
                Err(reason) => {
                    summary.failures.push(Failure { url: url.clone(), reason });
                    store.set_full_text_state(*id, PAGE_FAILED)
                }
            };
            if let Err(e) = stored {
                outcome = Err(e);
                break;
            }
        }
    });
    outcome?;
    summary.failures.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(summary)
}

/// The body text of the page at `url`, or why there is none: the page is read by the article
/// loader exactly as a saved copy of it would be.
fn page_text(fetcher: &Fetcher, url: &str) -> std::result::Result<String, String> {
    let fetched = match fetcher.get(url, &Validators::default()) {
        Ok(FetchOutcome::Fetched(f)) => f,
        Ok(FetchOutcome::NotModified) => return Err("unexpected HTTP 304".into()),
        Err(e) => return Err(e.to_string()),
    };
    let name = Path::new(&fetched.final_url);
    match load_document(name, &fetched.body, &fetched.origin(), &LoadOptions::default()) {
        Ok(Document::Articles(articles)) => articles
            .into_iter()
            .map(|a| a.text())
            .max_by_key(String::len)
            .ok_or_else(|| "no article text on the page".to_string()),
        Ok(Document::Feed(_)) => Err("the link leads to a feed, not a page".into()),
        Err(e) => Err(e.reason()),
    }
}
