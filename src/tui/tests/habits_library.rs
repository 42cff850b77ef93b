//! Feed habits of newsboat users on the reader's library: the next unread article across
//! feeds, a feed marked read, everything marked read after a question, a feed renamed and
//! removed from the keyboard, one feed refreshed, a failing feed's error on its row, the
//! unread mark kept beside the star, and the list's width following the terminal's.

use super::habits::screen;
use super::library_app::{build_library, current_id, id_of, keys, library_app, press};
use crate::library::Store;
use crate::tui::app::Focus;
use crate::tui::keymap::Mode;
use crate::tui::library_view::refresh_job::RefreshEvent;
use crate::tui::library_view::ListRow;
use crossterm::event::KeyCode;
use std::sync::mpsc::Sender;

fn unread_total(store: &Store) -> i64 {
    store
        .connection()
        .query_row("SELECT COUNT(*) FROM articles WHERE read = 0", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn u_goes_to_the_next_unread_article_across_feeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    let store = Store::open(&path).expect("store");
    let mut seen = Vec::new();
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('u'));
        seen.extend(current_id(&app));
    }
    // Four unread articles (the museum piece is read); each opened once, in list order.
    let expected: Vec<i64> = ["Herring quotas cut", "Kyiv approves new tram lines"]
        .iter()
        .map(|t| id_of(&store, t))
        .collect();
    assert_eq!(&seen[..2], &expected[..], "after the first article, across the feed");
    press(&mut app, KeyCode::Char('u'));
    assert!(
        app.message.as_ref().is_some_and(|m| m.text.contains("no unread")),
        "{:?}",
        app.message
    );
    assert_eq!(unread_total(&store), 0);
}

#[test]
fn a_feed_is_marked_read_and_everything_after_a_question() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    let store = Store::open(&path).expect("store");
    press(&mut app, KeyCode::Char('A'));
    assert_eq!(unread_total(&store), 2, "the Gazette's two are read");
    press(&mut app, KeyCode::Char('C'));
    assert_eq!(app.mode(), Mode::Prompt);
    assert!(screen(&app).contains("mark every article of the library read?"));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(unread_total(&store), 2, "n declines");
    press(&mut app, KeyCode::Char('C'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(unread_total(&store), 0);
    let lib = app.library().expect("library");
    let unread: i64 = lib
        .rows
        .iter()
        .map(|r| if let ListRow::Heading { unread, .. } = r { *unread } else { 0 })
        .sum();
    assert_eq!(unread, 0, "the list follows");
}

#[test]
fn a_feed_is_renamed_and_removed_from_the_keyboard_with_a_confirmation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let mut app = library_app(&path, 120, 40);
    press(&mut app, KeyCode::Char('e'));
    assert!(screen(&app).contains("rename Harbour Gazette to"));
    keys(&mut app, "Gazette");
    press(&mut app, KeyCode::Enter);
    let store = Store::open(&path).expect("store");
    let titles: Vec<String> = store.feeds().expect("feeds").into_iter().map(|f| f.title).collect();
    assert!(titles.contains(&"Gazette".to_string()), "{titles:?}");
    assert!(screen(&app).contains("Gazette"));
    press(&mut app, KeyCode::Char('D'));
    assert!(screen(&app).contains("remove Gazette and its 2 articles? (y / n)"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(store.feeds().expect("feeds").len(), 2, "Esc keeps it");
    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(store.feeds().expect("feeds").len(), 2, "Enter answers no");
    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Char('y'));
    let left: Vec<String> = store.feeds().expect("feeds").into_iter().map(|f| f.title).collect();
    assert_eq!(left, ["Kyiv Wire"]);
    assert!(!screen(&app).contains("Gazette"));
}

fn record_feed(path: std::path::PathBuf, feed: Option<i64>, tx: Sender<RefreshEvent>) {
    let store = Store::open(&path).expect("store");
    let title = feed
        .and_then(|id| store.feed(id).ok().flatten())
        .map_or("every feed".to_string(), |f| f.title);
    let _ = tx.send(RefreshEvent::Done { text: format!("refreshed {title}"), is_error: false });
}

#[test]
fn big_r_refreshes_only_the_feed_at_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    app.source.library_mut().expect("library").refresher = record_feed;
    keys(&mut app, "jjjj");
    press(&mut app, KeyCode::Char('R'));
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("refreshing Kyiv Wire")));
    while app.busy() {
        app.poll_background();
    }
    assert_eq!(app.message.as_ref().map(|m| m.text.as_str()), Some("refreshed Kyiv Wire"));
}

#[test]
fn a_failing_feed_shows_its_error_on_its_row_cleaned_of_control_characters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let store = Store::open(&path).expect("store");
    let wire = store.find_feed("Kyiv Wire").expect("feed");
    store.record_feed_error(wire.id, "HTTP 404 Not Found\n\u{1b}[31mgone\u{7}").expect("error");
    let app = library_app(&path, 120, 40);
    let text = screen(&app);
    let row = text.lines().find(|l| l.contains("refresh failed")).expect("an error row");
    assert!(row.contains("HTTP 404 Not Found [31mgone"), "{row}");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn a_starred_unread_article_keeps_its_unread_mark() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Char('*'));
    let text = screen(&app);
    assert!(text.contains("●★"), "{text}");
}

#[test]
fn the_library_list_widens_with_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    let width = |w: u16| library_app(&path, w, 40).screen.list.map_or(0, |r| r.width);
    assert!(width(120) >= 50, "{}", width(120));
    assert!(width(250) >= 110, "{}", width(250));
    let mut app = library_app(&path, 250, 60);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Text);
    let reading = app.screen.list.map_or(0, |r| r.width);
    assert!((60..110).contains(&reading), "{reading}: a quarter while reading");
    assert!(screen(&app).contains("Inland terminal opens in Lviv"), "whole titles");
}

#[test]
fn refresh_on_start_starts_a_refresh_when_the_library_opens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    app.source.library_mut().expect("library").refresher = record_feed;
    let config = crate::config::parse("refresh_on_start = true\n").expect("ok");
    let env = crate::tui::settings::Environment::default();
    app.apply_settings(crate::tui::settings::Settings::from_config(&config, None, &env));
    assert!(app.busy(), "refreshing");
    while app.busy() {
        app.poll_background();
    }
    assert_eq!(app.message.as_ref().map(|m| m.text.as_str()), Some("refreshed every feed"));
}

#[test]
fn z_shows_one_pane_at_a_time_the_list_then_the_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 120, 40);
    press(&mut app, KeyCode::Char('z'));
    assert_eq!(app.screen.list.map(|r| r.width), Some(120), "the list, full width");
    assert!(screen(&app).contains("Inland terminal opens in Lviv"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen.list, None, "the article, full width");
    assert_eq!(app.screen.article.width, 120 - app.screen.panel.map_or(0, |p| p.width));
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.screen.list.map(|r| r.width), Some(120), "back to the list");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen.list, None, "Esc: the article again");
    press(&mut app, KeyCode::Char('z'));
    assert!(app.screen.list.is_none() || app.screen.list.is_some_and(|r| r.width < 120));
    let config = crate::config::parse("one_pane = true\n").expect("ok");
    let env = crate::tui::settings::Environment::default();
    let other = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(other.path()), 120, 40);
    app.apply_settings(crate::tui::settings::Settings::from_config(&config, None, &env));
    assert_eq!(app.screen.list.map(|r| r.width), Some(120), "from the configuration");
}
