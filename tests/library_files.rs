//! The library file under faults: another program's SQLite file or a file that is not SQLite is
//! refused untouched; database errors name the file; a read-only library can be listed but not
//! refreshed; two refreshes at once neither fail with "database is locked" nor corrupt it; a
//! write waits for another connection's write instead of failing.

#[path = "support/http_server.rs"]
mod http_server;

use assert_cmd::Command;
use http_server::{Route, TestServer};
use newslens::library::store::NewArticle;
use newslens::library::Store;
use std::path::Path;
use std::time::{Duration, Instant};

fn newslens(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newslens").expect("binary");
    cmd.arg("--db").arg(db).env_remove("NEWSLENS_DB");
    cmd
}

fn stderr_of_failure(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn siblings(db: &Path) -> Vec<String> {
    let dir = db.parent().expect("parent");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("app.sqlite");
    let conn = rusqlite::Connection::open(&db).expect("create");
    conn.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ann');")
        .expect("another program's schema");
    drop(conn);
    let before = std::fs::read(&db).expect("read");
    let files = siblings(&db);
    let expected = format!(
        "newslens: {}: not a newslens library: it is an SQLite database of another program; it \
         was left untouched (choose another file with --db)\n",
        db.display()
    );
    for args in [&["list"][..], &["refresh"], &["add", "http://127.0.0.1:9/feed.xml"], &["index"]] {
        assert_eq!(stderr_of_failure(newslens(&db).args(args)), expected, "{args:?}");
    }
    assert_eq!(std::fs::read(&db).expect("read"), before, "not one byte changed");
    assert_eq!(siblings(&db), files, "no -wal, -shm or lock file made beside it");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "my notes, not a database\n").expect("write");
    let expected = format!(
        "newslens: {}: not a newslens library: the file is not an SQLite database; it was left \
         untouched (choose another file with --db)\n",
        db.display()
    );
    assert_eq!(stderr_of_failure(newslens(&db).arg("list")), expected);
    assert_eq!(stderr_of_failure(newslens(&db).arg("index")), expected);
    assert_eq!(std::fs::read_to_string(&db).expect("read"), "my notes, not a database\n");
}

#[test]
fn database_errors_name_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let store = Store::open(&db).expect("create");
    store
        .connection()
        .execute_batch("DROP TABLE articles_fts; DROP TABLE analyses;")
        .expect("damage");
    drop(store);
    let err = stderr_of_failure(newslens(&db).args(["search", "x"]));
    assert_eq!(
        err,
        format!("newslens: {}: database error: no such table: articles_fts\n", db.display())
    );
}

/// Runs the binary as an unprivileged user when the tests run as root (root ignores file
/// permissions), so that a read-only file is read-only.
fn as_unprivileged(db: &Path) -> Command {
    let root = std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines().any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false);
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg(env!("CARGO_BIN_EXE_newslens"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_newslens"))
    };
    cmd.arg("--db").arg(db).env_remove("NEWSLENS_DB").env("HOME", "/tmp");
    cmd
}

#[test]
fn a_read_only_library_is_listed_and_searched_but_not_refreshed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let items: Vec<NewArticle> = (0..2)
        .map(|i| NewArticle {
            title: format!("Glacier survey {i}"),
            source: "Test".into(),
            published: Some(1_763_000_000 + i),
            text: format!("The glacier retreated again, survey {i} found."),
            ..NewArticle::default()
        })
        .collect();
    let mut store = Store::open(&db).expect("create");
    store.store_articles(&items).expect("store");
    newslens::library::search::sync_index(store.connection()).expect("index");
    drop(store);
    // A read-only file in a folder the user cannot write either (no -shm can be made).
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).expect("chmod file");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555))
        .expect("chmod dir");

    let out = as_unprivileged(&db).arg("list").output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    let out = as_unprivileged(&db).args(["search", "glac*"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Glacier survey"));
    let out = as_unprivileged(&db).arg("refresh").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "newslens: {}: the library is read-only (file or folder permissions, or a read-only \
             disk): reading commands such as list, search and export-opml still work\n",
            db.display()
        )
    );
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back");
}

/// A feed of `n` items named after `name`, long enough not to be teasers.
fn feed(name: &str, n: usize, base: &str) -> String {
    let mut out = format!("<rss version=\"2.0\"><channel><title>{name}</title>");
    for i in 0..n {
        let body = format!("Item {i} of {name} reports on the harbour works. ").repeat(12);
        out.push_str(&format!(
            "<item><title>{name} {i}</title><link>{base}/{name}/{i}</link><guid>{name}-{i}</guid>\
             <description>{body}</description></item>"
        ));
    }
    out + "</channel></rss>"
}

#[test]
fn two_refreshes_at_once_neither_lock_up_nor_corrupt_the_library() {
    let server = TestServer::start();
    let base = server.base();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let store = Store::open(&db).expect("create");
    for n in 0..6 {
        let path = format!("/f{n}.xml");
        let body = feed(&format!("f{n}"), 150, &base).into_bytes();
        let delay = Duration::from_millis(150 + 50 * n);
        server.route(&path, Route::Slow { delay, body, content_type: "text/xml".into() });
        store.add_feed(&server.url(&path), "").expect("subscribe");
    }
    drop(store);
    let start = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_newslens"))
            .arg("--db")
            .arg(&db)
            .args(["refresh", "--no-index", "--no-full-text", "--timeout", "30"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start")
    };
    let (first, second) = (start(), start());
    let outputs =
        [first.wait_with_output().expect("wait"), second.wait_with_output().expect("wait")];
    let mut ran = 0;
    for out in &outputs {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("locked"), "{stderr}");
        if out.status.success() {
            ran += 1;
        } else {
            assert!(stderr.contains("a refresh of this library is already running"), "{stderr}");
        }
    }
    assert!(ran >= 1, "at least one refresh ran");
    let store = Store::open(&db).expect("opens");
    let conn = store.connection();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
    assert_eq!(check, "ok");
    let (all, distinct): (i64, i64) = conn
        .query_row("SELECT COUNT(*), COUNT(DISTINCT guid) FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("count");
    assert_eq!((all, distinct), (900, 900), "every item once");
}

#[test]
fn a_write_waits_for_another_connections_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let mut store = Store::open(&db).expect("create");
    let other = rusqlite::Connection::open(&db).expect("second connection");
    other.execute_batch("BEGIN IMMEDIATE; UPDATE feeds SET title = title;").expect("hold the lock");
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        other.execute_batch("COMMIT").expect("release");
    });
    let started = Instant::now();
    let item = NewArticle { title: "t".into(), text: "x".repeat(300), ..NewArticle::default() };
    let stored = store.store_articles(&[item]).expect("waits, then stores");
    assert_eq!(stored.new, 1);
    assert!(started.elapsed() >= Duration::from_millis(600), "it waited for the lock");
    holder.join().expect("holder");
}
