//! Long moves in the library list through the keymap: `g`/Home, `G`/End (reaching the oldest
//! article of a feed only partly loaded), space/PgDn and b/PgUp by the list's visible height,
//! and a snapshot of the list after `G`.

use super::library_app;

use crate::library::Store;
use crate::tui::app::App;
use crate::tui::keymap::Mode;
use crate::tui::render::render;
use crossterm::event::KeyCode;
use library_app::{item, keys, library_app, press};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};

/// A library with one feed of `n` articles, "story 0" the newest.
fn long_feed(dir: &Path, n: i64) -> PathBuf {
    let path = dir.join("lib.db");
    let mut store = Store::open(&path).expect("open store");
    let (feed, _) = store.add_feed("http://127.0.0.1:9/long.xml", "Long Feed").expect("feed");
    let items: Vec<_> = (0..n)
        .map(|i| item(&format!("s{i}"), &format!("story {i}"), "Text of a story.", n - i))
        .collect();
    store.store_feed_items(feed, &Default::default(), &items).expect("store");
    path
}

fn cursor_title(app: &App) -> Option<String> {
    app.library()?.cursor_article().map(|a| a.title.clone())
}

fn cursor(app: &App) -> usize {
    app.library().map_or(0, |l| l.cursor)
}

#[test]
fn big_g_and_end_reach_the_oldest_article_and_g_and_home_come_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&long_feed(dir.path(), 60), 120, 40);
    assert_eq!(cursor_title(&app).as_deref(), Some("story 0"));
    keys(&mut app, "G");
    assert_eq!(cursor_title(&app).as_deref(), Some("story 59"));
    assert_eq!(app.mode(), Mode::List, "G moves the list, not the text");
    keys(&mut app, "g");
    assert_eq!(cursor_title(&app).as_deref(), Some("story 0"));
    press(&mut app, KeyCode::End);
    assert_eq!(cursor_title(&app).as_deref(), Some("story 59"));
    press(&mut app, KeyCode::Enter);
    let shown = app.current.and_then(|i| app.docs.get(i)).and_then(|d| d.article());
    assert_eq!(shown.map(|a| a.title.as_str()), Some("story 59"));
    keys(&mut app, "l");
    press(&mut app, KeyCode::Home);
    assert_eq!(cursor_title(&app).as_deref(), Some("story 0"));
}

#[test]
fn pages_move_by_the_visible_height_of_the_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&long_feed(dir.path(), 60), 120, 24);
    let height = app.screen.list.map(|r| usize::from(r.height) - 2).expect("list shown");
    let start = cursor(&app);
    keys(&mut app, " ");
    assert_eq!(cursor(&app), start + height);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(cursor(&app), start + 2 * height, "the next page was loaded on the way");
    let expected = format!("story {}", start + 2 * height - 1);
    assert_eq!(cursor_title(&app), Some(expected));
    keys(&mut app, "b");
    assert_eq!(cursor(&app), start + height);
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(cursor(&app), 0, "stops at the top");
    assert_eq!(app.scroll, 0, "the text did not move");
}

#[test]
fn after_big_g_the_list_shows_the_oldest_page_below_the_gap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&long_feed(dir.path(), 60), 80, 30);
    keys(&mut app, "G");
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 30));
    let Ok(_) = terminal.draw(|f| render(&app, f));
    let shown = terminal.backend().to_string();
    assert!(shown.contains("… 20 more (Enter)"), "60 articles: 20 newest, 20 oldest, 20 between");
    super::snapshot!(
        "ui_library_motions__after_big_g_the_list_shows_the_oldest_page_below_the_gap",
        shown
    );
}
