//! Names around "and": "X and Y Committee" is one body, "A and B" after a list's own "and" or
//! after a singular noun for an organization is one firm, and a body's name the tagger began
//! after its "and" takes back the words before it.

use super::super::EntitySpan;
use crate::analysis::document::Document;
use crate::analysis::lexicon::organizations::is_kind_before_name;
use crate::analysis::pos::Tag;
use crate::analysis::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// Words that end the name of a body and make "X and Y <word>" one name.
const BODY_WORDS: &[&str] = &[
    "Committee",
    "Commission",
    "Department",
    "Ministry",
    "Council",
    "Board",
    "Office",
    "Bureau",
    "Agency",
    "Authority",
    "Service",
    "Institute",
    "Subcommittee",
];

/// "the Environment and Public Works Committee": a body's name the tagger began after its own
/// "and" takes back the capitalised words before it, when no other name holds them and "the"
/// opens them.
pub(super) fn body_names_over_and(doc: &Document, spans: &mut [EntitySpan]) {
    for k in 0..spans.len() {
        let s = &spans[k];
        let Some(first) = doc.token_starting_at(s.span.start) else { continue };
        if !BODY_WORDS.contains(&last_word(doc, s)) || first < 3 || !doc.is(first - 1, "and") {
            continue;
        }
        let mut start = first - 1;
        while start > 0 && doc.capital(start - 1) && !doc.is(start - 1, "the") {
            start -= 1;
        }
        let free = k == 0 || spans[k - 1].span.end <= doc.token_span(start, start + 1).start;
        if start < first - 1 && start > 0 && doc.is(start - 1, "the") && free {
            let whole = doc.token_span(start, first).start..spans[k].span.end;
            spans[k] = EntitySpan { span: whole, kind: EntityKind::Organization };
        }
    }
}

fn last_word<'d>(doc: &'d Document, s: &EntitySpan) -> &'d str {
    doc.token_ending_at(s.span.end).map_or("", |i| doc.word(i))
}

/// Joins "X and Y Committee" into one organization, "A and B" after a list's own "and", and
/// "A and B" after a singular noun for an organization ("the tobacco firm Brown and
/// Williamson") when neither half is named alone elsewhere in the article.
pub(super) fn join_around_and(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    let mut times_named: HashMap<&str, usize> = HashMap::default();
    for s in &spans {
        *times_named.entry(doc.slice(&s.span)).or_default() += 1;
    }
    let named_elsewhere =
        |s: &EntitySpan| times_named.get(doc.slice(&s.span)).is_some_and(|&n| n > 1);
    let mut out: Vec<EntitySpan> = Vec::with_capacity(spans.len());
    let mut k = 0;
    while k < spans.len() {
        let a = &spans[k];
        let Some(b) = spans.get(k + 1).filter(|b| joined_by_and(doc, a, b)) else {
            out.push(a.clone());
            k += 1;
            continue;
        };
        let body =
            BODY_WORDS.contains(&last_word(doc, b)) && !BODY_WORDS.contains(&last_word(doc, a));
        let kinds_differ = a.kind != b.kind
            && ![a.kind, b.kind].contains(&EntityKind::Group)
            && ![a.kind, b.kind].contains(&EntityKind::Misc);
        let whole = a.span.start..b.span.end;
        // "..., Lorillard Tobacco and Brown and Williamson": the list's own "and" comes first,
        // after a member that is a company or when the halves disagree.
        let after_list_and = doc.token_starting_at(a.span.start).is_some_and(|i| {
            i >= 2
                && doc.is(i - 1, "and")
                && out.last().is_some_and(|p| {
                    let member = doc.token_starting_at(p.span.start).unwrap_or(0);
                    doc.token_ending_at(p.span.end) == Some(i - 2)
                        && member > 0
                        && doc.is(member - 1, ",")
                        && (kinds_differ || p.kind == EntityKind::Organization)
                })
        });
        let after_kind_noun = || {
            doc.token_starting_at(a.span.start).is_some_and(|i| {
                i >= 1 && is_kind_before_name(doc.word(i - 1)) && doc.tag(i - 1) == Some(Tag::NN)
            }) && !named_elsewhere(a)
                && !named_elsewhere(b)
        };
        if body || after_list_and || after_kind_noun() {
            out.push(EntitySpan { span: whole, kind: EntityKind::Organization });
            k += 2;
        } else {
            out.push(a.clone());
            k += 1;
        }
    }
    out
}

/// `a`, "and", `b` with nothing else between, in one sentence.
fn joined_by_and(doc: &Document, a: &EntitySpan, b: &EntitySpan) -> bool {
    let (Some(end), Some(start)) =
        (doc.token_ending_at(a.span.end), doc.token_starting_at(b.span.start))
    else {
        return false;
    };
    start == end + 2 && doc.is(end + 1, "and") && doc.sentence_of(end) == doc.sentence_of(start)
}
