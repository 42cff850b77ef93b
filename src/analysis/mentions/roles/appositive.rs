//! The role in an appositive after a name: "Dan Driscoll, the Army secretary," -> "Army
//! secretary"; "Ann Lee, an analyst at Harbour Securities," -> "analyst at Harbour Securities";
//! "Bo Park, who is deputy mayor," -> "deputy mayor"; "Cy Moon, 45, a lawyer from Leeds," ->
//! "lawyer from Leeds"; and one before it: "The bank's boss, Joe Bloggs, said" -> "bank's boss".

use super::{in_name, is_role_head, phrase, MAX_MODIFIERS};
use crate::analysis::document::Document;
use crate::analysis::lexicon::calendar::{MONTHS, WEEKDAYS};
use crate::analysis::lexicon::reporting::REPORT_VERBS;
use crate::analysis::mentions::lexicon::{
    is_capitalised, is_courtesy_title, is_function_word, is_honorific, is_possessive,
    is_role_modifier, is_title_head,
};
use crate::analysis::Span;

/// Longest phrase after the head's preposition ("at the Delft University of Technology"), in
/// tokens.
const MAX_COMPLEMENT: usize = 10;

/// Prepositions that attach a role to its organization, field or place.
const ROLE_PREPOSITIONS: &[&str] = &["of", "at", "for", "with", "in", "from"];

/// Words that end an appositive: it has become a clause.
const CLAUSE_WORDS: &[&str] = &["who", "which", "that", "and", "but", "when", "where", "while"];

/// After a comma, an optional "who is"/"who was" and determiner, modifiers and a head ("secretary
/// general" counts as one), closed by punctuation or the end of the text; or followed by a
/// preposition and a short phrase closed so ("analyst at Harbour Securities", "head of equity
/// trading at Nordby Bank"), a comma inside a name allowed. When the phrase runs on into a
/// clause the title alone stands ("a spokesman for the company that ..." -> "spokesman").
pub fn appositive_after(doc: &Document, mention: &Span, names: &[Span]) -> Option<String> {
    let last = doc.token_ending_at(mention.end)?;
    if doc.word(last + 1) != "," {
        return None;
    }
    let mut start = last + 2;
    // "Ann Vole, 45, a lawyer": an age between the name and its appositive (not "Brown, 42,
    // was lead singer", a clause).
    let age = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    if age(doc.word(start)) && doc.word(start + 1) == "," {
        let next = doc.word(start + 2).to_lowercase();
        if !matches!(next.as_str(), "a" | "an" | "the" | "who") {
            return None;
        }
        start += 2;
    }
    // "who is chief executive", "who was finance minister until May": the clause's verb
    // makes the words after the head the clause's, not the role's.
    let clause = doc.word(start) == "who" && matches!(doc.word(start + 1), "is" | "was");
    if clause {
        start += 2;
    }
    role_phrase_at(doc, start, names, clause)
}

/// The role phrase from token `start`: an optional determiner, modifiers and a head, then a
/// complement after a preposition that the phrase closes after ("analyst at Harbour
/// Securities,"), or a date ("chief executive of Renault last year"). With `clause` the words
/// after the head may be the clause's ("who was finance minister until May" -> "finance
/// minister"); without, the phrase must close right after its head or complement.
pub(super) fn role_phrase_at(
    doc: &Document,
    mut start: usize,
    names: &[Span],
    clause: bool,
) -> Option<String> {
    if matches!(doc.word(start).to_lowercase().as_str(), "the" | "a" | "an") {
        start += 1;
    }
    let mut end = start;
    while end < start + MAX_MODIFIERS + 1 {
        let w = doc.word(end);
        let possessive = is_possessive(w) && end > start;
        // "the Work and Pensions Secretary": "and" between two capitalised words of a title.
        // Not two people's names ("Dickie Betts and Elvis Bishop", "Mr Mann and Mr King").
        let second = doc.word(end + 1);
        let joined = w == "and"
            && end > start
            && is_capitalised(doc.word(end - 1))
            && is_capitalised(second)
            && !in_name(doc, end + 1, names)
            && !is_honorific(second)
            && !is_courtesy_title(second);
        let fits = is_title_head(w)
            || is_role_head(w, false)
            || is_role_modifier(w)
            || possessive
            || joined
            || is_plain_modifier(w);
        if !fits {
            break;
        }
        end += 1;
    }
    // The head is the last role word of the run ("labs editor", not a word after it).
    let head = (start..end).rev().find(|&k| is_role_head(doc.word(k), false))?;
    let general_after_head = doc.word(head + 1) == "general" && is_title_head(doc.word(head));
    let head = if general_after_head { head + 1 } else { head };
    let closes = |k: usize| {
        matches!(doc.word(k), "," | "." | ";" | "(" | ")" | "—" | "–" | "") || starts_date(doc, k)
    };
    let after = head + 1;
    if ROLE_PREPOSITIONS.contains(&doc.word(after)) {
        if let Some(end) = names_run_end(doc, after + 1, &closes) {
            return phrase(doc, start, end);
        }
        let complement = (after + 1..after + 1 + MAX_COMPLEMENT).find(|&k| {
            let w = doc.word(k);
            closes(k) && !(w == "," && in_name(doc, k, names))
                || CLAUSE_WORDS.contains(&w)
                || REPORT_VERBS.contains(w)
        });
        return match complement {
            Some(k) if closes(k) && k > after + 1 => {
                // "of Renault in 2003": the date's preposition is not the role's.
                let date_word = |w: &str| DATE_PREPOSITIONS.contains(&w) || is_determiner(w);
                let end = (after + 1..k).rev().find(|&e| !date_word(doc.word(e)));
                phrase(doc, start, end.unwrap_or(head))
            }
            _ => phrase(doc, start, head),
        };
    }
    (closes(after) || clause).then(|| phrase(doc, start, head)).flatten()
}

/// "of the Association of Muslim Scholars", "of Economy, Trade and Industry": the longest run
/// of names from token `k` (after an optional "the"; "of", "and" and list commas inside) that
/// the appositive closes after; its last token.
fn names_run_end(doc: &Document, k: usize, closes: &impl Fn(usize) -> bool) -> Option<usize> {
    let k = if doc.word(k) == "the" { k + 1 } else { k };
    let inside = |j: usize| {
        let w = doc.word(j);
        is_capitalised(w)
            || (j > k && matches!(w, "of" | "and"))
            || (j > k && w == "," && (is_capitalised(doc.word(j + 1)) || doc.word(j + 1) == "and"))
    };
    let run = (k..k + 8).take_while(|&j| inside(j)).count();
    (k..k + run).rev().find(|&j| is_capitalised(doc.word(j)) && closes(j + 1))
}

/// Prepositions that may open a date after a role ("in 2003", "since May").
const DATE_PREPOSITIONS: &[&str] = &["in", "on", "since", "until", "from", "by", "at"];

/// Token `k` opens a date that ends a role: a month, weekday or year, or "last", "next",
/// "this" or "earlier" before one or before a calendar noun ("last year").
fn starts_date(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    let calendar = |w: &str| {
        MONTHS.contains(w)
            || WEEKDAYS.contains(w)
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, "year" | "month" | "week" | "spring" | "summer" | "autumn" | "winter")
    };
    let relative = matches!(w, "last" | "next" | "this" | "earlier" | "until" | "since");
    // "Film 2005", "Windows 2000": a year after a capitalised word is part of a name.
    let year = w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && !k.checked_sub(1).is_some_and(|p| is_capitalised(doc.word(p)));
    is_capitalised(w) && (MONTHS.contains(w) || WEEKDAYS.contains(w))
        || year
        || relative && calendar(doc.word(k + 1))
}

fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

/// A word that may modify a head in an appositive: a capitalised name word or a lower-case
/// word of letters that is not a function word ("labs", "equity", "UN").
fn is_plain_modifier(w: &str) -> bool {
    let letters = w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.');
    let capital_ok = !is_capitalised(w) || w.chars().any(char::is_alphabetic);
    letters && capital_ok && !is_function_word(w) && !REPORT_VERBS.contains(w)
}

/// The role in an appositive before a name that is closed after it: "The bank's boss, Joe
/// Bloggs, was fired" -> "bank's boss"; "Its chief executive, Ann Lee, said" -> "chief
/// executive". The phrase opens its sentence or follows a determiner, and holds only modifiers
/// before its head.
pub fn appositive_before(doc: &Document, mention: &Span) -> Option<String> {
    let mut first = doc.token_starting_at(mention.start)?;
    let last = doc.token_ending_at(mention.end)?;
    // "Its chairman, Lord Browne,": a form of address between the comma and the name.
    while first > 0 && (is_honorific(doc.word(first - 1)) || is_courtesy_title(doc.word(first - 1)))
    {
        first -= 1;
    }
    if first < 2 || doc.word(first - 1) != "," || doc.word(last + 1) != "," {
        return None;
    }
    let end = first - 2;
    let head = complement_head(doc, end).unwrap_or(end);
    if !is_role_head(doc.word(head), false) {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < MAX_MODIFIERS {
        let w = doc.word(start - 1);
        // "The firm's founder and chairman, Bill Burns,": two posts joined by "and".
        let joins_heads = w == "and" && start >= 2 && is_role_head(doc.word(start - 2), false);
        let fits = is_title_head(w)
            || is_role_modifier(w)
            || is_possessive(w)
            || joins_heads
            || is_plain_modifier(w) && !doc.is_sentence_initial(start - 1);
        if !fits {
            break;
        }
        start -= 1;
    }
    let opener = start.checked_sub(1).map_or("", |k| doc.word(k)).to_lowercase();
    let opens = doc.is_sentence_initial(start)
        || matches!(opener.as_str(), "the" | "its" | "their" | "his" | "her" | "a" | "an")
            && start.checked_sub(1).is_some_and(|k| doc.is_sentence_initial(k));
    opens.then(|| phrase(doc, start, end)).flatten()
}

/// "The head of the IMF, Ann Lee,", "A spokesman for the firm, Bo Park,": the head of a role
/// whose complement ends at token `end`: a role preposition after the head, then at most
/// [`MAX_COMPLEMENT`] words with no comma, clause word or verb of saying among them.
fn complement_head(doc: &Document, end: usize) -> Option<usize> {
    let low = end.saturating_sub(MAX_COMPLEMENT);
    for p in (low.max(1)..end).rev() {
        let w = doc.word(p);
        if matches!(w, "," | ";" | "(" | ")")
            || CLAUSE_WORDS.contains(&w)
            || REPORT_VERBS.contains(w)
        {
            return None;
        }
        if ROLE_PREPOSITIONS.contains(&w) && is_role_head(doc.word(p - 1), false) {
            return Some(p - 1);
        }
    }
    None
}
