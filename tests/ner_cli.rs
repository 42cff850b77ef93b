//! The NER tool commands through the binary: `tag --conll` adds one column of valid labels to
//! every line, `eval-ner --predicted` prints the scores of known columns.

use assert_cmd::Command;

const TINY: &str = include_str!("data/ner_tiny.conll");

const LABELS: [&str; 9] =
    ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

#[test]
fn tag_writes_every_line_with_one_column_more() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.conll");
    std::fs::write(&path, TINY).unwrap();
    let out = Command::cargo_bin("newslens")
        .unwrap()
        .args(["tag", "--conll"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), TINY.lines().count());
    for (inp, outp) in TINY.lines().zip(text.lines()) {
        if inp.is_empty() {
            assert!(outp.is_empty());
        } else {
            let tag = outp.strip_prefix(inp).and_then(|t| t.strip_prefix(' ')).unwrap();
            assert!(LABELS.contains(&tag), "bad tag in {outp:?}");
        }
    }
}

#[test]
fn eval_of_known_columns_prints_known_scores() {
    // Gold: Anna Berg PER, Oslo LOC, Acme Corp ORG, Nordic Group MISC; two of four right.
    let out = Command::cargo_bin("newslens")
        .unwrap()
        .args(["eval-ner", "--predicted", "tests/data/ner_predicted.conll"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("| overall | 0.5000 | 0.5000 | 0.5000 | 4 | 4 | 2 |"), "{text}");
    assert!(text.contains("| PER | 1.0000 | 1.0000 | 1.0000 | 1 | 1 | 1 |"), "{text}");
}
