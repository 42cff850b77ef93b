//! `bench-ui` part (d): the reader while a 10 MB article is analysed on a worker. Times the
//! first frame (the article shown as plain text at once), then keystroke + frame while the
//! analysis runs (scrolling, paging, switching to a short article and back, search), polling
//! the worker between keys as the event loop does, and the frame on which the analysis lands.

use super::{draw, ms, stats, test_terminal, HEIGHT, WIDTH};
use crate::article;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crossterm::event::{KeyCode, KeyEvent};
use std::time::{Duration, Instant};

/// The keys pressed in turn while the analysis runs.
const KEYS: [KeyCode; 12] = [
    KeyCode::Char('j'),
    KeyCode::Char(' '),
    KeyCode::Char('k'),
    KeyCode::PageDown,
    KeyCode::Char('b'),
    KeyCode::Char('G'),
    KeyCode::Char('g'),
    KeyCode::Char(']'),
    KeyCode::Char('j'),
    KeyCode::Char('['),
    KeyCode::Char('t'),
    KeyCode::Char('f'),
];

/// Pause between two keys, so the worker runs beside the keys as it does beside a person.
const PAUSE: Duration = Duration::from_millis(2);

/// Runs part (d) on an article of about `mb` MB, at most `keys` keystrokes (fewer if the
/// analysis ends first).
pub fn bench_busy(mb: usize, keys: usize) -> String {
    let big = super::big_article(mb << 20);
    let bytes = big.paragraphs.iter().map(|p| p.len() + 2).sum::<usize>();
    let sample = article::bundled().into_iter().next();
    let mut docs = vec![Doc::new(Ok(big))];
    docs.extend(sample.map(|a| Doc::new(Ok(a))));
    let started = Instant::now();
    let mut app = App::from_docs(docs, WIDTH, HEIGHT);
    let mut terminal = test_terminal();
    draw(&mut terminal, &app);
    let first_frame = started.elapsed();
    let lines = app.layout.lines.len();
    let mut times = Vec::with_capacity(keys);
    let mut by_key: Vec<Vec<Duration>> = vec![Vec::new(); KEYS.len()];
    let mut landed = None;
    let mut i = 0;
    while app.busy() && i < keys {
        let key = KEYS[i % KEYS.len()];
        let t = Instant::now();
        app.handle_key(KeyEvent::from(key));
        let arrived = app.poll_background() && !app.busy();
        draw(&mut terminal, &app);
        let took = t.elapsed();
        if arrived {
            landed = Some((took, started.elapsed()));
        } else {
            times.push(took);
            by_key[i % KEYS.len()].push(took);
        }
        i += 1;
        std::thread::sleep(PAUSE);
    }
    let still_busy = app.busy();
    let s = stats(times.clone());
    let mut out = format!(
        "(d) {:.1} MB article analysed on a worker ({lines} lines at width {}): first frame (plain text, analysis started) {}\n",
        bytes as f64 / 1e6,
        app.layout.width,
        ms(first_frame)
    );
    out.push_str(&format!(
        "    while it is analysed, one keystroke + worker poll + redraw, {} keys (j space k PgDn b G g ] j [ t f, {} ms apart): mean {}, p50 {}, p95 {}, p99 {}, max {}\n",
        times.len(),
        PAUSE.as_millis(),
        ms(s.mean),
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        ms(s.max)
    ));
    out.push_str("    per key (p50 / p99):");
    for (key, samples) in KEYS.iter().zip(by_key) {
        let s = stats(samples);
        out.push_str(&format!(" {key} {}/{};", ms(s.p50), ms(s.p99)));
    }
    out.push('\n');
    match (landed, still_busy) {
        (Some((frame, at)), _) => out.push_str(&format!(
            "    the analysis landed after {:.1} s; that key's frame (re-wrap with the highlights) {}\n",
            at.as_secs_f64(),
            ms(frame)
        )),
        (None, true) => out.push_str("    (the analysis was still running after the last key)\n"),
        (None, false) => {}
    }
    out
}
