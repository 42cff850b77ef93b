//! Sentence splitting over tokens: a sentence ends at `.`, `!` or `?` (with any closing quotes or
//! brackets after it) when the next token starts a new sentence, and always at a paragraph break.
//! Titles, common abbreviations ("Gen.", "Mr.", "Jan.") and a state after its city ("Milpitas,
//! Calif.") do not end a sentence. A run of more
//! than [`MAX_SENTENCE_TOKENS`] tokens without an end (a table or list that lost its full stops)
//! is cut into pieces of that length, so that no stage's work per sentence grows without bound.

use super::document::Sentence;
use super::lexicon::places::is_state_after_city;
use super::lexicon::titles::ABBREVIATIONS;
use super::tokens::Token;
use super::Span;

/// The longest sentence, in tokens; news sentences stay far below it.
pub const MAX_SENTENCE_TOKENS: usize = 250;

fn closes(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Splits the text into sentence spans (from the first token to the last, trimmed).
pub fn split(text: &str, tokens: &[Token]) -> Vec<Span> {
    split_tokens(text, tokens).into_iter().map(|s| s.span).collect()
}

/// Splits the text into sentences with their byte spans and token ranges.
pub fn split_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let first = *start.get_or_insert(i);
        let word = t.text(text);
        let mut end_here = false;
        let mut last = i;
        if matches!(word, "." | "!" | "?" | "…") || word.ends_with("...") {
            while last + 1 < tokens.len()
                && closes(tokens[last + 1].text(text))
                && tokens[last + 1].span.start == tokens[last].span.end
            {
                last += 1;
            }
            end_here = match tokens.get(last + 1) {
                None => true,
                Some(next) => {
                    word != "."
                        || !is_abbreviation(text, tokens, i)
                        || starts_sentence_strongly(next.text(text))
                }
            } && tokens.get(last + 1).is_none_or(|n| may_start_sentence(n.text(text)));
        }
        // A paragraph break ends a sentence whatever precedes it.
        if let Some(next) = tokens.get(last + 1) {
            if text[tokens[last].span.end..next.span.start].contains("\n\n") {
                end_here = true;
            }
        } else {
            end_here = true;
        }
        if end_here || last + 1 - first >= MAX_SENTENCE_TOKENS {
            let span = tokens[first].span.start..tokens[last].span.end;
            out.push(Sentence { span, tokens: first..last + 1 });
            start = None;
        }
        i = last + 1;
    }
    out
}

fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    if dot == 0 || tokens[dot - 1].span.end != tokens[dot].span.start {
        return false;
    }
    let prev = tokens[dot - 1].text(text);
    let lower = prev.to_lowercase();
    let state = dot >= 3
        && is_state_after_city(tokens[dot - 3].text(text), tokens[dot - 2].text(text), prev);
    ABBREVIATIONS.contains(&lower)
        || (prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase()))
        || state
}

fn may_start_sentence(next: &str) -> bool {
    next.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn starts_sentence_strongly(next: &str) -> bool {
    matches!(
        next,
        "The" | "A" | "An" | "He" | "She" | "It" | "They" | "We" | "I" | "But" | "In" | "This"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokenize;

    fn sents(s: &str) -> Vec<&str> {
        split(s, &tokenize(s)).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn splits_at_final_punctuation() {
        assert_eq!(
            sents("It rained. Then it stopped! Why? No."),
            ["It rained.", "Then it stopped!", "Why?", "No."]
        );
    }

    #[test]
    fn titles_and_initials_do_not_split() {
        assert_eq!(
            sents("Army Chief of Staff Gen. Randy George landed. John F. Kennedy spoke."),
            ["Army Chief of Staff Gen. Randy George landed.", "John F. Kennedy spoke."]
        );
    }

    #[test]
    fn closing_quote_stays_with_sentence() {
        assert_eq!(sents("He said “it works.” She left."), ["He said “it works.”", "She left."]);
    }

    #[test]
    fn paragraph_break_ends_sentence() {
        assert_eq!(sents("A headline\n\nBody text here."), ["A headline", "Body text here."]);
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_pieces() {
        let text = "Kyiv officials met Moscow envoys on Wednesday ".repeat(100);
        let tokens = tokenize(&text);
        let pieces = split_tokens(&text, &tokens);
        assert_eq!(pieces.len(), tokens.len().div_ceil(MAX_SENTENCE_TOKENS));
        assert!(pieces.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(pieces.last().map(|s| s.tokens.end), Some(tokens.len()), "every token kept");
        assert!(pieces.windows(2).all(|w| w[0].tokens.end == w[1].tokens.start));
    }

    #[test]
    fn a_state_abbreviation_after_its_city_does_not_split() {
        assert_eq!(
            sents("A firm of Milpitas, Calif., bought it. He went to Mass. Then he left."),
            ["A firm of Milpitas, Calif., bought it.", "He went to Mass.", "Then he left."]
        );
    }

    #[test]
    fn lowercase_continuation_does_not_split() {
        assert_eq!(sents("The U.S. economy grew. It did."), ["The U.S. economy grew.", "It did."]);
    }
}
