//! `newslens analyze --json` on the bundled sample: the schema's fields are present and every
//! offset is in range and slices `article.text` (in Unicode scalar values) to the quoted text.

use assert_cmd::Command;
use serde_json::Value;

fn sample_json() -> Value {
    let out = Command::cargo_bin("newslens")
        .unwrap()
        .args(["analyze", "assets/articles/pentagon-officials-kyiv.md", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("analyze --json prints JSON")
}

fn slice(chars: &[char], v: &Value) -> String {
    let start = v["start"].as_u64().expect("start") as usize;
    let end = v["end"].as_u64().expect("end") as usize;
    assert!(
        start < end && end <= chars.len(),
        "offsets {start}..{end} out of range {}",
        chars.len()
    );
    chars[start..end].iter().collect()
}

#[test]
fn mention_offsets_slice_to_their_text() {
    let doc = sample_json();
    let text: Vec<char> = doc["article"]["text"].as_str().unwrap().chars().collect();
    let entities = doc["entities"].as_array().unwrap();
    assert!(entities.len() >= 10, "the sample names many entities");
    let mut mentions = 0;
    for e in entities {
        assert!(e["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(e["kind"].as_str().is_some());
        assert!(e["roles"].is_array());
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(slice(&text, m), m["text"].as_str().unwrap());
            mentions += 1;
        }
    }
    assert!(mentions > entities.len());
}

#[test]
fn summary_timeline_and_quotes_point_into_the_text() {
    let doc = sample_json();
    let text: Vec<char> = doc["article"]["text"].as_str().unwrap().chars().collect();
    let summary = doc["summary"].as_array().unwrap();
    assert!(!summary.is_empty());
    for s in summary {
        assert_eq!(slice(&text, s), s["text"].as_str().unwrap());
    }
    for t in doc["timeline"].as_array().unwrap() {
        assert_eq!(slice(&text, t), t["text"].as_str().unwrap());
        assert!(t["date"].as_str().is_some_and(|d| d.starts_with("2025")));
    }
    for q in doc["quotes"].as_array().unwrap() {
        assert!(slice(&text, q).contains(q["text"].as_str().unwrap()));
    }
    assert_eq!(doc["article"]["published"], "2025-11-20");
}

#[test]
fn unreadable_file_exits_non_zero_naming_it() {
    let out = Command::cargo_bin("newslens")
        .unwrap()
        .args(["analyze", "no/such/file.txt"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt"), "stderr names the file: {err}");
}

#[test]
fn several_files_give_an_array_in_order_and_a_bad_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Angela Merkel met Emmanuel Macron in Paris on Monday.\n").unwrap();
    std::fs::write(&b, "Toyota said sales rose 5% in Japan last year.\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let run = |paths: &[&std::path::Path]| {
        let mut cmd = Command::cargo_bin("newslens").unwrap();
        cmd.args(["analyze", "--json", "--date", "2024-03-05"]).args(paths);
        cmd.output().unwrap()
    };
    let out = run(&[&a, &b]);
    assert!(out.status.success());
    let docs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> =
        docs.as_array().unwrap().iter().map(|d| d["article"]["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["a", "b"]);

    let out = run(&[&missing, &a]);
    assert!(!out.status.success(), "a file that cannot be read makes the exit status 1");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["article"]["title"], "a", "the readable file is still analysed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn no_file_analyses_the_bundled_sample() {
    let out = Command::cargo_bin("newslens").unwrap().args(["analyze", "--json"]).output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["article"]["published"], "2025-11-20");
    assert!(doc["entities"].as_array().unwrap().iter().any(|e| e["name"] == "Dan Driscoll"));
}
