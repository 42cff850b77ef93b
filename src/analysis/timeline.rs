//! The timeline: ties each dated expression (a DATE or TIME with a calendar value) to the event
//! its clause reports and orders the events by date at their precision. Durations, sets and
//! undated references (`PAST_REF`, `XXXX-...`) stay out. Sentences holding a date are tagged
//! with parts of speech ([`super::pos`]); the event phrase is read from the tags in
//! `timeline/event.rs`, the date order is in `timeline/order.rs`.

pub mod clause;
pub mod event;
pub mod order;
pub mod sentence;
pub mod subject;

use super::pos::{self, Tag};
use super::tokens::Token;
use super::{timex, Span, TimelineEvent, Timex};

/// Builds the timeline from the timexes, in date order (ties in reading order).
pub fn build(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    timexes: &[Timex],
) -> Vec<TimelineEvent> {
    // Sentences are tagged when a date needs them, once each.
    let mut tagged: Option<(Span, Option<Vec<Tag>>)> = None;
    let mut events: Vec<(order::DateKey, TimelineEvent)> = timexes
        .iter()
        .filter(|t| timex::is_dated(t))
        .filter_map(|t| {
            let key = order::key(&t.value)?;
            let at = sentences.partition_point(|s| s.end < t.span.end);
            let sentence = sentences.get(at).filter(|s| s.start <= t.span.start)?.clone();
            let from = tokens.partition_point(|k| k.span.start < sentence.start);
            let to = tokens.partition_point(|k| k.span.end <= sentence.end);
            let in_sentence: Vec<&Token> = tokens.get(from..to.max(from))?.iter().collect();
            if tagged.as_ref().is_none_or(|(s, _)| *s != sentence) {
                tagged = Some((sentence.clone(), pos::tag_tokens(text, &in_sentence)));
            }
            let tags = tagged.as_ref().and_then(|(_, tags)| tags.as_deref());
            let event = tags
                .and_then(|tags| event::phrase(text, &in_sentence, tags, &t.span))
                .unwrap_or_else(|| event::fallback(text, &sentence));
            let entry = TimelineEvent {
                date: t.value.clone(),
                text: t.text.clone(),
                event,
                span: t.span.clone(),
                sentence,
            };
            Some((key, entry))
        })
        .collect();
    events.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.span.start.cmp(&b.1.span.start)));
    events.into_iter().map(|(_, e)| e).collect()
}
