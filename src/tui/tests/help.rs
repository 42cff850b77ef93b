//! The `?` overlay: snapshots at 120x40 (three columns, all of it at once), 80x24 and a narrow
//! 50x20 (both scroll, saying so on the border); j/k, PgDn/PgUp and g/G scroll it within bounds,
//! and scrolling to the end shows every binding of the keymap.

use crate::article;
use crate::tui::app::App;
use crate::tui::app::Popup;
use crate::tui::keymap::BINDINGS;
use crate::tui::render::render;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn help_app(w: u16, h: u16) -> App {
    let mut app = App::new(article::bundled().into_iter().map(Ok).collect(), w, h);
    app.handle_key(KeyEvent::from(KeyCode::Char('?')));
    app
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::from(code));
}

fn scroll(app: &App) -> usize {
    match app.popup {
        Some(Popup::Help { scroll }) => scroll,
        _ => panic!("help is open"),
    }
}

#[test]
fn help_overlay_120x40() {
    let app = help_app(120, 40);
    let shown = screen(&app);
    assert!(shown.contains("Reading") && shown.contains("Anywhere"), "three columns at 120x40");
    super::snapshot!("ui_help__help_overlay_120x40", shown);
}

#[test]
fn help_overlay_80x24() {
    let app = help_app(80, 24);
    let shown = screen(&app);
    assert!(shown.contains("more ↓"));
    super::snapshot!("ui_help__help_overlay_80x24", shown);
}

#[test]
fn help_overlay_50x20_scrolled_to_the_end() {
    let mut app = help_app(50, 20);
    press(&mut app, KeyCode::Char('G'));
    let shown = screen(&app);
    assert!(shown.contains("↑ more") && !shown.contains("more ↓"));
    super::snapshot!("ui_help__help_overlay_50x20_scrolled_to_the_end", shown);
}

#[test]
fn scroll_keys_stay_within_the_overlay() {
    let mut app = help_app(80, 24);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(scroll(&app), 1);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(scroll(&app), 0);
    press(&mut app, KeyCode::PageDown);
    let page = scroll(&app);
    assert!(page > 1, "a page is more than a line");
    press(&mut app, KeyCode::Char('G'));
    let max = scroll(&app);
    assert!(max >= page);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(scroll(&app), max, "never past the end, so k answers at once");
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(scroll(&app), max - 1);
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::Home);
    assert_eq!(scroll(&app), 0);
    assert_eq!(app.scroll, 0, "the text under the overlay did not move");
}

#[test]
fn scrolling_through_shows_every_binding() {
    for (w, h) in [(120, 40), (80, 24), (50, 20)] {
        let mut app = help_app(w, h);
        let mut seen = screen(&app);
        for _ in 0..200 {
            press(&mut app, KeyCode::Char('j'));
            seen.push_str(&screen(&app));
        }
        for bind in BINDINGS {
            let first_word = bind.help.split(' ').next().unwrap_or_default();
            assert!(seen.contains(bind.label), "{w}x{h}: {}", bind.label);
            assert!(seen.contains(first_word), "{w}x{h}: {}", bind.help);
        }
    }
}

#[test]
fn page_and_end_keys_move_the_entity_card_cursor() {
    let mut app = App::new(article::bundled().into_iter().map(Ok).collect(), 120, 40);
    let doc = app.doc().expect("sample analysed");
    let most = (0..doc.mentions.len())
        .max_by_key(|&i| doc.analysis.entities[doc.mentions[i].entity].mentions.len())
        .unwrap_or(0);
    for _ in 0..=most {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let text_scroll = app.scroll;
    let card = |app: &App| match &app.popup {
        Some(Popup::Card(card)) => (card.rows.len(), card.cursor),
        _ => panic!("the card is open"),
    };
    let rows = card(&app).0;
    assert!(rows > 2, "the most mentioned entity has several rows");
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(card(&app).1, rows - 1);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(card(&app).1, 0);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(card(&app).1, (rows - 1).min(40 - 8), "a page: the screen less the card's frame");
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(card(&app).1, 0);
    assert_eq!(app.scroll, text_scroll, "the text under the card did not move");
}
