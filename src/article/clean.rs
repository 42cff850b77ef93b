//! Text cleaning: strips terminal escape sequences (`clean/escapes.rs`) and control characters
//! from any string that comes from outside, normalises Unicode spaces and invisible characters,
//! and splits bodies into paragraphs; [`printable`] escapes what a terminal would obey in
//! strings that are shown as they are (file names, addresses, error texts).

mod escapes;

use escapes::{skip_csi, skip_escape, skip_string};

/// Removes ANSI/VT escape sequences (CSI, OSC, DCS, ...) and every control character except
/// `\n`. Tabs become spaces; `\r\n` and a lone `\r` become `\n`. Unicode spaces (no-break, em,
/// ideographic, ...) become a plain space, line/paragraph separators become newlines, and invisible
/// characters that can disguise text (bidi overrides, zero-width space, word joiner, soft
/// hyphen, BOM) are dropped. Zero-width (non-)joiners are kept: emoji sequences and several
/// scripts need them.
pub fn strip_controls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Printable ASCII, nearly every character of a text, first.
            ' '..='~' => out.push(c),
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI / OSC / DCS introducers: skip their sequence too.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' | '\u{b}' | '\u{c}' | '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c if is_unicode_space(c) => out.push(' '),
            c if is_invisible(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Spaces other than U+0020 that should read as one ordinary space.
fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Zero-width and direction-formatting characters that carry no visible text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' // soft hyphen
            | '\u{180e}' // Mongolian vowel separator
            | '\u{200b}' // zero-width space
            | '\u{200e}' | '\u{200f}' // LRM, RLM
            | '\u{202a}'..='\u{202e}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{206a}'..='\u{206f}' // deprecated format characters
            | '\u{feff}' // BOM / zero-width no-break space
            | '\u{fff9}'..='\u{fffb}' // interlinear annotation
    )
}

/// A character a terminal acts on or that hides or reorders text: a control character
/// (including line breaks and tabs), an invisible formatting character, a line or paragraph
/// separator.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// A string from outside (a file name, a URL, a server's error text) made safe to print on a
/// terminal: every control character (including line breaks and tabs), and every invisible
/// formatting character that can reorder or hide text, is written as a visible escape such as
/// `\u{1b}`, so nothing reaches the terminal as a command and the text still shows what it held.
/// Borrowed when there is nothing to escape.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = is_unprintable;
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Cleans a one-line field (title, source, url): controls stripped, whitespace collapsed.
pub fn clean_line(s: &str) -> String {
    if is_clean_line(s) {
        return s.to_string();
    }
    collapse_spaces(&strip_controls(s))
}

/// [`clean_line`] of an owned string: the string itself when it is clean already (no copy).
pub fn clean_line_owned(s: String) -> String {
    if is_clean_line(&s) {
        return s;
    }
    collapse_spaces(&strip_controls(&s))
}

/// True when [`clean_line`] would return `s` unchanged: no control, invisible or non-ASCII space
/// character, and only single ASCII spaces between words. Lets already-clean text skip the work.
fn is_clean_line(s: &str) -> bool {
    if s.starts_with(' ') || s.ends_with(' ') || s.contains("  ") {
        return false;
    }
    // Byte by byte for ASCII (most text), character by character only past it.
    s.as_bytes().iter().all(|&b| b == b' ' || b.is_ascii_graphic() || b >= 0x80)
        && (s.is_ascii()
            || s.chars().all(|c| {
                c.is_ascii()
                    || !(c.is_control()
                        || c.is_whitespace()
                        || is_unicode_space(c)
                        || is_invisible(c))
            }))
}

/// Collapses runs of whitespace (including newlines) to one space and trims the ends.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Splits text whose structure is already one paragraph per line (text extracted from HTML,
/// where block ends and `<br>`/`<li>` give newlines) into cleaned paragraphs.
pub fn lines_as_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in strip_controls(text).lines() {
        push_paragraph(&mut out, line);
    }
    out
}

/// Splits a body into cleaned paragraphs. A paragraph ends at a blank line; when the text has no
/// blank lines at all, each non-empty line is a paragraph (as in the sample article). Lines
/// inside a paragraph are joined with a space.
pub fn paragraphs(body: &str) -> Vec<String> {
    let cleaned = strip_controls(body);
    let body = cleaned.trim();
    let has_blank_line = body.lines().any(|l| l.trim().is_empty());
    let mut out = Vec::new();
    if has_blank_line {
        let mut current = String::new();
        for line in body.lines() {
            if line.trim().is_empty() {
                push_paragraph(&mut out, &current);
                current.clear();
            } else {
                current.push(' ');
                current.push_str(line);
            }
        }
        push_paragraph(&mut out, &current);
    } else {
        for line in body.lines() {
            push_paragraph(&mut out, line);
        }
    }
    out
}

fn push_paragraph(out: &mut Vec<String>, raw: &str) {
    let p = collapse_spaces(raw);
    if !p.is_empty() {
        out.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_controls() {
        let s = "a\u{1b}[31mred\u{1b}[0m b\u{7}c\u{1b}]0;title\u{7}d\re\u{0}";
        assert_eq!(strip_controls(s), "ared bcd\ne");
    }

    #[test]
    fn strips_c1_and_bidi() {
        assert_eq!(strip_controls("x\u{9b}2Jy\u{202e}z"), "xyz");
    }

    #[test]
    fn keeps_newlines_and_unicode() {
        assert_eq!(strip_controls("Zelenskyy’s\nКиїв 東京 🙂"), "Zelenskyy’s\nКиїв 東京 🙂");
    }

    #[test]
    fn normalises_spaces_and_drops_invisibles() {
        let s = "a\u{a0}b\u{3000}c\u{200b}d\u{ad}e\u{2060}f";
        assert_eq!(strip_controls(s), "a b cdef");
        // ZWJ emoji sequence survives.
        assert_eq!(strip_controls("👩\u{200d}💻"), "👩\u{200d}💻");
    }

    #[test]
    fn clean_line_fast_path_agrees_with_full_cleaning() {
        for s in [
            "plain words",
            " lead",
            "two  spaces",
            "nb\u{a0}sp",
            "zw\u{200b}j",
            "é ü 東京",
            "x\u{85}y",
        ] {
            assert_eq!(clean_line(s), collapse_spaces(&strip_controls(s)), "{s:?}");
        }
    }

    #[test]
    fn carriage_returns_become_newlines() {
        assert_eq!(strip_controls("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(paragraphs("one\r\r two\r"), vec!["one", "two"]);
    }

    #[test]
    fn an_unterminated_sequence_ends_at_the_line_end() {
        let text = "First.\n\nSecond \u{1b}]0;x\n\nThird.\n";
        assert_eq!(paragraphs(text), vec!["First.", "Second", "Third."]);
        for opener in ["\u{1b}]", "\u{1b}P", "\u{1b}_", "\u{9d}", "\u{1b}^", "\u{90}"] {
            let s = format!("One {opener}0;junk\nTwo\r\nThree");
            assert_eq!(strip_controls(&s), "One \nTwo\nThree", "{opener:?}");
        }
        // A CSI left open by a line end or by non-ASCII text gives the text back.
        assert_eq!(strip_controls("a\u{1b}[12\nb"), "a\nb");
        assert_eq!(strip_controls("a\u{1b}[1;é b"), "aé b");
        // Terminated sequences are still removed whole.
        assert_eq!(strip_controls("a\u{1b}]0;t\u{7}b\u{1b}]8;;u\u{1b}\\c\u{9d}x\u{9c}d"), "abcd");
    }

    #[test]
    fn printable_escapes_what_a_terminal_would_obey() {
        assert_eq!(printable("plain née 東京"), "plain née 東京");
        assert_eq!(printable("\u{1b}]0;PWNED\u{7}.txt"), "\\u{1b}]0;PWNED\\u{7}.txt");
        assert_eq!(printable("a\nb\u{202e}c\u{9b}"), "a\\u{a}b\\u{202e}c\\u{9b}");
    }

    #[test]
    fn escape_at_end_of_input_is_dropped() {
        assert_eq!(strip_controls("x\u{1b}"), "x");
        assert_eq!(strip_controls("x\u{1b}["), "x");
        assert_eq!(strip_controls("x\u{1b}]8;;http://a"), "x");
    }

    #[test]
    fn paragraphs_by_blank_line_or_by_line() {
        assert_eq!(paragraphs("a\nb\n\nc\n"), vec!["a b", "c"]);
        assert_eq!(paragraphs("a\nb\nc"), vec!["a", "b", "c"]);
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
