//! Snapshots of the reader's screens on the bundled sample (TestBackend + insta): the main
//! screen at 120x40 and 80x24, the entity card, the Timeline and Summary tabs.
//! They change when the analysis stages improve: review the diff, then accept it.

use crate::article;
use crate::tui::app::App;
use crate::tui::render::render;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn sample_app(w: u16, h: u16) -> App {
    App::new(article::bundled().into_iter().map(Ok).collect(), w, h)
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

fn press(app: &mut App, keys: &[KeyCode]) {
    for k in keys {
        app.handle_key(KeyEvent::from(*k));
    }
}

#[test]
fn main_screen_120x40() {
    let mut app = sample_app(120, 40);
    press(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    super::snapshot!("ui_screens__main_screen_120x40", screen(&app));
}

#[test]
fn main_screen_80x24() {
    super::snapshot!("ui_screens__main_screen_80x24", screen(&sample_app(80, 24)));
}

#[test]
fn entity_card() {
    let mut app = sample_app(120, 40);
    let doc = app.doc().expect("sample analysed");
    let most = (0..doc.mentions.len())
        .max_by_key(|&i| doc.analysis.entities[doc.mentions[i].entity].mentions.len())
        .unwrap_or(0);
    for _ in 0..=most {
        press(&mut app, &[KeyCode::Tab]);
    }
    press(&mut app, &[KeyCode::Enter]);
    super::snapshot!("ui_screens__entity_card", screen(&app));
}

#[test]
fn timeline_tab() {
    let mut app = sample_app(120, 40);
    press(&mut app, &[KeyCode::Char('t')]);
    super::snapshot!("ui_screens__timeline_tab", screen(&app));
}

#[test]
fn summary_tab_with_the_panel_focused() {
    let mut app = sample_app(120, 40);
    press(&mut app, &[KeyCode::Char('s'), KeyCode::Char('+'), KeyCode::Char('p'), KeyCode::Down]);
    super::snapshot!("ui_screens__summary_tab_with_the_panel_focused", screen(&app));
}

#[test]
fn narrow_terminal_floats_the_focused_panel_over_the_text() {
    let mut app = sample_app(70, 24);
    assert!(app.screen.panel.is_none(), "no room for the panel beside the text");
    press(&mut app, &[KeyCode::Char('p')]);
    assert!(app.screen.panel.is_some() && app.screen.panel_floats);
    super::snapshot!(
        "ui_screens__narrow_terminal_floats_the_focused_panel_over_the_text",
        screen(&app)
    );
}

#[test]
fn failed_files_are_listed_with_their_reason_and_reported_in_the_status_line() {
    let bad =
        crate::article::LoadError::invalid("/tmp/feeds/broken.json", "malformed JSON at line 3");
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Err(bad));
    let mut app = App::new(items, 100, 24);
    let message = app.message.clone().expect("the failure is reported");
    assert!(message.is_error && message.text.contains("broken.json"));
    press(&mut app, &[KeyCode::Char('l')]);
    super::snapshot!(
        "ui_screens__failed_files_are_listed_with_their_reason_and_reported_in_the_status_line",
        screen(&app)
    );
}

#[test]
fn only_failed_files_show_the_list_and_no_article() {
    let bad = crate::article::LoadError::invalid("empty.txt", "the file is empty");
    let app = App::new(vec![Err(bad)], 80, 24);
    assert!(app.current.is_none() && app.show_list);
    let text = screen(&app);
    assert!(text.contains("empty.txt: the file is empty"), "{text}");
}

#[test]
fn tiny_terminals_draw_every_screen_without_panicking() {
    for (w, h) in [(1, 1), (2, 2), (10, 3), (20, 5), (45, 12), (79, 23)] {
        let mut app = sample_app(w, h);
        for keys in [&[KeyCode::Tab][..], &[KeyCode::Enter], &[KeyCode::Esc, KeyCode::Char('?')]] {
            press(&mut app, keys);
            let _ = screen(&app);
        }
        press(
            &mut app,
            &[KeyCode::Esc, KeyCode::Char('p'), KeyCode::Char('l'), KeyCode::Char('t')],
        );
        let text = screen(&app);
        assert_eq!(text.lines().count(), usize::from(h), "{w}x{h}");
    }
}

#[test]
fn entity_card_lists_other_open_articles_naming_the_entity() {
    let other = crate::article::Article {
        title: "Air raid sirens in Kyiv".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec![
            "Sirens sounded across Kyiv overnight. Kyiv officials said two people were hurt."
                .into(),
        ],
    };
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(other));
    let mut app = App::new(items, 120, 40);
    let doc = app.doc().expect("sample analysed");
    let kyiv = doc.mentions.iter().position(|m| doc.text()[m.span.clone()] == *"Kyiv");
    for _ in 0..=kyiv.expect("the sample names Kyiv") {
        press(&mut app, &[KeyCode::Tab]);
    }
    press(&mut app, &[KeyCode::Enter]);
    let text = screen(&app);
    assert!(text.contains("Air raid sirens in Kyiv — "), "{text}");
    super::snapshot!("ui_screens__entity_card_lists_other_open_articles_naming_the_entity", text);
}

#[test]
fn control_characters_are_never_drawn_even_if_an_article_holds_them() {
    let raw = crate::article::Article {
        title: "Bell\u{7} title\u{1b}[31m".into(),
        source: "src\u{8}".into(),
        url: None,
        published: None,
        paragraphs: vec![
            "Dan Driscoll\u{1b}]0;x\u{7} met Volodymyr Zelenskyy\r in Kyiv.\u{0}".into()
        ],
    };
    let mut app = App::new(vec![Ok(raw)], 80, 24);
    for keys in [&[KeyCode::Tab][..], &[KeyCode::Enter], &[KeyCode::Esc, KeyCode::Char('t')]] {
        press(&mut app, keys);
        let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
        let Ok(_) = terminal.draw(|f| render(&app, f));
        let buf = terminal.backend().buffer();
        assert!(buf.content().iter().all(|c| !c.symbol().contains(char::is_control)));
    }
}
