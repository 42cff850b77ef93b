//! The timeline: ties each dated expression (a DATE or TIME with a calendar value) to the event
//! its clause reports and orders the events by date at their precision. Durations, sets and
//! undated references (`PAST_REF`, `XXXX-...`) stay out. The phrase heuristic is in
//! `timeline/event.rs`, the date order in `timeline/order.rs`.

pub mod event;
pub mod order;
pub mod sentence;

use super::tokens::Token;
use super::{timex, Span, TimelineEvent, Timex};

/// Builds the timeline from the timexes, in date order (ties in reading order).
pub fn build(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    timexes: &[Timex],
) -> Vec<TimelineEvent> {
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
            let event = event::phrase(text, &in_sentence, &t.span)
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
