//! Where the keyboard goes: Esc closing the innermost thing open, `p` between text and side
//! panel, `l` showing (on the library: focusing) the article list.

use super::{App, Focus, Search, Source};

impl App {
    /// Esc: the innermost thing open closes first.
    pub(crate) fn close(&mut self) {
        if self.prompt.is_some() {
            self.prompt = None;
            self.set_message("cancelled", false);
        } else if self.search.input.is_some() {
            self.cancel_search();
        } else if self.popup.is_some() {
            self.popup = None;
        } else if self.focus == Focus::List {
            self.leave_list();
        } else if self.focus == Focus::Panel {
            self.set_focus(Focus::Text);
        } else if !self.search.matches.is_empty() {
            self.search = Search::default();
        } else {
            self.selected = None;
            self.mark = None;
        }
    }

    pub(crate) fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
        self.relayout();
    }

    pub(crate) fn toggle_focus(&mut self) {
        let focus = if self.focus == Focus::Panel { Focus::Text } else { Focus::Panel };
        self.set_focus(focus);
        self.panel_cursor = self.first_target_from(self.panel_cursor, 1).unwrap_or(0);
    }

    /// `l`: shows and focuses the article list (files or library), its cursor on the article
    /// shown; hides it when it already has the focus and an article is open.
    pub(crate) fn toggle_list(&mut self) {
        if self.focus == Focus::List && self.current.is_some() {
            self.show_list = false;
            self.focus = Focus::Text;
        } else {
            self.show_list = true;
            self.focus = Focus::List;
            if let (Source::Files { .. }, Some(cur)) = (&self.source, self.current) {
                self.file_cursor = cur;
            }
        }
        self.relayout();
    }

    /// Esc on the list: back from search results to the list, else to the text.
    pub(crate) fn leave_list(&mut self) {
        match self.source.library_mut() {
            Some(lib) if lib.results.is_some() => lib.clear_results(),
            _ if self.current.is_some() => self.set_focus(Focus::Text),
            _ => {}
        }
    }
}
