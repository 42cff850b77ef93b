//! Typing in the status line: a search of the text found as you type (the matches highlighted
//! and the first one from where the search began shown at each key, Esc going back there), a
//! title looked for in the file list as you type, or a name or answer for a prompt.

use super::{find_all, Search};
use crate::tui::app::{App, Focus, Source};

impl App {
    /// `/`: starts typing a search where the reader is now.
    pub(crate) fn start_search(&mut self) {
        let origin = match (self.focus, &self.source) {
            (Focus::List, Source::Files { .. }) => self.file_cursor,
            _ => self.top_offset(),
        };
        self.search = Search { input: Some(String::new()), origin, ..Search::default() };
    }

    pub(crate) fn type_char(&mut self, c: char) {
        if self.prompt.is_some() {
            return self.prompt_char(c);
        }
        self.search.type_char(c);
        self.search_as_you_type();
    }

    pub(crate) fn backspace(&mut self) {
        if let Some(prompt) = &mut self.prompt {
            if let Some(input) = &mut prompt.input {
                input.pop();
            }
            return;
        }
        self.search.backspace();
        self.search_as_you_type();
    }

    /// After each key of a search: the text's matches so far, or the list's next title.
    fn search_as_you_type(&mut self) {
        let Some(input) = self.search.input.clone() else { return };
        match (self.focus, &self.source) {
            (Focus::List, Source::Files { .. }) => self.find_title(&input),
            (Focus::List, Source::Library(_)) => {}
            _ => {
                let matches = self.shown_text().map(|t| find_all(t, &input)).unwrap_or_default();
                let origin = self.search.origin;
                self.search.current = matches.partition_point(|m| m.start < origin);
                if self.search.current >= matches.len() {
                    self.search.current = 0;
                }
                self.search.query = input;
                self.search.matches = matches;
                match self.search.matches.get(self.search.current).cloned() {
                    Some(m) => self.reveal(m.start),
                    None => self.set_scroll(self.layout.line_of(origin)),
                }
            }
        }
    }

    /// Esc while typing a search: back where it began, nothing highlighted.
    pub(crate) fn cancel_search(&mut self) {
        let origin = self.search.origin;
        match (self.focus, &self.source) {
            (Focus::List, Source::Files { .. }) => self.file_cursor = origin,
            (Focus::List, Source::Library(_)) => {}
            _ => self.set_scroll(self.layout.line_of(origin)),
        }
        self.search = Search::default();
    }
}
