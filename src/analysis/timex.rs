//! Temporal expressions: finds dates, times, durations and sets in English text and normalises
//! them to TIMEX3 types and values against the publication date. This module runs the patterns
//! left to right, keeps the longest match at each token, reads the clause's tense and resolves
//! the value, remembering the quarter a report is about. In `timex/`:
//!
//! - `lexicon` and `numbers` (word tables); tokens and sentences come from the shared
//!   [`Document`];
//! - pattern families `dates`, `periods`, `relative`, `durations`, put together by `patterns`;
//! - `tense` (which way a weekday or month points), `normalize` and `calendar` (values).
//!
//! Reading TimeML gold, TempEval-3 scoring and the `timex` command's output are tools, in
//! `crate::tools::timex`.
//!
//! A rule-based tagger in the manner of HeidelTime, written for news: it has no model to load
//! and tags about two million tokens a second.

pub mod anaphora;
pub mod calendar;
pub mod dates;
pub mod durations;
pub mod lexicon;
pub mod normalize;
pub mod numbers;
pub mod patterns;
pub mod periods;
pub mod relative;
pub mod tense;

use super::document::Document;
use super::{Timex, TimexKind};
use anaphora::Recent;
use chrono::NaiveDate;
use lexicon::Unit;
use normalize::{resolve, Meaning};

/// The temporal expressions of one document in reading order, resolved against its
/// publication date: what quantities, mentions and the timeline are built after.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dates(Vec<Timex>);

impl Dates {
    pub fn all(&self) -> &[Timex] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<Timex> {
        self.0
    }
}

/// Finds every temporal expression in `text` (tokenised here, without part-of-speech tags,
/// which dates do not read); `dct` is the publication date.
pub fn find_in_text(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    find(&Document::with_tagger(text.to_string(), dct, None)).into_vec()
}

/// Finds every temporal expression of the document against its publication date.
pub fn find(doc: &Document) -> Dates {
    Dates(tag(doc, doc.published()))
}

fn tag(words: &Document, dct: Option<NaiveDate>) -> Vec<Timex> {
    let mut out = Vec::new();
    // The last quarter the text named: what "the quarter" and "a year earlier" refer to.
    let mut report_quarter: Option<(i32, u32)> = None;
    // The last dates the text named, by precision: what "the next day" and "that year" count from.
    let mut reference = Recent::default();
    // The last quarter the text named at all: what "the previous quarter" counts from.
    let mut last_quarter: Option<(i32, u32)> = None;
    let mut i = 0;
    while i < words.len() {
        let found = lexicon::may_start(words.lower(i)).then(|| patterns::at(words, i)).flatten();
        let Some((end, meaning)) = found else {
            i += 1;
            continue;
        };
        let tense = tense::around(words, i, end);
        let meaning = match (meaning, report_quarter) {
            (Meaning::ReportQuarter { years_back }, Some((y, q))) => {
                Meaning::Quarter { year: Some(y - years_back), quarter: q }
            }
            (Meaning::YearBefore, Some((y, q))) => {
                Meaning::Quarter { year: Some(y - 1), quarter: q }
            }
            (m, _) => m,
        };
        let meaning = match (meaning, last_quarter) {
            (Meaning::Relative { unit: Unit::Quarter, offset }, Some((y, q)))
                if (i..end).any(|k| words.is_any(k, ANAPHORIC_SHIFTS)) =>
            {
                let (year, quarter) = shift_quarter(y, q, offset);
                Meaning::Quarter { year: Some(year), quarter }
            }
            (m, _) => m,
        };
        let inferred_quarter = matches!(
            meaning,
            Meaning::Quarter { year: None, .. }
                | Meaning::QuarterOfYear { offset: 0, .. }
                | Meaning::PeriodOfYear { offset: None | Some(0), half: false, .. }
        );
        let (kind, value) = match &meaning {
            Meaning::FromReference(inner) => {
                let anchor = reference.at_least(anaphora::needs(inner)).or(dct);
                resolve(inner, anchor, tense)
            }
            m @ Meaning::WithTime(None, normalize::TimeOfDay::Clock(..)) => {
                let anchor = reference.at_least(anaphora::Precision::Day).or(dct);
                resolve(m, anchor, tense)
            }
            m => resolve(m, dct, tense),
        };
        if matches!(kind, TimexKind::Date | TimexKind::Time) {
            reference.note(&value);
        }
        if let Some(q) = quarter_of(&value) {
            last_quarter = Some(q);
            if inferred_quarter && report_quarter.is_none() {
                report_quarter = Some(q);
            }
        }
        let second = coordinated_day(words, end, &value);
        let span = words.token_span(i, end);
        out.push(Timex { text: words.slice(&span).to_string(), span, kind, value });
        i = end;
        if let Some((at, value)) = second {
            let span = words.token_span(at, at + 1);
            let text = words.slice(&span).to_string();
            out.push(Timex { text, span, kind: TimexKind::Date, value });
            i = at + 1;
        }
    }
    out
}

/// "April 24 and 25": the day number after a full date and "and"/"or" is a date of the same
/// month (its token index and value).
fn coordinated_day(words: &Document, end: usize, value: &str) -> Option<(usize, String)> {
    let month = value.get(..8).filter(|_| value.len() == 10 && value.as_bytes()[7] == b'-')?;
    if !words.is_any(end, &["and", "or"]) {
        return None;
    }
    let day: u32 = words.lower(end + 1).parse().ok().filter(|d| (1..=31).contains(d))?;
    let next = words.lower(end + 2);
    // "May 3 and 4 people died": a count, not a day.
    let link = ["in", "at", "on", "when", "to", "for", "before", "after", "as", "with", "but"];
    let word = next.starts_with(char::is_alphabetic) && !link.contains(&next);
    let counts = lexicon::unit(next).is_some() || next == "%" || word;
    let date = format!("{month}{day:02}");
    let valid = NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_ok();
    (valid && !counts).then_some((end + 1, date))
}

/// Words that count a period from the one the text last named rather than from the publication
/// date: "the previous quarter", "the following quarter" (but "last quarter" is deictic).
const ANAPHORIC_SHIFTS: &[&str] = &["previous", "preceding", "prior", "following"];

/// The quarter `offset` quarters from quarter `q` of year `y`.
fn shift_quarter(y: i32, q: u32, offset: i64) -> (i32, u32) {
    let index = i64::from(y) * 4 + i64::from(q) - 1 + offset;
    (index.div_euclid(4) as i32, index.rem_euclid(4) as u32 + 1)
}

/// (year, quarter) of a value like `1989-Q3`.
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// Whether a timex can be placed on a calendar: a DATE or TIME whose value starts with a
/// year, decade or century (`2025-11-19`, `2025-W47`, `199`), not `PAST_REF` or `XXXX-WXX-1`.
pub fn is_dated(t: &Timex) -> bool {
    let digits = t.value.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t.value[digits..];
    matches!(t.kind, TimexKind::Date | TimexKind::Time)
        && (2..=4).contains(&digits)
        && (rest.is_empty() || (digits == 4 && (rest.starts_with('-') || rest.starts_with('T'))))
}
