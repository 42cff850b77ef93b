//! Finds quoted passages: curly “...” (nesting counted), straight "..." (an opening mark follows
//! a space, a bracket or the start of a paragraph), and guillemets. Quotes inside a quote are part
//! of it; a closing mark with no opening is ignored; a quote left open ends with its paragraph
//! (the news convention for quotes running over paragraphs), and so does one at a fresh opening
//! mark after a finished sentence (the same convention where the paragraph breaks were lost).

use crate::analysis::Span;

/// One quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to the end of the closing mark (or the paragraph end).
    pub outer: Span,
    /// The quoted words, trimmed of spaces and trailing `,` `.`.
    pub inner: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Curly,
    Straight,
    Guillemet,
}

/// Every top-level quoted passage in `text`, in order.
pub fn find(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    // (style, byte offset of the opening mark, mark length, nesting depth)
    let mut open: Option<(Style, usize, usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let len = c.len_utf8();
        let paragraph_break = c == '\n' && chars.peek().is_some_and(|&(_, n)| n == '\n');
        match (open, c) {
            (Some((_, start, mark, _)), _) if paragraph_break => {
                push(text, &mut out, start, start + mark, i, i);
                open = None;
            }
            // A fresh opening mark after a finished sentence inside a quote: the news
            // convention for a quote running over paragraphs whose breaks were lost ("... fall
            // apart. "It gave me ..."): the quote so far ends there and a new one opens.
            (Some((style, start, mark, 1)), _)
                if reopens(style, c, prev, chars.peek().map(|&(_, n)| n))
                    && ends_sentence(text.get(start + mark..i).unwrap_or_default()) =>
            {
                push(text, &mut out, start, start + mark, i, i);
                open = Some((style, i, len, 1));
            }
            (None, '“') => open = Some((Style::Curly, i, len, 1)),
            (None, '«') => open = Some((Style::Guillemet, i, len, 1)),
            (None, '"') if prev.is_none_or(opens_after) => {
                open = Some((Style::Straight, i, len, 1))
            }
            (Some((Style::Curly, s, m, d)), '“') => open = Some((Style::Curly, s, m, d + 1)),
            (Some((Style::Guillemet, s, m, d)), '«') => {
                open = Some((Style::Guillemet, s, m, d + 1))
            }
            (Some((style, start, mark, depth)), _)
                if matches!(
                    (style, c),
                    (Style::Curly, '”') | (Style::Straight, '"') | (Style::Guillemet, '»')
                ) =>
            {
                if depth > 1 {
                    open = Some((style, start, mark, depth - 1));
                } else {
                    push(text, &mut out, start, start + mark, i, i + len);
                    open = None;
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some((_, start, mark, _)) = open {
        push(text, &mut out, start, start + mark, text.len(), text.len());
    }
    out
}

/// `c` opens a quote of `style` (after a space, before a letter or digit).
fn reopens(style: Style, c: char, prev: Option<char>, next: Option<char>) -> bool {
    let mark = matches!((style, c), (Style::Curly, '“') | (Style::Straight, '"'));
    mark && prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_alphanumeric)
}

/// The quoted text so far ends a sentence: its last non-space character is `.`, `?` or `!`.
fn ends_sentence(quoted: &str) -> bool {
    quoted.trim_end().ends_with(['.', '?', '!'])
}

/// A straight quote opens after whitespace, an opening bracket, a dash or a colon.
fn opens_after(prev: char) -> bool {
    prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | '-' | ':' | '‘')
}

fn push(
    text: &str,
    out: &mut Vec<Quoted>,
    start: usize,
    inner_start: usize,
    close: usize,
    end: usize,
) {
    let Some(raw) = text.get(inner_start..close) else { return };
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim().trim_end_matches([',', '.', ' ']);
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = inner_start + lead;
        out.push(Quoted { outer: start..end, inner: s..s + trimmed.len() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|q| &text[q.inner]).collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(inner("He said “it works,” and \"so it does.\""), ["it works", "so it does"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(inner("“She called it “odd” today,” he said."), ["She called it “odd” today"]);
        assert_eq!(inner("“She said ‘no’ twice.”"), ["She said ‘no’ twice"]);
    }

    #[test]
    fn unbalanced_quote_ends_at_paragraph() {
        assert_eq!(inner("“We will win.\n\nNext para."), ["We will win"]);
        assert_eq!(inner("A stray ” mark and “open"), ["open"]);
    }

    #[test]
    fn a_quote_reopened_after_a_sentence_is_a_new_quote() {
        let text = "She said: \"We won. \"It was hard. \"Next year too.\" Then she left.";
        assert_eq!(inner(text), ["We won", "It was hard", "Next year too"]);
        let text = "“Rain stops. “It was hard.” He left.";
        assert_eq!(inner(text), ["Rain stops", "It was hard"]);
        // Inside a sentence an opening mark is a quote within the quote.
        assert_eq!(inner("“She called it “odd” today,” he said."), ["She called it “odd” today"]);
    }

    #[test]
    fn straight_quote_after_a_letter_does_not_open() {
        assert_eq!(inner("a 6\" pipe"), Vec::<&str>::new());
    }
}
