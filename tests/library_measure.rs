//! A measurement never changes the user's data: `bench-library-ui` opens articles (which marks
//! them read) on a copy of the library, and the library itself is left byte for byte as it was.

use newslens::library::index::analyze_pending;
use newslens::library::store::NewArticle;
use newslens::library::Store;

/// A small analysed library: one feed of three articles naming Maria Kovalenko, one read.
fn build_library(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("lib.db");
    let mut store = Store::open(&db).expect("open");
    let (feed, _) = store.add_feed("http://127.0.0.1:9/wire.xml", "Kyiv Wire").expect("feed");
    let texts = [
        "Maria Kovalenko opened the inland terminal in Lviv on 12 November 2025.",
        "The city council in Kyiv approved new tram lines on Monday, Maria Kovalenko said.",
        "Regulators cut the herring quota by a fifth, Maria Kovalenko told reporters.",
    ];
    let items: Vec<NewArticle> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| NewArticle {
            guid: Some(format!("g{i}")),
            url: Some(format!("https://news.example/{i}")),
            title: format!("Tram and terminal news {i}"),
            source: "Kyiv Wire".into(),
            published: Some(1_762_732_800 + i as i64 * 86_400),
            text: text.to_string(),
            teaser: false,
        })
        .collect();
    store.store_feed_items(feed, &Default::default(), &items).expect("store");
    let first = store.list_articles(&Default::default()).expect("list")[0].id;
    store.set_read(first, true).expect("mark read");
    analyze_pending(&mut store, 2, &mut |_, _| {}).expect("analyse");
    db
}

fn read_states(db: &std::path::Path) -> Vec<(i64, bool, bool)> {
    let store = Store::open_to_read(db).expect("open");
    let rows = store.list_articles(&Default::default()).expect("list");
    rows.into_iter().map(|r| (r.id, r.read, r.starred)).collect()
}

#[test]
fn bench_library_ui_measures_a_copy_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = build_library(dir.path());
    let before = (std::fs::read(&db).expect("read"), read_states(&db));
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_newslens"))
        .arg("--db")
        .arg(&db)
        .args(["bench-library-ui", "--runs", "2", "--entity", "Maria Kovalenko", "--query", "tram"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let pid = child.id();
    let out = child.wait_with_output().expect("ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("(measured on a copy)"), "{stdout}");
    assert!(stdout.contains("Enter: open the first article"), "{stdout}");
    assert_eq!(read_states(&db), before.1, "no read or starred flag changed");
    assert_eq!(std::fs::read(&db).expect("read"), before.0, "the file is byte for byte the same");
    let copies = std::fs::read_dir(std::env::temp_dir())
        .expect("temp dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(&format!("newslens-bench-{pid}-")))
        .count();
    assert_eq!(copies, 0, "the copy is removed");
}
