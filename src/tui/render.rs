//! Drawing one frame from an `&App`. Rendering is pure: [`views`] reads the state and the
//! caches that `update` built into one small view per widget, the widgets draw those (styling
//! only the visible lines), and nothing changes the app. Also the drawing helpers the widgets
//! share: control characters stripped, text fitted to a width, writes clipped to the buffer.

mod views;

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
    status_bar::render_header(&views::header(app, screen.header.width), screen.header, buf);
    if let Some(list) = screen.list {
        match app.library() {
            Some(lib) => library_list::render(lib, views::list_focused(app), &app.theme, list, buf),
            None => article_list::render(&views::file_list(app, list), list, buf),
        }
    }
    article_view::render(&views::article(app), screen.article, buf);
    if let Some(panel) = screen.panel {
        side_panel::render(&views::side_panel(app), panel, buf);
    }
    status_bar::render_status(&views::status(app), screen.status, buf);
    let area = buf.area;
    match &app.popup {
        Some(Popup::Help { scroll }) => help::render(*scroll, &app.keymap, &app.theme, area, buf),
        Some(Popup::Card(card)) => {
            if let Some(view) = views::card(app, card) {
                entity_card::render(&view, area, buf);
            }
        }
        None => {}
    }
}

/// `s` without control characters: article strings are cleaned on load, but nothing raw is
/// ever drawn.
pub(crate) fn printable(s: &str) -> Cow<'_, str> {
    if s.contains(char::is_control) {
        Cow::Owned(s.chars().filter(|c| !c.is_control()).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Cuts `s` to at most `width` columns, ending with `…` when it was longer.
pub(crate) fn fit(s: &str, width: usize) -> String {
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
pub(crate) fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, width: u16) {
    if contains(buf.area, x, y) {
        buf.set_line(x, y, line, width);
    }
}

/// `Buffer::set_stringn`, skipped when (x, y) lies outside the buffer.
pub(crate) fn put_str(buf: &mut Buffer, x: u16, y: u16, s: &str, width: usize, style: Style) {
    if contains(buf.area, x, y) {
        buf.set_stringn(x, y, s, width, style);
    }
}

/// `Buffer::set_style` on the part of `area` inside the buffer.
pub(crate) fn put_style(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    if !area.is_empty() {
        buf.set_style(area, style);
    }
}
