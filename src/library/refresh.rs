//! Refreshing feeds: a bounded pool of worker threads fetches and parses, while the calling
//! thread stores each feed in its own transaction as it arrives, reports progress, and collects
//! every failure with its reason. A failed feed keeps everything already stored. One refresh of
//! a library runs at a time ([`RefreshLock`]); a second says so and stops.

mod lock;
mod permits;

pub use lock::RefreshLock;
use permits::{Permit, Permits};

use super::fetch::{FetchConfig, FetchOutcome, Fetched as FetchedBody, Fetcher, Validators};
use super::fulltext::PageLimits;
use super::store::{Feed, FeedUpdate, NewArticle, StoreCounts};
use super::{checkpoint, fulltext, LibraryError, Result, Store};
use crate::article::{load_document, Document, LoadOptions};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// How a refresh runs.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    /// Feeds fetched at once.
    pub jobs: usize,
    pub fetch: FetchConfig,
    /// Fetch the linked page of items whose feed carries only a teaser.
    pub full_text: bool,
    /// How many of those pages one refresh fetches.
    pub pages: PageLimits,
}

impl Default for RefreshOptions {
    fn default() -> Self {
        RefreshOptions {
            jobs: 3,
            fetch: FetchConfig::default(),
            full_text: true,
            pages: PageLimits::default(),
        }
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
    /// Teasers whose page waits for a later refresh (over the [`PageLimits`]).
    pub pages_skipped: usize,
    /// Time spent writing to the database (the storing thread's share of the refresh).
    pub store_time: Duration,
    /// Time spent parsing feeds, summed over the worker threads.
    pub parse_time: Duration,
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

/// A feed as the article loader read it, ready to store.
struct ParsedFeed {
    title: String,
    site_url: Option<String>,
    items: Vec<NewArticle>,
}

/// What a worker hands back for one feed.
enum Fetched {
    Parsed(ParsedFeed, Validators, Duration),
    NotModified,
    Failed(String),
}

/// Refreshes one feed (as [`refresh_feeds`] does).
pub fn refresh_one(
    store: &mut Store,
    feed_id: i64,
    opts: &RefreshOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<RefreshSummary> {
    let feed = store
        .feed(feed_id)?
        .ok_or_else(|| LibraryError::NoSuchFeed { name: format!("#{feed_id}") })?;
    refresh_feeds(store, std::slice::from_ref(&feed), opts, progress)
}

/// Refreshes `feeds`, then completes teasers when `opts.full_text` is set. Fails at once, with
/// nothing changed, when another refresh of the library is running.
pub fn refresh_feeds(
    store: &mut Store,
    feeds: &[Feed],
    opts: &RefreshOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<RefreshSummary> {
    let _lock = RefreshLock::acquire(store.path())?;
    let fetcher = Fetcher::new(opts.fetch.clone());
    let mut summary = RefreshSummary { feeds: feeds.len(), ..Default::default() };
    let next = AtomicUsize::new(0);
    let jobs = opts.jobs.clamp(1, 64).min(feeds.len().max(1));
    let parsers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(jobs);
    // Three stages joined by hand-to-hand queues, so memory stays bounded: `jobs` threads download,
    // one thread per core parses (parse trees are the big allocations, kept to few threads),
    // and this thread stores. At most `jobs` bodies are alive, downloaded or being parsed: a
    // downloader waits for a permit that the parser gives back once the body is gone.
    let permits = Permits::new(jobs);
    let (body_tx, body_rx) = mpsc::sync_channel::<(usize, Downloaded, Permit)>(0);
    let body_rx = Mutex::new(body_rx);
    let (tx, rx) = mpsc::sync_channel::<(usize, Fetched)>(0);
    checkpoint::with_background_checkpoints(store, |store| {
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                let body_tx = body_tx.clone();
                let (fetcher, next, permits) = (&fetcher, &next, &permits);
                scope.spawn(move || loop {
                    let permit = permits.acquire();
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(feed) = feeds.get(i) else { break };
                    if body_tx.send((i, download(fetcher, feed), permit)).is_err() {
                        break;
                    }
                });
            }
            drop(body_tx);
            for _ in 0..parsers {
                let (tx, body_rx) = (tx.clone(), &body_rx);
                scope.spawn(move || loop {
                    let job = body_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((i, downloaded, permit))) = job else { break };
                    let parsed = parse(downloaded);
                    drop(permit);
                    if tx.send((i, parsed)).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            for (done, (i, fetched)) in rx.into_iter().enumerate() {
                let Some(feed) = feeds.get(i) else { continue };
                if let Fetched::Parsed(_, _, took) = &fetched {
                    summary.parse_time += *took;
                }
                let started = Instant::now();
                let outcome = store_fetched(store, feed, fetched);
                summary.store_time += started.elapsed();
                match &outcome {
                    FeedOutcome::Updated(c) => {
                        summary.new_articles += c.new;
                        summary.already_stored += c.existing;
                    }
                    FeedOutcome::NotModified => summary.not_modified += 1,
                    FeedOutcome::Failed(reason) => summary
                        .failures
                        .push(Failure { url: feed.url.clone(), reason: reason.clone() }),
                }
                progress(&Progress { done: done + 1, total: feeds.len(), feed, outcome: &outcome });
            }
        });
    });
    summary.failures.sort_by(|a, b| a.url.cmp(&b.url));
    if opts.full_text {
        let pages = fulltext::complete_teasers(store, &fetcher, opts.jobs, opts.pages)?;
        summary.full_texts = pages.completed;
        summary.page_failures = pages.failures;
        summary.pages_skipped = pages.skipped;
    }
    Ok(summary)
}

/// Why a subscription that answers with a page or an article fails.
const NOT_A_FEED: &str =
    "not a feed (the address serves a page or an article, not RSS, Atom or JSON Feed)";

/// A download, before parsing.
enum Downloaded {
    Body(FetchedBody),
    NotModified,
    Failed(String),
}

fn download(fetcher: &Fetcher, feed: &Feed) -> Downloaded {
    let validators =
        Validators { etag: feed.etag.clone(), last_modified: feed.last_modified.clone() };
    match fetcher.get(&feed.url, &validators) {
        Ok(FetchOutcome::NotModified) => Downloaded::NotModified,
        Ok(FetchOutcome::Fetched(body)) => Downloaded::Body(body),
        Err(e) => Downloaded::Failed(e.to_string()),
    }
}

fn parse(downloaded: Downloaded) -> Fetched {
    match downloaded {
        Downloaded::Body(f) => {
            let started = Instant::now();
            let name = Path::new(&f.final_url);
            let result = load_document(name, &f.body, &f.origin(), &LoadOptions::default());
            let validators = f.validators.clone();
            drop(f);
            match result {
                Ok(Document::Feed(feed)) => {
                    let items = feed.entries.into_iter().map(NewArticle::from_entry).collect();
                    let parsed = ParsedFeed { title: feed.title, site_url: feed.site_url, items };
                    Fetched::Parsed(parsed, validators, started.elapsed())
                }
                Ok(Document::Articles(_)) => Fetched::Failed(NOT_A_FEED.into()),
                Err(e) => Fetched::Failed(e.reason()),
            }
        }
        Downloaded::NotModified => Fetched::NotModified,
        Downloaded::Failed(reason) => Fetched::Failed(reason),
    }
}

fn store_fetched(store: &mut Store, feed: &Feed, fetched: Fetched) -> FeedOutcome {
    let result = match fetched {
        Fetched::Parsed(parsed, validators, _) => {
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
