//! `--config FILE` on the command line: a bad file is reported with its line and the problem
//! (the reader then starts with the defaults; here, without a terminal, it stops after saying
//! it needs one), and a named file that does not exist is reported too.

use assert_cmd::Command;

fn open_with_config(config: &std::path::Path) -> (bool, String) {
    let out = Command::cargo_bin("newslens")
        .expect("binary")
        .arg("--config")
        .arg(config)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .output()
        .expect("runs");
    (out.stdout.is_empty(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_bad_config_file_names_its_line_and_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "theme = \"light\"\nthem = \"dark\"\n").expect("write");
    let (quiet, err) = open_with_config(&path);
    assert!(quiet, "nothing on stdout");
    assert!(err.contains("config.toml:2:1: unknown field `them`"), "{err}");
    assert!(err.contains("using the defaults"), "{err}");
    assert!(err.contains("needs a terminal"), "{err}");
}

#[test]
fn a_named_config_file_that_is_missing_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, err) = open_with_config(&dir.path().join("nope.toml"));
    assert!(err.contains("nope.toml") && err.contains("using the defaults"), "{err}");
}

#[test]
fn a_good_config_file_says_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "theme = \"light\"\n[keys]\nquit = \"Q\"\n").expect("write");
    let (_, err) = open_with_config(&path);
    assert!(!err.contains("config"), "{err}");
}
