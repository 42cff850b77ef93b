//! Every screen drawn at terminal sizes from 1x1 to 500x200 without a panic, each frame filling
//! exactly the terminal; and a few hundred random keys and resizes in any order, on files and
//! on the library, with the state's invariants checked after each.

use super::keys::press;
use super::library_app::{build_library, library_app};
use crate::article::{self, LoadError};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::render::render;
use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Widths and heights tried: every small size, the layout's thresholds, up to 500 x 200.
const WIDTHS: &[u16] = &[
    1, 2, 3, 4, 5, 6, 7, 9, 12, 16, 20, 29, 30, 31, 45, 46, 47, 60, 75, 76, 77, 80, 99, 100, 107,
    108, 109, 120, 160, 250, 333, 499, 500,
];
const HEIGHTS: &[u16] = &[1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 23, 24, 25, 40, 64, 100, 150, 199, 200];

/// Draws `app` at its size; the frame must be the terminal's size.
fn draw(app: &App) {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(frame) = terminal.draw(|f| render(app, f));
    assert_eq!((frame.area.width, frame.area.height), (w, h));
}

/// The reader with the sample, a second article and a failed file.
fn files_app() -> App {
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(crate::tui::bench::big_article(3_000)));
    items.push(Err(LoadError::invalid("/tmp/x/broken.json", "malformed JSON at line 3")));
    App::new(items, 120, 40)
}

/// The screens: each a list of keys from the opening screen.
const SCREENS: &[&[KeyCode]] = &[
    &[],
    &[KeyCode::Tab, KeyCode::Enter],
    &[KeyCode::Char('?')],
    &[KeyCode::Char('p'), KeyCode::Char('t')],
    &[KeyCode::Char('l'), KeyCode::Char('s')],
    &[KeyCode::Char('/'), KeyCode::Char('k')],
];

#[test]
fn every_screen_draws_at_every_size_from_1x1_to_500x200() {
    for keys in SCREENS {
        let mut app = files_app();
        for key in *keys {
            press(&mut app, *key);
        }
        for &w in WIDTHS {
            for &h in HEIGHTS {
                app.update(Action::Resize(w, h));
                draw(&app);
            }
        }
    }
}

#[test]
fn library_screens_draw_at_every_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = build_library(dir.path());
    for keys in [&[][..], &[KeyCode::Enter, KeyCode::Tab, KeyCode::Enter], &[KeyCode::Char('l')]] {
        let mut app = library_app(&path, 120, 40);
        for key in keys {
            press(&mut app, *key);
        }
        for &w in WIDTHS.iter().step_by(2) {
            for &h in HEIGHTS.iter().step_by(2) {
                app.update(Action::Resize(w, h));
                draw(&app);
            }
        }
    }
}

/// A small deterministic generator (the same sequence on every run).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

const KEYS: &[KeyCode] = &[
    KeyCode::Char('j'),
    KeyCode::Char(' '),
    KeyCode::Char('G'),
    KeyCode::Tab,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Char('p'),
    KeyCode::Char('l'),
    KeyCode::Char('?'),
    KeyCode::Char(']'),
    KeyCode::Char('['),
    KeyCode::Char('t'),
    KeyCode::Char('n'),
    KeyCode::PageUp,
    KeyCode::Char('z'),
];

/// `steps` random keys and resizes, drawing after each and checking the scroll and the areas.
fn shake(app: &mut App, rng: &mut Lcg, steps: usize) {
    for _ in 0..steps {
        if rng.below(3) == 0 {
            let (w, h) = (1 + rng.below(500) as u16, 1 + rng.below(200) as u16);
            app.update(Action::Resize(w, h));
        } else {
            press(app, KEYS[rng.below(KEYS.len() as u64) as usize]);
        }
        draw(app);
        assert!(app.scroll <= app.max_scroll(), "scroll within the text");
        let (w, h) = app.size;
        let full = ratatui::layout::Rect::new(0, 0, w, h);
        let s = &app.screen;
        for r in [s.header, s.article, s.status].into_iter().chain(s.list).chain(s.panel) {
            assert!(r.area() == 0 || r.intersection(full) == r, "{r:?} outside {w}x{h}");
        }
    }
}

#[test]
fn random_keys_and_resizes_in_any_order_never_break_the_reader() {
    let mut rng = Lcg(12_345);
    let mut app = files_app();
    shake(&mut app, &mut rng, 400);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(&build_library(dir.path()), 80, 24);
    shake(&mut app, &mut rng, 200);
}
