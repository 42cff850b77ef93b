//! The article list (toggled with `l`): every open item, the current one marked, failed files in
//! red with their reason. Row `i` of the list is item `i`, which mouse clicks rely on.

use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::render::fit;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let loaded = app.docs.iter().filter(|d| d.article().is_some()).count();
    Block::bordered().title(format!(" Articles {loaded}/{} ", app.docs.len())).render(area, buf);
    let inner = Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let width = usize::from(inner.width);
    for (i, doc) in app.docs.iter().enumerate().take(usize::from(inner.height)) {
        let y = inner.y + i as u16;
        let (text, style) = match doc {
            Doc::Loaded { article, .. } if Some(i) == app.current => (
                format!("▶ {}", article.title),
                Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            ),
            Doc::Loaded { article, .. } => (format!("  {}", article.title), Style::new()),
            Doc::Failed(e) => (format!("✗ {e}"), theme::error()),
        };
        buf.set_stringn(inner.x, y, fit(&text, width), width, style);
    }
}
