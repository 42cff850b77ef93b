//! `newslens bench-library-ui`: the reader's speed on a library, in-process on a `TestBackend`:
//! open the store, read the list and draw the first screen; `G` to the list's real end and PgDn
//! through it; open the first article (its text and cached analysis); a library search shown in
//! the list; an entity card's library section. It runs on a copy of the library (opening an
//! article marks it read): a measurement never changes the user's data.

use super::LibraryView;
use crate::library::Store;
use crate::tui::app::Popup;
use crate::tui::render::render;
use crate::tui::App;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::Path;
use std::time::{Duration, Instant};

/// PgDn presses timed after the first screen.
const PAGES: u32 = 10;

fn draw(app: &App) {
    let Ok(mut t) = Terminal::new(TestBackend::new(app.size.0, app.size.1));
    let _ = t.draw(|f| render(app, f));
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The first screen on the library at `path`: `runs` times (the first run is reported apart,
/// the page cache may be cold), then the actions after it, each timed once per run; the card is
/// the one of `entity`, opened on the newest article naming it.
pub fn bench_library_ui(
    path: &Path,
    runs: usize,
    query: &str,
    entity: &str,
) -> crate::library::Result<String> {
    let (mut first_screen, mut open, mut search) = (vec![], vec![], vec![]);
    let (mut card, mut timeline) = (vec![], vec![]);
    let (mut bottom, mut pages) = (vec![], vec![]);
    let mut events = 0;
    let mut rows = 0;
    let mut library_rows = 0;
    let mut card_of = String::from("(none)");
    let copy = Copy::of(path)?;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let view = LibraryView::open(Store::open(&copy.db)?)?;
        let mut app = App::on_library(view, 120, 40);
        draw(&app);
        first_screen.push(t.elapsed());
        rows = app.library().map_or(0, |l| l.rows.len());
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Char('G')));
        draw(&app);
        bottom.push(t.elapsed());
        app.handle_key(KeyEvent::from(KeyCode::Char('g')));
        let t = Instant::now();
        for _ in 0..PAGES {
            app.handle_key(KeyEvent::from(KeyCode::PageDown));
            draw(&app);
        }
        pages.push(t.elapsed() / PAGES);
        app.handle_key(KeyEvent::from(KeyCode::Char('g')));
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        draw(&app);
        open.push(t.elapsed());
        // Opening marked the copy's article read: put it back so every run sees the same list.
        app.handle_key(KeyEvent::from(KeyCode::Char('m')));
        app.handle_key(KeyEvent::from(KeyCode::Char('l')));
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Char('/')));
        for c in query.chars() {
            app.handle_key(KeyEvent::from(KeyCode::Char(c)));
        }
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        draw(&app);
        search.push(t.elapsed());
        app.handle_key(KeyEvent::from(KeyCode::Esc));
        app.handle_key(KeyEvent::from(KeyCode::Esc));
        select_entity(&mut app, entity);
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        draw(&app);
        card.push(t.elapsed());
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Char('t')));
        draw(&app);
        timeline.push(t.elapsed());
        if let Some(Popup::Card(c)) = &app.popup {
            library_rows = c.library_count();
            events = c.timeline.as_ref().map_or(0, Vec::len);
            card_of = format!("{} ({})", c.name, c.kind.label());
        }
    }
    let line = |what: &str, v: &[Duration]| {
        let mut sorted = v.to_vec();
        sorted.sort_unstable();
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
        let first = v.first().copied().unwrap_or_default();
        format!("{what}: first run {}, median of {} {}\n", ms(first), v.len(), ms(median))
    };
    let mut out =
        format!("library {} (measured on a copy) at 120x40, list of {rows} rows\n", path.display());
    out.push_str(&line("open store + list + first frame", &first_screen));
    out.push_str(&line(
        "G: the list's last article (last feed's oldest page loaded) + frame",
        &bottom,
    ));
    out.push_str(&line(
        &format!("PgDn from the top, {PAGES} times (each loads what it passes), per key + frame"),
        &pages,
    ));
    out.push_str(&line("Enter: open the first article (text + cached analysis) + frame", &open));
    out.push_str(&line(&format!("/{query} Enter: library search in the list + frame"), &search));
    out.push_str(&line(
        &format!("Enter: card of {card_of} with {library_rows} library articles + frame"),
        &card,
    ));
    out.push_str(&line(&format!("t: its timeline across the library, {events} events"), &timeline));
    out.push_str(&format!("peak memory (VmHWM): {}\n", peak_memory()));
    Ok(out)
}

/// A copy of the library in a fresh temporary folder, removed when dropped.
struct Copy {
    dir: std::path::PathBuf,
    db: std::path::PathBuf,
}

impl Copy {
    fn of(path: &Path) -> crate::library::Result<Copy> {
        let source = Store::open_to_read(path)?;
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("newslens-bench-{}-{stamp}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| crate::library::LibraryError::File {
            path: dir.clone(),
            reason: format!("cannot create a folder for the copy: {e}"),
        })?;
        let copy = Copy { db: dir.join("library.db"), dir };
        source.copy_to(&copy.db)?;
        Ok(copy)
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Opens the newest article naming `entity` with that mention selected.
fn select_entity(app: &mut App, entity: &str) {
    let hit = app
        .library()
        .and_then(|l| crate::library::mentions::mentions(&l.store, entity, 1).ok())
        .and_then(|hits| hits.into_iter().next());
    if let Some(hit) = hit {
        app.open_library_article(hit.article_id, hit.offsets.first().cloned());
    }
}

/// The process's peak resident memory, from /proc (Linux).
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| l.strip_prefix("VmHWM:")).map(|v| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
