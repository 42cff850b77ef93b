//! `eval-summary` arithmetic on a tiny hand-made corpus (tests/data/summary-eval): two articles
//! of 4 and 3 sentences whose references keep 2 and 1 of them; the title never counts.

use assert_cmd::Command;
use newslens::analysis::analyze_text;
use newslens::tools::summary_eval::{self as eval, EvalError, Method, Weights};
use std::path::Path;

const DIR: &str = "tests/data/summary-eval";

#[test]
fn lead_precision_is_counted_by_hand() {
    let samples = eval::load_corpus(Path::new(DIR)).expect("corpus loads");
    let report = eval::evaluate(&samples, &[1, 2, 3, 5], &Weights::default());
    assert_eq!(report.articles, 2);
    assert_eq!(report.sentences, 7);
    let lead = |k| report.tally(Method::Lead, k).map(|t| (t.kept, t.picked));
    // k=1: "Alpha ..." kept, "Wind ..." not (the title "Coal use dropped" is no candidate).
    assert_eq!(lead(1), Some((1, 2)));
    assert_eq!(lead(2), Some((1, 4)));
    assert_eq!(lead(3), Some((3, 6)));
    // k=5 picks every sentence: all three kept ones.
    assert_eq!(lead(5), Some((3, 7)));
    assert_eq!(report.tally(Method::Lead, 3).map(|t| t.precision()), Some(0.5));
    for m in Method::ALL {
        assert_eq!(report.tally(m, 5).map(|t| (t.kept, t.picked)), Some((3, 7)), "{m:?}");
    }
}

#[test]
fn ranker_tally_matches_a_recount() {
    let samples = eval::load_corpus(Path::new(DIR)).expect("corpus loads");
    let report = eval::evaluate(&samples, &[2], &Weights::default());
    let mut kept = 0;
    for s in &samples {
        // The evaluation ranks as the product does.
        let ranked = analyze_text(s.body.clone(), None).ranked_sentences;
        kept += ranked
            .iter()
            .take(2)
            .filter(|r| s.reference.contains(&eval::normalise(&s.body[r.span.clone()])))
            .count();
    }
    assert_eq!(report.tally(Method::Ranker, 2).map(|t| (t.kept, t.picked)), Some((kept, 4)));
}

#[test]
fn body_drops_the_title_and_normalises_whitespace() {
    assert_eq!(eval::body_of("Title\n\nOne  two.\n\nThree\n"), "One two.\n\nThree");
    assert_eq!(eval::normalise("  a \n b\t"), "a b");
}

#[test]
fn missing_summary_and_empty_dir_are_named_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("articles/x")).expect("mkdir");
    let err = eval::load_corpus(dir.path()).err();
    assert!(matches!(err, Some(EvalError::Empty { .. })), "{err:?}");
    std::fs::write(dir.path().join("articles/x/1.txt"), "T\n\nBody.").expect("write");
    let err = eval::load_corpus(dir.path()).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("1.txt") && err.contains("no reference summary"), "{err}");
}

#[test]
fn cli_reports_all_three_methods() {
    let out = Command::cargo_bin("newslens")
        .expect("binary")
        .args(["eval-summary", DIR, "--k", "1,3"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("lead-k") && stdout.contains("textrank-k"), "{stdout}");
    let row3 = stdout.lines().find(|l| l.trim_start().starts_with("3 ")).unwrap_or_default();
    // lead-3 = 3 kept of 6 picked.
    assert!(row3.contains("50.0%"), "{row3}");
    let bad = Command::cargo_bin("newslens")
        .expect("binary")
        .args(["eval-summary", DIR, "--weights", "nonsense=1"])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("bad weights"));
}
