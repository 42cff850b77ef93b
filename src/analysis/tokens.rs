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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            // Possessive / contraction clitic: 's 're 've 'll 'd 'm
            if is_apostrophe(c) && i > 0 && is_word_char(chars[i - 1].1) {
                let mut j = i + 1;
                while j < chars.len() && chars[j].1.is_alphabetic() {
                    j += 1;
                }
                let clitic: String =
                    chars[i + 1..j].iter().map(|&(_, c)| c.to_ascii_lowercase()).collect();
                if matches!(clitic.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m" | "t" | "") {
                    tokens.push(Token { span: start..end_of(j) });
                    i = j;
                    continue;
                }
            }
            tokens.push(Token { span: start..end_of(i + 1) });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if is_word_char(c) {
                j += 1;
                continue;
            }
            let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            let prev = chars[j - 1].1;
            // 1,000 and 3.5 ; U.S. ; well-known ; e-mail
            let joins = match c {
                ',' | '.' if prev.is_ascii_digit() => {
                    chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit())
                }
                '.' => next_is_word && is_abbreviation_dot(&chars, i, j),
                '-' | '‐' | '&' => next_is_word,
                '/' => next_is_word && prev.is_ascii_digit(),
                _ => false,
            };
            if joins {
                j += 1;
            } else {
                break;
            }
        }
        // A trailing period of an initialism (U.S., a.m.) belongs to the token.
        if j < chars.len() && chars[j].1 == '.' && is_initialism(&chars[i..j]) {
            j += 1;
        }
        tokens.push(Token { span: start..end_of(j) });
        i = j;
    }
    tokens
}

/// `U.S` when we are at the dot in "U.S.": single letters separated by dots.
fn is_abbreviation_dot(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    dot - start == 1 || chars[start..dot].iter().rev().nth(1).is_some_and(|&(_, c)| c == '.')
}

/// Letters alternating with dots: "U.S", "a.m", "U.K".
fn is_initialism(chars: &[(usize, char)]) -> bool {
    chars.len() >= 3
        && chars
            .iter()
            .enumerate()
            .all(|(k, &(_, c))| if k % 2 == 0 { c.is_alphabetic() } else { c == '.' })
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
    fn spans_are_char_boundaries() {
        let s = "東京で 🙂 Kyiv’s";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
    }
}
