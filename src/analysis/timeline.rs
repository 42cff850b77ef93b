//! The timeline: ties each dated expression (a DATE or TIME with a calendar value) to the event
//! its clause reports and orders the events by date at their precision. Durations, sets and
//! undated references (`PAST_REF`, `XXXX-...`) stay out. The event phrase is read from the
//! document's part-of-speech tags in `timeline/event.rs`, the date order is in
//! `timeline/order.rs`.

pub mod clause;
pub mod event;
pub mod order;
pub mod sentence;
pub mod subject;
#[cfg(test)]
mod tests;

use super::document::Document;
use super::timex::{self, Dates};
use super::TimelineEvent;

/// Builds the timeline from the document's dates, in date order (ties in reading order).
pub fn build(doc: &Document, dates: &Dates) -> Vec<TimelineEvent> {
    let text = doc.text();
    let mut events: Vec<(order::DateKey, TimelineEvent)> = dates
        .all()
        .iter()
        .filter(|t| timex::is_dated(t))
        .filter_map(|t| {
            let key = order::key(&t.value)?;
            let sentences = doc.sentences();
            let at = sentences.partition_point(|s| s.span.end < t.span.end);
            let sentence = sentences.get(at).filter(|s| s.span.start <= t.span.start)?;
            let in_sentence = doc.tokens().get(sentence.tokens.clone())?;
            let event = doc
                .sentence_tags(at)
                .and_then(|tags| event::phrase(text, in_sentence, tags, &t.span))
                .unwrap_or_else(|| event::fallback(text, &sentence.span));
            let entry = TimelineEvent {
                date: t.value.clone(),
                text: t.text.clone(),
                event,
                span: t.span.clone(),
                sentence: sentence.span.clone(),
            };
            Some((key, entry))
        })
        .collect();
    events.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.span.start.cmp(&b.1.span.start)));
    events.into_iter().map(|(_, e)| e).collect()
}
