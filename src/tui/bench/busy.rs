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

/// The longest part (d) waits for the analysis, pressing keys.
const LIMIT: Duration = Duration::from_secs(180);

/// Runs part (d) on an article of about `mb` MB: keys until the analysis and its layout have
/// landed (at most [`LIMIT`]), and at least `keys` of them.
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
    let (mut analysed_at, mut landed) = (None, None);
    let mut i = 0;
    while (app.busy() || i < keys) && started.elapsed() < LIMIT {
        let key = KEYS[i % KEYS.len()];
        let t = Instant::now();
        app.handle_key(KeyEvent::from(key));
        let was_busy = app.busy();
        let was_analysed = app.docs.first().is_some_and(|d| d.analysed().is_some());
        app.poll_background();
        draw(&mut terminal, &app);
        let took = t.elapsed();
        times.push(took);
        by_key[i % KEYS.len()].push(took);
        if !was_analysed && app.docs.first().is_some_and(|d| d.analysed().is_some()) {
            analysed_at = Some((took, started.elapsed()));
        }
        if was_busy && !app.busy() {
            landed = Some(started.elapsed());
        }
        i += 1;
        std::thread::sleep(PAUSE);
    }
    let still_busy = app.busy();
    let s = stats(times.clone());
    let mut out = format!(
        "(d) {:.1} MB article analysed on a worker: first frame (the plain text's first {lines} lines at width {}, the analysis and the whole wrap started) {}\n",
        bytes as f64 / 1e6,
        app.layout.width,
        ms(first_frame)
    );
    out.push_str(&format!(
        "    from then until the analysis and the new wrap have landed, one keystroke + worker poll + redraw, {} keys (j space k PgDn b G g ] j [ t f, {} ms apart): mean {}, p50 {}, p95 {}, p99 {}, max {}\n",
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
    if let Some((frame, at)) = analysed_at {
        out.push_str(&format!(
            "    the analysis landed after {:.1} s (that key's frame, with the panels built: {}); the text wrapped with its highlights after {}\n",
            at.as_secs_f64(),
            ms(frame),
            landed.map_or("(still running)".into(), |t| format!("{:.1} s", t.as_secs_f64()))
        ));
    }
    if still_busy {
        out.push_str(&format!("    (still running after {} s)\n", LIMIT.as_secs()));
    }
    out
}
