//! Roles of a person: the title written before a name ("US Army Secretary Dan Driscoll",
//! "Kremlin spokesman Dmitry Peskov", "Army Chief of Staff Gen. Randy George" gives two roles,
//! "Army Chief of Staff" and "Gen.") and an appositive after it ("Dan Driscoll, the Army
//! secretary,"). A title ends in a head word from the lexicon and takes at most four modifiers
//! before it: capitalised words, lower-case role modifiers or other heads, common nouns and
//! adjectives ("Hollywood film star"); never a function word and never an unknown capitalised
//! word that only starts the sentence. A plural title before a list of names ("actors Ann Lee,
//! Bo Park and Cy Moon") is a role of each.

mod appositive;
mod copula;

use super::aliases::alias_set;
use super::lexicon::{
    is_capitalised, is_courtesy_title, is_function_word, is_honorific, is_possessive,
    is_role_modifier, is_title_head, is_title_of_object, looks_like_demonym,
};
use super::mention::name_key;
use crate::analysis::document::Document;
use crate::analysis::lexicon::calendar::{MONTHS, WEEKDAYS};
use crate::analysis::lexicon::reporting::REPORT_VERBS;
use crate::analysis::lexicon::titles::OCCUPATIONS;
use crate::analysis::pos::Tag;
use crate::analysis::Span;
use appositive::{appositive_after, appositive_before};
use copula::role_after_linking_verb;

const MAX_MODIFIERS: usize = 4;

/// Heads that make a following "General" part of the title ("Attorney General").
const GENERAL_AFTER: &[&str] = &["attorney", "secretary", "surgeon", "inspector", "solicitor"];

/// Every role found around the mentions of one person, longest first, each once.
pub fn roles(doc: &Document, mentions: &[Span], names: &[Span]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in mentions {
        let mut found = roles_before(doc, m, names);
        if found.is_empty() {
            found = roles_before_list(doc, m, names);
        }
        found.extend(appositive_after(doc, m, names));
        found.extend(appositive_before(doc, m));
        found.extend(role_after_linking_verb(doc, m, names));
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
pub(super) fn phrase(doc: &Document, a: usize, b: usize) -> Option<String> {
    let (ta, tb) = (doc.tokens().get(a)?, doc.tokens().get(b)?);
    Some(name_key(doc.slice(&(ta.span.start..tb.span.end))))
}

/// Token `i` is inside a name mention.
pub(super) fn in_name(doc: &Document, i: usize, names: &[Span]) -> bool {
    let Some(t) = doc.tokens().get(i) else { return false };
    // `names` is in reading order: only a name starting at or before the token can hold it.
    let after = names.partition_point(|n| n.start <= t.span.start);
    names[..after].iter().rev().take(4).any(|n| t.span.end <= n.end)
}

/// A word that heads a role: a title head ("minister") or an occupation ("drummer"), in the
/// singular or, when `plural` allows, the plural ("actors").
pub(super) fn is_role_head(word: &str, plural: bool) -> bool {
    let head = |w: &str| is_title_head(w) || OCCUPATIONS.contains(w.trim_end_matches('.'));
    // "spokesmen", "businesswomen": the plural of a head in -man.
    let men = || word.strip_suffix("men").is_some_and(|stem| head(&format!("{stem}man")));
    head(word) || plural && (word.strip_suffix('s').is_some_and(head) || men())
}

/// Token `i` may stand before a title head as a modifier.
fn is_modifier(doc: &Document, i: usize, names: &[Span]) -> bool {
    let w = doc.word(i);
    if is_role_modifier(&w.to_lowercase()) {
        // "First Deputy Prime Minister": a modifier of posts even where it opens the sentence.
        return true;
    }
    let calendar = MONTHS.contains(w) || WEEKDAYS.contains(w);
    if is_function_word(w) || calendar || !w.chars().any(char::is_alphabetic) {
        return false;
    }
    if !is_capitalised(w) {
        return is_title_head(w) || is_common_modifier(doc, i);
    }
    let known = || {
        in_name(doc, i, names)
            || is_role_head(w, false)
            || looks_like_demonym(w)
            || alias_set(w).is_some()
    };
    // "Tennis player Ann Lee": a common noun or adjective opening the sentence.
    let common_opening = || doc.is_common_word_at_start(i) || is_common_modifier(doc, i);
    // "Culture Secretary Tessa Jowell" opening a sentence: a word right before a title's head.
    // Not a verb or an adverb opening it ("Visiting envoy Amos Hochstein").
    let verb_like = ["ing", "ed", "ly"].iter().any(|s| w.ends_with(s));
    let before_head = || is_title_head(doc.word(i + 1)) && !verb_like;
    !doc.is_sentence_initial(i) || known() || common_opening() || before_head()
}

/// A lower-case noun or adjective before a title ("film" in "film star", "appointed" in "state
/// appointed administrator"): by its part of speech where the text is tagged, else any word
/// but a reporting verb.
fn is_common_modifier(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    if REPORT_VERBS.contains(w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    match doc.tag(i) {
        Some(tag) if is_capitalised(w) => matches!(tag, Tag::NN | Tag::NNS | Tag::JJ),
        Some(tag) => matches!(tag, Tag::NN | Tag::NNS | Tag::JJ | Tag::VBN | Tag::NNP),
        None => !is_capitalised(w),
    }
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
    // Title phrases: [modifiers] head [of Object], and before one, across a comma, another
    // ("the committee chairman, MP Ann Lee"), or one across a comma alone ("a state appointed
    // administrator, Ann Lee").
    let mut before = k;
    let mut across_comma = false;
    let plural = followed_by_name(doc, mention, names);
    let title_ending_before = |k: usize, across_comma: bool, out: &mut Vec<String>| {
        title_ending_before(doc, k, names, Heads { across_comma, plural }, out)
    };
    while let Some(start) = title_ending_before(before, across_comma, &mut out) {
        if start < 2 || doc.word(start - 1) != "," || across_comma {
            break;
        }
        (before, across_comma) = (start - 1, true);
    }
    if out.is_empty() && k >= 2 && doc.word(k - 1) == "," {
        title_ending_before(k - 1, true, &mut out);
    }
    out
}

/// What a title before a name may be: written across a comma, in the plural.
#[derive(Clone, Copy)]
struct Heads {
    across_comma: bool,
    plural: bool,
}

/// "Ann Lee, Bo Park", "Ann Lee and Bo Park": another name follows the mention in a list, so a
/// plural title before it ("actors Ann Lee and ...") is each one's.
fn followed_by_name(doc: &Document, mention: &Span, names: &[Span]) -> bool {
    let Some(last) = doc.token_ending_at(mention.end) else { return false };
    let mut k = last + 1;
    if doc.word(k) == "," {
        k += 1;
    }
    if doc.word(k) == "and" {
        k += 1;
    }
    if is_courtesy_title(doc.word(k)) {
        k += 1;
    }
    k > last + 1 && in_name(doc, k, names)
}

/// The title phrase ending right before token `k`, pushed on `out`; where it starts. Across a
/// comma the title must open its noun phrase: "a state appointed administrator, Ann Lee",
/// "Visiting former prime minister, Bo Park"; not "said Ann, analyst Bo Park".
fn title_ending_before(
    doc: &Document,
    k: usize,
    names: &[Span],
    heads: Heads,
    out: &mut Vec<String>,
) -> Option<usize> {
    let Heads { across_comma, plural } = heads;
    let mut head = k.checked_sub(1)?;
    let end = head;
    if is_title_of_object(doc.word(head)) && head >= 2 && doc.word(head - 1) == "of" {
        head -= 2;
    }
    let head_word = doc.word(head);
    if !(is_role_head(head_word, plural) || head_word.eq_ignore_ascii_case("general")) {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < MAX_MODIFIERS {
        if is_modifier(doc, start - 1, names) {
            start -= 1;
        } else if is_possessive(doc.word(start - 1)) && start >= 2 && in_name(doc, start - 2, names)
        {
            // "Botswana's President"
            start -= 2;
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
    let opens = |k: usize| {
        k == 0
            || doc.is_sentence_initial(k)
            || matches!(doc.word(k - 1).to_lowercase().as_str(), "a" | "an" | "the")
    };
    if across_comma && !(opens(start) || start > 0 && opens(start - 1)) {
        return None;
    }
    out.extend(phrase(doc, start, end));
    Some(start)
}

/// "actors Ann Lee, Bo Park and Cy Moon": a mention inside a list of names takes the plural
/// title written before the list's first name.
fn roles_before_list(doc: &Document, mention: &Span, names: &[Span]) -> Vec<String> {
    let Some(mut first) = doc.token_starting_at(mention.start) else { return Vec::new() };
    if first > 0 && is_courtesy_title(doc.word(first - 1)) {
        first -= 1;
    }
    // Walk back over ", NAME", "and NAME", ", and NAME", at most eight names.
    for _ in 0..8 {
        let mut k = first;
        if k > 0 && doc.word(k - 1) == "and" {
            k -= 1;
        }
        if k > 0 && doc.word(k - 1) == "," {
            k -= 1;
        }
        if k == first || k == 0 || !in_name(doc, k - 1, names) {
            break;
        }
        let Some(before) = doc.tokens().get(k - 1) else { break };
        let holds = |n: &&Span| n.start <= before.span.start && before.span.end <= n.end;
        let Some(name) = names.iter().find(holds) else { break };
        match doc.token_starting_at(name.start) {
            Some(start) if start < first => first = start,
            _ => break,
        }
        // "Sir Ann Lee" inside the list.
        if first > 0 && is_courtesy_title(doc.word(first - 1)) {
            first -= 1;
        }
    }
    // "playwrights such as Ann Lee and Bo Park"
    if first >= 2 && doc.word(first - 2) == "such" && doc.word(first - 1) == "as" {
        first -= 2;
    }
    let Some(first_token) = doc.tokens().get(first) else { return Vec::new() };
    if first_token.span.start == mention.start || first == 0 {
        return Vec::new();
    }
    let list_head = doc.word(first - 1);
    if !is_role_head(list_head, true) || is_role_head(list_head, false) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let heads = Heads { across_comma: false, plural: true };
    title_ending_before(doc, first, names, heads, &mut out);
    out
}
