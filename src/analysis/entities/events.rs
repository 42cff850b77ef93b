//! Named events, awards, laws and market indices. A run of capitalised words ending in the noun
//! of one of them ("the Bangkok International Film Festival", "the APEC CEO Summit", "the
//! African Growth and Opportunity Act", "the Nasdaq Composite") is one misc name, whatever the
//! tagger read inside it: the model learnt its kinds on 1996 news, where such names are rare
//! and mostly read as organizations or split into a place and an organization.
//!
//! The run ends at the head noun (a capitalised word after it, as in "Bill Clinton" or "Treaty
//! Organization", means the head is part of another name), holds at least one capitalised word
//! before the head, may run through the small words names use ("of", "and", "for", "on", "&",
//! "the"), and may go on with "of" and another capitalised name ("the Summit of the Americas").
//! A possessive before it stays the owner's ("Microsoft's Developer Conference"), and a full
//! name the tagger read as a person's ("Jack Fair") keeps it.

use super::{replace_with_misc, EntitySpan};
use crate::analysis::document::Document;
use crate::analysis::lexicon::closed_class::{DETERMINERS, FUNCTION_WORDS};
use crate::analysis::lexicon::events::is_named_thing_head;
use crate::analysis::lexicon::titles::{is_person_noun, COURTESY_TITLES, HONORIFICS};
use crate::analysis::mentions::kind_cues::company_by_strict_cues;
use crate::analysis::pos::Tag;
use crate::analysis::{EntityKind, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Small words a name runs through when a capitalised word stands on each side.
const CONNECTORS: &[&str] = &["of", "for", "on", "and", "&", "the", "de"];

/// Adjectives of time that open a sentence before a name without being part of it ("Former
/// Academy Award winners", "Last Year's Festival").
const TIME_ADJECTIVES: &[&str] =
    &["former", "last", "next", "this", "previous", "recent", "latest"];

/// Replaces the spans inside each named event, award, law or index with one misc span.
pub(super) fn mark_named_events(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    // A full name the tagger found on the head ("Jack Fair") keeps it; the head read as a
    // person alone or after a title ("the APEC CEO Summit") is the tagger's slip.
    let person_at = |i: usize| {
        let t = &doc.tokens()[i].span;
        let k = spans.partition_point(|s| s.span.end <= t.start);
        spans.get(k).is_some_and(|s| {
            s.span.start < t.end
                && s.kind == EntityKind::Person
                && (doc.tokens_in(&s.span).start..i).any(|w| {
                    let word = doc.word(w);
                    doc.capital(w)
                        && !is_person_noun(word)
                        && !HONORIFICS.contains(word.trim_end_matches('.'))
                        && !COURTESY_TITLES.contains(word.trim_end_matches('.'))
                })
        })
    };
    let mut found: Vec<Span> = Vec::new();
    for sentence in doc.sentences() {
        let range = sentence.tokens.clone();
        for head in range.clone() {
            if !is_named_thing_head(doc.word(head))
                || doc.is_sentence_initial(head)
                || doc.capital(head + 1) && head + 1 < range.end
                || person_at(head)
                || found.last().is_some_and(|f| f.end > doc.tokens()[head].span.start)
            {
                continue;
            }
            let start = run_start(doc, &spans, range.start, head);
            if start == head {
                continue;
            }
            let end = of_name_after(doc, head + 1, range.end);
            let span = doc.token_span(start, end);
            // A longer name over the last one ("the Cannes Film Festival Awards") replaces it.
            if found.last().is_some_and(|f| f.end > span.start) {
                found.pop();
            }
            found.push(span);
        }
    }
    // A company named like an event ("Argonaut Games said", "shares in Midway Games") keeps
    // the tagger's kind in every mention.
    let mut by_name: HashMap<&str, Vec<Span>> = HashMap::default();
    for f in &found {
        by_name.entry(doc.slice(f)).or_default().push(f.clone());
    }
    let companies: HashSet<&str> = by_name
        .into_iter()
        .filter(|(_, mentions)| company_by_strict_cues(doc, mentions))
        .map(|(name, _)| name)
        .collect();
    found.retain(|f| !companies.contains(doc.slice(f)));
    replace_with_misc(spans, found)
}

/// Whether token `i` is a capitalised word of a name (not a possessive ending).
fn name_word(doc: &Document, i: usize) -> bool {
    doc.capital(i) && !doc.is_any(i, &["'s", "’s"])
}

/// The first token of the name that ends at `head`: back over capitalised words and the
/// connectors between them, then past a sentence's first word when it is a common one ("The",
/// "At").
fn run_start(doc: &Document, spans: &[EntitySpan], first: usize, head: usize) -> usize {
    let mut start = head;
    while start > first {
        let prev = start - 1;
        let hyphen = doc.is(prev, "-") && doc.touches_previous(start) && doc.touches_previous(prev);
        let connector = doc.is_any(prev, CONNECTORS) || hyphen;
        let joins = connector && prev > first && name_word(doc, prev - 1);
        // "and" after a name of its own joins two names ("Michael Collins and Star Wars",
        // "the Golden Globe and American Music Awards"), not the words of one.
        if joins && doc.is(prev, "and") && ends_a_name(doc, spans, prev - 1) {
            break;
        }
        if name_word(doc, prev) || joins {
            start = prev;
        } else {
            break;
        }
    }
    while start < head {
        let common_start = doc.is_sentence_initial(start)
            && (DETERMINERS.contains(doc.word(start))
                || FUNCTION_WORDS.contains(doc.word(start))
                || doc.is_common_word_at_start(start)
                || doc.is_any(start, TIME_ADJECTIVES)
                || doc.tag(start).is_some_and(|t| !matches!(t, Tag::NNP | Tag::NNPS)));
        if doc.is_any(start, CONNECTORS) || common_start {
            start += 1;
        } else {
            break;
        }
    }
    start
}

/// Whether token `i` ends a name of its own before "and": the head of another named thing, or
/// a person's or a misc name the tagger found.
fn ends_a_name(doc: &Document, spans: &[EntitySpan], i: usize) -> bool {
    let end = doc.tokens()[i].span.end;
    let k = spans.partition_point(|s| s.span.end < end);
    let tagged = spans.get(k).is_some_and(|s| {
        s.span.end == end && matches!(s.kind, EntityKind::Person | EntityKind::Misc)
    });
    tagged || is_named_thing_head(doc.word(i))
}

/// The end of the name after its head: "of", an optional "the", then capitalised words and
/// connectors ("of the Forum on China-Africa Cooperation"), or `at` itself when none follows.
fn of_name_after(doc: &Document, at: usize, limit: usize) -> usize {
    if !doc.is(at, "of") {
        return at;
    }
    let mut i = at + 1;
    if doc.is(i, "the") {
        i += 1;
    }
    let mut end = at;
    while i < limit {
        if name_word(doc, i) {
            end = i + 1;
        } else if !(doc.is_any(i, CONNECTORS) || doc.is(i, "-")) || !name_word(doc, i + 1) {
            break;
        }
        i += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::kind_of;
    use crate::analysis::EntityKind;

    #[test]
    fn events_awards_laws_and_indices_are_one_misc_name() {
        for (text, name) in [
            ("She flew to the Bangkok International Film Festival last week.", "Bangkok International Film Festival"),
            ("Leaders met at the APEC CEO Summit on Friday.", "APEC CEO Summit"),
            ("The theme of this year's APEC CEO Summit is growth.", "APEC CEO Summit"),
            ("Exports rose under the African Growth and Opportunity Act, officials said.", "African Growth and Opportunity Act"),
            ("The band won the Mercury Music Prize in 2003.", "Mercury Music Prize"),
            ("The Nasdaq Composite fell 2% on Monday.", "Nasdaq Composite"),
            ("Diamonds are certified by the Kimberley Process Certification Scheme, he said.", "Kimberley Process Certification Scheme"),
            ("He spoke at the Beijing Summit of the Forum on China-Africa Cooperation yesterday.", "Beijing Summit of the Forum on China-Africa Cooperation"),
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Misc), "{name} in {text}");
        }
    }

    #[test]
    fn a_head_inside_a_longer_name_or_a_person_is_left_alone() {
        assert_eq!(
            kind_of("President Bill Clinton spoke on Monday.", "Bill Clinton"),
            Some(EntityKind::Person)
        );
        assert_eq!(
            kind_of(
                "He joined the North Atlantic Treaty Organization in 1999.",
                "North Atlantic Treaty Organization"
            ),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind_of("Yesterday Jack Fair said no.", "Jack Fair"), Some(EntityKind::Person));
        // One capitalised word alone is no name of an event: "the Summit" is the summit.
        assert_ne!(kind_of("Leaders left the Summit early.", "Summit"), Some(EntityKind::Misc));
    }

    #[test]
    fn a_head_after_a_head_gives_one_longer_name() {
        let text = "She won at the Cannes Film Festival Awards on Sunday.";
        assert_eq!(kind_of(text, "Cannes Film Festival Awards"), Some(EntityKind::Misc));
        let a = crate::analysis::analyze_text(text.to_string(), None);
        let mut spans: Vec<_> = a.entities.iter().flat_map(|e| e.mentions.clone()).collect();
        spans.sort_by_key(|s| s.start);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "{spans:?}");
    }

    #[test]
    fn many_mentions_of_one_event_are_linear_work() {
        // Company cues are read once per name: a scan per mention took minutes here.
        use crate::analysis::document::Document;
        let text = "The Moscow Film Festival Awards opened. ".repeat(20_000);
        let doc = Document::with_tagger(text, None, None);
        let spans = super::mark_named_events(&doc, Vec::new());
        assert_eq!(spans.len(), 20_000);
        assert!(spans.iter().all(|s| doc.slice(&s.span) == "Moscow Film Festival Awards"));
    }

    #[test]
    fn two_names_joined_by_and_stay_two() {
        let text = "He starred in Michael Collins and Star Wars before 2000.";
        assert_eq!(kind_of(text, "Michael Collins and Star Wars"), None);
        let text = "The Texas Mail Act and Texas Trade Act passed in 2003.";
        assert_eq!(kind_of(text, "Texas Trade Act"), Some(EntityKind::Misc));
    }

    #[test]
    fn a_company_named_like_an_event_stays_a_company() {
        let text = "Shares in Argonaut Games fell 5% after Argonaut Games said it would cut jobs.";
        assert_ne!(kind_of(text, "Argonaut Games"), Some(EntityKind::Misc));
    }

    #[test]
    fn an_owner_before_the_name_stays_the_owners() {
        let text = "Microsoft's Developer Conference opened in Seattle on Monday.";
        assert_eq!(kind_of(text, "Developer Conference"), Some(EntityKind::Misc));
        assert_eq!(kind_of(text, "Microsoft"), Some(EntityKind::Organization));
    }
}
