//! Snapshots of the reader on a small hand-made library (fixed dates, so the screens are
//! stable): the list grouped by feed with an article open at 120x40, a library search in the
//! list, and the entity card's "In your library" section. Review diffs before accepting them.

use super::library_app;

use crate::tui::app::App;
use crate::tui::render::render;
use crossterm::event::KeyCode;
use library_app::{build_library, keys, library_app, press, select_entity};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

#[test]
fn library_mode_120x40() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    let first = screen(&app);
    assert!(first.contains("Harbour Gazette") && first.contains("Enter opens the article"));
    // Open the second article, star it, and come back to the list.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('*'));
    press(&mut app, KeyCode::Char('l'));
    super::snapshot!("ui_library_screens__library_mode_120x40", screen(&app));
}

#[test]
fn library_search_results_in_the_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "transport agency");
    press(&mut app, KeyCode::Enter);
    super::snapshot!("ui_library_screens__library_search_results_in_the_list", screen(&app));
}

#[test]
fn entity_card_library_section() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Enter);
    select_entity(&mut app, "Maria Kovalenko");
    press(&mut app, KeyCode::Enter);
    let card = screen(&app);
    assert!(card.contains("In your library: 3 articles"), "{card}");
    super::snapshot!("ui_library_screens__entity_card_library_section", card);
}

#[test]
fn entity_card_timeline_across_the_library() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Enter);
    select_entity(&mut app, "Maria Kovalenko");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('t'));
    super::snapshot!("ui_library_screens__entity_card_timeline_across_the_library", screen(&app));
}
