//! Roles of a person: the title written before a name ("US Army Secretary Dan Driscoll",
//! "Kremlin spokesman Dmitry Peskov", "Army Chief of Staff Gen. Randy George" gives two roles,
//! "Army Chief of Staff" and "Gen.") and an appositive after it ("Dan Driscoll, the Army
//! secretary,"). A title ends in a head word from the lexicon and takes at most four modifiers
//! before it: capitalised words, lower-case role modifiers or other heads; never a function word
//! and never an unknown capitalised word that only starts the sentence.

use super::lexicon::{
    is_capitalised, is_courtesy_title, is_function_word, is_honorific, is_role_modifier,
    is_title_head, is_title_of_object,
};
use super::mention::name_key;
use crate::analysis::document::Document;
use crate::analysis::Span;

const MAX_MODIFIERS: usize = 4;

/// Heads that make a following "General" part of the title ("Attorney General").
const GENERAL_AFTER: &[&str] = &["attorney", "secretary", "surgeon", "inspector", "solicitor"];

/// Every role found around the mentions of one person, longest first, each once.
pub fn roles(doc: &Document, mentions: &[Span], names: &[Span]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in mentions {
        let mut found = roles_before(doc, m, names);
        found.extend(appositive_after(doc, m));
        for role in found {
            if !out.contains(&role) {
                out.push(role);
            }
        }
    }
    out.sort_by_key(|r| std::cmp::Reverse(r.split(' ').count()));
    out
}

/// The text from token `a` to token `b`, inclusive.
fn phrase(doc: &Document, a: usize, b: usize) -> Option<String> {
    let (ta, tb) = (doc.tokens().get(a)?, doc.tokens().get(b)?);
    Some(name_key(doc.slice(&(ta.span.start..tb.span.end))))
}

/// Token `i` is inside a name mention.
fn in_name(doc: &Document, i: usize, names: &[Span]) -> bool {
    let Some(t) = doc.tokens().get(i) else { return false };
    // `names` is in reading order: only a name starting at or before the token can hold it.
    let after = names.partition_point(|n| n.start <= t.span.start);
    names[..after].iter().rev().take(4).any(|n| t.span.end <= n.end)
}

/// Token `i` may stand before a title head as a modifier.
fn is_modifier(doc: &Document, i: usize, names: &[Span]) -> bool {
    let w = doc.word(i);
    if is_function_word(w) || !w.chars().any(char::is_alphabetic) {
        return false;
    }
    if !is_capitalised(w) {
        return is_role_modifier(w) || is_title_head(w);
    }
    let known =
        || in_name(doc, i, names) || is_title_head(w) || is_role_modifier(&w.to_lowercase());
    !doc.is_sentence_initial(i) || known()
}

/// The titles right before a mention: an honorific ("Gen.") and a title phrase ending in a head.
fn roles_before(doc: &Document, mention: &Span, names: &[Span]) -> Vec<String> {
    let mut out = Vec::new();
    let Some(first) = doc.token_starting_at(mention.start) else { return out };
    let mut k = first;
    // Honorifics: "Gen.", "Lt. Gen.", "Colonel"; courtesy titles are skipped without a role.
    let honorific_end = k;
    while k > 0 {
        let (w, dotted) = match doc.word(k - 1) {
            "." if k > 1 => (doc.word(k - 2), true),
            w => (w, false),
        };
        let general_in_title = w.eq_ignore_ascii_case("general")
            && k >= 2
            && GENERAL_AFTER.contains(&doc.word(k - 2).to_lowercase().as_str());
        if !(is_honorific(w) || is_courtesy_title(w)) || general_in_title || !is_capitalised(w) {
            break;
        }
        k -= if dotted { 2 } else { 1 };
    }
    if k < honorific_end && !is_courtesy_title(doc.word(k)) {
        out.extend(phrase(doc, k, honorific_end - 1));
    }
    // Title phrase: [modifiers] head [of Object].
    let Some(mut head) = k.checked_sub(1) else { return out };
    let end = head;
    if is_title_of_object(doc.word(head)) && head >= 2 && doc.word(head - 1) == "of" {
        head -= 2;
    }
    let head_word = doc.word(head);
    let is_head = is_title_head(head_word) || head_word.eq_ignore_ascii_case("general");
    if !is_head {
        return out;
    }
    let mut start = head;
    while start > 0 && head - start < MAX_MODIFIERS {
        if is_modifier(doc, start - 1, names) {
            start -= 1;
        } else if doc.word(start - 1) == "and"
            && start >= 2
            && is_capitalised(doc.word(start))
            && is_capitalised(doc.word(start - 2))
            && !in_name(doc, start - 2, names)
            && is_modifier(doc, start - 2, names)
        {
            // "Construction and Transportation Minister"
            start -= 2;
        } else {
            break;
        }
    }
    out.extend(phrase(doc, start, end));
    out
}

/// "Dan Driscoll, the Army secretary," -> "Army secretary": after a comma, an optional
/// determiner, then modifiers and a head ("secretary general" counts as one), closed by
/// punctuation or the end of the text; or followed by "of" or "for" and a name ("secretary
/// general of the Association of Muslim Scholars"), or by anything else after "of"/"for" (then
/// the title alone: "a spokesman for the company that ..." -> "spokesman").
fn appositive_after(doc: &Document, mention: &Span) -> Option<String> {
    let last = doc.token_ending_at(mention.end)?;
    if doc.word(last + 1) != "," {
        return None;
    }
    let mut start = last + 2;
    if matches!(doc.word(start).to_lowercase().as_str(), "the" | "a" | "an") {
        start += 1;
    }
    let mut end = start;
    while end < start + MAX_MODIFIERS + 1 {
        let w = doc.word(end);
        let fits = is_title_head(w)
            || is_role_modifier(w)
            || (is_capitalised(w) && !is_function_word(w) && w.chars().any(char::is_alphabetic));
        if !fits {
            break;
        }
        end += 1;
    }
    let head = end.checked_sub(1).filter(|&h| h >= start)?;
    let general_after_head =
        doc.word(head) == "general" && head > start && is_title_head(doc.word(head - 1));
    if !is_title_head(doc.word(head)) && !general_after_head {
        return None;
    }
    let closes = |k: usize| matches!(doc.word(k), "," | "." | ";" | ")" | "—" | "–" | "");
    if matches!(doc.word(end), "of" | "for") {
        // "of the Association of Muslim Scholars", "of Economy, Trade and Industry": the longest
        // run of names (with "of", "and" and list commas inside) that the appositive closes after.
        let k = if doc.word(end + 1) == "the" { end + 2 } else { end + 1 };
        let inside = |j: usize| {
            let w = doc.word(j);
            is_capitalised(w)
                || (j > k && matches!(w, "of" | "and"))
                || (j > k
                    && w == ","
                    && (is_capitalised(doc.word(j + 1)) || doc.word(j + 1) == "and"))
        };
        let run = (k..k + 8).take_while(|&j| inside(j)).count();
        let closed_end = (k..k + run).rev().find(|&j| is_capitalised(doc.word(j)) && closes(j + 1));
        // Without a name after "of" ("a spokesman for the company that ...") the title stands.
        return phrase(doc, start, closed_end.unwrap_or(head));
    }
    closes(end).then(|| phrase(doc, start, head)).flatten()
}
