//! A small library on a temp file for the reader's tests: two feeds and an imported article,
//! hand-made texts naming "Maria Kovalenko" with fixed dates, analysed and indexed.

use crate::library::index::analyze_pending;
use crate::library::store::NewArticle;
use crate::library::Store;
use crate::tui::app::App;
use crate::tui::library_view::LibraryView;
use crossterm::event::{KeyCode, KeyEvent};
use std::path::{Path, PathBuf};

/// 2025-11-10 00:00 UTC; article `day` is published `day` days later at 09:00.
const BASE: i64 = 1_762_732_800;

pub fn item(guid: &str, title: &str, text: &str, day: i64) -> NewArticle {
    NewArticle {
        guid: Some(guid.to_string()),
        url: Some(format!("https://news.example/{guid}")),
        title: title.to_string(),
        source: "Test".to_string(),
        published: Some(BASE + day * 86_400 + 9 * 3600),
        text: text.to_string(),
        teaser: false,
    }
}

const TERMINAL: &str = "Maria Kovalenko opened the inland terminal in Lviv on 12 November 2025, \
two years after the first rails were laid. The agency said forty trains a week would use it.";
const TRAMS: &str = "The city council in Kyiv approved new tram lines on Monday. Maria Kovalenko, \
who runs the transport agency, said the first line would open in March 2026.";
const QUOTAS: &str = "Regulators cut the herring quota by a fifth for the coming season. Boat \
owners in Odesa said the decision would cost jobs in the smaller harbours.";
const MUSEUM: &str = "The cottage at the foot of the old lighthouse opened as a museum. \
Volunteers restored the building over three summers.";

/// A library at `dir/lib.db`: "Harbour Gazette" (2 articles), "Kyiv Wire" (2, one read) and an
/// imported article. Returns the database path.
pub fn build_library(dir: &Path) -> PathBuf {
    let path = dir.join("lib.db");
    let mut store = Store::open(&path).expect("open store");
    let (gazette, _) =
        store.add_feed("http://127.0.0.1:9/gazette.xml", "Harbour Gazette").expect("feed");
    let (wire, _) = store.add_feed("http://127.0.0.1:9/wire.xml", "Kyiv Wire").expect("feed");
    let gazette_items = [
        item("terminal", "Inland terminal opens in Lviv", TERMINAL, 2),
        item("quotas", "Herring quotas cut", QUOTAS, 1),
    ];
    store.store_feed_items(gazette, &Default::default(), &gazette_items).expect("store");
    let wire_items = [
        item("trams", "Kyiv approves new tram lines", TRAMS, 4),
        item("museum", "Lighthouse museum opens", MUSEUM, 3),
    ];
    store.store_feed_items(wire, &Default::default(), &wire_items).expect("store");
    let imported =
        NewArticle { guid: None, ..item("notes", "My notes on the transport agency", TRAMS, 0) };
    store.store_articles(&[imported]).expect("store imported");
    let museum = id_of(&store, "Lighthouse museum opens");
    store.set_read(museum, true).expect("mark read");
    analyze_pending(&mut store, 2, &mut |_, _| {}).expect("analyse");
    path
}

/// The store id of the article titled `title`.
pub fn id_of(store: &Store, title: &str) -> i64 {
    store
        .connection()
        .query_row("SELECT id FROM articles WHERE title = ?1", [title], |r| r.get(0))
        .expect("article exists")
}

/// The reader opened on the library at `path`.
pub fn library_app(path: &Path, w: u16, h: u16) -> App {
    let view = LibraryView::open(Store::open(path).expect("open store")).expect("list");
    App::on_library(view, w, h)
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::from(code));
}

pub fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Tabs through the mentions until one of the entity named `name` is selected.
pub fn select_entity(app: &mut App, name: &str) {
    for _ in 0..60 {
        press(app, KeyCode::Tab);
        let found = app.doc().zip(app.selected).is_some_and(|(d, s)| {
            d.mentions
                .get(s)
                .and_then(|m| d.analysis.entities.get(m.entity))
                .is_some_and(|e| e.name == name)
        });
        if found {
            return;
        }
    }
    panic!("no mention of {name}");
}

/// The store id of the article on screen.
pub fn current_id(app: &App) -> Option<i64> {
    app.library().and_then(|l| l.current_id)
}
