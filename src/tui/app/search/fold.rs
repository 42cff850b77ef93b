//! Case folding for the text search: every char folds to exactly one char (so "München" ~
//! "münchen", "ΑΘΗΝΑΣ" ~ "αθηνας", "İstanbul" ~ "istanbul"), and [`Folded`] remembers where the
//! folded text's byte offsets lie in the original, since a folded char may be shorter or longer
//! in UTF-8 than the char it came from (`İ` is 2 bytes, `i` 1; `Ⱥ` 2, `ⱥ` 3).

use std::sync::OnceLock;

/// The case-insensitive form of `c`: its lowercase after its uppercase, which also joins the
/// forms lowercase alone keeps apart (`ς`/`σ`, `ſ`/`s`, `ı`/`i`). When a mapping gives several
/// chars (`İ` lowercases to `i` + a combining dot) the first is kept; when uppercasing gives
/// several (`ß` to `SS`) the char's own lowercase is used.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    table().get(c as usize).copied().unwrap_or_else(|| fold_uncached(c))
}

fn fold_uncached(c: char) -> char {
    let upper = single(c.to_uppercase()).unwrap_or(c);
    upper.to_lowercase().next().unwrap_or(upper)
}

/// The chars below this (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts,
/// ...) are folded through a table built on the first search: two case-table look-ups per char
/// made a 1 MB Greek text take 12 ms to search.
const TABLE_END: u32 = 0x3000;

fn table() -> &'static [char] {
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..TABLE_END).map(|u| char::from_u32(u).map_or('\0', fold_uncached)).collect()
    })
}

fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
    let first = chars.next()?;
    chars.next().is_none().then_some(first)
}

/// `s` folded char by char.
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// A text folded char by char, with the map back to the original's byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The folded text: char `i` of it is the fold of char `i` of the original.
    pub text: String,
    /// Where the byte lengths differ: from folded offset `.0` on, add `.1` to get the original
    /// offset. Sorted by offset; empty when every char kept its length (all of ASCII does).
    shifts: Vec<(usize, isize)>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        if original.is_ascii() {
            return Folded { text: original.to_ascii_lowercase(), shifts: Vec::new() };
        }
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        let mut delta = 0isize;
        let mut rest = original;
        while !rest.is_empty() {
            // A run of ASCII is copied and lowercased in one go, then the run of other chars
            // that follows is folded char by char.
            let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            let (ascii, tail) = rest.split_at(run);
            let start = text.len();
            text.push_str(ascii);
            text[start..].make_ascii_lowercase();
            let run =
                tail.char_indices().find(|(_, c)| c.is_ascii()).map_or(tail.len(), |(i, _)| i);
            let (other, tail) = tail.split_at(run);
            for c in other.chars() {
                let folded = fold_char(c);
                text.push(folded);
                if folded.len_utf8() != c.len_utf8() {
                    delta += c.len_utf8() as isize - folded.len_utf8() as isize;
                    shifts.push((text.len(), delta));
                }
            }
            rest = tail;
        }
        Folded { text, shifts }
    }

    /// The original byte offset of folded byte offset `at` (a char boundary of the folded text).
    pub fn original(&self, at: usize) -> usize {
        let applied = self.shifts.partition_point(|(from, _)| *from <= at);
        match applied.checked_sub(1).and_then(|i| self.shifts.get(i)) {
            Some(&(_, delta)) => at.saturating_add_signed(delta),
            None => at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_beyond_ascii_one_char_to_one_char() {
        assert_eq!(fold_str("MÜNCHEN"), "münchen");
        assert_eq!(fold_str("ΑΘΗΝΑΣ"), fold_str("αθηνας"));
        assert_eq!(fold_str("İstanbul"), "istanbul");
        assert_eq!(fold_str("ISTANBUL"), fold_str("ıstanbul"));
        assert_eq!(fold_str("Straße"), "straße");
        assert_eq!(fold_str("ẞ"), "ß");
        assert_eq!(fold_char('\u{212A}'), 'k', "the Kelvin sign folds to k");
        for s in ["İstanbul", "Ⱥ", "ǅ", "ΐ", "ŉ", "🦀", "e\u{301}"] {
            assert_eq!(fold_str(s).chars().count(), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn the_table_agrees_with_the_case_mappings() {
        for c in (0..TABLE_END).filter_map(char::from_u32) {
            let expected = if c.is_ascii() { c.to_ascii_lowercase() } else { fold_uncached(c) };
            assert_eq!(fold_char(c), expected, "{c:?}");
        }
    }

    #[test]
    fn offsets_map_back_where_lengths_change() {
        // İ (2 bytes) folds to i (1 byte); Ⱥ (2 bytes) folds to ⱥ (3 bytes).
        let original = "İa Ⱥb c";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "ia ⱥb c");
        for (f, _) in folded.text.char_indices() {
            let o = folded.original(f);
            assert!(original.is_char_boundary(o), "{f} -> {o}");
        }
        assert_eq!(folded.original(1), 2, "after İ");
        assert_eq!(folded.original(3), 4, "Ⱥ starts at the same place");
        assert_eq!(folded.original(6), 6, "after Ⱥ the original is a byte shorter again");
        assert_eq!(folded.original(folded.text.len()), original.len());
    }

    #[test]
    fn ascii_text_keeps_its_offsets() {
        let folded = Folded::new("Kyiv and KYIV");
        assert_eq!(folded.text, "kyiv and kyiv");
        assert_eq!(folded.original(9), 9);
    }
}
