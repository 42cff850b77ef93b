//! The main screen at 80x24, 120x40 and 200x60 in the dark and light themes and without colour
//! (`NO_COLOR`): each snapshot is the screen's text and, under it, every style drawn with how
//! many cells use it and the first words drawn in it, so a theme's change shows in the diff.
//! Without colour, no cell has a colour and names, the selection and search matches still show
//! by their marks.

use super::habits::screen;
use super::keys::{keys, press, sample_app};
use crate::tui::app::App;
use crate::tui::render::render;
use crate::tui::theme::Theme;
use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ratatui::Terminal;
use std::collections::BTreeMap;

fn buffer(app: &App) -> Buffer {
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| render(app, f));
    terminal.backend().buffer().clone()
}

fn style_name(s: Style) -> String {
    let color = |c: Option<Color>| c.filter(|c| *c != Color::Reset).map(|c| format!("{c:?}"));
    let mut parts = Vec::new();
    if let Some(fg) = color(s.fg) {
        parts.push(format!("fg {fg}"));
    }
    if let Some(bg) = color(s.bg) {
        parts.push(format!("bg {bg}"));
    }
    if !s.add_modifier.is_empty() {
        parts.push(format!("{:?}", s.add_modifier));
    }
    parts.join(", ")
}

/// Every style on screen but the plain one: cells, and the first run of text drawn in it.
fn styles(buf: &Buffer) -> String {
    let mut seen: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let area = buf.area;
    for y in 0..area.height {
        let mut run = String::new();
        let mut run_style = String::new();
        for x in 0..=area.width {
            let cell = (x < area.width).then(|| &buf[(x, y)]);
            let name = cell.map(|c| style_name(c.style())).unwrap_or_default();
            if name != run_style || cell.is_none() {
                if !run_style.is_empty() {
                    let entry = seen.entry(run_style.clone()).or_insert((0, String::new()));
                    entry.0 += run.chars().count();
                    if entry.1.trim().is_empty() {
                        entry.1 = run.trim().chars().take(24).collect();
                    }
                }
                run.clear();
                run_style = name;
            }
            if let Some(cell) = cell {
                run.push_str(cell.symbol());
            }
        }
    }
    seen.iter().map(|(style, (n, text))| format!("{style}: {n} cells, first {text:?}\n")).collect()
}

/// The sample with an entity selected and a search under way.
fn main_screen(w: u16, h: u16, theme: Theme) -> App {
    let mut app = sample_app(w, h);
    app.theme = theme;
    app.rebuild_panels();
    app.relayout();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('/'));
    keys(&mut app, "the");
    press(&mut app, KeyCode::Enter);
    app
}

#[test]
fn main_screen_in_every_theme_at_three_sizes() {
    let themes = [
        ("dark", Theme::dark()),
        ("light", Theme::light()),
        ("no_color", Theme::dark().without_color()),
    ];
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        for (name, theme) in themes {
            let app = main_screen(w, h, theme);
            let buf = buffer(&app);
            let text = format!("{}\n--- styles ---\n{}", screen(&app), styles(&buf));
            super::snapshot!(format!("ui_themes__{name}_{w}x{h}"), text);
        }
    }
}

#[test]
fn without_colour_nothing_is_coloured_and_every_mark_still_shows() {
    let app = main_screen(120, 40, Theme::light().without_color());
    let buf = buffer(&app);
    for cell in buf.content() {
        let s = cell.style();
        let plain = |c: Option<Color>| c.is_none_or(|c| c == Color::Reset);
        assert!(plain(s.fg) && plain(s.bg), "{:?} at {:?}", s, cell.symbol());
    }
    let summary = styles(&buf);
    for marked in ["REVERSED", "BOLD | UNDERLINED", "ITALIC"] {
        assert!(summary.contains(marked), "{marked} in\n{summary}");
    }
    let status = screen(&app);
    let last = status.lines().last().unwrap_or_default();
    assert!(last.contains("person") && last.contains("place"), "the legend: {last}");
    let mods: Vec<Modifier> = buf.content().iter().map(|c| c.style().add_modifier).collect();
    assert!(mods.contains(&(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED)));
}
