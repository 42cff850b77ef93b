//! The `?` help overlay, generated from the keymap table so it always matches the keys. Two
//! columns when the terminal is wide enough, else one column that j/k scroll.

use crate::tui::keymap::{self, Scope, HELP_ORDER};
use crate::tui::render::centered;
use crate::tui::render::put_line;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// Width of one help column.
const COLUMN: u16 = 56;

/// The lines for `scopes`: a heading per scope, then one line per binding.
pub fn lines(scopes: &[Scope]) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut last: Option<Scope> = None;
    for (scope, keys, help) in keymap::help_rows(scopes) {
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
    out
}

fn mouse_note() -> [Line<'static>; 2] {
    [
        Line::raw(""),
        Line::styled("Mouse: the wheel scrolls; a click on a name selects it.", theme::dim()),
    ]
}

pub fn render(scroll: usize, area: Rect, buf: &mut Buffer) {
    let two_columns = area.width >= 2 * COLUMN + 6;
    let columns: Vec<Vec<Line>> = if two_columns {
        let (global, rest) = HELP_ORDER.split_last().unwrap_or((&Scope::Global, &[]));
        let mut right = lines(&[*global]);
        right.extend(mouse_note());
        vec![lines(rest), right]
    } else {
        let mut all = lines(&HELP_ORDER);
        all.extend(mouse_note());
        vec![all]
    };
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let width = COLUMN * columns.len() as u16 + 4;
    let rect = centered(area, width, (tallest as u16 + 2).min(area.height.saturating_sub(2)));
    Clear.render(rect, buf);
    let inner_h = usize::from(rect.height.saturating_sub(2));
    let max_scroll = tallest.saturating_sub(inner_h);
    let scroll = scroll.min(max_scroll);
    let more = if max_scroll > 0 { " j/k scroll · " } else { " " };
    Block::bordered()
        .title(" Keys ")
        .title_bottom(Line::from(format!("{more}? or Esc closes ")).right_aligned())
        .border_style(theme::focused_border())
        .render(rect, buf);
    for (c, column) in columns.iter().enumerate() {
        let x = rect.x + 2 + COLUMN * c as u16;
        let w = (COLUMN - 2).min(rect.width.saturating_sub(4));
        for (row, line) in column.iter().skip(scroll).take(inner_h).enumerate() {
            put_line(buf, x, rect.y + 1 + row as u16, line, w);
        }
    }
}
