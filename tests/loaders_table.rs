//! The table of bad inputs (issue 12): each one loads or fails with the exact message the user
//! sees, never a panic, and nothing from the input reaches the terminal raw. Big inputs are
//! made here, in memory or in a temp folder.

use newslens::article::{load_bytes, load_path, Article, LoadError, LoadOptions};
use std::path::Path;

fn load(name: &str, bytes: &[u8]) -> Result<Vec<Article>, LoadError> {
    load_bytes(Path::new(name), bytes, &LoadOptions::default())
}

fn message(name: &str, bytes: &[u8]) -> String {
    match load(name, bytes) {
        Ok(a) => panic!("{name} should fail, loaded {} articles", a.len()),
        Err(e) => e.to_string(),
    }
}

fn one(name: &str, bytes: &[u8]) -> Article {
    let mut articles = load(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(articles.len(), 1, "{name}");
    articles.remove(0)
}

#[test]
fn the_table_of_bad_inputs() {
    let table: &[(&str, &[u8], &str)] = &[
        ("empty.txt", b"", "empty.txt: empty file"),
        ("blank.md", b" \n\t\r\n  \n", "blank.md: empty file"),
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "photo.txt: binary file, not text (PNG image)",
        ),
        ("tool", b"\x7fELF\x02\x01\x01\0\0\0\0\0", "tool: binary file, not text (executable)"),
        (
            "bad.txt",
            b"Caf\xc3\xa9 ok\n\xff\xfe tail \xe2\x82",
            "bad.txt: not valid UTF-8 (invalid byte at offset 9, line 2)",
        ),
        ("nul.json", b"{\"a\": \"\0\"}", "nul.json: binary file, not text (contains NUL bytes)"),
    ];
    for (name, bytes, expected) in table {
        assert_eq!(message(name, bytes), *expected, "{name}");
    }
}

#[test]
fn utf16_with_a_bom_is_read() {
    let text = "Kyiv talks resume\n\nOfficials met on Monday.";
    let le: Vec<u8> =
        [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> =
        [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let a = one(name, &bytes);
        assert_eq!(
            (a.title.as_str(), a.text().as_str()),
            ("Kyiv talks resume", "Officials met on Monday.")
        );
    }
}

#[test]
fn latin1_html_with_a_charset_is_decoded() {
    // More accented letters than the Windows-1252 guess takes without a declaration.
    let body = "Été à Genève: élève, café, crème brûlée, déjà vu, à côté, où, ça. ".repeat(4);
    let html = format!(
        "<html><head><meta charset=\"ISO-8859-1\"><title>Été à Genève</title></head>\
         <body><article><p>{body}</p></article></body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
    assert!(std::str::from_utf8(&bytes).is_err(), "the input really is Latin-1");
    let a = one("page.html", &bytes);
    assert_eq!(a.title, "Été à Genève");
    assert_eq!(a.text(), body.trim());
}

#[test]
fn a_file_over_50_mib_is_refused_by_its_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(newslens::article::MAX_FILE_BYTES + 1).expect("a sparse 50 MiB + 1 file");
    let results = load_path(&path, &LoadOptions::default());
    let Some(Err(e)) = results.first() else { panic!("refused") };
    assert_eq!(
        e.to_string(),
        format!("{}: file too large (52428801 bytes; the limit is 52428800 bytes)", path.display())
    );
}

#[test]
fn a_single_5_mb_line_and_100000_paragraphs_load_whole() {
    let line = "Kyiv officials met Moscow envoys on Wednesday ".repeat(110_000);
    assert!(line.len() > 5_000_000);
    let a = one("line.txt", line.as_bytes());
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.text(), line.trim());

    let many: String = (0..100_000).map(|i| format!("Paragraph {i}.\n\n")).collect();
    let a = one("many.txt", format!("Title line\n\n{many}").as_bytes());
    assert_eq!(a.paragraphs.len(), 100_000);
    assert_eq!(a.paragraphs[99_999], "Paragraph 99999.");
}

#[test]
fn escapes_never_survive_and_cost_no_text() {
    let text = "Title \u{1b}]0;PWNED\u{7}here\n\nOne \u{1b}[31mred\u{1b}[0m word.\n\n\
                Two \u{1b}]8;;http://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\ text.\n\n\
                Three \u{9d}unterminated\n\nFour survives.\n";
    let a = one("esc.txt", text.as_bytes());
    assert_eq!(a.title, "Title here");
    assert_eq!(a.paragraphs, vec!["One red word.", "Two link text.", "Three", "Four survives."]);
    let all = format!("{}{}{}", a.title, a.source, a.text());
    assert!(!all.chars().any(|c| c.is_control() && c != '\n'), "{all:?}");
}

#[test]
fn right_to_left_combining_marks_and_emoji_sequences_are_kept() {
    let text = "שלום עולם\n\nمرحبا بالعالم and cafe\u{301} with Zoe\u{308}.\n\n\
                Family 👨\u{200d}👩\u{200d}👧 and flag 🇺🇦 and 👍🏽.\n\n\
                Hidden \u{202e}override\u{202c} and \u{200b}zero width.";
    let a = one("scripts.txt", text.as_bytes());
    assert_eq!(a.title, "שלום עולם");
    assert_eq!(
        a.paragraphs,
        vec![
            "مرحبا بالعالم and cafe\u{301} with Zoe\u{308}.",
            "Family 👨\u{200d}👩\u{200d}👧 and flag 🇺🇦 and 👍🏽.",
            "Hidden override and zero width.",
        ]
    );
}

#[test]
fn xml_entity_bombs_and_external_entities_are_not_expanded() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<rss version="2.0"><channel><title>Bomb</title>
<item><title>Boom &e;</title><description>Text &e; end.</description></item></channel></rss>"#;
    // Entities declared in the document are never expanded: the reference stays as written.
    let outcome = load("bomb.rss", bomb.as_bytes()).map(|a| (a[0].title.clone(), a[0].text()));
    let expected = ("Boom &e;".to_string(), "Text &e; end.".to_string());
    assert_eq!(outcome.map_err(|e| e.to_string()), Ok(expected));

    let xxe = r#"<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>X</title>
<item><title>Leak</title><description>Before &xxe; after.</description></item></channel></rss>"#;
    let outcome = load("xxe.rss", xxe.as_bytes()).map(|a| a[0].text());
    assert_eq!(outcome.map_err(|e| e.to_string()), Ok("Before &xxe; after.".to_string()));
}

#[test]
fn a_json_nesting_bomb_is_named() {
    let bomb = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        message("deep.json", bomb.as_bytes()),
        "deep.json: JSON nested too deeply (the limit is 128 levels)"
    );
    // A JSON Feed skips what it does not know without recursing: deep nesting there is harmless.
    let feed = format!(
        "{{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"F\", \"items\": \
         [{{\"id\": \"1\", \"content_text\": \"Kept.\", \"_extension\": {}}}]}}",
        "[".repeat(100_000) + &"]".repeat(100_000)
    );
    assert_eq!(one("feed.json", feed.as_bytes()).text(), "Kept.");
}

#[test]
fn symlink_loops_in_a_folder_are_reported_and_the_rest_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("good.txt"), "Harbour reopens\n\nThe harbour reopened.").expect("write");
    std::os::unix::fs::symlink("loop.txt", d.join("loop.txt")).expect("self loop");
    std::os::unix::fs::symlink("b.txt", d.join("a.txt")).expect("a -> b");
    std::os::unix::fs::symlink("a.txt", d.join("b.txt")).expect("b -> a");
    std::os::unix::fs::symlink(".", d.join("sub")).expect("a folder linked to itself");
    let results = load_path(d, &LoadOptions::default());
    let ok: Vec<&str> =
        results.iter().filter_map(|r| r.as_ref().ok()).map(|a| a.title.as_str()).collect();
    assert_eq!(ok, ["Harbour reopens"], "loaded once, not again through sub/");
    let errors: Vec<String> =
        results.iter().filter_map(|r| r.as_ref().err()).map(ToString::to_string).collect();
    let looped = |name: &str| {
        format!(
            "{}: cannot read: Too many levels of symbolic links (os error 40)",
            d.join(name).display()
        )
    };
    assert_eq!(errors, [looped("a.txt"), looped("b.txt"), looped("loop.txt")]);
}

#[test]
fn an_unreadable_file_is_named_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Secret memo\n\nNot for you.").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    // Root reads any file: run the binary as an unprivileged user then.
    let root = std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines().any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false);
    let mut cmd =
        std::process::Command::new(if root { "setpriv" } else { env!("CARGO_BIN_EXE_newslens") });
    if root {
        cmd.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
            env!("CARGO_BIN_EXE_newslens"),
        ]);
    }
    let out = cmd.arg("analyze").arg(&path).env("HOME", "/tmp").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("newslens: {}: cannot read: Permission denied (os error 13)\n", path.display())
    );
}
