//! `add`: subscribe to a feed URL, or import a single web page, a file or a folder into the
//! library.

use super::feeds::parse_feed;
use super::fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
use super::store::{FeedUpdate, NewArticle, StoreCounts};
use super::{LibraryError, Result, Store};
use crate::article::{load_bytes, load_path, LoadError, LoadOptions};
use std::path::Path;

/// What `add` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// A feed: subscribed (or already subscribed) and its current items stored.
    Subscribed { feed_id: i64, title: String, is_new: bool, counts: StoreCounts },
    /// Pages or files stored as articles; `failures` names what could not be read.
    Imported { counts: StoreCounts, failures: Vec<String> },
}

/// Adds `target`: an `http(s)://` URL (a feed, else a page) or a path (a feed file, an article
/// file or a folder of them).
pub fn add(store: &mut Store, target: &str, fetch: &FetchConfig) -> Result<Added> {
    let lower = target.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        add_url(store, target, fetch)
    } else {
        add_path(store, Path::new(target))
    }
}

fn add_url(store: &mut Store, url: &str, fetch: &FetchConfig) -> Result<Added> {
    let fetch_err = |reason: String| LibraryError::Fetch { url: url.to_string(), reason };
    let fetched = match Fetcher::new(fetch.clone()).get(url, &Validators::default()) {
        Ok(FetchOutcome::Fetched(f)) => f,
        Ok(FetchOutcome::NotModified) => return Err(fetch_err("unexpected HTTP 304".into())),
        Err(e) => return Err(fetch_err(e.to_string())),
    };
    match parse_feed(&fetched.body, &fetched.final_url) {
        Ok(feed) => {
            let (feed_id, is_new) = store.add_feed(url, &feed.title)?;
            let update = FeedUpdate {
                title: Some(feed.title.clone()),
                site_url: feed.site_url,
                etag: fetched.validators.etag,
                last_modified: fetched.validators.last_modified,
            };
            let counts = store.store_feed_items(feed_id, &update, &feed.items)?;
            Ok(Added::Subscribed { feed_id, title: feed.title, is_new, counts })
        }
        Err(feed_err) => {
            let is_html = fetched.content_type.as_deref().is_some_and(|t| t.contains("html"))
                || looks_like_html(&fetched.body);
            if !is_html {
                return Err(fetch_err(feed_err.to_string()));
            }
            let mut articles =
                load_bytes(Path::new("page.html"), &fetched.body, &LoadOptions::default())
                    .map_err(|e| fetch_err(load_reason(&e)))?;
            let items: Vec<NewArticle> = articles
                .iter_mut()
                .map(|a| {
                    a.url.get_or_insert_with(|| url.to_string());
                    NewArticle::from_article(a)
                })
                .collect();
            let counts = store.store_articles(&items)?;
            Ok(Added::Imported { counts, failures: Vec::new() })
        }
    }
}

fn add_path(store: &mut Store, path: &Path) -> Result<Added> {
    if path.is_file() && is_feed_file(path) {
        let bytes = std::fs::read(path)
            .map_err(|e| LibraryError::File { path: path.to_path_buf(), reason: e.to_string() })?;
        if let Ok(feed) = parse_feed(&bytes, &path.display().to_string()) {
            let counts = store.store_articles(&feed.items)?;
            return Ok(Added::Imported { counts, failures: Vec::new() });
        }
    }
    let mut items = Vec::new();
    let mut failures = Vec::new();
    for result in load_path(path, &LoadOptions::default()) {
        match result {
            Ok(a) => items.push(NewArticle::from_article(&a)),
            Err(e) => failures.push(e.to_string()),
        }
    }
    if items.is_empty() && failures.is_empty() {
        failures.push(format!("{}: no supported files found", path.display()));
    }
    let counts = store.store_articles(&items)?;
    Ok(Added::Imported { counts, failures })
}

fn is_feed_file(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    matches!(ext.as_str(), "xml" | "rss" | "atom" | "json")
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(body.get(..1024).unwrap_or(body)).to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html")
}

/// A loader error without the placeholder file name it was given.
pub(crate) fn load_reason(e: &LoadError) -> String {
    match e {
        LoadError::Invalid { reason, .. } => reason.clone(),
        other => other.to_string(),
    }
}
