//! Sentence splitting over tokens: a sentence ends at `.`, `!` or `?` (with any closing quotes or
//! brackets after it) when the next token starts a new sentence, and always at a paragraph break.
//! Titles and common abbreviations ("Gen.", "Mr.", "Jan.") do not end a sentence.

use super::tokens::Token;
use super::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "rep", "sen", "gov", "pres", "rev", "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs",
    "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "approx", "dept", "est", "fig", "u.s", "e.g", "i.e",
];

fn closes(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Splits the text into sentence spans (from the first token to the last, trimmed).
pub fn split(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let s_start = *start.get_or_insert(t.span.start);
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
        if end_here {
            out.push(s_start..tokens[last].span.end);
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
    ABBREVIATIONS.contains(&lower.as_str())
        || (prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase()))
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
    fn lowercase_continuation_does_not_split() {
        assert_eq!(sents("The U.S. economy grew. It did."), ["The U.S. economy grew.", "It did."]);
    }
}
