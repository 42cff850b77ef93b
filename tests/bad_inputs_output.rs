//! The escape rows of the bad-input table (issue 12), checked where the user sees them: files
//! of every format full of ANSI, OSC, DCS, APC and C1 sequences go through the real binary's
//! `analyze` (report and `--json`) and through the reader's screen, and no control character
//! reaches stdout, stderr or a cell, while the words around the sequences all survive. Scripts
//! that look odd but are text (right-to-left, combining marks, emoji joined by zero-width
//! joiners) come out exactly as they went in.

use newslens::article::{load_bytes, LoadOptions};
use std::path::Path;

/// Every escape opener the cleaner knows, each followed by a word that must survive.
const DIRTY: &str = "Alpha \u{1b}[31mBravo\u{1b}[0m \u{1b}]0;PWNED\u{7}Charlie \
                     \u{1b}]8;;http://evil\u{1b}\\Delta\u{1b}]8;;\u{1b}\\ \u{1b}P1;2qEcho\u{1b}\\ \
                     Foxtrot\u{9b}2J Golf\u{8}\u{7f} \u{1b}_apc\u{1b}\\Hotel";
const WORDS: &[&str] = &["Alpha", "Bravo", "Charlie", "Delta", "Foxtrot", "Golf", "Hotel"];

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The same dirty title and body in each format the loaders read.
fn files() -> Vec<(&'static str, String)> {
    let (title, body) = (format!("Title \u{1b}]2;x\u{7}{}", "Kilo"), DIRTY);
    let html_body = body.replace('&', "&amp;");
    vec![
        ("dirty.txt", format!("{title}\n\n{body}\n")),
        ("dirty.md", format!("---\ntitle: {title}\nsource: \u{1b}[5mSrc\n---\n\n{body}\n")),
        ("dirty.json", format!("{{\"title\": {}, \"body\": {}}}", json_str(&title), json_str(body))),
        (
            "dirty.html",
            format!("<html><head><title>{title}</title></head><body><article><p>{html_body} \
                     and enough words to be the main text of the page.</p></article></body></html>"),
        ),
        (
            "dirty.xml",
            format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\u{1b}]0;F\u{7}Feed</title>\
                     <item><title>{title}</title><link>http://x.example/\u{1b}[2Ja</link>\
                     <description>{html_body}</description></item></channel></rss>"),
        ),
    ]
}

/// No C0 control (but newline), DEL or C1 control in `s`.
fn assert_printable(what: &str, s: &str) {
    let bad: Vec<char> = s.chars().filter(|&c| c.is_control() && c != '\n').collect();
    assert!(bad.is_empty(), "{what}: control characters {bad:?} in {s:?}");
}

#[test]
fn no_escape_reaches_the_analyze_output_and_no_word_is_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, content) in files() {
        let path = dir.path().join(name);
        std::fs::write(&path, &content).expect("write");
        for json in [false, true] {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_newslens"));
            cmd.arg("analyze").arg(&path).env("NO_COLOR", "1");
            if json {
                cmd.arg("--json");
            }
            let out = cmd.output().expect("runs");
            let (stdout, stderr) =
                (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert!(out.status.success(), "{name}: {stderr}");
            assert_printable(name, &stdout);
            assert_printable(name, &stderr);
            let text = if json {
                let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
                let article = &v["article"];
                for field in ["title", "source", "text"] {
                    assert_printable(name, article[field].as_str().unwrap_or(""));
                }
                assert_eq!(article["title"], "Title Kilo", "{name}");
                article["text"].as_str().unwrap_or("").to_string()
            } else {
                stdout.to_string()
            };
            for word in WORDS {
                assert!(text.contains(word), "{name} (json: {json}): {word} lost from {text:?}");
            }
        }
    }
}

#[test]
fn no_escape_reaches_a_cell_of_the_screen() {
    for (name, content) in files() {
        let articles = load_bytes(Path::new(name), content.as_bytes(), &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for (w, h) in [(120, 40), (30, 12), (1, 1)] {
            let rows = newslens::tui::render_article(articles[0].clone(), w, h);
            assert_eq!(rows.len(), usize::from(h));
            for row in &rows {
                assert_printable(name, row);
            }
            if w == 120 {
                let screen = rows.concat();
                assert!(screen.contains("Title Kilo"), "{name}: the title on screen");
                assert!(screen.contains("Alpha") && screen.contains("Hotel"), "{name}: the text");
            }
        }
    }
}

#[test]
fn right_to_left_combining_marks_and_joined_emoji_pass_through_unchanged() {
    let body = "שלום עולם said the mayor. مرحبا بالعالم and cafe\u{301} with Zoe\u{308}. \
                Family 👨\u{200d}👩\u{200d}👧, flag 🇺🇦, thumbs 👍🏽 and 東京 on Wednesday.";
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["analyze", "-", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(format!("Scripts\n\n{body}\n").as_bytes())?;
            }
            child.wait_with_output()
        })
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["article"]["text"], body);
    let rows = newslens::tui::render_article(
        newslens::Article {
            title: "Scripts".into(),
            paragraphs: vec![body.into()],
            ..Default::default()
        },
        100,
        30,
    );
    let screen = rows.concat();
    assert!(screen.contains("שלום") && screen.contains("東"), "{screen}");
}
