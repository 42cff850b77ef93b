//! The tense of the clause around an expression, from auxiliaries and verb forms nearby: it
//! decides whether "Friday" or "August" lies before or after the publication date.

use super::words::Words;

/// Which way from the publication date the clause points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo",
    "going",
    "expected",
    "expects",
    "scheduled",
    "plans",
    "plan",
    "planning",
    "planned",
    "due",
    "upcoming",
    "next",
    "hopes",
    "intends",
    "must",
    "slated",
    "payable",
    "expire",
    "expires",
    "begins",
    "starts",
    "deadline",
    "soon",
];

const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "ago", "went", "came", "met", "told", "took", "gave",
    "made", "saw", "found", "left", "began", "won", "lost", "held", "sent", "got", "fell", "rose",
    "paid", "sold", "bought", "led", "fled", "struck", "spoke", "wrote", "broke", "chose", "flew",
    "drove", "ran", "thought", "brought", "caught", "fought", "knew", "grew", "threw", "became",
    "felt", "kept", "built", "spent", "stood", "shot", "quit", "last", "earlier", "former", "been",
    "since", "ended", "closed",
];

/// Words ending in "-ed" that are not past forms.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "feed",
    "red",
    "bed",
    "hundred",
    "seed",
    "shed",
    "led",
    "fed",
    "indeed",
    "proceed",
    "succeed",
    "exceed",
    "weed",
    "breed",
    "greed",
    "creed",
    "ted",
    "ned",
    "fred",
    "united",
    "limited",
    "proposed",
    "related",
    "based",
    "reduced",
    "increased",
    "added",
];

/// Words before an "-ed" form that make it a participle or adjective, not a past verb.
const BEFORE_PARTICIPLE: &[&str] = &[
    "be", "being", "is", "are", "to", "the", "a", "an", "its", "their", "his", "her", "our", "'s",
    "’s", "get", "gets", "will",
];

/// The tense token `i` signals, if any.
fn cue(words: &Words, i: usize) -> Tense {
    let word = words.at(i);
    if FUTURE.contains(&word) {
        return Tense::Future;
    }
    if PAST.contains(&word) {
        return Tense::Past;
    }
    let participle = i > 0 && words.is_any(i - 1, BEFORE_PARTICIPLE);
    if word == "set" && participle {
        return Tense::Future;
    }
    let past_form = word.len() > 4 && word.ends_with("ed") && !NOT_PAST.contains(&word);
    if past_form && !participle {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// The tense governing tokens `start..end`: the nearest cue to the left in the sentence, else
/// the nearest to the right.
pub fn around(words: &Words, start: usize, end: usize) -> Tense {
    let (s0, s1) = words.sentence(start);
    let left = (s0.max(start.saturating_sub(12))..start).rev();
    for i in left {
        if matches!(words.at(i), ";" | ":") {
            break;
        }
        let t = cue(words, i);
        if t != Tense::Unknown {
            return t;
        }
    }
    for i in end..s1.min(end + 5) {
        if matches!(words.at(i), ";" | ":" | "," | "\"" | "``" | "''") {
            break;
        }
        let t = cue(words, i);
        if t != Tense::Unknown {
            return t;
        }
    }
    Tense::Unknown
}
