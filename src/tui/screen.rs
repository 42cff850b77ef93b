//! Where each part of the screen goes for a terminal size: header, article list, article pane,
//! side panel, status line. A pure function of the size and the visible parts, used by `update`
//! (wrap width, page size, mouse hit-testing) and by `render`, so they always agree.

use super::action::Tab;
use ratatui::layout::Rect;

/// The list is this wide when shown.
pub const LIST_WIDTH: u16 = 26;
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

    /// Lays out a terminal with a list `list_width` columns wide (0: no list; at most a third of
    /// the width).
    pub fn with_list(width: u16, height: u16, list_width: u16, panel_focused: bool) -> Self {
        let show_list = list_width > 0;
        let full = Rect::new(0, 0, width, height);
        let header = Rect { height: 1.min(height), ..full };
        let status = Rect { y: height.saturating_sub(1), height: 1.min(height), ..full };
        let body_h = height.saturating_sub(2);
        let body = Rect::new(0, 1.min(height), width, body_h);
        let list_w = list_width.min(width / 3);
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
        let text = Rect {
            x: article.x + 2,
            y: article.y + 1,
            width: article.width.saturating_sub(4),
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
