//! Analysis on a worker: the first frame shows the plain text at once with "analysing… N%",
//! keys stay live, the result lands on its own article only (kept for later when that article
//! is not shown), and the entity card fills in its other-article rows as they are analysed.

use super::keys::{keys, press};
use crate::article::{self, Article};
use crate::tui::app::{App, CardRow, Popup};
use crate::tui::doc::Doc;
use crate::tui::jobs::JobEvent;
use crate::tui::render::render;
use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().to_string()
}

/// The reader on `items`, every article analysed on a worker.
fn on_worker(items: Vec<Article>, w: u16, h: u16) -> App {
    let docs = items.into_iter().map(|a| Doc::new(Ok(a))).collect();
    App::from_docs_with(docs, w, h, 0)
}

fn second() -> Article {
    Article {
        title: "Air raid sirens in Kyiv".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec![
            "Sirens sounded across Kyiv overnight. Kyiv officials said two people were hurt."
                .into(),
        ],
    }
}

#[test]
fn the_first_frame_shows_the_text_at_once_and_the_highlights_when_they_arrive() {
    let mut app = on_worker(article::bundled(), 120, 40);
    assert!(app.doc().is_none() && app.jobs.busy(), "nothing analysed on the key loop");
    let first = screen(&app);
    assert!(first.contains("analysing… "), "{first}");
    assert!(first.contains("Senior Pentagon officials"), "the text is readable meanwhile");
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.scroll, 1, "keys stay live");
    app.wait_for_jobs();
    assert!(app.doc().is_some() && !app.jobs.busy());
    assert_eq!(app.scroll, 1, "the reading position is kept");
    let mut inline = App::new(article::bundled().into_iter().map(Ok).collect(), 120, 40);
    press(&mut inline, KeyCode::Char('j'));
    assert_eq!(screen(&app), screen(&inline), "the same screen as an article analysed at once");
}

#[test]
fn a_result_for_an_article_no_longer_shown_is_kept_and_never_shown_on_another() {
    let mut items = article::bundled();
    items.push(second());
    let mut app = on_worker(items, 120, 40);
    keys(&mut app, "]");
    assert_eq!(app.current, Some(1));
    app.wait_for_jobs();
    assert!(app.docs[0].analysed().is_some(), "the first article's analysis is kept");
    assert_eq!(app.current, Some(1));
    assert!(app.doc().is_some_and(|d| d.text().starts_with("Sirens")));
    assert!(screen(&app).contains("Sirens sounded"));
    keys(&mut app, "[");
    assert!(app.jobs.progress(0).is_none() && app.doc().is_some(), "shown analysed at once");
    app.wait_for_jobs();
    let highlighted = |app: &App| {
        app.layout.lines.iter().any(|l| app.layout.segments(l).iter().any(|s| s.mention.is_some()))
    };
    assert!(highlighted(&app), "not the plain layout kept from before the analysis");
}

#[test]
fn going_back_to_an_article_reuses_its_layout_and_rebuilds_its_panel() {
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(second()));
    let mut app = App::new(items, 120, 40);
    let lines = app.layout.lines.clone();
    let facts = app.panel().items.len();
    keys(&mut app, "]");
    assert_ne!(app.panel().items.len(), facts, "the second article's own facts");
    keys(&mut app, "[");
    assert_eq!(app.layout.lines, lines);
    assert_eq!(app.panel().items.len(), facts);
    app.update(crate::tui::action::Action::Resize(90, 30));
    keys(&mut app, "][");
    assert_eq!(app.layout.width, app.screen.text.width, "rebuilt at the new width");
    assert_ne!(app.layout.lines, lines);
}

#[test]
fn q_quits_and_search_works_while_the_analysis_runs() {
    let mut app = on_worker(article::bundled(), 80, 24);
    keys(&mut app, "/kyiv");
    press(&mut app, KeyCode::Enter);
    assert!(app.search.matches.len() > 1, "the plain text is searched");
    keys(&mut app, "q");
    assert!(app.should_quit);
}

#[test]
fn the_card_fills_in_other_articles_as_a_worker_analyses_them() {
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(second()));
    let mut app = App::new(items, 120, 40);
    app.inline_bytes = 0;
    let doc = app.doc().expect("sample analysed");
    let kyiv = doc.mentions.iter().position(|m| doc.text()[m.span.clone()] == *"Kyiv");
    for _ in 0..=kyiv.expect("the sample names Kyiv") {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("the card is open") };
    assert_eq!(card.waiting, [1]);
    assert!(screen(&app).contains("searching 1 other open articles… 0%"));
    let before = card.cursor;
    press(&mut app, KeyCode::Char('j'));
    app.wait_for_jobs();
    let Some(Popup::Card(card)) = &app.popup else { panic!("the card stays open") };
    assert!(card.rows.iter().any(|r| matches!(r, CardRow::Elsewhere { doc: 1, .. })));
    assert_eq!(card.cursor, before + 1, "the cursor stays on its row");
    press(&mut app, KeyCode::Char('k'));
    super::snapshot!(
        "ui_screens__entity_card_lists_other_open_articles_naming_the_entity",
        screen(&app)
    );
}

#[test]
fn a_failed_analysis_ends_the_reader_with_the_reason() {
    let mut app = App::new(article::bundled().into_iter().map(Ok).collect(), 80, 24);
    app.apply_job_events(vec![JobEvent::Failed { doc: 0, reason: "boom".into() }]);
    let fatal = app.fatal.clone().expect("the event loop is told to stop");
    assert!(fatal.contains("Pentagon officials") && fatal.contains("boom"), "{fatal}");
}

#[test]
fn a_big_text_shows_the_part_around_the_reading_position_until_the_whole_is_wrapped() {
    use crate::tui::action::Action;
    let long = crate::tui::bench::big_article(200_000);
    let mut app = on_worker(vec![long, second()], 80, 24);
    assert!(app.layout.partial, "the first frame wraps only the start");
    app.wait_for_jobs();
    assert!(!app.layout.partial && app.doc().is_some());
    app.update(Action::ScrollLines(3_000));
    let top = app.top_offset();
    assert!(top > 80_000, "past the first window ({top})");
    keys(&mut app, "]");
    app.wait_for_jobs();
    keys(&mut app, "[");
    assert_eq!((app.top_offset(), app.layout.partial), (top, false), "its whole layout was kept");
    app.update(Action::Resize(100, 30));
    assert!(app.layout.partial, "a resize wraps the part around the top line first");
    let near = |app: &App| app.top_offset() <= top && top - app.top_offset() < 200;
    assert!(near(&app), "{} vs {top}", app.top_offset());
    app.wait_for_jobs();
    assert!(!app.layout.partial && near(&app), "{} vs {top}", app.top_offset());
}
