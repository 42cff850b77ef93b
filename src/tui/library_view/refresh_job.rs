//! Refreshing the library without blocking the reader: a thread with its own [`Store`]
//! connection on the same file fetches every feed, indexes and analyses what is new, and sends
//! [`RefreshEvent`]s that the event loop drains between frames.

use crate::library::commands::count;
use crate::library::refresh::{self, FeedOutcome, RefreshOptions};
use crate::library::{index, search, Store};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// What the refresh thread reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RefreshEvent {
    /// A line for the status bar.
    Progress(String),
    /// Finished: a summary, and whether it is an error.
    Done { text: String, is_error: bool },
}

/// Starts a refresh of the database at the path (every feed, or the one with this id),
/// reporting on the sender. Tests swap it for a job that needs no network.
pub(crate) type Refresher = fn(PathBuf, Option<i64>, Sender<RefreshEvent>);

/// A running refresh.
#[derive(Debug)]
pub(crate) struct RefreshJob {
    events: Receiver<RefreshEvent>,
}

impl RefreshJob {
    /// Starts `refresher` on `path`, for every feed or only `feed`.
    pub(crate) fn start(refresher: Refresher, path: &Path, feed: Option<i64>) -> RefreshJob {
        let (tx, events) = mpsc::channel();
        refresher(path.to_path_buf(), feed, tx);
        RefreshJob { events }
    }

    /// The events sent since the last call; the last one is `Done` once the job has ended (a
    /// thread that died without a word is reported as an error).
    pub(crate) fn drain(&self) -> Vec<RefreshEvent> {
        let mut out = Vec::new();
        loop {
            match self.events.try_recv() {
                Ok(ev) => out.push(ev),
                Err(TryRecvError::Empty) => return out,
                Err(TryRecvError::Disconnected) => {
                    if !out.iter().any(|e| matches!(e, RefreshEvent::Done { .. })) {
                        let text = "refresh stopped unexpectedly".to_string();
                        out.push(RefreshEvent::Done { text, is_error: true });
                    }
                    return out;
                }
            }
        }
    }
}

/// The real refresh, on a thread of its own.
pub(crate) fn spawn_refresh(path: PathBuf, feed: Option<i64>, tx: Sender<RefreshEvent>) {
    let spawned = std::thread::Builder::new().name("refresh".into()).spawn({
        let tx = tx.clone();
        move || {
            let done = match refresh_store(&path, feed, &tx) {
                Ok(text) => RefreshEvent::Done { text, is_error: false },
                Err(e) => {
                    RefreshEvent::Done { text: format!("refresh failed: {e}"), is_error: true }
                }
            };
            let _ = tx.send(done);
        }
    });
    if let Err(e) = spawned {
        let _ = tx.send(RefreshEvent::Done { text: format!("refresh: {e}"), is_error: true });
    }
}

/// Refreshes every feed (or only `feed`), then indexes and analyses the new articles; returns
/// the summary line.
pub(crate) fn refresh_store(
    path: &Path,
    feed: Option<i64>,
    tx: &Sender<RefreshEvent>,
) -> crate::library::Result<String> {
    let mut store = Store::open(path)?;
    let opts = RefreshOptions::default();
    let mut progress = |p: &refresh::Progress| {
        let mark = if matches!(p.outcome, FeedOutcome::Failed(_)) { " (failed)" } else { "" };
        let title = if p.feed.title.is_empty() { &p.feed.url } else { &p.feed.title };
        let _ = tx.send(RefreshEvent::Progress(format!(
            "refreshing {}/{}: {title}{mark}",
            p.done, p.total
        )));
    };
    let summary = match feed {
        Some(id) => refresh::refresh_one(&mut store, id, &opts, &mut progress)?,
        None => refresh::refresh_all(&mut store, &opts, &mut progress)?,
    };
    search::sync_index(store.connection())?;
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    index::analyze_pending(&mut store, threads, &mut |done, total| {
        let _ = tx.send(RefreshEvent::Progress(format!("analysing {done}/{total}")));
    })?;
    let failed = summary.failures.len();
    let mut text = format!(
        "refreshed {}: {}",
        count(summary.feeds, "feed", "feeds"),
        count(summary.new_articles, "new article", "new articles")
    );
    if let Some(first) = summary.failures.first() {
        text.push_str(&format!("; {failed} failed ({}: {})", first.url, first.reason));
    }
    Ok(text)
}
