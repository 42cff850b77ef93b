//! The reader on the library, key by key: the grouped list, Enter / `m` / `*` / `o`, `r` (a
//! refresh from a feed served on 127.0.0.1, and a stand-in job), library search with `/`, and
//! the entity card's "In your library" rows with Enter and `t`.

use super::http_server;
use super::library_app;

use crate::library::Store;
use crate::tui::app::App;
use crate::tui::app::{CardRow, Focus, Popup};
use crate::tui::keymap::Mode;
use crate::tui::library_view::refresh_job::RefreshEvent;
use crate::tui::library_view::ListRow;
use crossterm::event::KeyCode;
use library_app::{build_library, current_id, id_of, keys, library_app, press, select_entity};
use std::sync::mpsc::Sender;
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn titles(app: &App) -> Vec<String> {
    let lib = app.library().expect("library mode");
    (0..lib.shown_len()).filter_map(|i| lib.article_at(i).map(|a| a.title.clone())).collect()
}

fn unread_of(app: &App, feed: &str) -> i64 {
    let lib = app.library().expect("library mode");
    lib.rows
        .iter()
        .find_map(|r| match r {
            ListRow::Heading { title, unread, .. } if title == feed => Some(*unread),
            _ => None,
        })
        .expect("feed listed")
}

#[test]
fn the_list_groups_by_feed_newest_first_with_unread_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = library_app(&build_library(dir.path()), 120, 40);
    assert_eq!(app.mode(), Mode::List);
    assert_eq!(
        titles(&app),
        [
            "Inland terminal opens in Lviv",
            "Herring quotas cut",
            "Kyiv approves new tram lines",
            "Lighthouse museum opens",
            "My notes on the transport agency"
        ]
    );
    assert_eq!((unread_of(&app, "Harbour Gazette"), unread_of(&app, "Kyiv Wire")), (2, 1));
    assert_eq!(app.current, None, "nothing is opened (or marked read) before Enter");
}

#[test]
fn enter_opens_the_article_and_marks_it_read_and_j_moves_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    let store = Store::open(&path).expect("open");
    let quotas = id_of(&store, "Herring quotas cut");
    assert_eq!(current_id(&app), Some(quotas));
    assert!(app.doc().is_some_and(|d| d.text().starts_with("Regulators")));
    assert_eq!((app.focus, unread_of(&app, "Harbour Gazette")), (Focus::Text, 1));
    assert!(store.article_row(quotas).expect("row").expect("exists").read);
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(current_id(&app), Some(id_of(&store, "Kyiv approves new tram lines")));
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.mode(), Mode::List, "l gives the list the focus back");
}

#[test]
fn m_toggles_read_and_star_toggles_starred_in_the_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    let store = Store::open(&path).expect("open");
    let terminal = id_of(&store, "Inland terminal opens in Lviv");
    let row = |s: &Store| s.article_row(terminal).expect("row").expect("exists");
    press(&mut app, KeyCode::Char('m'));
    assert!(row(&store).read);
    assert_eq!(unread_of(&app, "Harbour Gazette"), 1);
    press(&mut app, KeyCode::Char('m'));
    assert!(!row(&store).read);
    assert_eq!(unread_of(&app, "Harbour Gazette"), 2);
    press(&mut app, KeyCode::Char('*'));
    assert!(row(&store).starred);
    let lib = app.library().expect("library");
    assert!(lib.cursor_article().is_some_and(|a| a.starred));
    press(&mut app, KeyCode::Char('*'));
    assert!(!row(&store).starred);
}

static OPENED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record_url(url: &str, _browser: Option<&str>) -> Result<(), String> {
    OPENED.lock().map_err(|e| e.to_string())?.push(url.to_string());
    Ok(())
}

#[test]
fn o_hands_the_url_to_the_opener_and_reports_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    app.source.library_mut().expect("library").opener = record_url;
    press(&mut app, KeyCode::Char('o'));
    let opened = OPENED.lock().expect("lock").clone();
    assert_eq!(opened, ["https://news.example/terminal"]);
    app.source.library_mut().expect("library").opener = |_, _| Err("no browser here".into());
    press(&mut app, KeyCode::Char('o'));
    let message = app.message.clone().expect("a message");
    assert!(message.is_error && message.text.contains("no browser"), "{message:?}");
    assert!(message.text.contains("https://news.example/terminal"), "the link is shown");
}

/// Waits for the background refresh to end, applying its events as the event loop does.
fn finish_refresh(app: &mut App) {
    let started = Instant::now();
    while app.busy() && started.elapsed() < Duration::from_secs(20) {
        app.poll_background();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!app.busy(), "the refresh ended");
}

#[test]
fn r_refreshes_a_local_feed_in_the_background_and_the_list_follows() {
    let server = http_server::TestServer::start();
    let body = super::fixture("rss.xml", &server.base());
    server.route("/rss.xml", http_server::Route::ok(body, "application/rss+xml"));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("lib.db");
    Store::open(&path).expect("open").add_feed(&server.url("/rss.xml"), "").expect("subscribe");
    let mut app = library_app(&path, 120, 40);
    assert!(titles(&app).is_empty());
    press(&mut app, KeyCode::Char('r'));
    assert!(app.busy());
    finish_refresh(&mut app);
    assert_eq!(titles(&app).len(), 3, "{:?}", app.message);
    assert!(titles(&app).iter().any(|t| t.contains("inland terminal")));
    let message = app.message.clone().expect("summary");
    assert!(message.text.contains("3 new articles"), "{message:?}");
}

fn instant_refresh(path: std::path::PathBuf, _feed: Option<i64>, tx: Sender<RefreshEvent>) {
    let _ = tx.send(RefreshEvent::Progress("refreshing 1/1: Kyiv Wire".into()));
    let mut store = Store::open(&path).expect("second connection");
    let wire = store.feeds().expect("feeds").into_iter().find(|f| f.title == "Kyiv Wire");
    let item = library_app::item("bridge", "Bridge reopens", "The bridge reopened today.", 6);
    let id = wire.expect("feed").id;
    store.store_feed_items(id, &Default::default(), &[item]).expect("store");
    let _ = tx.send(RefreshEvent::Done {
        text: "refreshed 1 feed: 1 new article".into(),
        is_error: false,
    });
}

#[test]
fn r_shows_progress_and_reloads_the_list_when_the_job_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    app.source.library_mut().expect("library").refresher = instant_refresh;
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Char('r'));
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("already running")));
    finish_refresh(&mut app);
    assert!(titles(&app).contains(&"Bridge reopens".to_string()));
    assert_eq!(unread_of(&app, "Kyiv Wire"), 2);
    assert_eq!(
        app.message.as_ref().map(|m| m.text.as_str()),
        Some("refreshed 1 feed: 1 new article")
    );
}

#[test]
fn slash_on_the_list_searches_the_library_and_esc_comes_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "tram");
    press(&mut app, KeyCode::Enter);
    let found = titles(&app);
    assert_eq!(
        found.first().map(String::as_str),
        Some("Kyiv approves new tram lines"),
        "{found:?}"
    );
    assert!(found.iter().all(|t| t != "Herring quotas cut"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(titles(&app).len(), 5, "Esc shows the whole list again");
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "herring");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(app.doc().is_some_and(|d| d.text().contains("herring")));
    // In the text, `/` still searches the text.
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "quota");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.search.matches.len(), 1);
}

#[test]
fn the_card_lists_library_articles_and_enter_opens_one_at_the_mention() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    press(&mut app, KeyCode::Enter);
    select_entity(&mut app, "Maria Kovalenko");
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("the card is open") };
    let hits: Vec<_> = card
        .rows
        .iter()
        .filter_map(|r| if let CardRow::Library(h) = r { Some(h.title.clone()) } else { None })
        .collect();
    assert_eq!(
        hits,
        [
            "Kyiv approves new tram lines",
            "Inland terminal opens in Lviv",
            "My notes on the transport agency"
        ]
    );
    // From the selected mention down to the first library row (the newest article).
    for _ in card.cursor..card.here_count() {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    let store = Store::open(&path).expect("open");
    assert_eq!(current_id(&app), Some(id_of(&store, "Kyiv approves new tram lines")));
    let doc = app.doc().expect("opened");
    let selected = app.selected.and_then(|s| doc.mentions.get(s)).expect("a mention selected");
    assert_eq!(doc.text().get(selected.span.clone()), Some("Maria Kovalenko"));
    assert!(app.popup.is_none());
    // `t` shows her dated events across the library, `t` again the rows.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('t'));
    let Some(Popup::Card(card)) = &app.popup else { panic!("the card is open") };
    let events = card.timeline.clone().expect("timeline shown");
    assert!(events.iter().any(|e| e.date.starts_with("2026-03")), "{events:?}");
    press(&mut app, KeyCode::Char('t'));
    assert!(matches!(&app.popup, Some(Popup::Card(c)) if c.timeline.is_none()));
}

#[test]
fn on_files_the_card_reads_an_existing_library_without_writing_to_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let before = std::fs::read(&path).expect("db bytes");
    let article = crate::article::Article {
        title: "A file".into(),
        source: "file".into(),
        url: None,
        published: None,
        paragraphs: vec!["Maria Kovalenko spoke in Lviv on Friday about the new trains.".into()],
    };
    let mut app = App::new(vec![Ok(article)], 120, 40);
    let lookup = Store::open_read_only(&path).expect("an existing library opens read-only");
    let lookup = Some(crate::tui::library_view::Lookup(lookup));
    app.source = crate::tui::app::Source::Files { lookup };
    select_entity(&mut app, "Maria Kovalenko");
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("the card is open") };
    assert_eq!(card.library_count(), 3);
    for _ in card.cursor..card.here_count() {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("newslens library")));
    assert_eq!(app.doc().map(|d| d.text().starts_with("Maria Kovalenko spoke")), Some(true));
    drop(app);
    assert_eq!(std::fs::read(&path).expect("db bytes"), before, "the library file is unchanged");
    assert!(Store::open_read_only(&dir.path().join("none.db")).is_none());
}

#[test]
fn the_wheel_moves_through_the_focused_list() {
    use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    let before = app.library().expect("library mode").cursor;
    let wheel =
        |kind| Event::Mouse(MouseEvent { kind, column: 5, row: 5, modifiers: KeyModifiers::NONE });
    crate::tui::terminal::handle_event(&mut app, wheel(MouseEventKind::ScrollDown));
    let after = app.library().expect("library mode").cursor;
    assert!(after > before, "wheel down moves the list cursor ({before} -> {after})");
    crate::tui::terminal::handle_event(&mut app, wheel(MouseEventKind::ScrollUp));
    assert_eq!(app.library().expect("library mode").cursor, before);
    assert_eq!(app.current, None, "the wheel opens nothing");
}
