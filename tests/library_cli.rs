//! The library commands end to end through the binary: `add`, `import-opml`, `export-opml`,
//! `refresh`, `list`, `search`, `mentions`, with the database named by `--db` or `NEWSLENS_DB`.

#[path = "support/http_server.rs"]
mod http_server;
#[path = "support/library_fixtures.rs"]
mod library_fixtures;

use assert_cmd::Command;
use http_server::TestServer;
use library_fixtures::{fixture, serve_all};

fn newslens(db: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("newslens").expect("binary");
    cmd.env("NEWSLENS_DB", db).env_remove("BROWSER");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn subscribe_refresh_list_search_and_follow_an_entity() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");

    let out = stdout(newslens(&db).args(["add", &server.url("/rss.xml")]));
    assert!(out.contains("subscribed to Harbour Gazette: 3 new articles"), "{out}");
    let opml = dir.path().join("feeds.opml");
    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body><outline text=\"a\" xmlUrl=\"{}\"/>\
             <outline text=\"b\" xmlUrl=\"{}\"/><outline text=\"c\" xmlUrl=\"{}\"/></body></opml>",
            server.url("/atom.xml"),
            server.url("/rss.xml"),
            server.url("/missing.xml")
        ),
    )
    .expect("write opml");
    let out = stdout(newslens(&db).args(["import-opml"]).arg(&opml));
    assert!(out.contains("2 feeds added (1 already subscribed)"), "{out}");

    let out = stdout(newslens(&db).args(["refresh", "--timeout", "5"]));
    assert!(out.contains("2 new articles"), "{out}");
    assert!(out.contains(&format!("failed: {}: HTTP 404", server.url("/missing.xml"))), "{out}");
    assert!(out.contains("analysed 5 articles"), "{out}");

    let list = stdout(newslens(&db).args(["list"]));
    let lines: Vec<_> = list.lines().collect();
    assert_eq!(lines.len(), 5, "{list}");
    assert!(lines[0].contains("Orchard growers"), "newest first: {list}");

    let found = stdout(newslens(&db).args(["search", "herring", "quota"]));
    assert!(found.lines().next().is_some_and(|l| l.contains("Fishing quotas")), "{found}");

    let named = stdout(newslens(&db).args(["mentions", "Maria Kovalenko"]));
    let titles: Vec<_> = named.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(titles.len(), 3, "{named}");
    assert!(titles[0].contains("Orchard growers"), "{named}");

    let exported = stdout(newslens(&db).args(["export-opml"]));
    assert_eq!(exported.matches("<outline").count(), 3, "{exported}");
}

#[test]
fn add_imports_a_feed_file_and_a_page() {
    let server = TestServer::start();
    serve_all(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("lib.db");
    let file = dir.path().join("atom.xml");
    std::fs::write(&file, fixture("atom.xml", &server.base())).expect("write");
    let out = stdout(newslens(&db).arg("add").arg(&file));
    assert!(out.contains("imported 2 new articles"), "{out}");
    let out = stdout(newslens(&db).arg("add").arg(&file));
    assert!(out.contains("imported 0 new articles (2 already stored)"), "{out}");
    let out = stdout(newslens(&db).args(["add", &server.url("/wire/tram-page")]));
    assert!(out.contains("imported 1 new article (0 already stored)"), "{out}");
    let bad = newslens(&db).args(["add", &server.url("/missing.xml")]).output().expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("HTTP 404"));
}

#[test]
fn db_flag_wins_over_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (flag, env) = (dir.path().join("flag/lib.db"), dir.path().join("env/lib.db"));
    stdout(newslens(&env).arg("--db").arg(&flag).arg("index"));
    assert!(flag.exists() && !env.exists());
    stdout(newslens(&env).arg("index"));
    assert!(env.exists(), "NEWSLENS_DB names the database when --db is absent");
}
