//! The time families: dates (the program's calendar timexes, matched by overlap, right when the
//! value is equal) and events (timeline entries, right when the date matches a gold date that
//! has an event and the entry's phrase has its trigger word, an inflection aside).

use super::{
    counts_of, matching, missed, overlaps, unmatched, Counts, Family, Finding, Locator, Outcome,
};
use crate::analysis::{Analysis, Timex, TimexKind};
use crate::tools::eval_analysis::gold::{Gold, GoldDate};
use crate::tools::eval_analysis::words::has_stem;

/// A DATE or TIME whose value is on the calendar: a year, decade or century and what follows it
/// (`2025-11-19`, `2025-W47`, `199`, `2025-11-19TMO`), not `PAST_REF` nor `XXXX-WXX-1`.
pub fn is_calendar(t: &Timex) -> bool {
    let digits = t.value.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t.value[digits..];
    matches!(t.kind, TimexKind::Date | TimexKind::Time)
        && (2..=4).contains(&digits)
        && !t.value.contains('X')
        && !t.value.contains("REF")
        && (rest.is_empty() || (digits == 4 && (rest.starts_with('-') || rest.starts_with('T'))))
}

/// Dates: right when the span overlaps and the value is equal.
pub fn dates(gold: &Gold, analysis: &Analysis, at: &Locator) -> (Counts, Vec<Finding>) {
    let golds = &gold.dates;
    let finds: Vec<&Timex> = analysis.timexes.iter().filter(|t| is_calendar(t)).collect();
    let matched = matching(golds.len(), finds.len(), |g, f| {
        overlaps(&golds[g].span, &finds[f].span) && golds[g].value == finds[f].value
    });
    let mut found = Vec::new();
    for d in missed(&matched, golds) {
        // Any timex tells why: a wrong value, or a value off the calendar.
        let other = (analysis.timexes.iter())
            .find(|t| overlaps(&t.span, &d.span))
            .map(|t| format!("program: {:?} {}", t.text, t.value));
        let tag = (Family::Dates, Outcome::Miss);
        found.push(at.finding(tag, &d.span, d.value.clone(), other));
    }
    for t in unmatched(&matched, &finds) {
        let other = (golds.iter())
            .find(|g| overlaps(&g.span, &t.span))
            .map(|g| format!("gold: {:?} {}", at.text(&g.span), g.value));
        let tag = (Family::Dates, Outcome::False);
        found.push(at.finding(tag, &t.span, t.value.clone(), other));
    }
    (counts_of(&matched, golds.len()), found)
}

fn event_of(d: &GoldDate) -> String {
    match (&d.event, &d.trigger) {
        (Some(event), Some(trigger)) => format!("{}: {event} [{trigger}]", d.value),
        _ => format!("{}, no event", d.value),
    }
}

/// Events: every timeline entry is a find; the gold items are the dates with an event.
pub fn events(gold: &Gold, analysis: &Analysis, at: &Locator) -> (Counts, Vec<Finding>) {
    let golds: Vec<(&GoldDate, &str)> =
        gold.dates.iter().filter_map(|d| Some((d, d.trigger.as_deref()?))).collect();
    let finds = &analysis.timeline;
    let matched = matching(golds.len(), finds.len(), |g, f| {
        let ((d, trigger), t) = (golds[g], &finds[f]);
        overlaps(&d.span, &t.span) && d.value == t.date && has_stem(&t.event, trigger)
    });
    let mut found = Vec::new();
    for (d, _) in missed(&matched, &golds) {
        let other = (finds.iter())
            .find(|t| overlaps(&t.span, &d.span))
            .map(|t| format!("program: {}: {}", t.date, t.event));
        let tag = (Family::Events, Outcome::Miss);
        found.push(at.finding(tag, &d.span, event_of(d), other));
    }
    for t in unmatched(&matched, finds) {
        let other = (gold.dates.iter())
            .find(|d| overlaps(&d.span, &t.span))
            .map(|d| format!("gold: {}", event_of(d)));
        let tag = (Family::Events, Outcome::False);
        found.push(at.finding(tag, &t.span, format!("{}: {}", t.date, t.event), other));
    }
    (counts_of(&matched, golds.len()), found)
}
