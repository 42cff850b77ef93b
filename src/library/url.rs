//! Web addresses: the one check of what newslens fetches, subscribes to, imports from OPML or
//! opens in a browser (http and https only, a host, a port that exists), and loading one address
//! without the store (`newslens https://...`, `newslens analyze URL`) through the article
//! loaders, as a file of that content would load.

use super::fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
use crate::article::{load_document, load_path, Article, LoadError, LoadOptions};
use std::path::Path;

/// Why a string is not an address newslens fetches or opens.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("not a web address (only http:// and https:// addresses are fetched or opened)")]
    NotWeb,
    #[error("invalid web address: {0}")]
    Invalid(String),
}

/// True when a command-line argument is meant as a web address rather than a path: it starts
/// with `http://` or `https://` (in any case). Whether it is a valid one is [`check`]'s answer.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Checks that `s` is an address newslens may fetch or open: scheme `http` or `https`, a host,
/// a port from 1 to 65535, no control characters or spaces.
pub fn check(s: &str) -> Result<(), UrlError> {
    if !is_url(s) {
        return Err(UrlError::NotWeb);
    }
    if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(UrlError::Invalid("it contains spaces or control characters".into()));
    }
    let parsed = url::Url::parse(s).map_err(|e| UrlError::Invalid(e.to_string()))?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(UrlError::Invalid("no host".into()));
    }
    if parsed.port() == Some(0) {
        return Err(UrlError::Invalid("port 0".into()));
    }
    Ok(())
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
    // The address names the content in messages and for the loader's extension fallback.
    let name = Path::new(&fetched.final_url);
    let loaded = load_document(name, &fetched.body, &fetched.origin(), opts)
        .and_then(|document| document.into_articles(name));
    match loaded {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_http_addresses_pass() {
        assert_eq!(check("https://example.org/feed.xml"), Ok(()));
        assert_eq!(check("HTTP://127.0.0.1:8080/a?b=c"), Ok(()));
        assert_eq!(check("file:///etc/passwd"), Err(UrlError::NotWeb));
        assert_eq!(check("javascript:alert(1)"), Err(UrlError::NotWeb));
        assert_eq!(check("feed.xml"), Err(UrlError::NotWeb));
        let port = check("http://127.0.0.1:99999/feed").map_err(|e| e.to_string());
        assert_eq!(port, Err("invalid web address: invalid port number".to_string()));
        assert!(check("http://x/\u{1b}]0;t\u{7}").is_err());
        assert!(check("http://").is_err());
        assert!(check("http://a:0/").is_err());
    }
}
