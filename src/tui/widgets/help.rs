//! The `?` help overlay, generated from the keymap table so it always matches the keys. Laid
//! out by `help_layout` in up to three columns; when even the compact layout is taller than the
//! terminal, j/k and PgDn/PgUp scroll it and the border says "more ↓" / "↑ more".

use crate::tui::help_layout::{HelpLayout, GAP};
use crate::tui::keymap::Keymap;
use crate::tui::render::put_line;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

pub(crate) fn render(scroll: usize, keymap: &Keymap, th: &Theme, area: Rect, buf: &mut Buffer) {
    let help = HelpLayout::compute(area, keymap, th);
    let rect = help.rect;
    Clear.render(rect, buf);
    let max_scroll = help.max_scroll();
    let scroll = scroll.min(max_scroll);
    let mut block = Block::bordered().title(" Keys ").border_style(th.focused_border());
    if scroll > 0 {
        block = block.title(Line::styled(" ↑ more ", th.heading()).right_aligned());
    }
    if scroll < max_scroll {
        block = block
            .title_bottom(Line::styled(" more ↓ ", th.heading()))
            .title_bottom(Line::from(" j/k PgDn scroll · ? Esc close ").right_aligned());
    } else {
        block = block.title_bottom(Line::from(" ? or Esc closes ").right_aligned());
    }
    block.render(rect, buf);
    let width = help.column_width.min(rect.width.saturating_sub(4));
    for (c, column) in help.columns.iter().enumerate() {
        let x = rect.x + 2 + (help.column_width + GAP) * c as u16;
        for (row, line) in column.iter().skip(scroll).take(help.visible).enumerate() {
            put_line(buf, x, rect.y + 1 + row as u16, line, width);
        }
    }
}
