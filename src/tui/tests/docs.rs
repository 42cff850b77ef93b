//! The reader's README section documents exactly the keys of the keymap table.

#[test]
fn readme_key_table_is_the_keymap_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md exists");
    let table = crate::tui::keymap::markdown_table();
    if std::env::var_os("PRINT_KEY_TABLE").is_some() {
        println!("{table}");
    }
    assert!(
        readme.contains(&table),
        "regenerate the key table: PRINT_KEY_TABLE=1 cargo test --test ui_docs -- --nocapture"
    );
}
