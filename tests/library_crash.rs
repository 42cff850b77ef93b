//! A refresh killed with SIGKILL mid-way (the real binary, on a slow local server) leaves a
//! database that opens, passes `PRAGMA integrity_check` and keeps every article stored before.

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{Route, TestServer};
use newslens::library::Store;
use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An RSS feed of `items` distinct items, each long enough not to be a teaser.
fn big_feed(name: &str, items: usize, base: &str) -> String {
    let mut out =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{name}</title>");
    for i in 0..items {
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
