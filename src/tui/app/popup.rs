//! Moving inside the open popup: the help overlay's scroll, kept within what its layout has
//! left to show, and the entity card's cursor; by lines, pages, or to either end.

use super::{App, Popup};
use crate::tui::help_layout::HelpLayout;
use ratatui::layout::Rect;

/// Rows of the screen the card's frame, name and headings take, for its page size.
const CARD_CHROME: u16 = 8;

impl App {
    /// `?`: opens the help at its top, or closes it.
    pub(crate) fn toggle_help(&mut self) {
        self.popup = match self.popup {
            Some(Popup::Help { .. }) => None,
            _ => Some(Popup::Help { scroll: 0 }),
        }
    }

    /// Scrolls the help by `d` lines, or moves the card's cursor by `d` rows.
    pub(crate) fn popup_lines(&mut self, d: i32) {
        let (w, h) = self.size;
        match &mut self.popup {
            Some(Popup::Help { scroll }) => {
                let max = HelpLayout::compute(Rect::new(0, 0, w, h), &self.keymap, &self.theme)
                    .max_scroll();
                *scroll = scroll.saturating_add_signed(d as isize).min(max);
            }
            Some(Popup::Card(card)) => card.move_cursor(d),
            None => {}
        }
    }

    /// PgDn / PgUp in a popup: `pages` times what it shows.
    pub(crate) fn popup_pages(&mut self, pages: i32) {
        let (w, h) = self.size;
        let page = match &self.popup {
            Some(Popup::Help { .. }) => {
                HelpLayout::compute(Rect::new(0, 0, w, h), &self.keymap, &self.theme).visible
            }
            _ => usize::from(h.saturating_sub(CARD_CHROME)),
        };
        let page = i32::try_from(page.max(1)).unwrap_or(1);
        self.popup_lines(pages.saturating_mul(page));
    }

    /// g / G in a popup: its first or last line.
    pub(crate) fn popup_end(&mut self, bottom: bool) {
        self.popup_lines(if bottom { i32::MAX } else { i32::MIN });
    }
}
