//! Titles of works: a run of capitalised words, joined by the small words titles use ("and",
//! "of", "the", ":"), that the text marks as a title is one misc name, never split into the
//! people and places the tagger saw in it ("Harry Potter and the Half-Blood Prince" is not a
//! person and a place). The marks, from the text around the run:
//!
//! - a noun for a kind of work right before it ("the new book, Harry Potter and ...", "the film
//!   Ray", "his album Hopes and Fears");
//! - quotation marks right around it, when the words inside are all capitalised ("Take Me Out");
//! - "X and the Y" inside it, where the tagger read X as a person and Y is no name the model
//!   knows (coordinations such as "Britain and the United States" join known names).

use super::{replace_with_misc, EntitySpan};
use crate::analysis::document::Document;
use crate::analysis::pos::Tag;
use crate::analysis::{EntityKind, Span};
use rustc_hash::FxHashSet as HashSet;

/// Nouns naming a kind of work, written before its title.
const WORK_NOUNS: &[&str] = &[
    "book",
    "novel",
    "film",
    "movie",
    "album",
    "single",
    "song",
    "show",
    "series",
    "sitcom",
    "drama",
    "play",
    "musical",
    "opera",
    "documentary",
    "game",
    "track",
    "programme",
    "soap",
    "comedy",
    "thriller",
    "hit",
    "biopic",
    "sequel",
    "memoir",
    "autobiography",
    "epic",
];
/// Words that may stand between a work noun and the title ("the film's", "his new album,").
const BEFORE_TITLE: &[&str] =
    &["the", "a", "his", "her", "their", "its", "new", "latest", "'s", "’s"];
/// Small words inside titles ("with" is left out: "the film Closer with Jude Law" is common,
/// titles with "with" are rare).
const CONNECTORS: &[&str] =
    &["and", "of", "the", "a", "an", "in", "on", "to", "for", "from", "at", "&", ":"];
/// Connectors an unquoted title does not run through (they join a name to a place or a date).
const WEAK_CONNECTORS: &[&str] = &["in", "on", "to", "for", "from", "at"];
const OPEN_QUOTES: &[&str] = &["\"", "“", "‘", "'"];
const CLOSE_QUOTES: &[&str] = &["\"", "”", "’", "'"];

/// Replaces the spans inside each title the text marks with one misc span for the title;
/// `known` tells whether words form a name the model's lists hold.
pub(super) fn mark_titles(
    doc: &Document,
    known: &dyn Fn(&[&str]) -> bool,
    spans: Vec<EntitySpan>,
) -> Vec<EntitySpan> {
    // The titles are found in reading order and never overlap.
    let titles = find_titles(doc, known, &spans);
    replace_with_misc(spans, titles)
}

/// Whether token `i` may be part of a title.
fn title_word(doc: &Document, i: usize) -> bool {
    doc.capital(i) || doc.word(i).chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The titles marked in the text, as byte spans.
fn find_titles(doc: &Document, known: &dyn Fn(&[&str]) -> bool, spans: &[EntitySpan]) -> Vec<Span> {
    let mut out = Vec::new();
    let person_starts: HashSet<usize> =
        spans.iter().filter(|s| s.kind == EntityKind::Person).map(|s| s.span.start).collect();
    for sentence in doc.sentences() {
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            if !title_word(doc, i) {
                i += 1;
                continue;
            }
            // The run: title words, with connectors only when a title word follows them.
            let (start, mut end, mut j) = (i, i + 1, i + 1);
            while j < sentence.tokens.end {
                if title_word(doc, j) && !doc.is(j, "'s") {
                    end = j + 1;
                } else if !CONNECTORS.contains(&doc.lower(j))
                    || doc.is(j, "'s")
                    || person_follows(doc, &person_starts, j)
                {
                    break;
                }
                j += 1;
            }
            if quoted(doc, start, end) {
                out.push(doc.token_span(start, end));
            } else {
                // Unquoted, a title stops at a preposition ("the games Expo in Los Angeles").
                let cut = (start..end).find(|&k| doc.is_any(k, WEAK_CONNECTORS)).unwrap_or(end);
                let cut = (start + 1..=cut).rev().find(|&k| title_word(doc, k - 1)).unwrap_or(cut);
                if after_work_noun(doc, start, cut)
                    || person_and_the_unknown(doc, known, spans, start, cut)
                {
                    out.push(doc.token_span(start, cut));
                }
            }
            i = end;
        }
    }
    out
}

/// "and Kate Winslet": a person's name the tagger found right after "and" ends the title before
/// it.
fn person_follows(doc: &Document, person_starts: &HashSet<usize>, j: usize) -> bool {
    let Some(next) = doc.tokens().get(j + 1) else { return false };
    doc.is_any(j, &["and", "&"])
        && !doc.is(j + 1, "the")
        && person_starts.contains(&next.span.start)
}

/// Whether the run of tokens `start..end` of two words or more stands right inside quotation
/// marks.
fn quoted(doc: &Document, start: usize, end: usize) -> bool {
    end - start >= 2
        && start > 0
        && OPEN_QUOTES.contains(&doc.word(start - 1))
        && CLOSE_QUOTES.contains(&doc.word(end))
}

/// "Harry Potter and the Half-Blood Prince": the run holds "and the", the tagger read the words
/// before it as a person, and the words after it are no name the model knows.
fn person_and_the_unknown(
    doc: &Document,
    known: &dyn Fn(&[&str]) -> bool,
    spans: &[EntitySpan],
    start: usize,
    end: usize,
) -> bool {
    let Some(k) =
        (start + 1..end.saturating_sub(2)).find(|&k| doc.is(k, "and") && doc.is(k + 1, "the"))
    else {
        return false;
    };
    let before = doc.token_span(start, k);
    let person_before = spans.iter().any(|s| s.span == before && s.kind == EntityKind::Person);
    let after: Vec<&str> = (k + 2..end).map(|i| doc.word(i)).collect();
    // "Gothika and The Station Agent" are two titles; "Harry Potter and the James Bond films"
    // a coordination before a work noun; "the Orange E200" starts with a known name.
    let lower_the = doc.word(k + 1) == "the";
    let noun_after = WORK_NOUNS.iter().any(|w| doc.lower(end).trim_end_matches('s') == *w);
    person_before
        && lower_the
        && !noun_after
        && !after.is_empty()
        && !known(&after)
        && !known(&after[..1])
}

/// A work noun within three words before `start`, with only determiners, "new" or a comma
/// between; after a comma the noun must be singular and the title closed by punctuation (an
/// apposition: "the new book, Harry Potter ..., sold", not "films, TV, and audio"). A lone
/// acronym is no title ("game AI").
fn after_work_noun(doc: &Document, start: usize, end: usize) -> bool {
    let acronym = end == start + 1 && !doc.word(start).chars().any(char::is_lowercase);
    if acronym || end <= start {
        return false;
    }
    let mut comma = false;
    for k in (start.saturating_sub(4)..start).rev() {
        let w = doc.lower(k);
        let work =
            WORK_NOUNS.contains(&w) || w.strip_suffix('s').is_some_and(|s| WORK_NOUNS.contains(&s));
        if work && doc.tag(k).is_some_and(|t| matches!(t, Tag::NN | Tag::NNS)) {
            let singular = WORK_NOUNS.contains(&w);
            return !comma || (singular && matches!(doc.word(end), "," | "." | ")" | ";"));
        }
        if w == "," {
            comma = true;
        } else if !BEFORE_TITLE.contains(&w) {
            return false;
        }
    }
    false
}
