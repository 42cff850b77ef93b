//! `newslens eval-analysis` on a tiny gold folder (tests/data/eval-analysis/gold: one article
//! whose ’ ü é € make character and byte offsets differ) and on a bad gold file beside it.
//! The figures depend on the pipeline, so only what the gold fixes is checked exactly.

use assert_cmd::Command;
use serde_json::Value;

const GOLD: &str = "tests/data/eval-analysis/gold";
const BAD: &str = "tests/data/eval-analysis/bad";

fn run(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("newslens")
        .expect("binary")
        .arg("eval-analysis")
        .args(args)
        .output()
        .expect("runs")
}

fn body() -> Vec<char> {
    let txt = std::fs::read_to_string(format!("{GOLD}/kyiv-talks.txt")).expect("article");
    let (_, body) = txt.split_once("\n\n").expect("title line");
    body.trim_end_matches('\n').chars().collect()
}

#[test]
fn json_report_counts_the_gold_and_points_into_the_body() {
    let out = run(&[GOLD, "--json"]);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let gold = |f: &str| report["families"][f]["gold"].as_u64();
    // What the gold file holds; merges count only pairs over mentions found exactly.
    assert_eq!(gold("entities"), Some(14));
    assert_eq!(gold("roles"), Some(3));
    assert_eq!(gold("quote_speakers"), Some(2));
    assert_eq!(gold("quantities"), Some(3));
    assert_eq!(gold("dates"), Some(3));
    assert_eq!(gold("events"), Some(3));
    assert!(gold("merges").is_some_and(|n| n <= 2));
    let mut errors = 0;
    for (family, c) in report["families"].as_object().expect("families") {
        let (tp, found, gold) = (c["tp"].as_u64(), c["found"].as_u64(), c["gold"].as_u64());
        let (tp, found, gold) = (tp.expect("tp"), found.expect("found"), gold.expect("gold"));
        assert!(tp <= found && tp <= gold, "{family}: {c}");
        errors += found + gold - 2 * tp;
    }
    let kinds: u64 = (report["kinds"].as_object().expect("kinds").values())
        .map(|c| c["gold"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(kinds, 14);
    let article = &report["articles"][0];
    assert_eq!(article["name"], "kyiv-talks");
    assert_eq!(article["total_errors"].as_u64(), Some(errors));
    let findings = article["findings"].as_array().expect("findings");
    assert_eq!(findings.len() as u64, errors);
    let body = body();
    for f in findings.iter().filter(|f| f["start"].is_u64()) {
        let (start, end) = (f["start"].as_u64().unwrap_or(0), f["end"].as_u64().unwrap_or(0));
        let text: String = body[start as usize..end as usize].iter().collect();
        assert_eq!(text, f["text"].as_str().unwrap_or(""), "character offsets of {f}");
    }
}

#[test]
fn text_report_has_the_tables() {
    let out = run(&[GOLD, "--details"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("1 article scored;"), "{stdout}");
    for row in ["entities", "merges", "roles", "quote speakers", "quantities", "dates", "events"] {
        assert!(stdout.lines().any(|l| l.starts_with(row)), "no row {row}: {stdout}");
    }
    for row in ["person", "organization", "place", "group", "misc", "all (micro)"] {
        assert!(stdout.lines().any(|l| l.starts_with(row)), "no row {row}: {stdout}");
    }
    assert!(stdout.contains("errors per article (false finds + misses), worst first"));
    assert!(stdout.lines().any(|l| l.starts_with("kyiv-talks ")), "{stdout}");
    assert!(stdout.contains("== kyiv-talks (tests/data/eval-analysis/gold/kyiv-talks.json)"));
}

#[test]
fn a_bad_gold_file_is_named_and_the_others_are_still_scored() {
    let out = run(&[BAD, GOLD]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("byte-offsets.json: entity \"Ternopil\", mention 1: span 309..317"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("1 article scored, 1 failed;"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("kyiv-talks ")), "{stdout}");
    let out = run(&[BAD, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["failed"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["families"]["entities"]["gold"].as_u64(), Some(0));
}

#[test]
fn a_folder_without_gold_files_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(&[dir.path().to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no gold files"));
}
