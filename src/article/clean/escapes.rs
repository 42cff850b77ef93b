//! Skipping terminal escape sequences inside text: CSI (`ESC [` or U+009B) up to its final
//! byte, the string sequences (OSC, DCS, SOS, PM, APC, 7- and 8-bit) up to BEL or ST, and
//! two-character escapes. A sequence left open ends at the end of its line at the latest, so an
//! opener without a terminator never swallows the rest of a text.

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

pub(super) fn skip_escape(chars: &mut Chars) {
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
                if is_line_end(c) {
                    break;
                }
                chars.next();
                if !(' '..='/').contains(&c) {
                    break;
                }
            }
        }
        None => {}
    }
}

/// Characters that end any escape sequence left open: nothing past the line is ever swallowed.
fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

pub(super) fn skip_csi(chars: &mut Chars) {
    // Parameter and intermediate bytes (0x20-0x3F), then one final byte in @..~. Anything else
    // ends the sequence without being part of it (it is text again).
    while let Some(&c) = chars.peek() {
        if !(' '..='~').contains(&c) {
            return;
        }
        chars.next();
        if ('@'..='~').contains(&c) {
            return;
        }
    }
}

pub(super) fn skip_string(chars: &mut Chars) {
    // Until BEL, ST (ESC \ or C1 ST), or the end of the line at the latest (the line end stays).
    while let Some(&c) = chars.peek() {
        if is_line_end(c) {
            return;
        }
        chars.next();
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}
