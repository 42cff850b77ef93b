//! The file list (toggled with `l` on files): its border with the loaded / total count and the
//! lines [`crate::tui::list_rows::file_rows`] built.

use crate::tui::render::put_str;
use crate::tui::screen::list_inner;
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
}

pub(crate) fn render(view: &FileList, area: Rect, buf: &mut Buffer) {
    let title = format!(" Articles {}/{} ", view.loaded, view.total);
    Block::bordered().title(title).render(area, buf);
    let inner = list_inner(area);
    let width = usize::from(inner.width);
    for (row, (_, text, style)) in view.rows.iter().enumerate().take(usize::from(inner.height)) {
        put_str(buf, inner.x, inner.y + row as u16, text, width, *style);
    }
}
