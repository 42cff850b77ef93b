//! The two one-line bars: the header (title, source, date, article i/n) and the status line
//! (the search being typed or a message, the kind-colour legend, the most useful keys).

use crate::analysis::EntityKind;
use crate::tui::app::Message;
use crate::tui::render::{fit, printable};
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::text_layout::display_width;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

/// What the header draws: the title on the left, date, source and position on the right.
pub(crate) struct HeaderView<'a> {
    pub title: &'a str,
    pub right: String,
}

pub(crate) fn render_header(view: &HeaderView, area: Rect, buf: &mut Buffer) {
    let right = fit(&view.right, usize::from(area.width) / 2);
    let right_w = display_width(&right);
    let left_w = usize::from(area.width).saturating_sub(right_w + 11);
    put_style(buf, area, Style::new().add_modifier(Modifier::REVERSED));
    let line = Line::from(vec![
        Span::styled(" newslens ", theme::title_bar()),
        Span::raw(" "),
        Span::styled(fit(view.title, left_w), theme::title_bar()),
    ]);
    put_line(buf, area.x, area.y, &line, area.width);
    let x = area.x + area.width.saturating_sub(right_w as u16);
    put_str(buf, x, area.y, &right, right_w, Style::new().add_modifier(Modifier::REVERSED));
}

/// Short legend names, in toggle-key order.
fn legend_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Organization => "org",
        EntityKind::Quantity => "number",
        k => k.label(),
    }
}

/// What the status line draws.
pub(crate) struct StatusView<'a> {
    /// The search being typed, if any (shown instead of everything else).
    pub input: Option<&'a str>,
    pub message: Option<&'a Message>,
    /// Kinds whose highlighting is off (crossed out in the legend).
    pub hidden: [bool; 6],
    /// The key hints for where the focus is.
    pub hints: &'static [(&'static str, &'static str, u8)],
}

pub(crate) fn render_status(view: &StatusView, area: Rect, buf: &mut Buffer) {
    let mut spans: Vec<Span> = Vec::new();
    if let Some(input) = view.input {
        let input = printable(input);
        spans.push(Span::styled(format!(" /{input}"), Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::styled("█", Style::new().add_modifier(Modifier::SLOW_BLINK)));
        spans.push(Span::styled("  Enter search · Esc cancel", theme::dim()));
        put_line(buf, area.x, area.y, &Line::from(spans), area.width);
        return;
    }
    if let Some(msg) = view.message {
        let style =
            if msg.is_error { theme::error() } else { Style::new().add_modifier(Modifier::BOLD) };
        spans.push(Span::styled(format!(" {} ", printable(&msg.text)), style));
        spans.push(Span::raw(" "));
    }
    for (i, kind) in EntityKind::TOGGLED.iter().enumerate() {
        let style = if view.hidden[i] {
            theme::dim().add_modifier(Modifier::CROSSED_OUT)
        } else {
            Style::new().fg(theme::kind_color(*kind))
        };
        spans.push(Span::styled(format!(" ■{}", legend_name(*kind)), style));
    }
    let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
    let room = usize::from(area.width).saturating_sub(used + 3);
    let hints = hint_spans(view.hints, room);
    let hints_w: usize = hints.iter().map(|s| display_width(&s.content)).sum();
    put_line(buf, area.x, area.y, &Line::from(spans), area.width);
    let x = area.x + area.width.saturating_sub(hints_w as u16 + 1);
    put_line(buf, x, area.y, &Line::from(hints), hints_w as u16);
}

/// The key hints that fit in `room` columns, chosen by priority, shown in table order.
fn hint_spans(table: &[(&'static str, &'static str, u8)], room: usize) -> Vec<Span<'static>> {
    let width = |(key, what, _): &(&str, &str, u8)| key.len() + what.len() + 4;
    let mut by_priority: Vec<usize> = (0..table.len()).collect();
    by_priority.sort_by_key(|&i| table[i].2);
    let mut chosen = vec![false; table.len()];
    let mut left = room;
    for i in by_priority {
        let w = width(&table[i]);
        if w <= left {
            left -= w;
            chosen[i] = true;
        }
    }
    let mut spans = Vec::new();
    for (i, (key, what, _)) in table.iter().enumerate().filter(|(i, _)| chosen[*i]) {
        let sep = if table.iter().skip(i + 1).zip(&chosen[i + 1..]).any(|(_, c)| *c) {
            " · "
        } else {
            ""
        };
        spans.push(Span::styled(key.to_string(), Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::styled(format!(" {what}{sep}"), theme::dim()));
    }
    spans
}
