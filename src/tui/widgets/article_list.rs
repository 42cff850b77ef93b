//! The article list (toggled with `l`): every open item, the current one marked, failed files in
//! red with their reason wrapped below the name. [`rows`] is shared with mouse hit-testing.

use crate::article::LoadError;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::render::fit;
use crate::tui::render::put_str;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Widget};

/// Lines of a failed file's reason shown at most.
const REASON_LINES: usize = 3;

/// The list's inner area for the list rectangle `area`.
pub fn inner(area: Rect) -> Rect {
    Rect::new(area.x + 1, area.y + 1, area.width.saturating_sub(2), area.height.saturating_sub(2))
}

/// The list's lines at `width` columns: `(item index, text, style)`.
pub fn rows(app: &App, width: usize) -> Vec<(usize, String, Style)> {
    let mut out = Vec::new();
    for (i, doc) in app.docs.iter().enumerate() {
        match doc {
            Doc::Loaded { article, .. } if Some(i) == app.current => {
                let style = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
                out.push((i, fit(&format!("▶ {}", article.title), width), style));
            }
            Doc::Loaded { article, .. } => {
                out.push((i, fit(&format!("  {}", article.title), width), Style::new()))
            }
            Doc::Failed(e) => {
                let (name, reason) = describe(e);
                out.push((i, fit(&format!("✗ {name}"), width), theme::error()));
                let opts = textwrap::Options::new(width.saturating_sub(2).max(4));
                for line in textwrap::wrap(&reason, opts).iter().take(REASON_LINES) {
                    out.push((i, fit(&format!("  {line}"), width), theme::dim()));
                }
            }
        }
    }
    out
}

/// The file name and the reason of a load failure.
fn describe(e: &LoadError) -> (String, String) {
    let path = e.path().display().to_string();
    let name = e.path().file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
    let full = e.to_string();
    let reason =
        full.strip_prefix(&path).unwrap_or(&full).trim_start_matches(':').trim().to_string();
    (name, reason)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let loaded = app.docs.iter().filter(|d| d.article().is_some()).count();
    Block::bordered().title(format!(" Articles {loaded}/{} ", app.docs.len())).render(area, buf);
    let inner = inner(area);
    let width = usize::from(inner.width);
    for (row, (_, text, style)) in
        rows(app, width).iter().enumerate().take(usize::from(inner.height))
    {
        put_str(buf, inner.x, inner.y + row as u16, text, width, *style);
    }
}
