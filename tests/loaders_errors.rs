//! Bad inputs: each one is a `LoadError` that names the file and the problem, never a panic;
//! a folder reports its bad files beside the good ones; escape sequences never get through.

use newslens::article::{load_bytes, load_path, Article, LoadError, LoadOptions};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/loaders").join(name)
}

fn load_err(name: &str, bytes: &[u8]) -> LoadError {
    match load_bytes(Path::new(name), bytes, &LoadOptions::default()) {
        Ok(articles) => panic!("{name} should fail, loaded {articles:?}"),
        Err(e) => e,
    }
}

/// The error message starts with the path and mentions the reason.
fn assert_message(e: &LoadError, path: &str, reason: &str) {
    let msg = e.to_string();
    assert!(msg.starts_with(&format!("{path}: ")), "{msg:?} should start with the path {path}");
    assert!(msg.contains(reason), "{msg:?} should say {reason:?}");
    assert_eq!(e.path(), Path::new(path));
}

#[test]
fn empty_and_blank_files() {
    let e = load_err("notes/empty.txt", b"");
    assert!(matches!(e, LoadError::Empty { .. }));
    assert_message(&e, "notes/empty.txt", "empty file");
    assert!(matches!(load_err("blank.md", b"  \n\r\n\t "), LoadError::Empty { .. }));
}

#[test]
fn binary_files() {
    let e = load_err("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(matches!(e, LoadError::Binary { .. }));
    assert_message(&e, "photo.txt", "binary file");
    assert!(matches!(load_err("x.json", b"{\"a\": \0\0\0}"), LoadError::Binary { .. }));
}

#[test]
fn invalid_utf8_names_the_offset() {
    let valid = "Café line one\nline two \u{2014} ";
    let bytes: Vec<u8> = valid.bytes().chain(*b"\xff\xfe!").collect();
    let e = load_err("story.txt", &bytes);
    match &e {
        LoadError::Encoding { offset, line, .. } => assert_eq!((*offset, *line), (valid.len(), 2)),
        other => panic!("expected an encoding error, got {other:?}"),
    }
    assert_message(&e, "story.txt", "not valid UTF-8");
}

#[test]
fn windows_1252_text_is_decoded_not_rejected() {
    let articles = load_bytes(
        Path::new("legacy.txt"),
        b"Caf\xe9 owners say prices rose\n\nThe \x93caf\xe9 tax\x94 starts in May.",
        &LoadOptions::default(),
    );
    let a = articles.ok().and_then(|v| v.into_iter().next());
    assert_eq!(a.as_ref().map(|a| a.title.as_str()), Some("Café owners say prices rose"));
    assert_eq!(a.map(|a| a.paragraphs), Some(vec!["The “café tax” starts in May.".to_string()]));
}

#[test]
fn malformed_json_reports_line_and_column() {
    let path = fixture("malformed.json");
    let results = load_path(&path, &LoadOptions::default());
    let Some(Err(e)) = results.first() else { panic!("malformed.json should fail: {results:?}") };
    assert!(matches!(e, LoadError::Json { line: 4, .. }), "{e:?}");
    assert_message(e, &path.display().to_string(), "malformed JSON at line 4");
    // Truncated JSON given on stdin (no extension) is a JSON error too.
    let e = load_err("stdin", b"[{\"title\": \"x\", \"body\": \"y\"");
    assert_message(&e, "stdin", "malformed JSON at line 1");
}

#[test]
fn json_without_any_body_field() {
    let e = load_err("meta.json", br#"{"title": "Only a title", "url": "https://x.org"}"#);
    assert!(matches!(e, LoadError::NoText { .. }));
    assert_message(&e, "meta.json", "no article text found");
}

#[test]
fn malformed_or_empty_html() {
    let path = fixture("malformed.html");
    let results = load_path(&path, &LoadOptions::default());
    let Some(Err(e)) = results.first() else { panic!("malformed.html should fail: {results:?}") };
    assert_message(e, &path.display().to_string(), "no article text found");
    let e = load_err("empty.html", b"<html><head></head><body></body></html>");
    assert_message(&e, "empty.html", "no article text found");
    // Unclosed tags are not fatal when there is text to read.
    let ok = load_bytes(
        Path::new("unclosed.html"),
        b"<html><body><article><p>Officials met in the capital on Monday to discuss the plan \
          <p>They agreed to meet again next week, <b>the ministry said",
        &LoadOptions::default(),
    );
    let text = ok.ok().and_then(|v| v.first().map(Article::text)).unwrap_or_default();
    assert!(text.contains("Officials met") && text.contains("the ministry said"), "{text:?}");
}

#[test]
fn broken_feed_is_a_feed_error() {
    let e = load_err(
        "news.rss",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x",
    );
    assert!(matches!(e, LoadError::Feed { .. } | LoadError::NoText { .. }), "{e:?}");
    assert!(e.to_string().starts_with("news.rss: "));
    let e = load_err(
        "empty.atom",
        b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>",
    );
    assert_message(&e, "empty.atom", "no article text found");
}

#[test]
fn unreadable_path() {
    let results = load_path(Path::new("/nonexistent/newslens/story.txt"), &LoadOptions::default());
    let Some(Err(e)) = results.first() else { panic!("missing file should fail") };
    assert!(matches!(e, LoadError::Io { .. }));
    assert_message(e, "/nonexistent/newslens/story.txt", "cannot read");
}

#[test]
fn folder_loads_the_good_and_reports_each_bad_file() {
    let dir = fixture("mixed");
    let results = load_path(&dir, &LoadOptions::default());
    let titles: Vec<&str> =
        results.iter().filter_map(|r| r.as_ref().ok()).map(|a| a.title.as_str()).collect();
    assert_eq!(titles, vec!["Ferry strike called off", "Nested story"]);
    let failed: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.path().strip_prefix(&dir).map(|p| p.display().to_string()).unwrap_or_default())
        .collect();
    assert_eq!(
        failed,
        vec!["b-broken.json", "c-empty.txt", "d-no-text.html", "f-binary.txt", "g-bad-utf8.txt"]
    );
    // Hidden files and unsupported extensions are not picked up at all.
    assert!(results.iter().all(|r| match r {
        Ok(a) => a.title != "Hidden",
        Err(e) => !e.path().ends_with("notes.csv"),
    }));
}

#[test]
fn folder_without_supported_files() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    std::fs::write(dir.path().join("image.png"), b"\x89PNG").unwrap_or_else(|e| panic!("{e}"));
    let results = load_path(dir.path(), &LoadOptions::default());
    assert_eq!(results.len(), 1);
    let Some(Err(e)) = results.first() else { panic!("expected an error") };
    assert!(matches!(e, LoadError::NoSupportedFiles { .. }));
    assert_message(e, &dir.path().display().to_string(), "no supported files");
}

#[test]
fn escape_sequences_are_stripped_from_every_field() {
    let results = load_path(&fixture("escapes.json"), &LoadOptions::default());
    let Some(Ok(a)) = results.first() else { panic!("escapes.json should load: {results:?}") };
    assert_eq!(a.title, "Red alert title");
    assert_eq!(a.source, "Evil Source");
    assert_eq!(a.url.as_deref(), Some("https://example.org/path"));
    assert_eq!(
        a.paragraphs,
        vec!["First bold paragraph.", "Second paragraph with nbsp and zerowidth."]
    );
    assert_no_controls(a);
}

#[test]
fn escape_sequences_in_raw_text_formats_are_stripped() {
    let inputs: &[(&str, &str)] = &[
        ("a.md", "---\ntitle: T\x1b[31mitle\nsource: S\x1b]8;;x\x07rc\nurl: u\u{9b}2Jrl\n---\nB\x1b[0mody\x07.\n"),
        ("a.txt", "Ti\x1b[1mtle\x1bc\n\nBo\x1b[2Kdy\u{202e}."),
        ("a.html", "<html><head><title>Ti\x1b[5mtle</title></head><body><article><p>Body \x1b[31mtext that is long enough to be an article paragraph, with more words.</p></article></body></html>"),
        ("a.rss", "<rss version=\"2.0\"><channel><title>Fe\x1b[1med</title><item><title>It\x1b[0mem</title><link>http://x/\x1b[1m</link><description>Te\x1b[4mxt.</description></item></channel></rss>"),
    ];
    for (name, text) in inputs {
        let articles = load_bytes(Path::new(name), text.as_bytes(), &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for a in &articles {
            assert_no_controls(a);
            assert!(!a.title.contains("[31m") && !a.text().contains("[0m"), "{name}: {a:?}");
        }
    }
}

fn assert_no_controls(a: &Article) {
    let fields = [a.title.as_str(), a.source.as_str(), a.url.as_deref().unwrap_or("")];
    for s in fields.into_iter().chain(a.paragraphs.iter().map(String::as_str)) {
        assert!(
            !s.chars().any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "control character left in {s:?}"
        );
    }
}

#[test]
fn oversized_input_is_refused() {
    let big = vec![b'a'; (newslens::article::MAX_FILE_BYTES + 1) as usize];
    let e = load_err("huge.txt", &big);
    assert!(matches!(e, LoadError::TooLarge { .. }));
    assert_message(&e, "huge.txt", "too large");
}
