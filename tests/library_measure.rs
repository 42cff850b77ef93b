//! A measurement never changes the user's data: `bench-library-ui` opens articles (which marks
//! them read) on a copy of the library, and the library itself is left byte for byte as it was.

#[path = "support/library_app.rs"]
mod library_app;

use newslens::library::Store;

fn read_states(db: &std::path::Path) -> Vec<(i64, bool, bool)> {
    let store = Store::open_to_read(db).expect("open");
    let rows = store.list_articles(&Default::default()).expect("list");
    rows.into_iter().map(|r| (r.id, r.read, r.starred)).collect()
}

#[test]
fn bench_library_ui_measures_a_copy_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = library_app::build_library(dir.path());
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
