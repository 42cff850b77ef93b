//! Tokenisation: splits text into words, numbers and punctuation with byte spans, in the style of
//! news treebanks (possessive `'s` and `n't` split off; abbreviations such as `U.S.` and
//! hyphenated words kept whole).

use super::Span;

/// One token: its byte span in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }
}

/// `word` in lower case, borrowed when it has no upper-case letter (most words): the rules
/// compare lower-cased words without allocating for each one.
pub fn lower_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. One pass over the text by byte offset, holding nothing but the
/// tokens (memory is a small multiple of the token count, not of the characters).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let at = |p: usize| text.get(p..).and_then(|rest| rest.chars().next());
    let before = |p: usize| text.get(..p).and_then(|head| head.chars().next_back());
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        let next = i + c.len_utf8();
        if c.is_whitespace() {
            i = next;
            continue;
        }
        if !is_word_char(c) {
            // Possessive / contraction clitic: 's 're 've 'll 'd 'm
            if is_apostrophe(c) && before(i).is_some_and(is_word_char) {
                let mut j = next;
                while let Some(d) = at(j).filter(|d| d.is_alphabetic()) {
                    j += d.len_utf8();
                }
                let clitic = text[next..j].to_ascii_lowercase();
                if matches!(clitic.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m" | "t" | "") {
                    tokens.push(Token { span: start..j });
                    i = j;
                    continue;
                }
            }
            tokens.push(Token { span: start..next });
            i = next;
            continue;
        }
        let mut j = next;
        while let Some(c) = at(j) {
            if is_word_char(c) {
                j += c.len_utf8();
                continue;
            }
            let after = j + c.len_utf8();
            let next_is_word = at(after).is_some_and(is_word_char);
            let prev = before(j).unwrap_or(' ');
            // 1,000 and 3.5 ; U.S. ; well-known ; e-mail
            let joins = match c {
                ',' | '.' if prev.is_ascii_digit() => at(after).is_some_and(|n| n.is_ascii_digit()),
                '.' => next_is_word && is_abbreviation_dot(&text[start..j]),
                '-' | '‐' | '&' => next_is_word,
                '/' => next_is_word && prev.is_ascii_digit(),
                _ => false,
            };
            if joins {
                j = after;
            } else {
                break;
            }
        }
        // A trailing period of an initialism (U.S., a.m.) belongs to the token.
        if at(j) == Some('.') && is_initialism(&text[start..j]) {
            j += 1;
        }
        tokens.push(Token { span: start..j });
        i = j;
    }
    tokens
}

/// At a dot ending `before` (the token so far): "U" in "U.S" (one character) or "U.S" in
/// "U.S.A" (a dot two characters back): single letters separated by dots.
fn is_abbreviation_dot(before: &str) -> bool {
    before.chars().nth(1).is_none() || before.chars().rev().nth(1) == Some('.')
}

/// Letters alternating with dots: "U.S", "a.m", "U.K".
fn is_initialism(token: &str) -> bool {
    token.chars().nth(2).is_some()
        && token
            .chars()
            .enumerate()
            .all(|(k, c)| if k % 2 == 0 { c.is_alphabetic() } else { c == '.' })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_punctuation_and_possessives() {
        assert_eq!(
            words("Zelenskyy’s visit, (U.S.) ends."),
            ["Zelenskyy", "’s", "visit", ",", "(", "U.S.", ")", "ends", "."]
        );
    }

    #[test]
    fn keeps_numbers_and_hyphens() {
        assert_eq!(
            words("a 28-point plan cost $1,250.50 on 2025-11-19"),
            ["a", "28-point", "plan", "cost", "$", "1,250.50", "on", "2025-11-19"]
        );
    }

    #[test]
    fn sentence_final_period_is_separate() {
        assert_eq!(words("in Kyiv. Then"), ["in", "Kyiv", ".", "Then"]);
        assert_eq!(words("at 10 a.m. today"), ["at", "10", "a.m.", "today"]);
    }

    #[test]
    fn initialisms_and_clitics() {
        // A clitic needs a letter before it; "'n" is no clitic.
        assert_eq!(
            words("U.S.A. and U.K.'s a.m. e.g. rock'n'roll"),
            ["U.S.A.", "and", "U.K.", "'", "s", "a.m.", "e.g.", "rock", "'", "n", "'", "roll"]
        );
        assert_eq!(words("don’t we’ll O'Neill"), ["don", "’t", "we", "’ll", "O", "'", "Neill"]);
    }

    #[test]
    fn spans_are_char_boundaries() {
        let s = "東京で 🙂 Kyiv’s";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
    }
}
