//! Refresh against a real HTTP server on 127.0.0.1: good feeds in RSS, Atom and JSON Feed land
//! exactly once however often refresh runs, a teaser is completed from its page once, every bad
//! feed is reported with its reason, and nothing stored is lost when a feed breaks later.

#[path = "support/http_server.rs"]
mod http_server;
#[path = "support/library_fixtures.rs"]
mod library_fixtures;

use http_server::{Route, TestServer};
use library_fixtures::{fixture, serve_all, test_fetch_config, BAD_FEEDS, GOOD_FEEDS};
use newslens::library::refresh::{refresh_all, RefreshOptions, RefreshSummary};
use newslens::library::Store;

fn options() -> RefreshOptions {
    RefreshOptions { jobs: 8, fetch: test_fetch_config(), ..Default::default() }
}

fn subscribe_all(store: &Store, server: &TestServer) {
    for (path, _) in GOOD_FEEDS {
        store.add_feed(&server.url(path), "").expect("add feed");
    }
    for (path, _) in BAD_FEEDS {
        store.add_feed(&server.url(path), "").expect("add feed");
    }
}

fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).expect("count query")
}

fn refresh(store: &mut Store) -> RefreshSummary {
    let mut calls = 0;
    let summary = refresh_all(store, &options(), &mut |p| {
        calls += 1;
        assert_eq!(p.done, calls);
    })
    .expect("refresh runs");
    assert_eq!(calls, GOOD_FEEDS.len() + BAD_FEEDS.len(), "one progress call per feed");
    summary
}

#[test]
fn good_feeds_land_once_and_bad_feeds_are_reported() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    subscribe_all(&store, &server);
    let expected: usize = GOOD_FEEDS.iter().map(|(_, n)| n).sum();

    let first = refresh(&mut store);
    assert_eq!(first.new_articles, expected);
    assert_eq!(first.failures.len(), BAD_FEEDS.len(), "{:#?}", first.failures);
    for (path, word) in BAD_FEEDS {
        let failure = first.failures.iter().find(|f| f.url == server.url(path));
        let failure = failure.unwrap_or_else(|| panic!("{path} not reported"));
        assert!(failure.reason.contains(word), "{path}: {}", failure.reason);
    }
    assert_eq!(first.full_texts, 1, "the teaser is completed from its page");

    for _ in 0..2 {
        let again = refresh(&mut store);
        assert_eq!(again.new_articles, 0);
        assert_eq!(again.not_modified, GOOD_FEEDS.len(), "ETags make good feeds 304");
        assert_eq!(again.failures.len(), BAD_FEEDS.len());
    }
    assert_eq!(count(&store, "SELECT COUNT(*) FROM articles"), expected as i64);
    assert_eq!(
        count(&store, "SELECT COUNT(DISTINCT url) FROM articles"),
        expected as i64,
        "every article once"
    );
    assert_eq!(server.hits("/wire/tram-page"), 1, "the linked page is fetched once");
    let tram: String = store
        .connection()
        .query_row("SELECT text FROM articles WHERE guid = 'wire-tram'", [], |r| r.get(0))
        .expect("teaser article stored");
    assert!(tram.contains("regional development bank"), "full text stored: {tram}");
    let errors = count(&store, "SELECT COUNT(*) FROM feeds WHERE last_error IS NOT NULL");
    assert_eq!(errors, BAD_FEEDS.len() as i64, "each bad feed keeps its reason");
}

#[test]
fn a_feed_that_breaks_or_shrinks_loses_nothing_stored() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    subscribe_all(&store, &server);
    refresh(&mut store);
    let before = count(&store, "SELECT COUNT(*) FROM articles");

    // The RSS feed now answers 500, the Atom feed turns malformed, the JSON feed drops an item.
    let base = server.base();
    server.route("/rss.xml", Route::Status(500));
    server.route("/atom.xml", Route::ok(fixture("malformed.xml", &base), "text/xml"));
    let json = fixture("feed.json", &base);
    let cut = json.find("    {\n      \"id\": \"weekly-2\"").expect("second item");
    let shrunk = format!("{}{{\"id\": \"weekly-1\", \"content_text\": \"x\"}}]}}", &json[..cut]);
    server.route("/feed.json", Route::ok(shrunk, "application/feed+json"));
    let broken = refresh(&mut store);
    assert_eq!(broken.failures.len(), BAD_FEEDS.len() + 2, "{:#?}", broken.failures);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM articles"), before);

    // RSS recovers with one more item: only that one is new.
    let extra = format!(
        "<item><title>Extra</title><link>{base}/extra</link><guid>extra</guid>\
         <description>A short extra item.</description></item><item>"
    );
    let rss = fixture("rss.xml", &base).replacen("<item>", &extra, 1);
    server.route("/rss.xml", Route::ok(rss, "application/rss+xml"));
    let recovered = refresh(&mut store);
    assert_eq!(recovered.new_articles, 1);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM articles"), before + 1);
}

#[test]
fn gzip_bodies_are_decoded_and_last_modified_gives_304() {
    let server = TestServer::start();
    let base = server.base();
    let last_modified = "Wed, 19 Nov 2025 10:00:00 GMT".to_string();
    let body = fixture("atom.xml", &base).into_bytes();
    let content_type = "application/atom+xml".to_string();
    server.route("/gz.xml", Route::Gzip { body, content_type, last_modified });
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    store.add_feed(&server.url("/gz.xml"), "").expect("add feed");
    let first = refresh_all(&mut store, &options(), &mut |_| {}).expect("refresh");
    assert_eq!((first.new_articles, first.failures.len()), (2, 0), "{:?}", first.failures);
    let second = refresh_all(&mut store, &options(), &mut |_| {}).expect("refresh");
    assert_eq!((second.not_modified, second.new_articles), (1, 0));
    assert_eq!(server.hits("/gz.xml"), 2);
}
