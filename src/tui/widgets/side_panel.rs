//! The side panel: the Facts / Timeline / Summary tabs on its top border and the visible part of
//! the current tab's pre-built rows, scrolled to keep the cursor (or the selected entity) in view.

use crate::tui::action::Tab;
use crate::tui::app::{App, Focus};
use crate::tui::panel_rows::Target;
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if app.screen.panel_floats {
        Clear.render(area, buf);
    }
    let focused = app.focus == Focus::Panel && app.popup.is_none();
    let mut title = Vec::new();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        if i > 0 {
            title.push(Span::raw("│"));
        }
        let style = if *tab == app.tab {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            theme::dim()
        };
        title.push(Span::styled(format!(" {} ", tab.title()), style));
    }
    let hint = if focused { " j/k move · Enter jump · Esc back " } else { " p: focus " };
    let mut block =
        Block::bordered().title(Line::from(title)).title_bottom(Line::from(hint).right_aligned());
    if focused {
        block = block.border_style(theme::focused_border());
    }
    block.render(area, buf);
    let Some(inner) = app.screen.panel_inner() else { return };
    let items = &app.panel().items;
    let PanelView { starts, offset, anchor } = view(app, focused, inner.height);
    let height = usize::from(inner.height);
    let mut row = 0usize;
    for (i, item) in items.iter().enumerate() {
        for (k, line) in item.lines.iter().enumerate() {
            let abs = starts.get(i).copied().unwrap_or(0) + k;
            if abs < offset {
                continue;
            }
            if row >= height {
                return;
            }
            let y = inner.y + row as u16;
            let is_anchor = anchor == Some(i);
            if is_anchor && focused {
                put_style(buf, Rect::new(inner.x, y, inner.width, 1), theme::cursor());
            }
            put_line(buf, inner.x, y, line, inner.width);
            if is_anchor && k == 0 {
                put_str(buf, inner.x.saturating_sub(1), y, "›", 1, theme::heading());
            }
            row += 1;
        }
    }
}

/// Which part of the tab's rows is on screen.
pub struct PanelView {
    /// First line of each item.
    pub starts: Vec<usize>,
    /// First line shown.
    pub offset: usize,
    /// The item kept in view: the cursor when the panel is focused, else the selected entity.
    pub anchor: Option<usize>,
}

/// The panel's scroll position, a pure function of the state (shared with mouse clicks).
pub fn view(app: &App, focused: bool, height: u16) -> PanelView {
    let items = &app.panel().items;
    let selected_entity =
        app.selected.and_then(|s| app.doc().and_then(|d| d.mentions.get(s))).map(|m| m.entity);
    let anchor = if focused {
        Some(app.panel_cursor)
    } else {
        items
            .iter()
            .position(|it| it.target.is_some() && it.target == selected_entity.map(Target::Entity))
    };
    let starts: Vec<usize> = items
        .iter()
        .scan(0, |acc, it| {
            let s = *acc;
            *acc += it.lines.len();
            Some(s)
        })
        .collect();
    let total = starts.last().zip(items.last()).map_or(0, |(s, it)| s + it.lines.len());
    let height = usize::from(height);
    // Scroll only when the anchor item would not be visible from the top.
    let offset = anchor
        .and_then(|a| Some((*starts.get(a)?, items.get(a)?.lines.len())))
        .map_or(0, |(s, len)| if s + len <= height { 0 } else { s.saturating_sub(height / 3) })
        .min(total.saturating_sub(height));
    PanelView { starts, offset, anchor }
}

/// The item drawn at `row` of the panel's inner area, if any.
pub fn item_at_row(app: &App, row: u16) -> Option<usize> {
    let inner = app.screen.panel_inner()?;
    let focused = app.focus == Focus::Panel && app.popup.is_none();
    let v = view(app, focused, inner.height);
    let line = v.offset + usize::from(row);
    let i = v.starts.partition_point(|&s| s <= line).checked_sub(1)?;
    let item = app.panel().items.get(i)?;
    (line < v.starts.get(i)? + item.lines.len()).then_some(i)
}
