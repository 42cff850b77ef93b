//! Whatever the bytes, `load_bytes` returns articles or an error, never panics, and every
//! article it returns is clean (no control characters, no empty paragraphs).

use newslens::article::{load_bytes, LoadOptions};
use proptest::prelude::*;
use std::path::Path;

const NAMES: &[&str] = &["a.txt", "a.md", "a.json", "a.html", "a.xml", "stdin"];

/// Prefixes that steer random bytes into each loader.
const PREFIXES: &[&str] = &[
    "",
    "---\ntitle: ",
    "{\"title\": \"",
    "[{\"body\": \"",
    "<html><body><p>",
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"content_html\": \"",
    "# ",
];

fn check(name: &str, bytes: &[u8]) {
    if let Ok(articles) = load_bytes(Path::new(name), bytes, &LoadOptions::default()) {
        assert!(!articles.is_empty());
        for a in articles {
            assert!(!a.paragraphs.is_empty());
            assert!(a.paragraphs.iter().all(|p| !p.is_empty()));
            let all = [a.title.as_str(), a.source.as_str(), a.url.as_deref().unwrap_or("")];
            for s in all.into_iter().chain(a.paragraphs.iter().map(String::as_str)) {
                assert!(!s.chars().any(char::is_control), "control char in {s:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(
        name in prop::sample::select(NAMES),
        prefix in prop::sample::select(PREFIXES),
        tail in prop::collection::vec(any::<u8>(), 0..400),
    ) {
        let mut bytes = prefix.as_bytes().to_vec();
        bytes.extend(tail);
        check(name, &bytes);
    }

    #[test]
    fn random_text_never_panics(
        name in prop::sample::select(NAMES),
        prefix in prop::sample::select(PREFIXES),
        tail in "(\\PC|[\\x00-\\x1f\\u{80}-\\u{9f}<>\"{}\\[\\]:#\n-])*",
    ) {
        check(name, format!("{prefix}{tail}").as_bytes());
    }
}
