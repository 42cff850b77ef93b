//! The file list (`l` on files): its border with the loaded / total count and the lines
//! [`crate::tui::list_rows::file_rows`] built, scrolled to keep the cursor in view, the
//! cursor's item highlighted while the list has the keyboard.

use crate::tui::list_rows::first_visible;
use crate::tui::render::put_str;
use crate::tui::screen::list_inner;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

/// What the file list draws.
pub(crate) struct FileList {
    /// Articles loaded, of `total` items.
    pub loaded: usize,
    pub total: usize,
    /// The lines at the list's inner width.
    pub rows: Vec<(usize, String, Style)>,
    /// The item under the cursor, and whether the list has the keyboard.
    pub cursor: usize,
    pub focused: bool,
    pub theme: Theme,
}

pub(crate) fn render(view: &FileList, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    let title = format!(" Articles {}/{} ", view.loaded, view.total);
    let border = if view.focused { th.focused_border() } else { Style::new() };
    Block::bordered().title(title).border_style(border).render(area, buf);
    let inner = list_inner(area);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    let first = first_visible(&view.rows, view.cursor, height);
    for (row, (item, text, style)) in view.rows.iter().skip(first).take(height).enumerate() {
        let style = if view.focused && *item == view.cursor { th.cursor() } else { *style };
        let padded = format!("{text:<width$}");
        put_str(buf, inner.x, inner.y + row as u16, &padded, width, style);
    }
}
