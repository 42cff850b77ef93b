//! Loading through the command line: `-` reads stdin and picks the format by content; a bad
//! file makes `analyze` exit non-zero with the path and the reason on stderr.

use assert_cmd::Command;
use serde_json::Value;

fn newslens() -> Command {
    Command::cargo_bin("newslens").unwrap_or_else(|e| panic!("binary not built: {e}"))
}

fn analyze_stdin_json(input: &[u8], extra: &[&str]) -> Value {
    let out = newslens().args(["analyze", "-", "--json"]).args(extra).write_stdin(input).output();
    let out = out.unwrap_or_else(|e| panic!("run failed: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "analyze - failed: {stderr}");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stderr}"))
}

#[test]
fn stdin_markdown_with_front_matter() {
    let input = b"---\ntitle: Bridge reopens\npublished: 2025-11-03\nsource: City Desk\n---\n\n\
                  The bridge reopened on Monday.\n\nTraffic is expected to double.\n";
    let doc = analyze_stdin_json(input, &[]);
    assert_eq!(doc["article"]["title"], "Bridge reopens");
    assert_eq!(doc["article"]["source"], "City Desk");
    assert_eq!(doc["article"]["published"], "2025-11-03");
    assert_eq!(
        doc["article"]["text"],
        "The bridge reopened on Monday.\n\nTraffic is expected to double."
    );
}

#[test]
fn stdin_json_is_detected_by_content_and_date_flag_fills_the_gap() {
    let input = br#"{"title": "Port strike", "body": "Dock workers walked out on Friday."}"#;
    let doc = analyze_stdin_json(input, &["--date", "2025-10-31"]);
    assert_eq!(doc["article"]["title"], "Port strike");
    assert_eq!(doc["article"]["published"], "2025-10-31");
    assert_eq!(doc["article"]["text"], "Dock workers walked out on Friday.");
}

#[test]
fn stdin_bad_input_exits_non_zero_naming_stdin() {
    let out = newslens()
        .args(["analyze", "-", "--json"])
        .write_stdin(&b"\x7fELF\x02\x01\x01\0\0\0"[..])
        .output()
        .unwrap_or_else(|e| panic!("run failed: {e}"));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stdin: binary file"), "{stderr}");
}

#[test]
fn analyze_malformed_json_file_reports_path_and_position() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/loaders/malformed.json");
    let out = newslens().args(["analyze", path]).output();
    let out = out.unwrap_or_else(|e| panic!("run failed: {e}"));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{path}: malformed JSON at line 4")), "{stderr}");
}
