//! The `?` help overlay, generated from the keymap table so it always matches the keys.

use crate::tui::keymap::{self, Scope};
use crate::tui::render::centered;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// The overlay's lines: a heading per scope, then one line per binding.
pub fn lines() -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut last: Option<Scope> = None;
    for (scope, keys, help) in keymap::help_rows() {
        if last != Some(scope) {
            if last.is_some() {
                out.push(Line::raw(""));
            }
            out.push(Line::styled(scope.title(), theme::heading()));
            last = Some(scope);
        }
        out.push(Line::from(vec![
            Span::styled(
                format!("  {keys:<11}"),
                theme::mention(crate::analysis::EntityKind::Person),
            ),
            Span::raw(help),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::styled("Mouse: wheel scrolls, a click on a name selects it.", theme::dim()));
    out
}

pub fn render(scroll: usize, area: Rect, buf: &mut Buffer) {
    let all = lines();
    let rect = centered(area, 64, area.height.saturating_sub(2));
    Clear.render(rect, buf);
    let inner_h = usize::from(rect.height.saturating_sub(2));
    let max_scroll = all.len().saturating_sub(inner_h);
    let scroll = scroll.min(max_scroll);
    let more = if max_scroll > 0 { " j/k scroll · " } else { " " };
    Block::bordered()
        .title(" Keys ")
        .title_bottom(Line::from(format!("{more}? or Esc closes ")).right_aligned())
        .border_style(theme::focused_border())
        .render(rect, buf);
    let (x, w) = (rect.x + 2, rect.width.saturating_sub(4));
    for (row, line) in all.iter().skip(scroll).take(inner_h).enumerate() {
        buf.set_line(x, rect.y + 1 + row as u16, line, w);
    }
}
