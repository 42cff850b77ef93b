//! `newslens analyze URL` fetches the page from a server (here on 127.0.0.1), extracts the
//! article and gives it the URL; a URL that fails is reported naming it, with a non-zero exit.

#[path = "support/http_server.rs"]
mod http_server;

use assert_cmd::Command;
use http_server::{Route, TestServer};

fn analyze(url: &str) -> std::process::Output {
    Command::cargo_bin("newslens")
        .expect("binary")
        .args(["analyze", url, "--json"])
        .output()
        .unwrap()
}

#[test]
fn a_page_url_is_fetched_and_extracted() {
    let server = TestServer::start();
    let page = include_str!("data/loaders/page.html");
    server.route("/news/page.html", Route::ok(page, "text/html; charset=utf-8"));
    let url = server.url("/news/page.html");
    let out = analyze(&url);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = doc["article"]["text"].as_str().unwrap();
    assert!(!text.is_empty());
    assert!(!text.contains('<'), "HTML was extracted, not kept: {text}");
    assert!(doc["article"]["url"].as_str().is_some_and(|u| u.starts_with("http")));
}

#[test]
fn a_failing_url_is_reported_by_name() {
    let server = TestServer::start();
    server.route("/gone", Route::Status(404));
    let url = server.url("/gone");
    let out = analyze(&url);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&url) && err.contains("404"), "stderr names the URL and status: {err}");
}
