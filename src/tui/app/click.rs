//! Mouse clicks: on a panel tab, on a row of the article list (files or library), on a panel
//! row, on a name in the text. Where things are comes from `screen`, never from a widget.

use super::{App, Focus, Source};
use crate::tui::doc::Doc;
use crate::tui::list_rows;
use crate::tui::screen::{contains, list_first_visible, list_inner};

impl App {
    /// A left click: selects the mention under it, switches a panel tab, or opens a listed article.
    pub(crate) fn click(&mut self, x: u16, y: u16) {
        if self.popup.is_some() {
            return;
        }
        let on_tabs = self.screen.panel.is_some_and(|p| p.y == y);
        let titles = self.screen.tab_titles();
        if let Some(&(tab, ..)) = titles.iter().find(|(_, a, b)| on_tabs && (*a..*b).contains(&x)) {
            return self.show_tab(tab);
        }
        if let Some(list) = self.screen.list.filter(|r| contains(*r, x, y)) {
            return self.click_list(list_inner(list), y);
        }
        if let Some(inner) = self.screen.panel_inner().filter(|r| contains(*r, x, y)) {
            let item = self.panel_item_at_row(y - inner.y);
            let has_target =
                |i: &usize| self.panel().items.get(*i).is_some_and(|it| it.target.is_some());
            if let Some(i) = item.filter(has_target) {
                self.panel_cursor = i;
                self.activate_panel_row();
            }
            return;
        }
        let t = self.screen.text;
        let on_panel = self.screen.panel.is_some_and(|p| contains(p, x, y));
        if !contains(t, x, y) || on_panel {
            return;
        }
        let line = self.scroll + usize::from(y - t.y);
        let col = usize::from(x - t.x);
        let hit = self
            .doc()
            .and_then(|d| self.layout.segment_at(d.text(), line, col))
            .and_then(|s| s.mention);
        match hit {
            Some(i) if self.kind_shown(i) => {
                self.selected = Some(i);
                self.mark = None;
            }
            _ => self.selected = None,
        }
    }

    /// A click on line `y` of the article list whose inner area is `inner`: opens that article.
    fn click_list(&mut self, inner: ratatui::layout::Rect, y: u16) {
        if y < inner.y {
            return;
        }
        let line = usize::from(y - inner.y);
        match &mut self.source {
            Source::Library(lib) => {
                let first = list_first_visible(lib.cursor, lib.shown_len(), inner.height.into());
                if first + line < lib.shown_len() {
                    lib.cursor = first + line;
                    self.focus = Focus::List;
                    self.activate_list_row();
                }
            }
            Source::Files { .. } => {
                let rows = self.file_list_rows(inner.width.into());
                let first = list_rows::first_visible(&rows, self.file_cursor, inner.height.into());
                let doc = rows.get(first + line).map(|r| r.0);
                if let Some(i) = doc.filter(|i| Some(*i) != self.current) {
                    if matches!(self.docs.get(i), Some(Doc::Loaded { .. })) {
                        self.file_cursor = i;
                        self.remember_place();
                        self.open_doc(i, None);
                    }
                }
            }
        }
    }
}
