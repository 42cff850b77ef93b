//! Fixture feeds for the library tests, served by the test HTTP server with every failure the
//! refresh must survive.

#![allow(dead_code)]

use super::http_server::{Route, TestServer};
use std::time::Duration;

/// A fixture file with `{{BASE}}` replaced by the server's address.
pub fn fixture(name: &str, base: &str) -> String {
    let path = format!("{}/tests/fixtures/library/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("fixture exists").replace("{{BASE}}", base)
}

/// Feeds that parse, with the number of items in each.
pub const GOOD_FEEDS: &[(&str, usize)] =
    &[("/rss.xml", 3), ("/atom.xml", 2), ("/feed.json", 2), ("/teaser.xml", 1)];

/// Feeds that must fail, with a word their reason must contain.
pub const BAD_FEEDS: &[(&str, &str)] = &[
    ("/malformed.xml", "cannot parse feed: unable to parse XML"),
    ("/huge.xml", "too large"),
    ("/huge-declared.xml", "too large"),
    ("/hang.xml", "timed out"),
    ("/missing.xml", "404"),
    ("/loop-a.xml", "redirects"),
];

/// Size of the huge responses.
pub const HUGE_BYTES: usize = 50 << 20;

/// Sets every fixture route on `server`.
pub fn serve_all(server: &TestServer) {
    let base = server.base();
    server.route("/rss.xml", Route::ok(fixture("rss.xml", &base), "application/rss+xml"));
    server.route("/atom.xml", Route::ok(fixture("atom.xml", &base), "application/atom+xml"));
    server.route("/feed.json", Route::ok(fixture("feed.json", &base), "application/feed+json"));
    server.route("/teaser.xml", Route::ok(fixture("teaser.xml", &base), "application/rss+xml"));
    server.route("/wire/tram-page", Route::ok(fixture("tram-page.html", &base), "text/html"));
    server.route("/malformed.xml", Route::ok(fixture("malformed.xml", &base), "text/xml"));
    server.route("/huge.xml", Route::Huge { bytes: HUGE_BYTES, declare_length: false });
    server.route("/huge-declared.xml", Route::Huge { bytes: HUGE_BYTES, declare_length: true });
    server.route("/hang.xml", Route::Hang);
    server.route("/missing.xml", Route::Status(404));
    server.route("/loop-a.xml", Route::Redirect("/loop-b.xml".into()));
    server.route("/loop-b.xml", Route::Redirect("/loop-a.xml".into()));
}

/// Limits that keep the failing cases fast.
pub fn test_fetch_config() -> newslens::library::fetch::FetchConfig {
    newslens::library::fetch::FetchConfig {
        timeout: Duration::from_millis(1500),
        max_bytes: 4 << 20,
        max_redirects: 4,
    }
}
