//! The fact families: quote speakers (a quote matched by overlap, right when the speaker is the
//! same entity or the same phrase) and quantities (matched by overlap, right when `about` has
//! the gold head word).

use super::entities::EntityMap;
use super::{
    counts_of, matching, missed, overlaps, unmatched, Counts, Family, Finding, Locator, Outcome,
};
use crate::analysis::{Analysis, Quote, Span};
use crate::tools::eval_analysis::gold::Gold;
use crate::tools::eval_analysis::words::{has_noun, phrase_key};

/// Whether the program's quote names the gold speaker: through its entity (mapped to the gold
/// entity of that name), or by its phrase, equal to the gold speaker or to a form of the gold
/// entity of that name, ignoring case and a leading determiner.
pub fn same_speaker(gold: &Gold, map: &EntityMap, speaker: &str, quote: &Quote) -> bool {
    let named = |g: usize| gold.entities[g].name == speaker;
    if quote.speaker_entity.and_then(|e| map.gold_of(e)).is_some_and(named) {
        return true;
    }
    let Some(found) = quote.speaker.as_deref() else { return false };
    let key = phrase_key(found);
    key == phrase_key(speaker)
        || (gold.entities.iter())
            .filter(|e| e.name == speaker)
            .any(|e| e.forms.iter().any(|f| phrase_key(f) == key))
}

/// Quote speakers. Gold quotes without a speaker are not counted; the program's quotes count when
/// they overlap a counted gold quote or name a speaker.
pub fn quotes(
    gold: &Gold,
    analysis: &Analysis,
    map: &EntityMap,
    at: &Locator,
) -> (Counts, Vec<Finding>) {
    let golds: Vec<(&Span, &str)> =
        gold.quotes.iter().filter_map(|q| Some((&q.span, q.speaker.as_deref()?))).collect();
    let finds: Vec<&Quote> = (analysis.quotes.iter())
        .filter(|q| q.speaker.is_some() || golds.iter().any(|(s, _)| overlaps(s, &q.span)))
        .collect();
    let matched = matching(golds.len(), finds.len(), |g, f| {
        overlaps(golds[g].0, &finds[f].span) && same_speaker(gold, map, golds[g].1, finds[f])
    });
    let said =
        |s: Option<&str>| s.map_or_else(|| "no speaker".to_string(), |s| format!("speaker {s}"));
    let mut found = Vec::new();
    for (span, speaker) in missed(&matched, &golds) {
        let other = (analysis.quotes.iter())
            .find(|q| overlaps(&q.span, span))
            .map(|q| format!("program: {}", said(q.speaker.as_deref())));
        let tag = (Family::QuoteSpeakers, Outcome::Miss);
        found.push(at.finding(tag, span, said(Some(speaker)), other));
    }
    for quote in unmatched(&matched, &finds) {
        let other = (gold.quotes.iter())
            .find(|q| overlaps(&q.span, &quote.span))
            .map(|q| format!("gold: {}", said(q.speaker.as_deref())));
        let tag = (Family::QuoteSpeakers, Outcome::False);
        found.push(at.finding(tag, &quote.span, said(quote.speaker.as_deref()), other));
    }
    (counts_of(&matched, golds.len()), found)
}

/// Quantities: right when the span overlaps and the program's `about` has the head word.
pub fn quantities(gold: &Gold, analysis: &Analysis, at: &Locator) -> (Counts, Vec<Finding>) {
    let (golds, finds) = (&gold.quantities, &analysis.quantities);
    let matched = matching(golds.len(), finds.len(), |g, f| {
        overlaps(&golds[g].span, &finds[f].span) && has_noun(&finds[f].about, &golds[g].head)
    });
    let mut found = Vec::new();
    for q in missed(&matched, golds) {
        let other = (finds.iter())
            .find(|f| overlaps(&f.span, &q.span))
            .map(|f| format!("program: {:?} about {:?}", f.text, f.about));
        let tag = (Family::Quantities, Outcome::Miss);
        found.push(at.finding(tag, &q.span, format!("head {:?} ({})", q.head, q.about), other));
    }
    for q in unmatched(&matched, finds) {
        let other = (golds.iter())
            .find(|g| overlaps(&g.span, &q.span))
            .map(|g| format!("gold: {:?} head {:?} ({})", at.text(&g.span), g.head, g.about));
        let tag = (Family::Quantities, Outcome::False);
        found.push(at.finding(tag, &q.span, format!("about {:?}", q.about), other));
    }
    (counts_of(&matched, golds.len()), found)
}
