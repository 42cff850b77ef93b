//! A refresh killed with SIGKILL mid-way (the real binary, on a slow local server) leaves a
//! database that opens, passes `PRAGMA integrity_check` and keeps every article stored before;
//! killed at 20 random moments in a row, nothing is lost or doubled, and a last refresh stores
//! the rest.

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{Route, TestServer};
use newslens::library::Store;
use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An RSS feed of `items` distinct items, each long enough not to be a teaser.
fn big_feed(name: &str, items: usize, base: &str) -> String {
    feed_range(name, 0..items, base)
}

/// An RSS feed of the items numbered `range`.
fn feed_range(name: &str, range: std::ops::Range<usize>, base: &str) -> String {
    let mut out =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{name}</title>");
    for i in range {
        let body = format!("Item {i} of {name} reports on the harbour works. ").repeat(12);
        out.push_str(&format!(
            "<item><title>{name} {i}</title><link>{base}/{name}/{i}</link><guid>{name}-{i}</guid>\
             <description>{body}</description></item>"
        ));
    }
    out + "</channel></rss>"
}

fn guids(db: &std::path::Path) -> HashSet<String> {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut stmt = conn.prepare("SELECT guid FROM articles").expect("prepare");
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).expect("query");
    rows.map(|r| r.expect("row")).collect()
}

fn count(db: &std::path::Path) -> usize {
    let conn = rusqlite::Connection::open(db).expect("open db");
    conn.busy_timeout(Duration::from_secs(5)).expect("busy timeout");
    conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0))
        .map_or(0, |n| n as usize)
}

fn refresh_process(db: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["--db"])
        .arg(db)
        .args(["refresh", "--jobs", "3", "--timeout", "60", "--no-index", "--no-full-text"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start newslens")
}

#[test]
fn sigkill_mid_refresh_keeps_the_database_whole() {
    let server = TestServer::start();
    let base = server.base();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");

    // Before: one feed refreshed to completion.
    server.route("/first.xml", Route::ok(big_feed("first", 200, &base), "application/rss+xml"));
    Store::open(&db).expect("create").add_feed(&server.url("/first.xml"), "").expect("add");
    let status = refresh_process(&db).wait().expect("first refresh");
    assert!(status.success());
    let before = guids(&db);
    assert_eq!(before.len(), 200);

    // Then: slow feeds and one that never answers, so the refresh is still running when killed.
    {
        let store = Store::open(&db).expect("open");
        for n in 0..12 {
            let path = format!("/slow-{n}.xml");
            let body = big_feed(&format!("slow{n}"), 400, &base).into_bytes();
            let delay = Duration::from_millis(100 + 40 * n);
            server.route(&path, Route::Slow { delay, body, content_type: "text/xml".into() });
            store.add_feed(&server.url(&path), "").expect("add");
        }
        server.route("/never.xml", Route::Hang);
        store.add_feed(&server.url("/never.xml"), "").expect("add");
    }
    let mut child = refresh_process(&db);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = before.len();
    while seen < before.len() + 400 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        seen = count(&db);
    }
    assert!(seen >= before.len() + 400, "the refresh stored new feeds before the kill");
    assert!(child.try_wait().expect("poll child").is_none(), "still running when killed");
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");

    let store = Store::open(&db).expect("the database opens after the kill");
    let check: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity check runs");
    assert_eq!(check, "ok");
    let after = guids(&db);
    assert!(before.is_subset(&after), "no article stored before the kill is lost");
    assert!(after.len() >= seen, "nothing committed before the kill is lost");
    assert_eq!(after.len() % 200, 0, "feeds are stored whole or not at all: {}", after.len());
}

/// A small deterministic generator for the kill moments (xorshift).
struct Moments(u64);

impl Moments {
    fn next_ms(&mut self, max: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % max
    }
}

/// Items stored per feed name (the part of the GUID before the last `-`).
fn per_feed(guids: &HashSet<String>) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for g in guids {
        let feed = g.rsplit_once('-').map_or(g.as_str(), |(f, _)| f).to_string();
        *counts.entry(feed).or_insert(0) += 1;
    }
    counts
}

#[test]
fn twenty_kills_at_random_moments_lose_and_double_nothing() {
    const FEEDS: usize = 8;
    const STEP: usize = 40;
    const WINDOW: usize = 120;
    let server = TestServer::start();
    let base = server.base();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let serve_round = |round: usize| {
        for n in 0..FEEDS {
            let name = format!("k{n}");
            let body = feed_range(&name, round * STEP..round * STEP + WINDOW, &base).into_bytes();
            let delay = Duration::from_millis(20 + 30 * n as u64);
            let route = Route::Slow { delay, body, content_type: "text/xml".into() };
            server.route(&format!("/{name}.xml"), route);
        }
    };
    {
        let store = Store::open(&db).expect("create");
        for n in 0..FEEDS {
            store.add_feed(&server.url(&format!("/k{n}.xml")), "").expect("add");
        }
        // One feed never answers, so every refresh is still running when it is killed.
        server.route("/never.xml", Route::Hang);
        store.add_feed(&server.url("/never.xml"), "").expect("add");
    }
    let mut moments = Moments(0x9e37_79b9_7f4a_7c15);
    let mut stored = HashSet::new();
    for round in 0..20 {
        serve_round(round);
        let mut child = refresh_process(&db);
        std::thread::sleep(Duration::from_millis(30 + moments.next_ms(500)));
        assert!(child.try_wait().expect("poll").is_none(), "round {round}: still running");
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        let store = Store::open(&db).expect("opens after the kill");
        let conn = store.connection();
        let check: String =
            conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
        assert_eq!(check, "ok", "round {round}");
        let rows: i64 =
            conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0)).expect("count");
        drop(store);
        let now = guids(&db);
        assert_eq!(rows as usize, now.len(), "round {round}: nothing doubled");
        assert!(stored.is_subset(&now), "round {round}: nothing lost");
        for (feed, n) in per_feed(&now) {
            assert_eq!((n - WINDOW) % STEP, 0, "round {round}: {feed} stored whole ({n} items)");
        }
        stored = now;
    }
    // Without the feed that never answers, a last refresh completes and stores the rest.
    let store = Store::open(&db).expect("open");
    store.connection().execute("DELETE FROM feeds WHERE url LIKE '%never.xml'", []).expect("drop");
    drop(store);
    serve_round(19);
    assert!(refresh_process(&db).wait().expect("last refresh").success());
    let after = guids(&db);
    assert!(stored.is_subset(&after));
    for (feed, n) in per_feed(&after) {
        assert!((WINDOW..=WINDOW + 19 * STEP).contains(&n), "{feed}: {n}");
    }
    assert_eq!(per_feed(&after).len(), FEEDS, "every feed stored");
}
