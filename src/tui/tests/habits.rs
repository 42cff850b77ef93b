//! The habits of other readers and the defects of issue #11, on files: the file list from the
//! keyboard, the side panel's long moves and "more" mark, back after a card, search as you
//! type, the address shown and copied, the status line's help hint on narrow terminals, the
//! reading measure, and a configuration's remaps in the keys and the help.

use super::keys::{keys, press, sample_app};
use crate::article::{self, Article, LoadError};
use crate::config;
use crate::tui::app::{App, Focus, Popup};
use crate::tui::keymap::Mode;
use crate::tui::render::render;
use crate::tui::settings::{Environment, Settings};
use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

pub(super) fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

fn article(i: usize) -> Article {
    Article {
        title: format!("Report number {i}"),
        source: "test".into(),
        url: Some(format!("https://news.example/{i}")),
        published: None,
        paragraphs: vec![format!("Maria Kovalenko spoke in Lviv about report {i}.")],
    }
}

/// Many files, the tenth one failed.
fn many_files(n: usize) -> App {
    let items = (0..n)
        .map(|i| {
            if i == 9 {
                Err(LoadError::invalid(format!("/tmp/x/broken{i}.json"), "malformed JSON"))
            } else {
                Ok(article(i))
            }
        })
        .collect();
    App::new(items, 120, 40)
}

#[test]
fn the_file_list_works_from_the_keyboard() {
    let mut app = many_files(1_297);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!((app.mode(), app.file_cursor), (Mode::List, 0));
    keys(&mut app, "jjj");
    assert_eq!(app.file_cursor, 3);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.current, app.focus), (Some(2), Focus::Text), "Enter opens it");
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.file_cursor, 1_296);
    let text = screen(&app);
    assert!(text.contains("Report number 1296"), "the list scrolls to its cursor");
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::PageDown);
    assert!(app.file_cursor > 20, "a page of the list");
    // Type to find: `/600` puts the cursor on "Report number 600".
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "number 600");
    assert_eq!(app.file_cursor, 600);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current, Some(600), "article 600 in a few keys, not 599 presses of ]");
    // A failed file says why.
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('g'));
    for _ in 0..9 {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    let message = app.message.clone().expect("why it failed");
    assert!(message.is_error && message.text.contains("broken9.json"), "{message:?}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Text);
}

#[test]
fn the_side_panel_pages_jumps_to_its_ends_and_says_more_follows() {
    let mut app = sample_app(80, 24);
    let text = screen(&app);
    assert!(text.contains("more "), "the panel's border says more follows:\n{text}");
    press(&mut app, KeyCode::Char('p'));
    let first = app.panel_cursor;
    press(&mut app, KeyCode::Char('G'));
    let last = app.panel_cursor;
    assert!(last > first);
    assert_eq!(app.panel().targets().last(), Some(last));
    assert!(screen(&app).contains("↑"), "at the end, the border says more is above");
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.panel_cursor, first);
    press(&mut app, KeyCode::PageDown);
    let paged = app.panel_cursor;
    assert!(paged > first && paged < last, "{first} < {paged} < {last}");
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.panel_cursor, first);
}

#[test]
fn back_returns_to_the_article_and_place_before_a_card_was_followed() {
    let other = Article {
        title: "Air raid sirens in Kyiv".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec!["Sirens sounded across Kyiv overnight. Kyiv officials said two people \
                          were hurt."
            .into()],
    };
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(other));
    let mut app = App::new(items, 120, 40);
    let kyiv = {
        let doc = app.doc().expect("sample");
        doc.mentions.iter().position(|m| doc.text()[m.span.clone()] == *"Kyiv").expect("Kyiv")
    };
    for _ in 0..=kyiv {
        press(&mut app, KeyCode::Tab);
    }
    let (before, selected, scroll) = (app.current, app.selected, app.scroll);
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("card open") };
    let elsewhere =
        card.rows.iter().position(|r| matches!(r, crate::tui::app::CardRow::Elsewhere { .. }));
    for _ in 0..elsewhere.expect("the other article is listed") {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.current, before, "followed into the other article");
    press(&mut app, KeyCode::Backspace);
    assert_eq!((app.current, app.selected, app.scroll), (before, selected, scroll));
    press(&mut app, KeyCode::Char('h'));
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("nothing to go back to")));
}

#[test]
fn search_finds_as_you_type_and_esc_goes_back_where_it_began() {
    let mut app = sample_app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "Kyi");
    assert!(!app.search.matches.is_empty(), "matches while typing");
    let text = screen(&app);
    assert!(text.contains("found"), "the status line counts them:\n{text}");
    keys(&mut app, "vzz");
    assert!(app.search.matches.is_empty());
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.search.query, "Kyiv");
    assert!(!app.search.matches.is_empty(), "Enter keeps the matches for n / N");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('G'));
    let bottom = app.scroll;
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "Pentagon");
    assert!(app.scroll < bottom, "the match, near the top, is shown");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.scroll, bottom, "Esc goes back");
    assert!(app.search.matches.is_empty());
}

#[test]
fn the_address_is_shown_copied_with_osc_52_and_shown_when_no_browser_starts() {
    let mut app = App::new(vec![Ok(article(1))], 100, 30);
    press(&mut app, KeyCode::Char('U'));
    let shown = app.message.clone().expect("shown");
    assert!(shown.text.contains("https://news.example/1"), "{shown:?}");
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.terminal_out, ["\u{1b}]52;c;aHR0cHM6Ly9uZXdzLmV4YW1wbGUvMQ==\u{7}"]);
    app.browser = Some("/nonexistent/browser".into());
    press(&mut app, KeyCode::Char('o'));
    let failed = app.message.clone().expect("failed");
    assert!(failed.is_error && failed.text.contains("https://news.example/1"), "{failed:?}");
    let status = screen(&app).lines().last().unwrap_or_default().to_string();
    assert!(status.contains("https://news.example/1") && status.contains("? help"), "{status}");
}

#[test]
fn help_stays_on_narrow_status_lines() {
    for width in [40, 50, 60, 69, 80] {
        let app = sample_app(width, 24);
        let text = screen(&app);
        let status = text.lines().last().unwrap_or_default();
        assert!(status.contains("? help"), "{width}: {status}");
    }
}

#[test]
fn a_wide_terminal_keeps_a_reading_measure() {
    let app = sample_app(250, 60);
    let longest = app
        .layout
        .lines
        .iter()
        .map(|l| {
            crate::tui::text_layout::display_width(&app.doc().expect("doc").text()[l.start..l.end])
        })
        .max()
        .unwrap_or(0);
    assert!(longest <= 100, "{longest} columns");
    assert!(app.screen.text.x > app.screen.article.x + 10, "centred");
}

#[test]
fn configured_keys_act_and_the_help_shows_them() {
    let config =
        config::parse("[keys]\nquit = \"Q\"\nnext_article = [\"J\", \"F5\"]\n").expect("ok");
    let settings = Settings::from_config(&config, None, &Environment::default());
    assert!(settings.problems.is_empty(), "{:?}", settings.problems);
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(article(2)));
    let mut app = App::new(items, 120, 40);
    app.apply_settings(settings);
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.should_quit, "q is no longer quit");
    press(&mut app, KeyCode::F(5));
    assert_eq!(app.current, Some(1));
    press(&mut app, KeyCode::Char('?'));
    let help = screen(&app);
    let quit = help
        .lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>().windows(2).any(|w| w == ["Q", "quit"]));
    assert!(quit, "{help}");
    assert!(help.contains("J F5"), "{help}");
    press(&mut app, KeyCode::Esc);
    let status = screen(&app);
    assert!(status.lines().last().unwrap_or_default().contains("Q quit"), "{status}");
    press(&mut app, KeyCode::Char('Q'));
    assert!(app.should_quit);
}

#[test]
fn a_bad_configuration_is_said_in_the_status_line_and_the_defaults_apply() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "theme = \"light\"\n[keys]\nquit = 5\n").expect("write");
    let settings = Settings::load(Some(&path), true);
    let mut app = sample_app(120, 40);
    app.apply_settings(settings);
    let message = app.message.clone().expect("said");
    assert!(message.is_error && message.text.contains("config.toml:3:"), "{message:?}");
    assert_eq!(app.keymap, crate::tui::keymap::Keymap::default(), "the defaults");
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit);
}

#[test]
fn a_numbers_card_says_what_it_counts_as_about() {
    let mut app = sample_app(120, 40);
    let quantity = {
        let doc = app.doc().expect("sample");
        doc.mentions.iter().position(|m| m.kind == crate::analysis::EntityKind::Quantity)
    };
    for _ in 0..=quantity.expect("the sample has numbers") {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let card = screen(&app);
    assert!(card.contains("About: ") && !card.contains("Roles: "), "{card}");
}
