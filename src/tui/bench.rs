//! `newslens bench-ui`: the reader's speed figures, measured in-process on a `TestBackend`.
//! (a) building the app on the bundled sample and drawing the first frame; (b) handling one
//! keystroke and redrawing on a generated ~1 MB article, analysed once outside the timing; (c) a
//! case-insensitive text search on that article; (d) the first frame and the
//! keystrokes while a 10 MB article is analysed on a worker (`bench/busy.rs`).

mod busy;

use super::app::App;
use super::doc::Doc;
use super::render::render;
use crate::article::{self, Article};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Summary statistics of a set of timings.
struct Stats {
    mean: Duration,
    p50: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort_unstable();
    let n = samples.len().max(1);
    let at =
        |q: f64| samples.get(((n as f64 * q) as usize).min(n - 1)).copied().unwrap_or_default();
    let total: Duration = samples.iter().sum();
    Stats { mean: total / n as u32, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1.0) }
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn test_terminal() -> Terminal<TestBackend> {
    let Ok(t) = Terminal::new(TestBackend::new(WIDTH, HEIGHT));
    t
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    let Ok(_) = terminal.draw(|f| render(app, f));
}

/// An article of about `bytes` bytes made by repeating the sample's paragraphs.
pub(crate) fn big_article(bytes: usize) -> Article {
    let sample = article::bundled().into_iter().next().unwrap_or_else(|| Article {
        title: "sample".into(),
        source: "bench".into(),
        url: None,
        published: None,
        paragraphs: vec!["Dan Driscoll met Volodymyr Zelenskyy in Kyiv on Wednesday.".into()],
    });
    let mut paragraphs = Vec::new();
    let mut size = 0;
    while size < bytes {
        for p in &sample.paragraphs {
            size += p.len() + 2;
            paragraphs.push(p.clone());
        }
    }
    let mb = bytes as f64 / f64::from(1 << 20);
    Article { title: format!("{} (repeated to ~{mb:.0} MB)", sample.title), paragraphs, ..sample }
}

/// Size of the article of part (d), in MB.
const BUSY_MB: usize = 10;

/// Runs every measurement and returns the report.
pub fn bench_ui(runs: usize, keystrokes: usize) -> String {
    let mut out = bench_idle(runs, keystrokes);
    out.push_str(&busy::bench_busy(BUSY_MB, keystrokes));
    out
}

/// Parts (a) to (c).
fn bench_idle(runs: usize, keystrokes: usize) -> String {
    let mut out = String::new();
    let mut startup = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let items = article::bundled().into_iter().map(Ok).collect();
        let app = App::new(items, WIDTH, HEIGHT);
        let mut terminal = test_terminal();
        draw(&mut terminal, &app);
        startup.push(t.elapsed());
    }
    let first = startup.first().copied().unwrap_or_default();
    let s = stats(startup);
    out.push_str(&format!(
        "(a) bundled sample, load + analyse + build App + first frame at {WIDTH}x{HEIGHT}: first (cold) run {}; {runs} runs: mean {}, p50 {}, p99 {}, max {}\n",
        ms(first), ms(s.mean), ms(s.p50), ms(s.p99), ms(s.max)
    ));

    let big = big_article(1 << 20);
    let bytes = big.text().len();
    let t = Instant::now();
    let analysis = crate::analyze(&big);
    let analyse_time = t.elapsed();
    let mut doc = Doc::new(Ok(big));
    doc.set_analysis(analysis);
    let t = Instant::now();
    let mut app = App::from_docs(vec![doc], WIDTH, HEIGHT);
    // A text this long is wrapped on the layout worker: wait for the whole of it.
    app.wait_for_jobs();
    let layout_time = t.elapsed();
    let mut terminal = test_terminal();
    draw(&mut terminal, &app);
    let keys = [
        KeyCode::Char('j'),
        KeyCode::Tab,
        KeyCode::Char('n'),
        KeyCode::Char('n'),
        KeyCode::Char(' '),
        KeyCode::Char('k'),
        KeyCode::BackTab,
        KeyCode::Char('N'),
        KeyCode::Char('G'),
        KeyCode::Char('b'),
        KeyCode::Char('g'),
        KeyCode::Char('t'),
        KeyCode::Char('f'),
        KeyCode::PageDown,
    ];
    let mut all = Vec::with_capacity(keystrokes);
    let mut by_key: Vec<Vec<Duration>> = vec![Vec::new(); keys.len()];
    for i in 0..keystrokes {
        let key = keys[i % keys.len()];
        let t = Instant::now();
        app.handle_key(KeyEvent::from(key));
        draw(&mut terminal, &app);
        let took = t.elapsed();
        all.push(took);
        if let Some(v) = by_key.get_mut(i % keys.len()) {
            v.push(took);
        }
    }
    let s = stats(all);
    out.push_str(&format!(
        "(b) {:.2} MB article ({} lines at width {}), one keystroke + redraw, {keystrokes} keys (j Tab n n space k S-Tab N G b g t f PgDn): mean {}, p50 {}, p95 {}, p99 {}, max {}\n",
        bytes as f64 / 1e6, app.layout.lines.len(), app.layout.width, ms(s.mean), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)
    ));
    out.push_str("    per key (mean / p99):");
    for (key, samples) in keys.iter().zip(by_key) {
        let s = stats(samples);
        out.push_str(&format!(" {key} {}/{};", ms(s.mean), ms(s.p99)));
    }
    out.push('\n');
    out.push_str(&bench_search(&mut app, &mut terminal, SEARCH_QUERY, 20));
    let t = Instant::now();
    app.update(super::action::Action::Resize(100, 40));
    let reflow = t.elapsed();
    app.wait_for_jobs();
    let whole = t.elapsed();
    out.push_str(&format!(
        "    (not per keystroke) analysis of the 1 MB article {}; App build incl. wrap (on the layout worker) {}; one resize: the lines around the top at once {}, the whole wrapped {}\n",
        ms(analyse_time), ms(layout_time), ms(reflow), ms(whole)
    ));
    out
}

/// The query `bench-ui` searches the 1 MB article for, in another case than the text's.
const SEARCH_QUERY: &str = "KYIV";

/// `/query` Enter on the open article, `runs` times: search + first match shown + redraw.
fn bench_search(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    query: &str,
    runs: usize,
) -> String {
    let mut times = Vec::with_capacity(runs);
    let mut typed = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        app.handle_key(KeyEvent::from(KeyCode::Esc));
        app.handle_key(KeyEvent::from(KeyCode::Char('/')));
        for c in query.chars() {
            // Found as you type: each key searches the text and redraws.
            let t = Instant::now();
            app.handle_key(KeyEvent::from(KeyCode::Char(c)));
            draw(terminal, app);
            typed.push(t.elapsed());
        }
        let t = Instant::now();
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        draw(terminal, app);
        times.push(t.elapsed());
    }
    let found = app.search.matches.len();
    app.handle_key(KeyEvent::from(KeyCode::Esc));
    let s = stats(times);
    let k = stats(typed);
    let mut out = format!(
        "(c) /{query} Enter on the same article ({found} matches, case ignored) + redraw, {runs} runs: mean {}, p50 {}, max {}; each key typed (found as you type) + redraw: p50 {}, max {}\n",
        ms(s.mean), ms(s.p50), ms(s.max), ms(k.p50), ms(k.max)
    );
    // The worst case for case folding: no ASCII at all, every char folded through the tables.
    let greek = GREEK.repeat((1 << 20) / GREEK.len() + 1);
    let mut times = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        found = super::app::find_all(&greek, GREEK_QUERY).len();
        times.push(t.elapsed());
    }
    let s = stats(times);
    out.push_str(&format!(
        "    the search alone on {:.2} MB of Greek capitals and small letters, /{GREEK_QUERY} ({found} matches): mean {}, p50 {}, max {}\n",
        greek.len() as f64 / 1e6, ms(s.mean), ms(s.p50), ms(s.max)
    ));
    out
}

/// A sentence without ASCII letters, and a query for it in the other case.
const GREEK: &str =
    "ΟΙ ΣΥΝΟΜΙΛΙΕΣ ΣΤΗΝ ΑΘΗΝΑ συνεχίστηκαν τη Δευτέρα· η αντιπροσωπεία έφυγε για τη Θεσσαλονίκη. ";
const GREEK_QUERY: &str = "αθηνα";
