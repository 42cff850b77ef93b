//! The clause a date belongs to: the verb that governs it, the verb group around that verb
//! ("is expected to be sold", "will resume", "plans to create") and the predicate that goes with
//! it, up to the date.
//!
//! The sentence is cut into segments at commas, dashes, brackets and quotation marks. The verb
//! is the nearest one to the left of the date in its segment, else the first to its right; a
//! segment without a verb takes the verb of the clause it hangs on: the next segment's when the
//! date opens the sentence ("On Tuesday, the minister resigned"), else the nearest one before.

use super::sentence::Sentence;

/// A verb group: tokens `start..=end`, and the token its predicate may run to (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbGroup {
    pub start: usize,
    pub end: usize,
    /// Where the predicate stops at the latest: the end of the verb's segment.
    pub limit: usize,
    /// A participle without an auxiliary ("scheduled", "sold"): its subject is the noun
    /// phrase just before it.
    pub participle: bool,
    /// The date itself is the subject ("2005 is the first year", "this day will focus").
    pub date_subject: bool,
    /// The auxiliaries before the date when the date splits the group ("will" in "will from
    /// 8 November be subject to").
    pub split: Option<(usize, usize)>,
}

impl VerbGroup {
    /// The first token of the whole group, auxiliaries before the date included.
    pub fn first(&self) -> usize {
        self.split.map_or(self.start, |(a, _)| a)
    }
}

/// The segment (`start..end`) holding token `i`.
fn segment(s: &Sentence, i: usize) -> (usize, usize) {
    let start = (0..i).rev().find(|&k| s.is_boundary(k) && !s.in_date(k)).map_or(0, |k| k + 1);
    let end = (i + 1..s.len()).find(|&k| s.is_boundary(k) && !s.in_date(k)).unwrap_or(s.len());
    (start, end)
}

/// The verb governing the date, and the auxiliary just before the date when the date splits
/// the verb group.
fn governing_verb(s: &Sentence) -> Option<(usize, Option<usize>)> {
    let (start, end) = segment(s, s.first);
    // "Growth in 2004 was 3%", "this day will focus people": the date ends the subject.
    let finite = |i: usize| s.tag(i).is_some_and(|t| t.is_finite_verb()) && s.is_verb(i);
    let after_preposition = s.first.checked_sub(1).is_some_and(|p| s.is_preposition(p));
    if finite(s.last + 1) && !after_preposition {
        return Some((s.last + 1, None));
    }
    let right = (s.last + 1..end).find(|&i| s.is_verb(i));
    let left = (start..s.first).rev().find(|&i| s.is_verb(i));
    // "experts predict that by the end of next year the numbers will have risen": the date
    // opens the subordinate clause; "that" before a preposition opens one whatever its tag
    // ("showed that in 2004").
    let opens_clause = |v: usize| {
        (v + 1..s.first).any(|k| {
            let before_preposition = s.is_any(k, &["that"]) && s.is_preposition(k + 1);
            s.is_any(k, &["that", "when", "where", "whether", "if"])
                && (s.is_subordinator(k) || before_preposition)
        })
    };
    // "Statistics showed that in 2004, about 94 percent had access": the clause the date opens
    // (right after "that" and a preposition) goes on past the comma.
    let that = |k: Option<usize>| k.is_some_and(|k| s.is_any(k, &["that"]));
    let date_opens_clause = s
        .first
        .checked_sub(1)
        .is_some_and(|p| that(Some(p)) || s.is_preposition(p) && that(p.checked_sub(1)));
    let past_comma = || (end..s.len()).find(|&i| s.is_verb(i)).filter(|_| date_opens_clause);
    let right_of_clause = || right.or_else(past_comma);
    if let (Some(_), Some(r)) = (left.filter(|&v| opens_clause(v)), right_of_clause()) {
        return Some((r, None));
    }
    if let Some(v) = left {
        let next = (s.last + 1..end).find(|&i| !s.is_adverb(i));
        let adjacent = (v + 1..s.first).all(|k| s.is_preposition(k) || s.is_adverb(k));
        return Some(match next {
            Some(n) if adjacent && s.is_auxiliary(v) && s.is_verb(n) => (n, Some(v)),
            _ => (v, None),
        });
    }
    if let Some(v) = right {
        return Some((v, None));
    }
    let opens_sentence = (0..start).all(|k| s.is_boundary(k));
    let after = || (end..s.len()).find(|&i| s.is_verb(i));
    let before = || (0..start).rev().find(|&i| s.is_verb(i));
    let v = if opens_sentence { after().or_else(before) } else { before().or_else(after) };
    v.map(|v| (v, None))
}

pub fn tag_name(s: &Sentence, i: usize) -> &'static str {
    s.tag(i).map_or("", |t| t.as_str())
}

fn is_to(s: &Sentence, i: usize) -> bool {
    tag_name(s, i) == "TO" && s.is_any(i, &["to"])
}

/// Whether token `p` joins the verb group whose leftmost token so far is `cur`.
fn joins_left(s: &Sentence, p: usize, cur: usize) -> bool {
    if s.in_date(p) || s.is_boundary(p) {
        return false;
    }
    if is_to(s, cur) {
        // "managed to", "expected to", and "is due to" through the adjective.
        return s.is_verb(p)
            || matches!(tag_name(s, p), "JJ" | "RB")
                && p.checked_sub(1).is_some_and(|q| s.is_verb(q));
    }
    if matches!(tag_name(s, cur), "JJ" | "RB") && is_to(s, cur + 1) {
        return s.is_verb(p);
    }
    s.is_verb(p) && s.is_auxiliary(p) || s.is_adverb(p) || is_to(s, p) && tag_name(s, cur) == "VB"
}

/// The verb group of the verb at `v`: auxiliaries, adverbs and infinitive "to" before it ("is
/// expected to be sold", "plans to create" keeps "to create"), and auxiliary chains and
/// particles after it ("will resume", "bought out").
pub fn group(s: &Sentence, v: usize, split: Option<usize>) -> VerbGroup {
    let mut start = v;
    while let Some(p) = start.checked_sub(1).filter(|&p| joins_left(s, p, start)) {
        start = p;
    }
    // An adverb that opens the clause ("However the company said") is no part of the group;
    // one after the subject stays ("She first appeared").
    while start < v && s.is_adverb(start) && (start == 0 || s.is_boundary(start - 1)) {
        start += 1;
    }
    let mut end = v;
    while end + 1 < s.len()
        && !s.in_date(end + 1)
        && (tag_name(s, end + 1) == "RP"
            || s.is_auxiliary(end) && s.is_verb(end + 1)
            // "is still to announce", "will not resume"
            || s.is_auxiliary(end) && s.is_adverb(end + 1) && (s.is_verb(end + 2) || is_to(s, end + 2))
            || s.is_adverb(end) && s.is_verb(end + 1)
            || (s.is_verb(end) || s.is_adverb(end)) && is_to(s, end + 1) && s.is_verb(end + 2)
            || is_to(s, end) && s.is_verb(end + 1)
            // "is due to launch", "is likely to rise"
            || s.is_auxiliary(end) && tag_name(s, end + 1) == "JJ" && is_to(s, end + 2) && s.is_verb(end + 3)
            || tag_name(s, end) == "JJ" && is_to(s, end + 1) && s.is_verb(end + 2))
    {
        end += 1;
    }
    let participle = start == v && matches!(tag_name(s, v), "VBN" | "VBG") && split.is_none();
    let split = split.map(|aux| {
        let mut a = aux;
        while let Some(p) = a.checked_sub(1).filter(|&p| joins_left(s, p, a)) {
            a = p;
        }
        (a, aux)
    });
    let (_, limit) = segment(s, v);
    let date_subject = s.last + 1 == start
        && s.tag(start).is_some_and(|t| t.is_finite_verb())
        && !s.first.checked_sub(1).is_some_and(|p| s.is_preposition(p) || s.is_nominal(p));
    VerbGroup { start, end, limit, participle, split, date_subject }
}

/// The verb group of the clause before the one holding `g` ("went on sale in Japan" for ",
/// expected in 2006").
pub fn earlier_group(s: &Sentence, g: &VerbGroup) -> Option<VerbGroup> {
    let (start, _) = segment(s, g.start);
    let v = (0..start).rev().find(|&i| s.is_verb(i))?;
    Some(group(s, v, None))
}

/// The verb group governing the date, if the sentence has a verb.
pub fn verb_group(s: &Sentence) -> Option<VerbGroup> {
    governing_verb(s).map(|(v, split)| group(s, v, split))
}

/// The last token of the predicate after `g`, untrimmed: up to the date when the date follows
/// (at most one prepositional phrase), else the object up to the first preposition.
pub fn predicate_end(s: &Sentence, g: &VerbGroup) -> usize {
    let before_date = g.end < s.first;
    let limit = if before_date { s.first.min(g.limit) } else { g.limit };
    let mut end = g.end;
    let mut prepositions = 0;
    // The last preposition taken, so that a phrase cut for length drops its unfinished
    // prepositional phrase ("unveils its new tool Piero at the Wales v England" -> "... Piero").
    let mut last_preposition = None;
    let mut k = g.end;
    while k + 1 < limit {
        k += 1;
        // "posted a $676m (£352m) loss": brackets are read past.
        if s.word(k) == "(" {
            match (k..limit).find(|&c| s.word(c) == ")") {
                Some(close) => k = close,
                None => break,
            }
            continue;
        }
        // "2006 is where it starts": a bare copula takes the clause after it.
        let copula_clause = !before_date && end == g.end && s.is_auxiliary(g.end);
        if k - g.end > 8 {
            if let Some(p) = last_preposition.filter(|&p| p > g.end + 1) {
                end = p - 1;
            }
            break;
        }
        if s.is_stop(k) || s.is_subordinator(k) && !copula_clause || s.in_date(k) {
            break;
        }
        let in_clause = !before_date && s.is_subordinator(g.end + 1) && s.is_auxiliary(g.end);
        if !before_date && !in_clause && (s.is_verb(k) || tag_name(s, k) == "CC") {
            break;
        }
        // "of" goes on with the noun phrase; a first preposition right after the verb opens
        // its complement ("were put out of action").
        if s.is_preposition(k) && !s.is_any(k, &["of"]) && !s.is_comparison(k) {
            prepositions += 1;
            let complement = k == g.end + 1 && prepositions == 1;
            if !before_date && !complement || prepositions >= 2 && (k - g.end > 4 || !before_date) {
                break;
            }
            last_preposition = Some(k);
        }
        end = k;
    }
    // "said it would": the pronoun opens a new clause.
    if !before_date && end > g.end && tag_name(s, end) == "PRP" {
        end -= 1;
    }
    end
}

/// Drops trailing prepositions, determiners and conjunctions ("landed in Kyiv on" -> "landed
/// in Kyiv") down to `floor`.
pub fn trim_end(s: &Sentence, floor: usize, mut end: usize) -> usize {
    while end > floor
        && (s.is_preposition(end)
            || s.is_determiner(end)
            || tag_name(s, end) == "CC"
            || s.is_punct(end) && s.word(end) != ")")
    {
        end -= 1;
    }
    end
}
