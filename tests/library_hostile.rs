//! Hostile servers against a refresh (a loopback server in tests/support): each failure is the
//! feed's own, with the exact reason the summary prints, and the other feeds are stored as
//! usual. A 100,000-item teaser feed is stored whole, with its linked-page fetches capped.

#[path = "support/http_server.rs"]
mod http_server;
#[path = "support/library_fixtures.rs"]
mod library_fixtures;

use http_server::{gzip_bomb, Route, TestServer};
use library_fixtures::{fixture, test_fetch_config};
use newslens::library::fetch::FetchConfig;
use newslens::library::fulltext::PageLimits;
use newslens::library::refresh::{refresh_all, RefreshOptions};
use newslens::library::Store;
use std::time::Duration;

fn options(fetch: FetchConfig) -> RefreshOptions {
    RefreshOptions { jobs: 8, fetch, ..Default::default() }
}

#[test]
fn every_hostile_answer_fails_its_feed_with_the_exact_reason() {
    let server = TestServer::start();
    let base = server.base();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec();
    server.route("/hang.xml", Route::Hang);
    server.route("/endless.xml", Route::Endless { every: Duration::from_millis(50) });
    server.route("/bomb.xml", Route::GzipBomb(gzip_bomb(64 << 20)));
    server.route("/loop-a.xml", Route::Redirect("/loop-b.xml".into()));
    server.route("/loop-b.xml", Route::Redirect("/loop-a.xml".into()));
    server.route("/image.xml", Route::ok(png, "application/rss+xml"));
    let page = fixture("tram-page.html", &base);
    server.route("/page-as-feed.xml", Route::ok(page, "application/rss+xml"));
    // A wrong content type the other way round is harmless: the content decides.
    server.route("/feed-as-page", Route::ok(fixture("rss.xml", &base), "text/html"));
    let expected: &[(&str, &str)] = &[
        ("/hang.xml", "timed out after 1.5s"),
        ("/endless.xml", "timed out after 1.5s"),
        ("/bomb.xml", "response too large (over 4194304 bytes)"),
        ("/loop-a.xml", "too many redirects (more than 4)"),
        ("/image.xml", "binary file, not text (PNG image)"),
        (
            "/page-as-feed.xml",
            "not a feed (the address serves a page or an article, not RSS, Atom or JSON Feed)",
        ),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    for (path, _) in expected {
        store.add_feed(&server.url(path), "").expect("subscribe");
    }
    store.add_feed(&server.url("/feed-as-page"), "").expect("subscribe");
    let bad_port = "http://127.0.0.1:99999/feed.xml";
    store.add_feed(bad_port, "").expect("subscribe");

    let summary = refresh_all(&mut store, &options(test_fetch_config()), &mut |_| {})
        .expect("the refresh itself succeeds");
    let reason = |url: &str| {
        let f = summary.failures.iter().find(|f| f.url == url);
        f.map(|f| f.reason.clone()).unwrap_or_else(|| panic!("{url} did not fail"))
    };
    for (path, message) in expected {
        assert_eq!(reason(&server.url(path)), *message, "{path}");
    }
    assert_eq!(reason(bad_port), "invalid web address: invalid port number");
    assert_eq!(summary.failures.len(), expected.len() + 1, "{:#?}", summary.failures);
    assert_eq!(summary.new_articles, 3, "the feed served as text/html is stored");
}

#[test]
fn a_100000_item_teaser_feed_is_stored_and_its_page_fetches_are_capped() {
    const ITEMS: usize = 100_000;
    let server = TestServer::start();
    let base = server.base();
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
    for i in 0..ITEMS {
        xml.push_str(&format!(
            "<item><title>Item {i}</title><link>{base}/p/{i}</link><guid>g{i}</guid>\
             <pubDate>Mon, 17 Nov 2025 {:02}:{:02}:00 +0000</pubDate>\
             <description>Teaser number {i}.</description></item>",
            (i / 60) % 24,
            i % 60
        ));
    }
    xml.push_str("</channel></rss>");
    server.route("/big.xml", Route::ok(xml, "application/rss+xml"));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    store.add_feed(&server.url("/big.xml"), "").expect("subscribe");
    let fetch = FetchConfig {
        max_bytes: 64 << 20,
        timeout: Duration::from_secs(60),
        ..test_fetch_config()
    };
    let opts =
        RefreshOptions { pages: PageLimits { per_feed: 25, per_refresh: 250 }, ..options(fetch) };
    let summary = refresh_all(&mut store, &opts, &mut |_| {}).expect("refresh");
    assert_eq!(summary.new_articles, ITEMS);
    assert!(summary.failures.is_empty(), "{:?}", summary.failures);
    // The item pages do not exist (404): each tried once, 25 in all.
    assert_eq!(summary.full_texts + summary.page_failures.len(), 25);
    assert_eq!(summary.pages_skipped, ITEMS - 25);
    assert_eq!(server.total_hits(), 1 + 25, "one feed request and 25 page requests");
    assert!(summary.page_failures.iter().all(|f| f.reason == "HTTP 404 Not Found"));
}
