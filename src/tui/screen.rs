//! Where each part of the screen goes for a terminal size: header, article list, article pane,
//! side panel, status line; and the geometry inside them (a list's inner area and scroll, the
//! panel's scroll window, a centred popup). Pure functions of sizes and positions, used by
//! `update` (wrap width, page size, mouse hit-testing) and by `render`, so they always agree.

use super::action::Tab;
use ratatui::layout::Rect;

/// The file list is at least this wide when shown.
pub const LIST_WIDTH: u16 = 26;
/// A list width that asks for the whole width (one pane at a time).
pub const FULL_WIDTH: u16 = u16::MAX;
/// The text is wrapped at most this wide (a reading measure), centred in a wider pane.
pub const MEASURE: u16 = 100;
/// Narrowest text pane we accept before hiding the side panel.
const MIN_ARTICLE_WIDTH: u16 = 46;

/// The rectangles of one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Screen {
    pub header: Rect,
    pub list: Option<Rect>,
    /// The article pane, border included.
    pub article: Rect,
    /// The wrapped text inside the article pane.
    pub text: Rect,
    /// The side panel, border included; `None` when it does not fit and is not focused.
    pub panel: Option<Rect>,
    /// True when the panel is drawn over the article because the terminal is narrow.
    pub panel_floats: bool,
    pub status: Rect,
}

impl Screen {
    /// Lays out a `width` x `height` terminal.
    pub fn compute(width: u16, height: u16, show_list: bool, panel_focused: bool) -> Self {
        Self::with_list(width, height, if show_list { LIST_WIDTH } else { 0 }, panel_focused)
    }

    /// Lays out a terminal with a list `list_width` columns wide (0: no list; at most half the
    /// width).
    pub fn with_list(width: u16, height: u16, list_width: u16, panel_focused: bool) -> Self {
        let show_list = list_width > 0;
        let full = Rect::new(0, 0, width, height);
        let header = Rect { height: 1.min(height), ..full };
        let status = Rect { y: height.saturating_sub(1), height: 1.min(height), ..full };
        let body_h = height.saturating_sub(2);
        let body = Rect::new(0, 1.min(height), width, body_h);
        let list_w = if list_width == FULL_WIDTH { width } else { list_width.min(width / 2) };
        let panel_w = (width / 3).clamp(30, 46).min(width);
        let room = width.saturating_sub(list_w);
        let panel_fits = room >= MIN_ARTICLE_WIDTH + panel_w;
        let article_w = if panel_fits { room - panel_w } else { room };
        let list = show_list.then_some(Rect { width: list_w, ..body });
        let article = Rect { x: list_w, width: article_w, ..body };
        let panel = if panel_fits {
            Some(Rect { x: list_w + article_w, width: panel_w, ..body })
        } else if panel_focused {
            Some(Rect { x: width.saturating_sub(panel_w), width: panel_w, ..body })
        } else {
            None
        };
        let inside = article.width.saturating_sub(4);
        let text = Rect {
            x: article.x + 2 + inside.saturating_sub(MEASURE) / 2,
            y: article.y + 1,
            width: inside.min(MEASURE),
            height: article.height.saturating_sub(2),
        };
        Screen { header, list, article, text, panel, panel_floats: !panel_fits, status }
    }

    /// The panel's inner area (inside its border, one column of padding on the left).
    pub fn panel_inner(&self) -> Option<Rect> {
        self.panel.map(|p| Rect {
            x: p.x + 2,
            y: p.y + 1,
            width: p.width.saturating_sub(3),
            height: p.height.saturating_sub(2),
        })
    }

    /// The column ranges of the tab titles on the panel's top border, as `render` draws them.
    pub fn tab_titles(&self) -> Vec<(Tab, u16, u16)> {
        let Some(p) = self.panel else { return Vec::new() };
        let mut x = p.x + 1;
        Tab::ALL
            .iter()
            .map(|&tab| {
                let w = tab.title().len() as u16 + 2;
                let range = (tab, x, x + w);
                x += w + 1;
                range
            })
            .collect()
    }
}

/// Whether (x, y) lies inside `r`.
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height
}

/// A list's inner area (inside its border) for the list rectangle `area`.
pub fn list_inner(area: Rect) -> Rect {
    Rect::new(area.x + 1, area.y + 1, area.width.saturating_sub(2), area.height.saturating_sub(2))
}

/// The first of `len` lines shown in a list `height` lines high, keeping `cursor` in view
/// (centred while it can be).
pub fn list_first_visible(cursor: usize, len: usize, height: usize) -> usize {
    cursor.saturating_sub(height.saturating_sub(1) / 2).min(len.saturating_sub(height))
}

/// A `width` x `height` rectangle centred in `area`, clipped to it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// Which part of a panel's items is on screen: items of `lens[i]` lines each, `height` lines
/// of room, scrolled only when the `anchor` item would not be visible from the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelWindow {
    /// First line of each item.
    pub starts: Vec<usize>,
    /// First line shown.
    pub offset: usize,
    /// The item kept in view.
    pub anchor: Option<usize>,
}

impl PanelWindow {
    pub fn compute(lens: impl Iterator<Item = usize>, anchor: Option<usize>, height: u16) -> Self {
        let mut starts = Vec::new();
        let mut total = 0;
        for len in lens {
            starts.push(total);
            total += len;
        }
        let height = usize::from(height);
        let span = |a: usize| {
            let start = *starts.get(a)?;
            Some((start, starts.get(a + 1).copied().unwrap_or(total) - start))
        };
        let offset = anchor
            .and_then(span)
            .map_or(0, |(s, len)| if s + len <= height { 0 } else { s.saturating_sub(height / 3) })
            .min(total.saturating_sub(height));
        PanelWindow { starts, offset, anchor }
    }

    /// The item drawn at `row` of the window, if any (`lens` as given to [`Self::compute`]).
    pub fn item_at_row(&self, row: u16, lens: &[usize]) -> Option<usize> {
        let line = self.offset + usize::from(row);
        let i = self.starts.partition_point(|&s| s <= line).checked_sub(1)?;
        (line < self.starts.get(i)? + lens.get(i)?).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panel_window_scrolls_only_to_show_its_anchor() {
        let lens = [2, 1, 3, 1, 1, 4];
        let top = PanelWindow::compute(lens.iter().copied(), Some(1), 5);
        assert_eq!((top.offset, top.starts.clone()), (0, vec![0, 2, 3, 6, 7, 8]));
        let low = PanelWindow::compute(lens.iter().copied(), Some(5), 5);
        assert_eq!(low.offset, 7, "anchor at line 8, a third of the height above it, clamped");
        assert_eq!(low.item_at_row(0, &lens), Some(4));
        assert_eq!(low.item_at_row(1, &lens), Some(5));
        assert_eq!(low.item_at_row(9, &lens), None);
    }

    #[test]
    fn a_list_keeps_its_cursor_in_view_and_never_scrolls_past_its_end() {
        assert_eq!(list_first_visible(0, 100, 10), 0);
        assert_eq!(list_first_visible(50, 100, 10), 46);
        assert_eq!(list_first_visible(99, 100, 10), 90);
        assert_eq!(list_first_visible(3, 2, 10), 0);
    }

    #[test]
    fn the_text_keeps_a_reading_measure_centred_in_a_wide_pane() {
        let s = Screen::with_list(250, 60, 0, false);
        assert_eq!(s.text.width, MEASURE);
        let left = s.text.x - s.article.x;
        let right = s.article.x + s.article.width - (s.text.x + s.text.width);
        assert!(left.abs_diff(right) <= 1, "{left} / {right}");
        assert_eq!(Screen::with_list(120, 40, 0, false).text.width, 120 - 40 - 4);
    }

    #[test]
    fn layouts_fit_the_terminal_at_any_size() {
        for (w, h) in [(0, 0), (1, 1), (3, 2), (75, 24), (76, 24), (200, 60), (500, 200)] {
            for list in [0, 26, 34, FULL_WIDTH] {
                let s = Screen::with_list(w, h, list, true);
                let full = Rect::new(0, 0, w, h);
                for r in [s.header, s.article, s.status].into_iter().chain(s.list).chain(s.panel) {
                    let inside = r.area() == 0 || r.intersection(full) == r;
                    assert!(inside, "{w}x{h} list {list}: {r:?}");
                }
            }
        }
    }
}
