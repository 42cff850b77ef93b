//! Opening one URL without the store: `newslens https://...` and `newslens analyze URL` fetch the
//! page or feed (with the same limits as refresh) and parse it like a file of that content.

use super::fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
use crate::article::{load_bytes, load_path, Article, LoadError, LoadOptions};
use std::path::Path;

/// True when `arg` names an http(s) URL rather than a path.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches `url` and parses its body (HTML page, feed, JSON, text) into articles. A page
/// without a canonical URL of its own gets `url` as its URL.
pub fn load_url(
    url: &str,
    fetch: &FetchConfig,
    opts: &LoadOptions,
) -> Vec<Result<Article, LoadError>> {
    let fetched = match Fetcher::new(fetch.clone()).get(url, &Validators::default()) {
        Ok(FetchOutcome::Fetched(f)) => f,
        Ok(FetchOutcome::NotModified) => {
            return vec![Err(LoadError::invalid(url, "server answered 304 to a plain GET"))]
        }
        Err(e) => return vec![Err(LoadError::invalid(url, e.to_string()))],
    };
    // The URL names the content in messages and for the loader's extension fallback.
    match load_bytes(Path::new(&fetched.final_url), &fetched.body, opts) {
        Ok(articles) => articles
            .into_iter()
            .map(|mut a| {
                a.url.get_or_insert_with(|| fetched.final_url.clone());
                Ok(a)
            })
            .collect(),
        Err(e) => vec![Err(e)],
    }
}

/// Loads a command-line argument: a URL, `-`, a file or a folder.
pub fn load_arg(arg: &Path, opts: &LoadOptions) -> Vec<Result<Article, LoadError>> {
    match arg.to_str().filter(|s| is_url(s)) {
        Some(url) => load_url(url, &FetchConfig::default(), opts),
        None => load_path(arg, opts),
    }
}
