//! The library's article list: feeds as headings with unread / total counts (and, for a feed
//! whose last refresh failed, the reason on the line below), their articles newest first with
//! date and unread / starred marks side by side, "… N more" rows; or the results of a library
//! search. One line per entry, cut with an ellipsis, scrolled so the cursor stays visible.

use crate::library::store::ArticleRow;
use crate::tui::library_view::{LibraryView, ListRow};
use crate::tui::render::{fit, put_str};
use crate::tui::screen::{list_first_visible, list_inner};
use crate::tui::text_layout::display_width;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Widget};

/// Draws the list of `lib`, its cursor highlighted when `focused`.
pub(crate) fn render(lib: &LibraryView, focused: bool, th: &Theme, area: Rect, buf: &mut Buffer) {
    let title = match &lib.results {
        Some((query, hits)) => format!(" Search “{query}”: {} ", hits.len()),
        None => {
            let unread: i64 = lib
                .rows
                .iter()
                .map(|r| if let ListRow::Heading { unread, .. } = r { *unread } else { 0 })
                .sum();
            format!(" Library · {unread} unread ")
        }
    };
    let border = if focused { th.focused_border() } else { Style::new() };
    let title = fit(&title, usize::from(area.width.saturating_sub(2)));
    Block::bordered().title(title).border_style(border).render(area, buf);
    let inner = list_inner(area);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    let first = list_first_visible(lib.cursor, lib.shown_len(), height);
    for (row, i) in (first..lib.shown_len()).take(height).enumerate() {
        let (text, mut style) = match (&lib.results, lib.rows.get(i)) {
            (Some((_, hits)), _) => match hits.get(i) {
                Some(hit) => article_line(&hit.article, Some(&hit.article.source), width, th),
                None => continue,
            },
            (None, Some(ListRow::Heading { title, unread, total, .. })) => {
                let counts = format!(" {unread}/{total}");
                let name = fit(title, width.saturating_sub(counts.len()));
                let pad = width.saturating_sub(display_width(&name) + counts.len());
                (format!("{name}{}{counts}", " ".repeat(pad)), th.heading())
            }
            (None, Some(ListRow::FeedError { text, .. })) => {
                (fit(&format!("  ✗ refresh failed: {text}"), width), th.error())
            }
            (None, Some(ListRow::Article(a))) => article_line(a, None, width, th),
            (None, Some(ListRow::More { next, until, .. })) => {
                let left = until.saturating_sub(*next);
                (fit(&format!("    … {left} more (Enter)"), width), th.dim())
            }
            (None, None) => continue,
        };
        let id = lib.article_at(i).map(|a| a.id);
        if id.is_some() && id == lib.current_id {
            style = style.add_modifier(Modifier::BOLD);
        }
        if i == lib.cursor {
            style = if focused { th.cursor() } else { style.add_modifier(Modifier::REVERSED) };
        }
        let y = inner.y + row as u16;
        let pad = width.saturating_sub(display_width(&text));
        put_str(buf, inner.x, y, &format!("{text}{}", " ".repeat(pad)), width, style);
    }
}

/// `●★ Nov 19 Title` (● unread, ★ starred, both when both), with the feed's name after a
/// search.
fn article_line(
    a: &ArticleRow,
    source: Option<&String>,
    width: usize,
    th: &Theme,
) -> (String, Style) {
    let unread = if a.read { ' ' } else { '●' };
    let star = if a.starred { '★' } else { ' ' };
    let date = a.published_at().map_or("  --  ".to_string(), |d| d.format("%b %d").to_string());
    let text = match source {
        Some(feed) => format!("{unread}{star} {date} {} — {feed}", a.title),
        None => format!(" {unread}{star} {date} {}", a.title),
    };
    let style = if a.read { th.dim() } else { Style::new() };
    (fit(&text, width), style)
}
