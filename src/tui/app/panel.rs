//! The side panel's state: the tab shown, the cursor moving over the rows that have a target,
//! Enter jumping to that target in the text, and which part of the rows is on screen (shared
//! by the panel's drawing and mouse clicks on it).

use super::{App, Focus};
use crate::tui::action::Tab;
use crate::tui::panel_rows::Target;
use crate::tui::screen::PanelWindow;

impl App {
    pub(crate) fn show_tab(&mut self, tab: Tab) {
        if self.tab != tab {
            self.tab = tab;
            self.panel_cursor = 0;
        }
        self.panel_cursor = self.first_target_from(self.panel_cursor, 1).unwrap_or(0);
    }

    /// The first panel item with a target at or after (dir > 0) / before `from`.
    pub(crate) fn first_target_from(&self, from: usize, dir: i32) -> Option<usize> {
        let mut targets = self.panel().targets();
        if dir > 0 {
            targets.find(|&i| i >= from)
        } else {
            targets.filter(|&i| i <= from).last()
        }
    }

    /// j / k in the focused panel: the next / previous row with a target.
    pub(crate) fn move_panel_cursor(&mut self, d: i32) {
        let from = self.panel_cursor.saturating_add_signed(d.signum() as isize);
        let found =
            if d < 0 && self.panel_cursor == 0 { None } else { self.first_target_from(from, d) };
        if let Some(i) = found {
            self.panel_cursor = i;
        }
    }

    /// Enter in the panel: jump to what the cursor is on.
    pub(crate) fn activate_panel_row(&mut self) {
        let target = self.panel().items.get(self.panel_cursor).and_then(|it| it.target.clone());
        if target.is_some() {
            self.remember_place();
        }
        match target {
            Some(Target::Entity(id)) => {
                let first = self.doc().and_then(|d| d.mentions.iter().position(|m| m.entity == id));
                if let Some(i) = first {
                    self.select_mention(i);
                }
            }
            Some(Target::Text(span)) => self.jump_to_span(span),
            None => return,
        }
        self.set_focus(Focus::Text);
    }

    /// PgDn / PgUp in the panel: the cursor moves by what the panel shows, to a row with a
    /// target.
    pub(crate) fn panel_pages(&mut self, pages: i32) {
        let height = self.screen.panel_inner().map_or(1, |r| usize::from(r.height.max(1)));
        let window = self.panel_window();
        let items = &self.panel().items;
        let line = window.starts.get(self.panel_cursor).copied().unwrap_or(0);
        let target_line = line.saturating_add_signed(pages as isize * height as isize);
        let item = window.starts.partition_point(|&s| s <= target_line).saturating_sub(1);
        let item = item.min(items.len().saturating_sub(1));
        let found = if pages > 0 {
            self.first_target_from(item, 1).or_else(|| self.first_target_from(usize::MAX, -1))
        } else {
            self.first_target_from(item, -1).or_else(|| self.first_target_from(0, 1))
        };
        if let Some(i) = found {
            self.panel_cursor = i;
        }
    }

    /// g / G in the panel: the first or last row with a target.
    pub(crate) fn panel_end(&mut self, last: bool) {
        let found = if last {
            self.first_target_from(usize::MAX, -1)
        } else {
            self.first_target_from(0, 1)
        };
        if let Some(i) = found {
            self.panel_cursor = i;
        }
    }

    /// Whether the panel has the keyboard (focused, no popup over it).
    pub(crate) fn panel_focused(&self) -> bool {
        self.focus == Focus::Panel && self.popup.is_none()
    }

    /// Which part of the current tab's rows is on screen: kept around the cursor when the panel
    /// is focused, else around the selected entity's row.
    pub(crate) fn panel_window(&self) -> PanelWindow {
        let items = &self.panel().items;
        let anchor = if self.panel_focused() {
            Some(self.panel_cursor)
        } else {
            let selected = self.selected.and_then(|s| self.doc()?.mentions.get(s));
            let target = selected.map(|m| Target::Entity(m.entity));
            target.and_then(|t| items.iter().position(|it| it.target.as_ref() == Some(&t)))
        };
        let height = self.screen.panel_inner().map_or(0, |r| r.height);
        PanelWindow::compute(items.iter().map(|it| it.lines.len()), anchor, height)
    }

    /// The panel item drawn at `row` of the panel's inner area, if any.
    pub(crate) fn panel_item_at_row(&self, row: u16) -> Option<usize> {
        let lens: Vec<usize> = self.panel().items.iter().map(|it| it.lines.len()).collect();
        self.panel_window().item_at_row(row, &lens)
    }
}
