//! What a matched expression means ([`Meaning`]) and how that becomes a TIMEX3 type and value
//! against the anchor date (the publication date) and the tense of the clause.

use super::calendar::{add_months, calendar, nth_weekday, relative, season, weekday, ymd};
use super::lexicon::Unit;
use super::tense::Tense;
use crate::analysis::TimexKind;
use chrono::{Datelike, NaiveDate};

/// A count: exact ("three", "2.5") or vague ("several", "a few").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Exact(f64),
    Vague,
}

/// How a weekday, month or season is placed relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// By the tense of the clause ("on Friday").
    Tense,
    /// "last Friday": the latest one before the anchor.
    Last,
    /// "next Friday": the first one after the anchor.
    Next,
    /// "this Friday": the one in the anchor's week, month or year.
    This,
    /// "July last year": in the anchor's year moved by this many years.
    Year(i32),
    /// "Monday, Oct. 26": the year near the anchor in which the date falls on this weekday
    /// (Monday = 1).
    OnWeekday(u32),
}

/// Clock time or part of day attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    Clock(u32, u32),
    Part(&'static str),
}

/// The meaning of one temporal expression, before it is resolved to a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Meaning {
    /// A calendar date with the parts written; a missing year is placed by `shift`.
    Calendar {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        shift: Shift,
    },
    Year(i32),
    Weekday {
        day: u32,
        shift: Shift,
    },
    /// The anchor moved by `offset` units, at that unit's precision ("last week", "a year ago").
    Relative {
        unit: Unit,
        offset: i64,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    /// "the 1988 quarter", "the 1989 period": the report quarter in that year, filled in by
    /// the tagger; the year alone when no quarter was named.
    QuarterIn(i32),
    /// "this year's third quarter": a quarter of the anchor's year moved by `offset` years.
    QuarterOfYear {
        offset: i64,
        quarter: u32,
    },
    /// Quarter or half `n` ("the second half", "the third quarter of this year"): of the
    /// anchor's year moved by `offset` years, or without one, of the year that puts it on the
    /// side of the anchor the tense points to.
    PeriodOfYear {
        offset: Option<i64>,
        n: u32,
        half: bool,
    },
    /// "the year-earlier third quarter": that quarter a year before the one it is compared with.
    QuarterYearBefore(u32),
    /// The quarter a report is about ("the quarter", "a year earlier" next to a quarter),
    /// `years_back` years before it; the tagger fills in the last quarter mentioned.
    ReportQuarter {
        years_back: i32,
    },
    Season {
        year: Option<i32>,
        code: &'static str,
        shift: Shift,
    },
    /// "a year ago", "a year earlier": the year before, or the report quarter a year before
    /// when the text has named one.
    YearBefore,
    /// The `n`th weekday of a month (`n` = -1: the last), as holidays are: Thanksgiving.
    NthWeekday {
        month: u32,
        weekday: u32,
        n: i32,
        year: Option<i32>,
        shift: Shift,
    },
    /// The first three digits of a decade's years (`199` for the 1990s).
    Decade(i32),
    /// The first two digits of a century's years (`19` for the 20th century).
    Century(i32),
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Ref(&'static str),
    Duration {
        amount: Amount,
        unit: Unit,
    },
    /// A set value written out (`P1D`, `XXXX-WXX-1`).
    Set(String),
    /// A value written out ("2024-03-03").
    Fixed(TimexKind, String),
    /// A date with a clock time or part of day; `None` means the anchor day.
    WithTime(Option<Box<Meaning>>, TimeOfDay),
    /// A meaning anchored on the narrative's reference time ("the following day"); the tagger
    /// passes the last date named as the anchor.
    FromReference(Box<Meaning>),
    /// A day of the anchor's month ("by the 15th").
    DayOfMonth(u32),
}

/// The TIMEX3 type and value of `meaning`.
pub fn resolve(meaning: &Meaning, anchor: Option<NaiveDate>, tense: Tense) -> (TimexKind, String) {
    use Meaning::*;
    let date = |v: String| (TimexKind::Date, v);
    match meaning {
        Calendar { year, month, day, shift } => {
            date(calendar(*year, *month, *day, *shift, anchor, tense))
        }
        Year(y) => date(format!("{y:04}")),
        Weekday { day, shift } => date(match anchor {
            Some(a) => ymd(weekday(a, *day, *shift, tense)),
            None => format!("XXXX-WXX-{day}"),
        }),
        Relative { unit: Unit::Weekend, offset: 0 } if tense == Tense::Past => date(match anchor {
            Some(a) => relative(a, Unit::Weekend, -i64::from(a.weekday().number_from_monday() < 6)),
            None => "XXXX-WXX-WE".into(),
        }),
        Relative { unit, offset } => date(match anchor {
            Some(a) => relative(a, *unit, *offset),
            None => "XXXX-XX-XX".into(),
        }),
        Quarter { year, quarter } => date(match (year, anchor) {
            (Some(y), _) => format!("{y:04}-Q{quarter}"),
            (None, Some(a)) => {
                let current = (a.month() - 1) / 3 + 1;
                let past = *quarter > current && tense != Tense::Future;
                format!("{:04}-Q{quarter}", a.year() - i32::from(past))
            }
            (None, None) => format!("XXXX-Q{quarter}"),
        }),
        QuarterIn(y) => date(format!("{y:04}")),
        PeriodOfYear { offset, n, half } => {
            let letter = if *half { 'H' } else { 'Q' };
            date(match (offset, anchor) {
                (Some(k), Some(a)) => format!("{:04}-{letter}{n}", i64::from(a.year()) + k),
                (None, Some(a)) => {
                    let per = if *half { 6 } else { 3 };
                    let current = (a.month() - 1) / per + 1;
                    let past = *n > current && tense != Tense::Future;
                    format!("{:04}-{letter}{n}", a.year() - i32::from(past))
                }
                (_, None) => format!("XXXX-{letter}{n}"),
            })
        }
        QuarterOfYear { offset, quarter } => date(match anchor {
            Some(a) => format!("{:04}-Q{quarter}", i64::from(a.year()) + offset),
            None => format!("XXXX-Q{quarter}"),
        }),
        QuarterYearBefore(q) => {
            let (_, this) = resolve(&Quarter { year: None, quarter: *q }, anchor, tense);
            let year = this.get(..4).and_then(|y| y.parse::<i32>().ok());
            date(year.map_or(this, |y| format!("{:04}-Q{q}", y - 1)))
        }
        ReportQuarter { years_back } => date(match anchor {
            Some(a) => {
                let (y, m) = add_months(a.year(), a.month(), -3);
                format!("{:04}-Q{}", y - years_back, (m - 1) / 3 + 1)
            }
            None => "XXXX-QX".into(),
        }),
        Season { year, code, shift } => date(season(*year, code, *shift, anchor)),
        YearBefore => date(match anchor {
            Some(a) => format!("{:04}", a.year() - 1),
            None => "XXXX".into(),
        }),
        NthWeekday { month, weekday, n, year, shift } => {
            let found = |y: i32| nth_weekday(y, *month, *weekday, *n);
            let day = match (year, anchor) {
                (Some(y), _) => found(*y),
                (None, Some(a)) => {
                    let this = found(a.year());
                    let before = found(a.year() - 1);
                    let after = found(a.year() + 1);
                    let past = matches!(shift, Shift::Last) || tense == Tense::Past;
                    let future = matches!(shift, Shift::Next) || tense == Tense::Future;
                    match this {
                        Some(d) if past && d > a => before,
                        Some(d) if future && d < a => after,
                        other => other,
                    }
                }
                (None, None) => None,
            };
            date(day.map_or_else(|| format!("XXXX-{month:02}"), ymd))
        }
        Decade(d) => date(format!("{d:03}")),
        Century(c) => date(format!("{c:02}")),
        Ref(r) => date((*r).to_string()),
        Duration { amount, unit } => (TimexKind::Duration, duration(*amount, *unit)),
        Set(v) => (TimexKind::Set, v.clone()),
        Fixed(kind, v) => (*kind, v.clone()),
        FromReference(inner) => resolve(inner, anchor, tense),
        DayOfMonth(d) => date(match anchor.and_then(|a| a.with_day(*d)) {
            Some(day) => ymd(day),
            None => format!("XXXX-XX-{d:02}"),
        }),
        WithTime(day, time) => {
            let base = match day {
                Some(m) => resolve(m, anchor, tense).1,
                None => anchor.map_or_else(|| "XXXX-XX-XX".to_string(), ymd),
            };
            let t = match time {
                TimeOfDay::Clock(h, m) => format!("T{h:02}:{m:02}"),
                TimeOfDay::Part(p) => format!("T{p}"),
            };
            (TimexKind::Time, base + &t)
        }
    }
}

/// `P3Y`, `PT24H`, `PXY`, `P10Y` (a decade), `P1.5Y`.
pub fn duration(amount: Amount, unit: Unit) -> String {
    let (letter, per) = unit.code();
    let t = if unit.is_clock() { "T" } else { "" };
    let Amount::Exact(n) = amount else { return format!("P{t}X{letter}") };
    let n = n * per;
    if n.fract() == 0.0 {
        return format!("P{t}{}{letter}", n as i64);
    }
    // 2 1/2 years is P2Y6M: the fraction in the next smaller unit when it comes out whole.
    let smaller = match unit {
        Unit::Year => Some((12.0, "M", "")),
        Unit::Month => Some((30.0, "D", "")),
        Unit::Day => Some((24.0, "H", "T")),
        Unit::Hour => Some((60.0, "M", "")),
        Unit::Minute => Some((60.0, "S", "")),
        _ => None,
    };
    match smaller {
        Some((k, small, t2)) if (n.fract() * k).fract().abs() < 1e-9 => {
            let whole = n.trunc() as i64;
            let part = (n.fract() * k).round() as i64;
            let head = if whole > 0 { format!("{whole}{letter}") } else { String::new() };
            format!("P{t}{head}{t2}{part}{small}")
        }
        _ => format!("P{t}{n}{letter}"),
    }
}
