//! The file list from the keyboard (`l` on files): a cursor over the items given, moved by
//! lines, pages or to either end, Enter opening the article under it (a failed file says why),
//! and a title found as you type after `/`.

use super::{App, Focus};
use crate::tui::doc::Doc;
use crate::tui::list_rows;
use crate::tui::screen::list_inner;

impl App {
    /// Moves the file list's cursor by `d` items.
    pub(crate) fn move_file_cursor(&mut self, d: i32) {
        let last = self.docs.len().saturating_sub(1);
        self.file_cursor = self.file_cursor.saturating_add_signed(d as isize).min(last);
    }

    /// PgDn / PgUp on the file list: as many items as its lines show.
    pub(crate) fn file_pages(&mut self, pages: i32) {
        let height = self.screen.list.map_or(1, |r| list_inner(r).height.max(1));
        self.move_file_cursor(pages.saturating_mul(i32::from(height)));
    }

    /// g / G on the file list.
    pub(crate) fn file_end(&mut self, last: bool) {
        self.file_cursor = if last { self.docs.len().saturating_sub(1) } else { 0 };
    }

    /// Enter on the file list: opens the article under the cursor and gives the text the keys.
    pub(crate) fn open_file_at_cursor(&mut self) {
        match self.docs.get(self.file_cursor) {
            Some(Doc::Loaded { .. }) => {
                let i = self.file_cursor;
                if Some(i) != self.current {
                    self.remember_place();
                    self.open_doc(i, None);
                }
                self.set_focus(Focus::Text);
            }
            Some(Doc::Failed(e)) => {
                let text = format!("could not load {e}");
                self.set_message(text, true);
            }
            None => {}
        }
    }

    /// The first item from where the search began (wrapping round) whose title or file name
    /// holds `query`, ignoring case; the cursor goes there.
    pub(crate) fn find_title(&mut self, query: &str) {
        let n = self.docs.len();
        if n == 0 || query.is_empty() {
            self.file_cursor = self.search.origin.min(n.saturating_sub(1));
            return;
        }
        let needle = query.to_lowercase();
        let name = |d: &Doc| match d {
            Doc::Failed(e) => e.path().display().to_string(),
            d => d.article().map(|a| a.title.clone()).unwrap_or_default(),
        };
        let from = self.search.origin;
        let found = (0..n)
            .map(|k| (from + k) % n)
            .find(|&i| self.docs.get(i).is_some_and(|d| name(d).to_lowercase().contains(&needle)));
        match found {
            Some(i) => self.file_cursor = i,
            None => self.set_message(format!("no title holds {query}"), true),
        }
    }

    /// The file list's lines at its width, for drawing and clicks.
    pub(crate) fn file_list_rows(
        &self,
        width: usize,
    ) -> Vec<(usize, String, ratatui::style::Style)> {
        list_rows::file_rows(&self.docs, self.current, width, &self.theme)
    }
}
