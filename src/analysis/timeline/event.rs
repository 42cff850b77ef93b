//! What a date dates, as a short phrase, from the part-of-speech tags of its sentence:
//!
//! - A date that pre-modifies a noun ("the August Trump-Putin summit", "its 2003 results",
//!   "Sunday's ceremony", "the minister's March visit") dates that noun phrase: "the
//!   Trump-Putin summit", "its results", "the ceremony", "the minister's visit".
//! - Otherwise it dates its clause: the verb group governing it (`timeline/clause.rs`), the
//!   predicate up to the date ("landed in Kyiv"), and the subject (`timeline/subject.rs`):
//!   "the delegation landed in Kyiv". A date inside a noun phrase of the predicate leaves the
//!   noun in ("raised its estimate of 2005 oil demand growth" -> "raised its estimate of oil
//!   demand growth").

use super::clause::{earlier_group, predicate_end, tag_name, trim_end, verb_group};
use super::sentence::{Sentence, DETERMINERS};
use super::subject::subject;
use crate::analysis::pos::Tag;
use crate::analysis::tokens::Token;
use crate::analysis::Span;

/// The event the date at `date` dates, from the tokens of its sentence and their tags.
pub fn phrase(text: &str, tokens: &[Token], tags: &[Tag], date: &Span) -> Option<String> {
    let first = tokens.iter().position(|t| t.span.start >= date.start)?;
    let last = tokens.iter().rposition(|t| t.span.end <= date.end)?;
    if last < first || tags.len() != tokens.len() {
        return None;
    }
    let s = Sentence { text, tokens, tags, first, last };
    modified_noun(&s).or_else(|| clause(&s)).map(|p| tidy(&p)).filter(|p| !p.is_empty())
}

/// The first words of the sentence, when no event phrase is found.
pub fn fallback(text: &str, sentence: &Span) -> String {
    let s = text.get(sentence.clone()).unwrap_or("");
    s.split_whitespace().take(8).collect::<Vec<_>>().join(" ")
}

/// The nouns right after token `start` that a date before them modifies ("Trump-Putin summit",
/// "film Flight of the Phoenix"): a run of adjectives and nouns ending in a noun, and one "of"
/// phrase after it.
fn head_after(s: &Sentence, start: usize) -> Option<(usize, usize)> {
    let nominal = |k: usize| {
        s.is_nominal(k) && !s.is_determiner(k) && !s.in_date(k) && tag_name(s, k) != "POS"
    };
    let run_end = |from: usize| {
        let end = (from..s.len().min(from + 5)).take_while(|&k| nominal(k)).last()?;
        (from..=end).rev().find(|&k| s.is_noun(k))
    };
    let mut end = run_end(start)?;
    if s.is_any(end + 1, &["of"]) {
        let det = usize::from(s.is_determiner(end + 2));
        if let Some(e) = run_end(end + 2 + det).filter(|&e| e - start < 8) {
            end = e;
        }
    }
    Some((start, end))
}

/// "the August Trump-Putin summit" -> "the Trump-Putin summit"; "Friday's vote" -> "the vote".
fn modified_noun(s: &Sentence) -> Option<String> {
    let possessive = matches!(s.word(s.last + 1), "'s" | "’s");
    let (a, b) = head_after(s, s.last + 1 + usize::from(possessive))?;
    let head = s.slice(a, b);
    if possessive {
        return Some(format!("the {head}"));
    }
    let before = s.first.checked_sub(1)?;
    // "the minister's March visit": the possessor stands for the determiner.
    if matches!(s.word(before), "'s" | "’s") {
        let end = before.checked_sub(1)?;
        let mut start = end;
        while start > 0 && end - start < 4 && !s.is_determiner(start) {
            let p = start - 1;
            if !s.is_nominal(p) || s.in_date(p) || s.is_punct(p) {
                break;
            }
            start = p;
        }
        return s.is_nominal(end).then(|| format!("{} {head}", s.slice(start, before)));
    }
    // "its 2003 results", "an electronic Christmas card".
    let det = (0..=before)
        .rev()
        .take(3)
        .take_while(|&k| s.is_determiner(k) || tag_name(s, k) == "JJ")
        .find(|&k| s.is_determiner(k));
    if let Some(d) = det {
        return Some(format!("{} {head}", s.slice(d, before)));
    }
    // "the fourth quarter results", unless the noun is the subject of a verb after it ("in
    // the first half of 2005 profits rose").
    let date_opens_with_determiner = s.is_any(s.first, &["the"]);
    let common_noun = matches!(s.tag(a), Some(Tag::NN | Tag::NNS));
    (date_opens_with_determiner && common_noun && !s.is_verb(b + 1)).then(|| format!("the {head}"))
}

/// "the delegation landed in Kyiv".
fn clause(s: &Sentence) -> Option<String> {
    let mut g = verb_group(s)?;
    // A bare participle after a comma (", expected in 2006") says nothing alone: the clause
    // it hangs on does.
    let bare = g.participle && predicate_end(s, &g) == g.end && subject(s, &g).is_none();
    if let Some(earlier) = earlier_group(s, &g).filter(|_| bare) {
        g = earlier;
    }
    let end = predicate_end(s, &g);
    let reaches_date = g.end < s.first && end + 1 == s.first;
    let mut vp = match head_after(s, s.last + 1).filter(|_| reaches_date) {
        // "raised its estimate of 2005 oil demand growth".
        Some((a, b)) => format!("{} {}", s.slice(g.start, end), s.slice(a, b)),
        None => s.slice(g.start, trim_end(s, g.end, end)),
    };
    if let Some((a, b)) = g.split {
        vp = format!("{} {vp}", s.slice(a, b));
    }
    let subject = if g.date_subject { Some((s.first, s.last)) } else { subject(s, &g) };
    Some(match subject {
        // "Born in January 1934, Rowlands won" -> "Rowlands born".
        Some((a, b)) if g.first() == 0 && !s.is_noun(0) => {
            let mut chars = vp.chars();
            let first = chars.next().map(|c| c.to_lowercase().collect::<String>());
            format!("{} {}{}", s.slice(a, b), first.unwrap_or_default(), chars.as_str())
        }
        // "we 're hearing": a clitic joins its subject.
        Some((a, b)) if vp.starts_with(['\'', '’']) => format!("{}{vp}", s.slice(a, b)),
        Some((a, b)) if g.date_subject => format!("{} {vp}", s.slice(a, b)),
        Some((a, b)) => format!("{} {vp}", s.slice_without_date(a, b)),
        None => vp,
    })
}

/// Lower-cases a sentence-initial determiner and squeezes spaces.
fn tidy(p: &str) -> String {
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    match p.split_once(' ') {
        Some((head, rest)) if DETERMINERS.contains(head) => {
            format!("{} {rest}", head.to_lowercase())
        }
        _ => p,
    }
}
