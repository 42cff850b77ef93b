//! The two one-line bars: the header (title, source, date, article i/n) and the status line
//! (the search or prompt being typed, or a message, the kind legend, the most useful keys).
//! The most needed hints ("? help", "q quit") are kept first when the line is short; the legend
//! gives way before them. Each legend entry is drawn in its kind's style, so without colour it
//! shows each kind's mark.

use crate::analysis::EntityKind;
use crate::tui::app::Message;
use crate::tui::render::{fit, printable};
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::text_layout::display_width;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

/// What the header draws: the title on the left, date, source and position on the right.
pub(crate) struct HeaderView<'a> {
    pub title: &'a str,
    pub right: String,
    pub theme: Theme,
}

pub(crate) fn render_header(view: &HeaderView, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    let right = fit(&view.right, usize::from(area.width) / 2);
    let right_w = display_width(&right);
    let left_w = usize::from(area.width).saturating_sub(right_w + 11);
    put_style(buf, area, Style::new().add_modifier(Modifier::REVERSED));
    let line = Line::from(vec![
        Span::styled(" newslens ", th.title_bar()),
        Span::raw(" "),
        Span::styled(fit(view.title, left_w), th.title_bar()),
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
    /// A prompt's question and the name typed (`None` for a yes / no question).
    pub prompt: Option<(&'a str, Option<&'a str>)>,
    pub message: Option<&'a Message>,
    /// Kinds whose highlighting is off (crossed out in the legend).
    pub hidden: [bool; 6],
    /// The key hints for where the focus is: (keys, what, priority).
    pub hints: Vec<(String, &'static str, u8)>,
    /// Matches so far of the search being typed.
    pub found: Option<usize>,
    pub theme: Theme,
}

pub(crate) fn render_status(view: &StatusView, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    let mut spans: Vec<Span> = Vec::new();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let cursor = Span::styled("█", Style::new().add_modifier(Modifier::SLOW_BLINK));
    if let Some((question, input)) = view.prompt {
        spans.push(Span::styled(format!(" {} ", printable(question)), bold));
        if let Some(input) = input {
            spans.push(Span::raw(printable(input).into_owned()));
            spans.push(cursor);
            spans.push(Span::styled("  Enter ok · Esc cancel", th.dim()));
        }
        put_line(buf, area.x, area.y, &Line::from(spans), area.width);
        return;
    }
    if let Some(input) = view.input {
        let input = printable(input);
        spans.push(Span::styled(format!(" /{input}"), bold));
        spans.push(cursor);
        let found = match view.found {
            Some(0) if !input.is_empty() => "  not found".to_string(),
            Some(n) if !input.is_empty() => format!("  {n} found"),
            _ => String::new(),
        };
        spans.push(Span::styled(format!("{found}  Enter keep · Esc cancel"), th.dim()));
        put_line(buf, area.x, area.y, &Line::from(spans), area.width);
        return;
    }
    // The hints that must stay ("? help", "q quit") are given their room first; a message is
    // cut (with an ellipsis) to what is left, never drawn under the hints.
    let must: usize = view.hints.iter().filter(|h| h.2 == 1).map(hint_width).sum();
    if let Some(msg) = view.message {
        let style =
            if msg.is_error { th.error() } else { Style::new().add_modifier(Modifier::BOLD) };
        let room = usize::from(area.width).saturating_sub(must + 4);
        spans.push(Span::raw(" "));
        spans.push(Span::styled(fit(&msg.text, room), style));
        spans.push(Span::raw("  "));
    }
    let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
    let mut legend_room = usize::from(area.width).saturating_sub(used + must + 3);
    for (i, kind) in EntityKind::TOGGLED.iter().enumerate() {
        let style = if view.hidden[i] {
            th.dim().add_modifier(Modifier::CROSSED_OUT)
        } else if th.color {
            Style::new().fg(th.kind_color(*kind))
        } else {
            th.mention(*kind)
        };
        let entry = if th.color {
            format!(" ■{}", legend_name(*kind))
        } else {
            format!(" {}", legend_name(*kind))
        };
        let w = display_width(&entry);
        if w > legend_room {
            break;
        }
        legend_room -= w;
        if th.color {
            spans.push(Span::styled(entry, style));
        } else {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(entry[1..].to_string(), style));
        }
    }
    let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
    let room = usize::from(area.width).saturating_sub(used + 3).max(must);
    let hints = hint_spans(&view.hints, room, th);
    let hints_w: usize = hints.iter().map(|s| display_width(&s.content)).sum();
    put_line(buf, area.x, area.y, &Line::from(spans), area.width);
    let x = area.x + area.width.saturating_sub(hints_w as u16 + 1);
    put_line(buf, x, area.y, &Line::from(hints), hints_w as u16);
}

/// Columns a hint takes with its separator.
fn hint_width((key, what, _): &(String, &'static str, u8)) -> usize {
    display_width(key) + what.len() + 4
}

/// The key hints that fit in `room` columns, chosen by priority, shown in table order.
fn hint_spans(table: &[(String, &'static str, u8)], room: usize, th: &Theme) -> Vec<Span<'static>> {
    let mut by_priority: Vec<usize> = (0..table.len()).collect();
    by_priority.sort_by_key(|&i| table[i].2);
    let mut chosen = vec![false; table.len()];
    let mut left = room;
    for i in by_priority {
        let w = hint_width(&table[i]);
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
        spans.push(Span::styled(format!(" {what}{sep}"), th.dim()));
    }
    spans
}
