//! Text cleaning: strips terminal escape sequences and control characters from any string that
//! comes from outside, and normalises whitespace inside paragraphs.

/// Removes ANSI/VT escape sequences (CSI, OSC, DCS, ...) and every control character except
/// `\n` and `\t` (tabs become spaces). Carriage returns are dropped.
pub fn strip_controls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI / OSC / DCS introducers: skip their sequence too.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            // Bidi overrides and zero-width format characters that can disguise text.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' => {}
            c => out.push(c),
        }
    }
    out
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        Some(_) => {
            // Two-character escape (ESC c, ESC 7, ...), possibly with intermediates.
            while let Some(&c) = chars.peek() {
                chars.next();
                if !(' '..='/').contains(&c) {
                    break;
                }
            }
        }
        None => {}
    }
}

fn skip_csi(chars: &mut Chars) {
    // Parameters and intermediates, then one final byte in @..~.
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
    }
}

fn skip_string(chars: &mut Chars) {
    // Until BEL, ST (ESC \) or C1 ST.
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Cleans a one-line field (title, source, url): controls stripped, whitespace collapsed.
pub fn clean_line(s: &str) -> String {
    collapse_spaces(&strip_controls(s))
}

/// Collapses runs of whitespace (including newlines) to one space and trims the ends.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a body into cleaned paragraphs. A paragraph ends at a blank line; when the text has no
/// blank lines at all, each non-empty line is a paragraph (as in the sample article). Lines
/// inside a paragraph are joined with a space.
pub fn paragraphs(body: &str) -> Vec<String> {
    let body = strip_controls(body);
    let has_blank_line = body.lines().any(|l| l.trim().is_empty())
        && body.lines().filter(|l| !l.trim().is_empty()).count() > 1;
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
        assert_eq!(strip_controls(s), "ared bcde");
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
    fn paragraphs_by_blank_line_or_by_line() {
        assert_eq!(paragraphs("a\nb\n\nc\n"), vec!["a b", "c"]);
        assert_eq!(paragraphs("a\nb\nc"), vec!["a", "b", "c"]);
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
