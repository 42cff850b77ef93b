//! `/` in the text on an article beyond ASCII: case is ignored in all of Unicode, every match is
//! a byte range of the text on char boundaries, and drawing the highlighted matches holds up.

use crate::article::Article;
use crate::tui::app::App;
use crate::tui::render::render;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const TEXT: &str = "İstanbul and ISTANBUL: the delegation flew from München to İstanbul on \
Monday. ΑΘΗΝΑ was next; in Αθήνα and αθηνα the talks went on. Ⱥ ⱥ, MÜNCHEN.";

fn app_on(text: &str) -> App {
    let article = Article {
        title: "Städte".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec![text.into()],
    };
    App::new(vec![Ok(article)], 80, 24)
}

fn search(app: &mut App, query: &str) {
    app.handle_key(KeyEvent::from(KeyCode::Char('/')));
    for c in query.chars() {
        app.handle_key(KeyEvent::from(KeyCode::Char(c)));
    }
    app.handle_key(KeyEvent::from(KeyCode::Enter));
}

fn matched(app: &App) -> Vec<String> {
    let text = app.doc().expect("article shown").text();
    app.search
        .matches
        .iter()
        .map(|m| text.get(m.clone()).expect("char range").to_string())
        .collect()
}

fn draw(app: &App) -> String {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

#[test]
fn slash_finds_every_case_of_a_non_ascii_word() {
    let mut app = app_on(TEXT);
    search(&mut app, "münchen");
    assert_eq!(matched(&app), ["München", "MÜNCHEN"]);
    assert!(draw(&app).contains("match 1 of 2"));
    search(&mut app, "αθηνα");
    assert_eq!(matched(&app), ["ΑΘΗΝΑ", "αθηνα"], "Αθήνα has an accent: another word");
}

#[test]
fn dotted_capital_i_neither_panics_nor_shifts_the_highlight() {
    let mut app = app_on(TEXT);
    search(&mut app, "istanbul");
    assert_eq!(matched(&app), ["İstanbul", "ISTANBUL", "İstanbul"]);
    for _ in 0..4 {
        app.handle_key(KeyEvent::from(KeyCode::Char('n')));
        draw(&app);
    }
    search(&mut app, "İSTANBUL");
    assert_eq!(app.search.matches.len(), 3);
    search(&mut app, "ⱥ");
    assert_eq!(matched(&app), ["Ⱥ", "ⱥ"]);
    draw(&app);
}
