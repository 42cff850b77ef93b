//! One loader path: a page or a feed gives the same text whether it is opened as a file or
//! stored by the library (subscribed, refreshed, completed from a teaser, imported), so that
//! duplicate detection by text hash finds the copies.

#[path = "support/http_server.rs"]
mod http_server;
#[path = "support/library_fixtures.rs"]
mod library_fixtures;

use http_server::TestServer;
use library_fixtures::{fixture, serve_all, test_fetch_config};
use newslens::article::{load_path, Article, LoadOptions};
use newslens::library::add::{add, Added};
use newslens::library::refresh::{refresh_all, RefreshOptions};
use newslens::library::Store;
use std::path::Path;

fn load_file(dir: &Path, name: &str, content: &str) -> Vec<Article> {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write fixture copy");
    load_path(&path, &LoadOptions::default())
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{name} loads as a file: {e}")))
        .collect()
}

/// (title, text) of the stored articles, in the order of their ids.
fn stored(store: &Store, feed_url: Option<&str>) -> Vec<(String, String)> {
    let sql = "SELECT a.title, a.text FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id \
               WHERE f.url IS ?1 ORDER BY a.id";
    let mut stmt = store.connection().prepare(sql).expect("prepare");
    let rows = stmt.query_map([feed_url], |r| Ok((r.get(0)?, r.get(1)?))).expect("query");
    rows.map(|r| r.expect("row")).collect()
}

fn title_and_text(a: &Article) -> (String, String) {
    (a.title.clone(), a.text())
}

#[test]
fn a_feed_gives_the_same_texts_refreshed_or_opened_as_a_file() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    for (path, _) in [("/rss.xml", 0), ("/atom.xml", 0), ("/feed.json", 0)] {
        store.add_feed(&server.url(path), "").expect("subscribe");
    }
    let opts =
        RefreshOptions { fetch: test_fetch_config(), full_text: false, ..Default::default() };
    let summary = refresh_all(&mut store, &opts, &mut |_| {}).expect("refresh");
    assert!(summary.failures.is_empty(), "{:?}", summary.failures);
    for (path, file) in
        [("/rss.xml", "rss.xml"), ("/atom.xml", "atom.xml"), ("/feed.json", "feed.json")]
    {
        let from_file: Vec<_> = load_file(dir.path(), file, &fixture(file, &server.base()))
            .iter()
            .map(title_and_text)
            .collect();
        assert!(!from_file.is_empty());
        assert_eq!(stored(&store, Some(&server.url(path))), from_file, "{file}");
    }
}

#[test]
fn a_page_gives_the_same_text_added_completed_or_opened_as_a_file() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let page = fixture("tram-page.html", &server.base());
    let from_file = load_file(dir.path(), "tram-page.html", &page);
    assert_eq!(from_file.len(), 1);

    // `add URL` of the page.
    let mut store = Store::open(&dir.path().join("added.db")).expect("open store");
    let added = add(&mut store, &server.url("/wire/tram-page"), &test_fetch_config()).expect("add");
    assert!(matches!(added, Added::Imported { counts, .. } if counts.new == 1), "{added:?}");
    assert_eq!(stored(&store, None), vec![title_and_text(&from_file[0])]);

    // The same page fetched to complete a teaser.
    let mut store = Store::open(&dir.path().join("teaser.db")).expect("open store");
    store.add_feed(&server.url("/teaser.xml"), "").expect("subscribe");
    let opts = RefreshOptions { fetch: test_fetch_config(), ..Default::default() };
    let summary = refresh_all(&mut store, &opts, &mut |_| {}).expect("refresh");
    assert_eq!(summary.full_texts, 1, "{:?}", summary.page_failures);
    let texts: Vec<String> =
        stored(&store, Some(&server.url("/teaser.xml"))).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, vec![from_file[0].text()]);
}

#[test]
fn a_feed_file_without_links_imported_after_a_refresh_is_found_by_its_text() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("lib.db")).expect("open store");
    store.add_feed(&server.url("/rss.xml"), "").expect("subscribe");
    let opts =
        RefreshOptions { fetch: test_fetch_config(), full_text: false, ..Default::default() };
    assert_eq!(refresh_all(&mut store, &opts, &mut |_| {}).expect("refresh").new_articles, 3);

    // The same feed saved without links or GUIDs: only the text hash can match.
    let xml = fixture("rss.xml", &server.base());
    let bare: String = xml
        .lines()
        .filter(|l| !l.trim_start().starts_with("<link>") && !l.trim_start().starts_with("<guid"))
        .collect::<Vec<_>>()
        .join("\n");
    let file = dir.path().join("saved-feed.xml");
    std::fs::write(&file, bare).expect("write");
    let added = add(&mut store, file.to_str().expect("utf-8 path"), &test_fetch_config());
    match added.expect("import") {
        Added::Imported { counts, failures } => {
            assert!(failures.is_empty(), "{failures:?}");
            assert_eq!((counts.new, counts.existing), (0, 3), "every item found by its text");
        }
        other => panic!("a file is imported, not subscribed: {other:?}"),
    }
}
