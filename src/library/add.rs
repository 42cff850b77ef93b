//! `add`: subscribe to a feed URL, or import a single web page, a file or a folder into the
//! library. Whatever comes in goes through the article loaders ([`load_document`]), as a file
//! of the same content would.

use super::fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
use super::store::{FeedUpdate, NewArticle, StoreCounts};
use super::{url, LibraryError, Result, Store};
use crate::article::load::{files_of, read_file};
use crate::article::{load_document, Document, LoadOptions, Origin};
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
    if url::is_url(target) {
        add_url(store, target, fetch)
    } else {
        add_path(store, Path::new(target))
    }
}

fn add_url(store: &mut Store, address: &str, fetch: &FetchConfig) -> Result<Added> {
    let fetch_err = |reason: String| LibraryError::Fetch { url: address.to_string(), reason };
    let fetched = match Fetcher::new(fetch.clone()).get(address, &Validators::default()) {
        Ok(FetchOutcome::Fetched(f)) => f,
        Ok(FetchOutcome::NotModified) => return Err(fetch_err("unexpected HTTP 304".into())),
        Err(e) => return Err(fetch_err(e.to_string())),
    };
    let name = Path::new(&fetched.final_url);
    let document = load_document(name, &fetched.body, &fetched.origin(), &LoadOptions::default())
        .map_err(|e| fetch_err(e.reason()))?;
    match document {
        Document::Feed(feed) => {
            let (feed_id, is_new) = store.add_feed(address, &feed.title)?;
            let items: Vec<NewArticle> =
                feed.entries.into_iter().map(NewArticle::from_entry).collect();
            let update = FeedUpdate {
                title: Some(feed.title.clone()),
                site_url: feed.site_url,
                etag: fetched.validators.etag,
                last_modified: fetched.validators.last_modified,
            };
            let counts = store.store_feed_items(feed_id, &update, &items)?;
            Ok(Added::Subscribed { feed_id, title: feed.title, is_new, counts })
        }
        Document::Articles(articles) => {
            let items: Vec<NewArticle> = articles
                .into_iter()
                .map(|mut a| {
                    a.url.get_or_insert_with(|| address.to_string());
                    NewArticle::from_article(&a)
                })
                .collect();
            let counts = store.store_articles(&items)?;
            Ok(Added::Imported { counts, failures: Vec::new() })
        }
    }
}

fn add_path(store: &mut Store, path: &Path) -> Result<Added> {
    let mut items = Vec::new();
    let mut failures = Vec::new();
    match files_of(path) {
        Ok(files) => {
            for file in files {
                let loaded = read_file(&file).and_then(|bytes| {
                    load_document(&file, &bytes, &Origin::default(), &LoadOptions::default())
                });
                match loaded {
                    Ok(Document::Feed(feed)) => {
                        items.extend(feed.entries.into_iter().map(NewArticle::from_entry))
                    }
                    Ok(Document::Articles(articles)) => {
                        items.extend(articles.iter().map(NewArticle::from_article))
                    }
                    Err(e) => failures.push(e.to_string()),
                }
            }
        }
        Err(e) => failures.push(e.to_string()),
    }
    let counts = store.store_articles(&items)?;
    Ok(Added::Imported { counts, failures })
}
