//! Cleans recogniser spans into name mentions: drops possessive endings, leading determiners and
//! courtesy titles, splits a title off the front of a name ("US Army Secretary Dan Driscoll" ->
//! the person "Dan Driscoll" plus the organization "US Army" inside the title), strips a title
//! left at the end ("Army Chief" -> "Army") and discards spans that are only function or title
//! words ("Meanwhile", "President", "Gen").

use super::aliases::alias_kind;
use super::lexicon::{
    is_capitalised, is_courtesy_title, is_descriptive_modifier, is_function_word, is_honorific,
    is_name_particle, is_possessive, is_title_head, is_title_of_object, looks_like_demonym,
};
use super::mention::{name_key, Mention};
use super::roles::is_role_head;
use crate::analysis::document::Document;
use crate::analysis::entities::{is_web_address, EntitySpan};
use crate::analysis::lexicon::events::is_named_thing_head;
use crate::analysis::lexicon::names::is_hyphenated_given_name;
use crate::analysis::lexicon::organizations::COMPANY_DESIGNATIONS;
use crate::analysis::lexicon::places::STATE_ABBREVIATIONS;
use crate::analysis::{EntityKind, Span};

/// Turns recogniser spans into clean, non-overlapping mentions in reading order.
pub fn normalize(doc: &Document, spans: &[EntitySpan]) -> Vec<Mention> {
    let mut out = Vec::new();
    for s in &join_middle_initials(doc, spans) {
        if doc.text().get(s.span.clone()).is_none_or(str::is_empty) {
            continue;
        }
        let words = trim(doc, doc.words_in(&s.span));
        clean_span(doc, &words, s.kind, &mut out);
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    for m in out {
        match kept.last_mut() {
            Some(last) if last.span == m.span => {
                if m.weight > last.weight {
                    *last = m;
                }
            }
            Some(last) if m.span.start < last.span.end => {}
            _ => kept.push(m),
        }
    }
    kept
}

/// "George W" + "Bush" -> "George W. Bush": a person span that ends in a single capital letter,
/// followed by a dot and another name, is one name.
fn join_middle_initials(doc: &Document, spans: &[EntitySpan]) -> Vec<EntitySpan> {
    let mut sorted: Vec<&EntitySpan> = spans.iter().collect();
    sorted.sort_by_key(|s| (s.span.start, s.span.end));
    let mut out: Vec<EntitySpan> = Vec::with_capacity(sorted.len());
    for s in sorted {
        if let Some(prev) = out.last_mut() {
            let initial = doc.slice(&prev.span).rsplit(' ').next().unwrap_or("");
            let is_initial = initial.trim_end_matches('.').chars().count() == 1
                && initial.chars().next().is_some_and(char::is_uppercase);
            let gap = doc.text().get(prev.span.end..s.span.start).unwrap_or("x");
            let gap_ok = gap.len() <= 2
                && gap.trim_start_matches('.').chars().all(char::is_whitespace)
                && !gap.contains('\n');
            let person = prev.kind == EntityKind::Person || s.kind == EntityKind::Person;
            let one_dot = initial.ends_with('.') != gap.starts_with('.');
            if is_initial && person && gap_ok && one_dot && prev.span.end < s.span.start {
                prev.span.end = s.span.end;
                prev.kind = EntityKind::Person;
                continue;
            }
        }
        out.push(s.clone());
    }
    out
}

/// Whether `words` end in the period of a company designation or a state abbreviation written
/// right before it ("Acme Corp.", "Milpitas, Calif."): part of the name. A recogniser span
/// holds such a period only inside a sentence.
fn keeps_its_period(doc: &Document, words: &[Span]) -> bool {
    let [.., before, dot] = words else { return false };
    let abbreviation = doc.slice(before);
    doc.slice(dot) == "."
        && before.end == dot.start
        && (COMPANY_DESIGNATIONS.contains_exact(abbreviation)
            || STATE_ABBREVIATIONS.contains_exact(abbreviation))
}

/// Drops punctuation, possessives and common lower-case words at the end ("Trump-Putin summit"),
/// but not an abbreviation's period ([`keeps_its_period`]), and determiners, punctuation and
/// courtesy titles at the start.
fn trim(doc: &Document, mut words: Vec<Span>) -> Vec<Span> {
    // A web address ("Rent.com") ends in a small word after a period: all of it is the name.
    if let [first, .., last] = words.as_slice() {
        if is_web_address(doc.slice(&(first.start..last.end))) {
            return words;
        }
    }
    while !keeps_its_period(doc, &words) {
        let Some(last) = words.last_mut() else { break };
        let w = doc.slice(last);
        let common_word = w.chars().all(char::is_lowercase);
        if is_possessive(w) || !w.chars().any(char::is_alphanumeric) || common_word {
            words.pop();
        } else if let Some(stem) = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")) {
            last.end = last.start + stem.len();
            break;
        } else {
            break;
        }
    }
    while words.len() > 1 && words.last().is_some_and(|w| is_adjectival_compound(doc.slice(w))) {
        words.pop();
    }
    let skip = words
        .iter()
        .take_while(|w| {
            let w = doc.slice(w);
            is_function_word(w) || is_courtesy_title(w) || !w.chars().any(char::is_alphanumeric)
        })
        .count();
    words.drain(..skip);
    // "Senior Pentagon officials", "Background efforts": a common word opening the sentence is
    // not part of the name that follows it.
    let name_follows = words.get(1).is_some_and(|w| is_name_word(doc.slice(w)));
    if name_follows && words.first().is_some_and(|w| is_common_opening_word(doc, w)) {
        words.remove(0);
    }
    let adjectives = words.iter().take_while(|w| is_adjectival_compound(doc.slice(w))).count();
    if adjectives < words.len() {
        words.drain(..adjectives);
    } else if let [only] = words.as_mut_slice() {
        // "US-led", "Moscow-based" alone: the name is the part before the adjective.
        let name_len = doc.slice(only).rfind('-').unwrap_or(0);
        only.end = only.start + name_len;
    }
    words.retain(|w| w.start < w.end);
    words
}

/// "State-owned", "Moscow-based": a hyphenated word ending in a lower-case part, an adjective that
/// does not belong at the edge of a name.
fn is_adjectival_compound(w: &str) -> bool {
    w.contains('-')
        && w.rsplit('-').next().is_some_and(|p| p.chars().all(char::is_lowercase))
        && !is_hyphenated_given_name(w)
}

/// A word that can be part of a name: capitalised, or with a capital after a lower-case particle
/// ("al-Dhari", "d'Estaing"), and not a function or title word.
fn is_name_word(w: &str) -> bool {
    (is_capitalised(w) || w.chars().any(char::is_uppercase))
        && !is_function_word(w)
        && !is_title_head(w)
        && !is_honorific(w)
        && !is_courtesy_title(w)
}

/// Index of the last title word that has a name after it ("Secretary" in "US Army Secretary Dan
/// Driscoll"). Honorifics ("Gen.", "General") only count in person or untyped spans, so that
/// "General Motors" stays an organization.
fn title_before_name(doc: &Document, words: &[Span], kind: EntityKind) -> Option<usize> {
    let honorific_starts_name = matches!(kind, EntityKind::Person | EntityKind::Misc);
    let j = (0..words.len()).rev().find(|&j| {
        let w = doc.slice(&words[j]);
        let of_title = is_title_of_object(w) && j > 0 && doc.slice(&words[j - 1]) == "of";
        // "Singers Kylie and Dannii Minogue", "Striker Ann Lee": a job opening the span.
        // Only where the sentence's capital says nothing: "Coach Carter" and "the Writers
        // Guild" inside a sentence are names.
        let job_first = kind == EntityKind::Person
            && j == 0
            && words.len() > 1
            && is_role_head(w, true)
            && doc.token_starting_at(words[0].start).is_some_and(|t| doc.is_sentence_initial(t));
        is_title_head(w) || of_title || (honorific_starts_name && is_honorific(w)) || job_first
    })?;
    let name: Vec<&str> =
        words[j + 1..].iter().map(|w| doc.slice(w)).filter(|w| *w != ".").collect();
    let enough = if honorific_starts_name { 1 } else { 2 };
    let name_like = name.iter().all(|w| is_name_word(w) || is_name_particle(w))
        && name.last().is_some_and(|w| is_name_word(w));
    (name.len() >= enough && name_like).then_some(j)
}

fn clean_span(doc: &Document, words: &[Span], kind: EntityKind, out: &mut Vec<Mention>) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    // The name of an event, an award or a law holds titles as words of its own ("the APEC CEO
    // Summit", "the President's Cup"): no person after them.
    let named_thing = kind == EntityKind::Misc && is_named_thing_head(doc.slice(last));
    if let Some(j) = title_before_name(doc, words, kind).filter(|_| !named_thing) {
        // A job alone before the name ("Singers Ann Lee") holds no name.
        let job_alone = j == 0 && is_role_head(doc.slice(first), true);
        if !job_alone {
            add_names_inside_title(doc, &words[..=j], out);
        }
        let name = &words[j + 1..];
        let start = name.iter().find(|w| doc.slice(w) != ".").map_or(last.start, |w| w.start);
        out.push(Mention::given(start..last.end, EntityKind::Person));
        return;
    }
    let mut end = words.len();
    // "Mervyn King", "John Major": a person's surname that is also a title, after a first name.
    let surname_title = kind == EntityKind::Person
        && words.len() == 2
        && looks_like_first_name(doc.slice(first))
        && doc.slice(last).chars().next().is_some_and(char::is_uppercase);
    loop {
        if surname_title {
            break;
        }
        let at = |k: usize| doc.slice(&words[k]);
        if end >= 3
            && is_title_of_object(at(end - 1))
            && at(end - 2) == "of"
            && is_title_head(at(end - 3))
        {
            end -= 3;
        } else if end >= 1 && (is_title_head(at(end - 1)) || is_honorific(at(end - 1))) {
            end -= 1;
        } else {
            break;
        }
    }
    let names_before = &words[..end];
    let had_title = end < words.len();
    let is_name = |w: &Span| {
        let w = doc.slice(w);
        if had_title {
            is_name_in_title(w)
        } else {
            is_name_word(w)
        }
    };
    if names_before.iter().all(|w| !is_name(w)) {
        return; // only title words: "President", "Prime Minister", "Gen"
    }
    let next = doc.token_at(last.end);
    let before_title = doc.tokens().get(next).is_some_and(|t| t.span.start > last.end)
        && is_title_head(doc.word(next));
    if before_title && words.iter().all(|w| is_descriptive_modifier(doc.slice(w))) {
        return; // "Defence" in "Defence Minister"
    }
    if had_title && names_before.iter().all(is_name) {
        // A title left at the end ("Army Chief"): the name before it.
        let kind = if kind == EntityKind::Person { guess_kind(doc, names_before) } else { kind };
        out.push(Mention::guessed(first.start..words[end - 1].end, kind));
        return;
    }
    if words.len() == 1 && is_common_word(doc, first, kind) {
        return;
    }
    out.push(Mention::given(first.start..last.end, kind));
}

/// A word that may be a first name: capitalised, the rest lower case, and neither a title, a
/// modifier of one, a nationality, a named group nor a known name ("Mervyn", not "Saudi",
/// "Foreign", "Labour", "Kremlin" or "US").
fn looks_like_first_name(w: &str) -> bool {
    let mut chars = w.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() >= 2
        && chars.all(char::is_lowercase);
    shaped
        && !w.ends_with("ing")
        && !is_title_head(w)
        && !is_honorific(w)
        && !is_courtesy_title(w)
        && !is_descriptive_modifier(w)
        && !is_function_word(w)
        && !looks_like_demonym(w)
        && !crate::analysis::lexicon::nationalities::GROUP_NAMES.contains(w)
        && alias_kind(w).is_none()
}

/// A one-word span that is a common word: written in lower case elsewhere, or left untyped and
/// never capitalised except at the start of a sentence ("Reporting", "Worries").
fn is_common_word(doc: &Document, word: &Span, kind: EntityKind) -> bool {
    let Some(i) = doc.token_starting_at(word.start) else { return false };
    let w = doc.word(i);
    let known = alias_kind(w).is_some() || looks_like_demonym(w);
    doc.is_common_word_at_start(i)
        || (kind == EntityKind::Misc && !known && doc.only_starts_sentences(i))
}

/// A capitalised word opening a sentence that the article never capitalises inside a sentence,
/// that news text mostly writes in lower case, and that the part-of-speech tagger reads as a
/// common word here ("Senior", "Background", "Often"; not "General" in "General Motors", nor a
/// first name).
fn is_common_opening_word(doc: &Document, word: &Span) -> bool {
    let Some(i) = doc.token_starting_at(word.start) else { return false };
    let w = doc.word(i);
    doc.only_starts_sentences(i)
        && !w.chars().skip(1).any(char::is_uppercase)
        && crate::analysis::ner::usually_lower_case(w)
        && doc.tag(i).is_some_and(|t| !matches!(t.as_str(), "NNP" | "NNPS" | "FW" | "CD"))
}

/// Names inside a title become mentions of their own: "US Army" in "US Army Secretary",
/// "Ukrainian" in "Ukrainian President".
fn add_names_inside_title(doc: &Document, title: &[Span], out: &mut Vec<Mention>) {
    for run in title.split(|w| !is_name_in_title(doc.slice(w))) {
        if let (Some(a), Some(b)) = (run.first(), run.last()) {
            out.push(Mention::guessed(a.start..b.end, guess_kind(doc, run)));
        }
    }
}

/// A name word that is not a word describing a post ("Army" and "Kremlin", not "Prime" or
/// "Foreign").
fn is_name_in_title(w: &str) -> bool {
    is_name_word(w) && !is_descriptive_modifier(w)
}

/// A kind for a name this stage carved out itself: a known alias's kind, a nationality as a
/// group, anything else in a title as an organization ("Kremlin", "US Army").
fn guess_kind(doc: &Document, words: &[Span]) -> EntityKind {
    let (Some(a), Some(b)) = (words.first(), words.last()) else { return EntityKind::Misc };
    let name = name_key(doc.slice(&(a.start..b.end)));
    if let Some(kind) = alias_kind(&name) {
        kind
    } else if words.len() == 1 && looks_like_demonym(&name) {
        EntityKind::Group
    } else {
        EntityKind::Organization
    }
}
