//! The side panel: the Facts / Timeline / Summary tabs on its top border and the visible part of
//! the current tab's pre-built rows, scrolled to keep the cursor (or the selected entity) in view.

use crate::tui::action::Tab;
use crate::tui::panel_rows::PanelRows;
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::screen::PanelWindow;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// What the side panel draws.
pub(crate) struct SidePanelView<'a> {
    pub rows: &'a PanelRows,
    pub tab: Tab,
    /// The panel has the keyboard (its cursor row is highlighted).
    pub focused: bool,
    /// Drawn over the text (a narrow terminal): cleared first.
    pub floats: bool,
    /// The area inside the border.
    pub inner: Option<Rect>,
    /// Which rows are on screen.
    pub window: PanelWindow,
    /// "analysing… 40%" while the rows wait for the analysis.
    pub progress: Option<String>,
    pub theme: Theme,
}

/// Lines of the current tab above and below what the panel shows.
fn hidden_lines(view: &SidePanelView) -> (usize, usize) {
    let Some(inner) = view.inner else { return (0, 0) };
    if view.progress.is_some() {
        return (0, 0);
    }
    let total: usize = view.rows.items.iter().map(|it| it.lines.len()).sum();
    let offset = view.window.offset;
    (offset, total.saturating_sub(offset + usize::from(inner.height)))
}

pub(crate) fn render(view: &SidePanelView, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    if view.floats {
        Clear.render(area, buf);
    }
    let focused = view.focused;
    let mut title = Vec::new();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        if i > 0 {
            title.push(Span::raw("│"));
        }
        let style = if *tab == view.tab {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            th.dim()
        };
        title.push(Span::styled(format!(" {} ", tab.title()), style));
    }
    let (above, below) = hidden_lines(view);
    let more = match (above, below) {
        (_, 0) if above > 0 => " ↑ more above ".to_string(),
        (_, 0) => String::new(),
        (0, n) => format!(" ↓ {n} more "),
        (_, n) => format!(" ↑↓ {n} more "),
    };
    let hints: &[&str] = if focused {
        &[" j/k g/G PgDn · Enter jump · Esc ", " j/k · Enter · Esc ", ""]
    } else {
        &[" p: focus ", ""]
    };
    let room = usize::from(area.width.saturating_sub(2)).saturating_sub(more.chars().count());
    let hint = hints.iter().find(|h| h.chars().count() <= room).copied().unwrap_or("");
    let mut block = Block::bordered()
        .title(Line::from(title))
        .title_bottom(Line::styled(more, th.heading()))
        .title_bottom(Line::from(hint).right_aligned());
    if focused {
        block = block.border_style(th.focused_border());
    }
    block.render(area, buf);
    let Some(inner) = view.inner else { return };
    if let Some(progress) = &view.progress {
        put_str(buf, inner.x, inner.y, progress, usize::from(inner.width), th.dim());
        return;
    }
    let PanelWindow { starts, offset, anchor } = &view.window;
    let height = usize::from(inner.height);
    let mut row = 0usize;
    for (i, item) in view.rows.items.iter().enumerate() {
        for (k, line) in item.lines.iter().enumerate() {
            let abs = starts.get(i).copied().unwrap_or(0) + k;
            if abs < *offset {
                continue;
            }
            if row >= height {
                return;
            }
            let y = inner.y + row as u16;
            let is_anchor = *anchor == Some(i);
            if is_anchor && focused {
                put_style(buf, Rect::new(inner.x, y, inner.width, 1), th.cursor());
            }
            put_line(buf, inner.x, y, line, inner.width);
            if is_anchor && k == 0 {
                put_str(buf, inner.x.saturating_sub(1), y, "›", 1, th.heading());
            }
            row += 1;
        }
    }
}
