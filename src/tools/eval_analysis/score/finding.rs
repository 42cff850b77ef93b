//! What the report says about one miss or false find ([`Finding`]), and the [`Locator`] that
//! turns byte spans of the body into its character offsets and context.

use super::Family;
use crate::analysis::Span;
use crate::report::CharOffsets;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// A gold item the program did not get right.
    Miss,
    /// A program find that matches no gold item.
    False,
}

/// One miss or false find, with what a reader needs to look it up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub family: Family,
    pub outcome: Outcome,
    /// Character offsets into the body (as in the gold files), for items with a span.
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub text: String,
    /// Its kind, value, speaker, `about` or role.
    pub what: String,
    /// What the other side has at that place, if anything.
    pub other: Option<String>,
    /// A few words either side, the item in brackets.
    pub context: String,
}

/// Turns byte spans of the body into the character offsets and context of a [`Finding`].
pub struct Locator<'a> {
    text: &'a str,
    chars: CharOffsets<'a>,
}

/// Words of context either side of a finding.
const CONTEXT_WORDS: usize = 6;
/// Characters of a long item kept in its context.
const CONTEXT_ITEM_CHARS: usize = 60;

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text, chars: CharOffsets::new(text) }
    }

    /// The text of a span of the body.
    pub fn text(&self, span: &Span) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// A finding about the item at `span` (bytes): its text, offsets and context.
    pub fn finding(
        &self,
        (family, outcome): (Family, Outcome),
        span: &Span,
        what: String,
        other: Option<String>,
    ) -> Finding {
        Finding {
            family,
            outcome,
            start: Some(self.chars.char_at(span.start)),
            end: Some(self.chars.char_at(span.end)),
            text: self.text(span).to_string(),
            what,
            other,
            context: self.context(span),
        }
    }

    /// A finding about something with no span of its own (a pair of names, a role).
    pub fn unplaced(
        (family, outcome): (Family, Outcome),
        text: String,
        what: String,
        other: Option<String>,
    ) -> Finding {
        Finding {
            family,
            outcome,
            start: None,
            end: None,
            text,
            what,
            other,
            context: String::new(),
        }
    }

    fn context(&self, span: &Span) -> String {
        if self.text.get(span.clone()).is_none() {
            return String::new();
        }
        let (before, after) = (&self.text[..span.start], &self.text[span.end..]);
        let mut left: Vec<&str> = before.split_whitespace().rev().take(CONTEXT_WORDS).collect();
        left.reverse();
        let right: Vec<&str> = after.split_whitespace().take(CONTEXT_WORDS).collect();
        let item: Vec<&str> = self.text(span).split_whitespace().collect();
        let mut item = item.join(" ");
        if item.chars().count() > CONTEXT_ITEM_CHARS {
            item = item.chars().take(CONTEXT_ITEM_CHARS).collect::<String>() + "…";
        }
        let gap = |s: &str, at_end: bool| {
            let space = if at_end {
                s.ends_with(char::is_whitespace)
            } else {
                s.starts_with(char::is_whitespace)
            };
            if space {
                " "
            } else {
                ""
            }
        };
        format!(
            "{}{}[{item}]{}{}",
            left.join(" "),
            gap(before, true),
            gap(after, false),
            right.join(" ")
        )
    }
}
