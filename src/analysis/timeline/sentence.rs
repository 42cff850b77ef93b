//! The token view of one sentence the event heuristic reads: word lists (auxiliaries, common
//! verbs, prepositions and conjunctions that end a phrase, determiners) and the tests on a
//! token (is it punctuation, a verb, an auxiliary).

use crate::analysis::tokens::Token;

pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "'s", "'ll",
    "’ll", "not", "n't", "also", "already", "still", "just",
];

pub const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "met",
    "meet",
    "meets",
    "went",
    "came",
    "told",
    "took",
    "gave",
    "made",
    "saw",
    "found",
    "left",
    "began",
    "begins",
    "won",
    "lost",
    "held",
    "holds",
    "sent",
    "got",
    "fell",
    "rose",
    "paid",
    "sold",
    "bought",
    "led",
    "fled",
    "struck",
    "spoke",
    "wrote",
    "broke",
    "chose",
    "flew",
    "ran",
    "brought",
    "fought",
    "knew",
    "grew",
    "became",
    "kept",
    "built",
    "spent",
    "stood",
    "shot",
    "hit",
    "set",
    "put",
    "cut",
    "quit",
    "arrive",
    "arrives",
    "visit",
    "visits",
    "begin",
    "take",
    "takes",
    "hold",
    "leave",
    "leaves",
    "vote",
    "votes",
    "sign",
    "signs",
    "start",
    "starts",
    "end",
    "ends",
    "open",
    "opens",
    "launch",
    "launches",
    "return",
    "returns",
    "resume",
    "resumes",
    "expire",
    "expires",
    "die",
    "dies",
    "killed",
    "announce",
    "announces",
    "report",
    "reports",
    "release",
    "releases",
];

/// Words that end a noun phrase going left or right.
pub const STOP: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "to", "with", "during", "since", "until", "after",
    "before", "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "while", "as",
    "than", "because", "if", "though", "although", "where", "into", "onto", "over",
];

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "last", "next",
];

/// Prepositions that introduce a date ("on Wednesday") and are dropped from the phrase.
pub const DATE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "by", "during", "since", "until", "from", "through", "before", "after", "for",
];

pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [&'a Token],
}

impl Sentence<'_> {
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }
    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }
    pub fn is_punct(&self, i: usize) -> bool {
        let w = self.word(i);
        w != "%" && !w.chars().any(char::is_alphanumeric)
    }
    pub fn is_verb(&self, i: usize) -> bool {
        let w = self.lower(i);
        if VERBS.contains(&w.as_str()) || matches!(w.as_str(), "is" | "are" | "was" | "were") {
            return true;
        }
        // The word after a modal is a verb: "will impose", "could not meet".
        let modal = ["will", "would", "can", "could", "should", "must", "might", "shall", "'ll"];
        let before = (0..i).rev().find(|&k| !matches!(self.lower(k).as_str(), "not" | "also"));
        if before.is_some_and(|k| modal.contains(&self.lower(k).as_str()))
            && !self.is_aux(i)
            && !self.is_punct(i)
        {
            return true;
        }
        let after_determiner = i > 0 && DETERMINERS.contains(&self.lower(i - 1).as_str());
        w.len() > 4 && w.ends_with("ed") && !after_determiner && !self.capital(i)
    }
    pub fn capital(&self, i: usize) -> bool {
        i > 0 && self.word(i).starts_with(char::is_uppercase)
    }
    /// Text from token `a` to token `b` inclusive.
    pub fn slice(&self, a: usize, b: usize) -> String {
        let (Some(s), Some(e)) = (self.tokens.get(a), self.tokens.get(b)) else {
            return String::new();
        };
        self.text.get(s.span.start..e.span.end).unwrap_or("").to_string()
    }
}

impl Sentence<'_> {
    pub fn is_aux(&self, i: usize) -> bool {
        AUXILIARIES.contains(&self.lower(i).as_str())
    }
}
