//! Searching the text: the typed query, its matches as byte ranges, and moving between them.

use super::App;
use crate::analysis::Span;
use aho_corasick::AhoCorasick;

/// The search state: what is being typed, and the confirmed query's matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query being typed, while the status line shows it.
    pub input: Option<String>,
    /// The confirmed query.
    pub query: String,
    /// Match ranges in reading order.
    pub matches: Vec<Span>,
    /// Index of the current match.
    pub current: usize,
}

impl Search {
    pub(crate) fn type_char(&mut self, c: char) {
        if let Some(input) = &mut self.input {
            if !c.is_control() {
                input.push(c);
            }
        }
    }

    pub(crate) fn backspace(&mut self) {
        if let Some(input) = &mut self.input {
            input.pop();
        }
    }

    /// Index of the first match overlapping `start..end`, for drawing one line.
    pub fn first_match_from(&self, start: usize) -> usize {
        self.matches.partition_point(|m| m.end <= start)
    }
}

/// Every non-overlapping occurrence of `query` in `text`, ignoring ASCII case.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    match AhoCorasick::builder().ascii_case_insensitive(true).build([query]) {
        Ok(ac) => ac.find_iter(text).map(|m| m.start()..m.end()).collect(),
        Err(_) => Vec::new(),
    }
}

impl App {
    /// Enter while typing: finds the matches and goes to the first one at or below the top line.
    pub(crate) fn confirm_search(&mut self) {
        let query = self.search.input.take().unwrap_or_default();
        let matches = self.doc().map(|d| find_all(d.text(), &query)).unwrap_or_default();
        if matches.is_empty() {
            self.search = Search::default();
            if !query.is_empty() {
                self.set_message(format!("not found: {query}"), true);
            }
            return;
        }
        let top = self.top_offset();
        let current = matches.partition_point(|m| m.start < top) % matches.len();
        self.search = Search { input: None, query, matches, current };
        self.show_match();
    }

    pub(crate) fn next_match(&mut self, dir: i32) {
        let n = self.search.matches.len();
        if n == 0 {
            return;
        }
        let cur = self.search.current;
        self.search.current = if dir > 0 { (cur + 1) % n } else { (cur + n - 1) % n };
        self.show_match();
    }

    fn show_match(&mut self) {
        let Some(m) = self.search.matches.get(self.search.current).cloned() else { return };
        self.reveal(m.start);
        let n = self.search.matches.len();
        let text = format!(
            "/{}  match {} of {n}  (n / N, Esc ends)",
            self.search.query,
            self.search.current + 1
        );
        self.set_message(text, false);
    }
}
