//! Drawing one frame from an `&App`. Rendering is pure: it reads the state and the caches that
//! `update` built, styles only the visible lines, and never changes the app.

use super::app::{App, Popup};
use super::screen::contains;
use super::widgets::status_bar;
use super::widgets::{article_list, article_view, entity_card, help, library_list, side_panel};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::Frame;
use std::borrow::Cow;

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let buf = frame.buffer_mut();
    let screen = &app.screen;
    status_bar::render_header(app, screen.header, buf);
    match (screen.list, &app.library) {
        (Some(list), Some(lib)) => library_list::render(app, lib, list, buf),
        (Some(list), None) => article_list::render(app, list, buf),
        (None, _) => {}
    }
    article_view::render(app, screen.article, buf);
    if let Some(panel) = screen.panel {
        side_panel::render(app, panel, buf);
    }
    status_bar::render_status(app, screen.status, buf);
    let area = buf.area;
    match &app.popup {
        Some(Popup::Help { scroll }) => help::render(*scroll, area, buf),
        Some(Popup::Card(card)) => entity_card::render(app, card, area, buf),
        None => {}
    }
}

/// `s` without control characters: article strings are cleaned on load, but nothing raw is
/// ever drawn.
pub fn printable(s: &str) -> Cow<'_, str> {
    if s.contains(char::is_control) {
        Cow::Owned(s.chars().filter(|c| !c.is_control()).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A `width` x `height` rectangle centred in `area`, clipped to it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// Cuts `s` to at most `width` columns, ending with `…` when it was longer.
pub fn fit(s: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let s = printable(s);
    if super::text_layout::display_width(&s) <= width {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = super::text_layout::display_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `Buffer::set_line`, skipped when (x, y) lies outside the buffer (tiny terminals).
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, width: u16) {
    if contains(buf.area, x, y) {
        buf.set_line(x, y, line, width);
    }
}

/// `Buffer::set_stringn`, skipped when (x, y) lies outside the buffer.
pub fn put_str(buf: &mut Buffer, x: u16, y: u16, s: &str, width: usize, style: Style) {
    if contains(buf.area, x, y) {
        buf.set_stringn(x, y, s, width, style);
    }
}

/// `Buffer::set_style` on the part of `area` inside the buffer.
pub fn put_style(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    if !area.is_empty() {
        buf.set_style(area, style);
    }
}
