//! The file list's lines (toggled with `l` on files): every open item, the current one marked,
//! failed files with their reason wrapped below the name. Built from the docs alone, so the
//! list's widget and mouse hit-testing read the same lines.

use crate::article::LoadError;
use crate::tui::doc::Doc;
use crate::tui::render::fit;
use crate::tui::theme::Theme;
use ratatui::style::{Modifier, Style};

/// Lines of a failed file's reason shown at most.
const REASON_LINES: usize = 3;

/// The list's lines at `width` columns: `(item index, text, style)`.
pub(crate) fn file_rows(
    docs: &[Doc],
    current: Option<usize>,
    width: usize,
    th: &Theme,
) -> Vec<(usize, String, Style)> {
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        match doc {
            Doc::Loaded { article, .. } if Some(i) == current => {
                let style = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
                out.push((i, fit(&format!("▶ {}", article.title), width), style));
            }
            Doc::Loaded { article, .. } => {
                out.push((i, fit(&format!("  {}", article.title), width), Style::new()))
            }
            Doc::Failed(e) => {
                let (name, reason) = describe(e);
                out.push((i, fit(&format!("✗ {name}"), width), th.error()));
                let opts = textwrap::Options::new(width.saturating_sub(2).max(4));
                for line in textwrap::wrap(&reason, opts).iter().take(REASON_LINES) {
                    out.push((i, fit(&format!("  {line}"), width), th.dim()));
                }
            }
        }
    }
    out
}

/// The first of the file list's `rows` shown in `height` lines, keeping the rows of item
/// `cursor` in view.
pub(crate) fn first_visible(
    rows: &[(usize, String, Style)],
    cursor: usize,
    height: usize,
) -> usize {
    let line = rows.iter().position(|r| r.0 == cursor).unwrap_or(0);
    crate::tui::screen::list_first_visible(line, rows.len(), height)
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
