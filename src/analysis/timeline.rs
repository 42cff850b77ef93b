//! The timeline: ties each dated expression to the event its sentence reports and orders the
//! events by date. Durations, sets and undated references stay out.

use super::tokens::Token;
use super::{Span, TimelineEvent, Timex, TimexKind};

/// Builds the timeline from the timexes, in date order.
pub fn build(
    text: &str,
    _tokens: &[Token],
    sentences: &[Span],
    timexes: &[Timex],
) -> Vec<TimelineEvent> {
    let mut events: Vec<TimelineEvent> = timexes
        .iter()
        .filter(|t| t.kind == TimexKind::Date && t.value.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|t| {
            let sentence =
                sentences.iter().find(|s| s.start <= t.span.start && t.span.end <= s.end)?.clone();
            let event = text[sentence.clone()].chars().take(60).collect();
            Some(TimelineEvent {
                date: t.value.clone(),
                text: t.text.clone(),
                event,
                span: t.span.clone(),
                sentence,
            })
        })
        .collect();
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.span.start.cmp(&b.span.start)));
    events
}
