//! The library's command line as a user meets it: a closed pipe ends the output, a mistyped
//! command is a usage error, counts read as English, `list` says what it leaves out, OPML keeps
//! folders and titles, the feed commands (`feeds`, `remove`, `rename`, `refresh FEED`,
//! `mark-read`, `open ID`), and no string from outside reaches the terminal raw.

#[path = "support/http_server.rs"]
mod http_server;
#[path = "support/library_fixtures.rs"]
mod library_fixtures;

use assert_cmd::Command;
use http_server::{Route, TestServer};
use library_fixtures::serve_all;
use newslens::library::store::NewArticle;
use newslens::library::Store;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;

fn newslens(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newslens").expect("binary");
    cmd.env("NEWSLENS_DB", db).env_remove("BROWSER").env_remove("RUST_BACKTRACE");
    cmd
}

/// Runs a command that must succeed; its stdout and stderr.
fn run_ok(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

/// Runs a command that must fail with status 1; its stdout and stderr.
fn run_err(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr))
}

fn articles(n: usize) -> Vec<NewArticle> {
    (0..n)
        .map(|i| NewArticle {
            url: Some(format!("https://news.example/{i}")),
            title: format!("Harbour report number {i} on the new terminal"),
            source: "Wire".into(),
            published: Some(1_763_000_000 + i as i64 * 60),
            text: format!("Harbour story {i}. The terminal opened and the harbour grew."),
            ..NewArticle::default()
        })
        .collect()
}

fn library_with(dir: &Path, n: usize) -> std::path::PathBuf {
    let db = dir.join("lib.db");
    Store::open(&db).expect("open").store_articles(&articles(n)).expect("store");
    db
}

/// Runs `args`, reads one line of its output and closes the pipe.
fn first_line_then_close(db: &Path, args: &[&str]) -> (String, std::process::Output) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newslens"))
        .env("NEWSLENS_DB", db)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout).read_line(&mut line).expect("first line");
    // The reader is dropped here: the pipe is closed with most of the output unread.
    let out = child.wait_with_output().expect("wait");
    (line, out)
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = library_with(dir.path(), 3000);
    for args in [&["list", "--all"][..], &["search", "harbour", "--limit", "3000"]] {
        let (line, out) = first_line_then_close(&db, args);
        assert!(line.contains("Harbour report"), "{args:?}: {line}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?} exits 0: {:?} {stderr}", out.status);
        assert!(stderr.is_empty(), "{args:?}: nothing on stderr: {stderr}");
    }
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_tip() {
    let server = TestServer::start();
    server.route("/feed.xml", Route::Status(200));
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let out = newslens(&db).args(["unsubscribe", &server.url("/feed.xml")]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "clap's usage error status");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unrecognized subcommand 'unsubscribe'"), "{stderr}");
    assert!(stderr.contains("'remove'"), "the tip names remove: {stderr}");
    assert_eq!(server.hits("/feed.xml"), 0, "nothing was fetched");
    let out = newslens(&db).arg("lsit").output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code() == Some(2) && stderr.contains("'list'"), "{stderr}");
}

#[test]
fn counts_are_singular_and_list_says_what_it_leaves_out() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("one.db");
    let (out, _) = run_ok(newslens(&db).args(["add", &server.url("/teaser.xml")]));
    assert!(out.starts_with("subscribed to Brief Wire: 1 new article\n"), "{out}");
    assert!(out.contains("full text fetched for 1 teaser, 0 pages failed"), "{out}");

    let db = library_with(dir.path(), 60);
    let (out, err) = run_ok(newslens(&db).arg("list"));
    assert_eq!(out.lines().count(), 50);
    assert_eq!(err, "(the newest 50 of 60 articles; `--limit N` shows more, `--all` every one)\n");
    let (out, err) = run_ok(newslens(&db).args(["list", "--all"]));
    assert_eq!((out.lines().count(), err.as_str()), (60, ""));
}

#[test]
fn opml_keeps_folders_and_titles_and_skips_what_is_not_a_web_address() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let opml = dir.path().join("in.opml");
    let doc = format!(
        r#"<opml version="2.0"><body><outline text="News">
             <outline title="My Gazette" xmlUrl="{}"/>
             <outline text="Local"><outline text="Valley" xmlUrl="{}"/></outline></outline>
           <outline text="Passwords" xmlUrl="file:///etc/passwd"/>
           <outline text="Old" xmlUrl="ftp://ftp.example/feed"/></body></opml>"#,
        server.url("/rss.xml"),
        server.url("/atom.xml")
    );
    std::fs::write(&opml, doc).expect("write opml");
    let (out, err) = run_ok(newslens(&db).arg("import-opml").arg(&opml));
    assert_eq!(
        out,
        "2 feeds added (0 already subscribed)\nrun `newslens refresh` to fetch their articles\n"
    );
    assert!(err.contains("skipped file:///etc/passwd: not a web address"), "{err}");
    assert!(err.contains("skipped ftp://ftp.example/feed: not a web address"), "{err}");

    run_ok(newslens(&db).args(["refresh", "--no-index"]));
    let (feeds, _) = run_ok(newslens(&db).arg("feeds"));
    assert!(feeds.contains("News / My Gazette  3/3 unread"), "{feeds}");
    assert!(feeds.contains("News / Local / Valley  2/2 unread"), "{feeds}");
    assert!(!feeds.contains("Harbour Gazette"), "refresh kept the OPML's title: {feeds}");

    let (exported, _) = run_ok(newslens(&db).arg("export-opml"));
    let again = dir.path().join("again.db");
    let file = dir.path().join("out.opml");
    std::fs::write(&file, &exported).expect("write");
    run_ok(newslens(&again).arg("import-opml").arg(&file));
    let (feeds_again, _) = run_ok(newslens(&again).arg("feeds"));
    let names = |s: &str| {
        s.lines().map(|l| l.split("  ").next().unwrap_or("").to_string()).collect::<Vec<_>>()
    };
    assert_eq!(names(&feeds_again), names(&feeds), "export + import keeps folders and names");
}

#[test]
fn feeds_are_renamed_refreshed_one_at_a_time_marked_read_and_removed() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let (rss, atom) = (server.url("/rss.xml"), server.url("/atom.xml"));
    run_ok(newslens(&db).args(["add", &rss]));
    run_ok(newslens(&db).args(["add", &atom]));

    let (out, _) = run_ok(newslens(&db).args(["rename", "gazette", "Morning Paper"]));
    assert_eq!(out, format!("renamed Harbour Gazette ({rss}) to \"Morning Paper\"\n"));
    let (_, err) = run_err(newslens(&db).args(["rename", ".xml", "X"]));
    assert!(err.contains("\".xml\" matches 2 feeds"), "{err}");

    let (rss_hits, atom_hits) = (server.hits("/rss.xml"), server.hits("/atom.xml"));
    let (out, _) = run_ok(newslens(&db).args(["refresh", "valley", "--no-index"]));
    assert!(out.starts_with("refreshed 1 feed in "), "{out}");
    assert_eq!((server.hits("/rss.xml"), server.hits("/atom.xml")), (rss_hits, atom_hits + 1));
    run_ok(newslens(&db).args(["refresh", "--no-index"]));
    let (feeds, _) = run_ok(newslens(&db).arg("feeds"));
    assert!(feeds.contains("Morning Paper  3/3 unread"), "the name survives refresh: {feeds}");

    let (out, _) = run_ok(newslens(&db).args(["mark-read", "morning paper"]));
    assert_eq!(out, "marked 3 articles read in Morning Paper\n");
    let (unread, _) = run_ok(newslens(&db).args(["list", "--unread"]));
    assert_eq!(unread.lines().count(), 2);
    let (out, _) = run_ok(newslens(&db).args(["mark-read", "--all"]));
    assert_eq!(out, "marked 2 articles read in the library\n");

    let store = Store::open(&db).expect("open");
    let starred = store.list_articles(&Default::default()).expect("list");
    let kept = starred.iter().find(|r| r.source == "Morning Paper").expect("an rss article");
    store.set_starred(kept.id, true).expect("star");
    drop(store);
    let (found, _) = run_ok(newslens(&db).args(["search", "herring"]));
    assert!(found.contains("Fishing quotas"), "indexed before the removal: {found}");
    let (out, err) = run_ok(newslens(&db).args(["remove", "paper"]));
    assert_eq!(out, "nothing removed\n", "no terminal to ask on, no --yes");
    assert!(err.contains("(not asked: no terminal; pass --yes)"), "{err}");
    let (out, _) = run_ok(newslens(&db).args(["remove", "paper", "--yes"]));
    assert_eq!(
        out,
        format!("removed Morning Paper ({rss}) and 2 articles (1 starred article kept)\n")
    );
    let (all, _) = run_ok(newslens(&db).args(["list", "--all"]));
    assert_eq!(all.lines().count(), 3, "{all}");
    let (found, _) = run_ok(newslens(&db).args(["search", "herring"]));
    assert!(found.starts_with("nothing found"), "a removed article is out of the index: {found}");
    let store = Store::open(&db).expect("open");
    store
        .connection()
        .execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", [])
        .expect("the search index matches the articles");
    drop(store);

    let (_, err) = run_err(newslens(&db).args(["open", "99999"]));
    assert_eq!(
        err,
        "newslens: no article #99999 in the library (`newslens list` shows the numbers)\n"
    );
}

#[test]
fn outside_strings_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hostile = dir.path().join("\u{1b}]0;PWNED\u{7}.txt");
    std::fs::write(&hostile, "").expect("write");
    let out =
        newslens(&dir.path().join("x.db")).arg("analyze").arg(&hostile).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07), "{stderr:?}");
    assert!(stderr.ends_with("\\u{1b}]0;PWNED\\u{7}.txt: empty file\n"), "{stderr:?}");

    let db = library_with(dir.path(), 1);
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute("UPDATE articles SET title = 'Red \u{1b}[31malert\u{1b}]0;t\u{7}'", [])
        .expect("an old library with a raw title");
    drop(conn);
    let (out, _) = run_ok(newslens(&db).arg("list"));
    assert!(!out.contains('\u{1b}') && out.contains("Red \\u{1b}[31malert"), "{out:?}");

    let (_, err) = run_err(newslens(&db).args(["add", "http://127.0.0.1:9/\u{1b}[2Jx"]));
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(
        err.ends_with("invalid web address: it contains spaces or control characters\n"),
        "{err:?}"
    );
}

#[test]
fn errors_are_one_line_without_a_stack_trace() {
    let server = TestServer::start();
    server.route("/gone.xml", Route::Status(404));
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let url = server.url("/gone.xml");
    let (_, err) = run_err(newslens(&db).env("RUST_BACKTRACE", "1").args(["add", &url]));
    assert_eq!(err, format!("newslens: {url}: HTTP 404 Not Found\n"));
    let bad = "http://127.0.0.1:99999/feed.xml";
    let (_, err) = run_err(newslens(&db).args(["add", bad]));
    assert_eq!(err, format!("newslens: {bad}: invalid web address: invalid port number\n"));
}
