//! Searching the text: the typed query, its matches as byte ranges (case ignored in all of
//! Unicode, [`fold`]), and moving between them.

mod fold;
mod typing;

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
    /// Where the reader was when the search began (the top line's byte offset, or the file
    /// list's cursor): matches are looked for from there, and Esc goes back there.
    pub origin: usize,
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

/// Every non-overlapping occurrence of `query` in `text`, ignoring case in all of Unicode (see
/// `fold`), as byte ranges of `text` that start and end on char boundaries.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let needle = fold::fold_str(query);
    if needle.is_empty() {
        return Vec::new();
    }
    let Ok(finder) = AhoCorasick::new([needle.as_str()]) else { return Vec::new() };
    let haystack = fold::Folded::new(text);
    finder
        .find_iter(&haystack.text)
        .map(|m| haystack.original(m.start())..haystack.original(m.end()))
        .collect()
}

impl App {
    /// Enter while typing: finds the matches and goes to the first one at or below the top line.
    pub(crate) fn confirm_search(&mut self) {
        let query = self.search.input.take().unwrap_or_default();
        let matches = self.shown_text().map(|t| find_all(t, &query)).unwrap_or_default();
        if matches.is_empty() {
            self.search = Search::default();
            if !query.is_empty() {
                self.set_message(format!("not found: {query}"), true);
            }
            return;
        }
        let top = self.top_offset();
        let current = matches.partition_point(|m| m.start < top) % matches.len();
        let origin = self.search.origin;
        self.search = Search { input: None, query, matches, current, origin };
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

#[cfg(test)]
mod tests {
    use super::find_all;
    use proptest::prelude::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query).into_iter().filter_map(|m| text.get(m)).collect()
    }

    #[test]
    fn case_is_ignored_beyond_ascii() {
        assert_eq!(found("Sie fuhren nach München.", "münchen"), ["München"]);
        assert_eq!(found("ΑΘΗΝΑ και Αθήνα, αθηνα", "ΑΘΗΝΑ"), ["ΑΘΗΝΑ", "αθηνα"]);
        assert_eq!(found("ΟΔΥΣΣΕΥΣ, Οδυσσευς", "οδυσσευς"), ["ΟΔΥΣΣΕΥΣ", "Οδυσσευς"]);
        assert_eq!(found("STRASSE or Straße", "STRAẞE"), ["Straße"]);
    }

    #[test]
    fn matches_stay_on_the_original_text_when_folding_changes_lengths() {
        let text = "İstanbul, then ISTANBUL and istanbul; Ⱥxe ⱥXE";
        assert_eq!(found(text, "istanbul"), ["İstanbul", "ISTANBUL", "istanbul"]);
        assert_eq!(found(text, "İSTANBUL"), ["İstanbul", "ISTANBUL", "istanbul"]);
        assert_eq!(found(text, "ⱥxe"), ["Ⱥxe", "ⱥXE"]);
        assert_eq!(found("İİİ x", "x"), ["x"]);
    }

    #[test]
    fn an_empty_or_missing_query_finds_nothing() {
        assert!(find_all("München", "").is_empty());
        assert!(find_all("München", "Berlin").is_empty());
        assert!(find_all("", "x").is_empty());
    }

    /// Text and queries drawn from chars whose folds change byte length or need more than
    /// lowercasing, mixed with ASCII.
    fn tricky() -> impl Strategy<Value = String> {
        let chars = prop::sample::select(vec![
            'a', 'I', 'i', 's', 'S', ' ', 'İ', 'ı', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'ſ', '\u{212A}', 'k',
            'Ⱥ', 'ⱥ', 'É', 'é', '\u{301}', 'ǅ', 'ΐ', '🦀', 'Ü',
        ]);
        prop::collection::vec(chars, 0..40).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn every_match_is_a_char_range_of_the_text(text in tricky(), query in tricky()) {
            let matches = find_all(&text, &query);
            let mut last_end = 0;
            for m in &matches {
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                prop_assert!(m.start >= last_end, "matches are sorted and apart");
                last_end = m.end;
                let slice = text.get(m.clone()).unwrap_or_default();
                prop_assert_eq!(super::fold::fold_str(slice), super::fold::fold_str(&query));
            }
        }

        #[test]
        fn a_piece_of_the_text_is_found_in_it(text in tricky(), a in 0usize..40, len in 1usize..6) {
            let chars: Vec<char> = text.chars().collect();
            let start = a.min(chars.len());
            let piece: String = chars.iter().skip(start).take(len).collect();
            prop_assume!(!piece.is_empty());
            let upper: String = piece.chars().flat_map(char::to_uppercase).collect();
            prop_assert!(!find_all(&text, &piece).is_empty());
            let matches = find_all(&text, &upper);
            for m in &matches {
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }
}
