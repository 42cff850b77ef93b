//! Refreshing feeds: a bounded pool of worker threads fetches and parses, while the calling
//! thread stores each feed in its own transaction as it arrives, reports progress, and collects
//! every failure with its reason. A failed feed keeps everything already stored.

use super::feeds::{parse_feed, ParsedFeed};
use super::fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
use super::store::{Feed, FeedUpdate, StoreCounts};
use super::{fulltext, Result, Store};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// How a refresh runs.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    /// Feeds fetched at once.
    pub jobs: usize,
    pub fetch: FetchConfig,
    /// Fetch the linked page of items whose feed carries only a teaser.
    pub full_text: bool,
}

impl Default for RefreshOptions {
    fn default() -> Self {
        RefreshOptions { jobs: 8, fetch: FetchConfig::default(), full_text: true }
    }
}

/// What happened to one feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedOutcome {
    Updated(StoreCounts),
    NotModified,
    Failed(String),
}

/// Progress after each feed, for a progress bar or a status line.
#[derive(Debug)]
pub struct Progress<'a> {
    pub done: usize,
    pub total: usize,
    pub feed: &'a Feed,
    pub outcome: &'a FeedOutcome,
}

/// A feed or page that could not be fetched or read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub url: String,
    pub reason: String,
}

/// The totals of a refresh.
#[derive(Debug, Clone, Default)]
pub struct RefreshSummary {
    pub feeds: usize,
    pub new_articles: usize,
    pub already_stored: usize,
    pub not_modified: usize,
    /// Feeds that failed, with reasons.
    pub failures: Vec<Failure>,
    /// Teasers completed from their linked page.
    pub full_texts: usize,
    /// Linked pages that could not be fetched or read (the teaser is kept).
    pub page_failures: Vec<Failure>,
}

/// Refreshes every subscribed feed.
pub fn refresh_all(
    store: &mut Store,
    opts: &RefreshOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<RefreshSummary> {
    let feeds = store.feeds()?;
    refresh_feeds(store, &feeds, opts, progress)
}

/// What a worker hands back for one feed.
enum Fetched {
    Parsed(ParsedFeed, Validators),
    NotModified,
    Failed(String),
}

/// Refreshes `feeds`, then completes teasers when `opts.full_text` is set.
pub fn refresh_feeds(
    store: &mut Store,
    feeds: &[Feed],
    opts: &RefreshOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<RefreshSummary> {
    let fetcher = Fetcher::new(opts.fetch.clone());
    let mut summary = RefreshSummary { feeds: feeds.len(), ..Default::default() };
    let next = AtomicUsize::new(0);
    let jobs = opts.jobs.clamp(1, 64).min(feeds.len().max(1));
    // A short queue: parsed feeds wait here for the store, so memory stays bounded.
    let (tx, rx) = mpsc::sync_channel::<(usize, Fetched)>(jobs);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (fetcher, next) = (&fetcher, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(feed) = feeds.get(i) else { break };
                if tx.send((i, fetch_feed(fetcher, feed))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (done, (i, fetched)) in rx.into_iter().enumerate() {
            let Some(feed) = feeds.get(i) else { continue };
            let outcome = store_fetched(store, feed, fetched);
            match &outcome {
                FeedOutcome::Updated(c) => {
                    summary.new_articles += c.new;
                    summary.already_stored += c.existing;
                }
                FeedOutcome::NotModified => summary.not_modified += 1,
                FeedOutcome::Failed(reason) => {
                    summary.failures.push(Failure { url: feed.url.clone(), reason: reason.clone() })
                }
            }
            progress(&Progress { done: done + 1, total: feeds.len(), feed, outcome: &outcome });
        }
    });
    summary.failures.sort_by(|a, b| a.url.cmp(&b.url));
    if opts.full_text {
        let pages = fulltext::complete_teasers(store, &fetcher, opts.jobs)?;
        summary.full_texts = pages.completed;
        summary.page_failures = pages.failures;
    }
    Ok(summary)
}

fn fetch_feed(fetcher: &Fetcher, feed: &Feed) -> Fetched {
    let validators =
        Validators { etag: feed.etag.clone(), last_modified: feed.last_modified.clone() };
    match fetcher.get(&feed.url, &validators) {
        Ok(FetchOutcome::NotModified) => Fetched::NotModified,
        Ok(FetchOutcome::Fetched(f)) => match parse_feed(&f.body, &f.final_url) {
            Ok(parsed) => Fetched::Parsed(parsed, f.validators),
            Err(e) => Fetched::Failed(e.to_string()),
        },
        Err(e) => Fetched::Failed(e.to_string()),
    }
}

fn store_fetched(store: &mut Store, feed: &Feed, fetched: Fetched) -> FeedOutcome {
    let result = match fetched {
        Fetched::Parsed(parsed, validators) => {
            let update = FeedUpdate {
                title: Some(parsed.title),
                site_url: parsed.site_url,
                etag: validators.etag,
                last_modified: validators.last_modified,
            };
            store.store_feed_items(feed.id, &update, &parsed.items).map(FeedOutcome::Updated)
        }
        Fetched::NotModified => {
            store.record_not_modified(feed.id).map(|_| FeedOutcome::NotModified)
        }
        Fetched::Failed(reason) => {
            store.record_feed_error(feed.id, &reason).map(|_| FeedOutcome::Failed(reason))
        }
    };
    result.unwrap_or_else(|e| FeedOutcome::Failed(format!("cannot store: {e}")))
}
