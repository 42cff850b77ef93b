//! What a matched expression means ([`Meaning`]) and how that becomes a TIMEX3 type and value
//! against the anchor date (the publication date) and the tense of the clause.

use super::lexicon::Unit;
use super::tense::Tense;
use crate::analysis::TimexKind;
use chrono::{Datelike, Duration, NaiveDate};

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

pub fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Year and month `delta` months from (`year`, `month`).
pub fn add_months(year: i32, month: u32, delta: i64) -> (i32, u32) {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + delta;
    (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
}

fn relative(a: NaiveDate, unit: Unit, offset: i64) -> String {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            ymd(a + Duration::days(if unit == Unit::Day { offset } else { 0 }))
        }
        Unit::Week => week(a + Duration::weeks(offset)),
        Unit::Weekend => week(a + Duration::weeks(offset)) + "-WE",
        Unit::Month => {
            let (y, m) = add_months(a.year(), a.month(), offset);
            format!("{y:04}-{m:02}")
        }
        Unit::Quarter => {
            let (y, m) = add_months(a.year(), a.month(), offset * 3);
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        }
        Unit::Year => format!("{:04}", i64::from(a.year()) + offset),
        Unit::Decade => format!("{:03}", i64::from(a.year()).div_euclid(10) + offset),
        Unit::Century => format!("{:02}", i64::from(a.year()).div_euclid(100) + offset),
    }
}

/// Within this many days of the anchor a month-day is placed in the anchor's year whatever
/// the tense.
const CLOSE_DAYS: i64 = 30;
/// Within this many months of the anchor a month is placed in the anchor's year.
const CLOSE_MONTHS: i64 = 0;

/// How many days back a past-tense weekday that names the anchor's own weekday lies.
const SAME_DAY_PAST: i64 = 0;

/// The date of weekday `day` (Monday = 1) near `a`.
fn weekday(a: NaiveDate, day: u32, shift: Shift, tense: Tense) -> NaiveDate {
    let today = a.weekday().number_from_monday() as i64;
    let back = (today - i64::from(day)).rem_euclid(7);
    let fwd = (i64::from(day) - today).rem_euclid(7);
    let offset = match (shift, tense) {
        (Shift::Last, _) => -(if back == 0 { 7 } else { back }),
        (Shift::Next, _) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        (Shift::This | Shift::Year(_) | Shift::OnWeekday(_), _) => i64::from(day) - today,
        (Shift::Tense, Tense::Past) => -(if back == 0 { SAME_DAY_PAST } else { back }),
        (Shift::Tense, Tense::Future) => fwd,
        (Shift::Tense, Tense::Unknown) => {
            if back <= fwd {
                -back
            } else {
                fwd
            }
        }
    };
    a + Duration::days(offset)
}

fn calendar(
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
    shift: Shift,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> String {
    let fmt = |y: Option<i32>| {
        let y = y.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
        match day {
            Some(d) => format!("{y}-{month:02}-{d:02}"),
            None => format!("{y}-{month:02}"),
        }
    };
    let (Some(a), None) = (anchor, year) else { return fmt(year) };
    // Compare (month, day) with the anchor's; a month alone compares by month.
    let here = (a.month(), day.map_or(0, |_| a.day()));
    let there = (month, day.unwrap_or(0));
    let y = a.year();
    // A date close to the anchor on the "wrong" side of the tense is more likely a misread
    // tense ("said it will pay on Dec. 15") than a year away: keep it in the anchor's year.
    let close = match day {
        Some(d) => NaiveDate::from_ymd_opt(y, month, d)
            .is_some_and(|date| (date - a).num_days().abs() <= CLOSE_DAYS),
        None => (i64::from(month) - i64::from(a.month())).abs() <= CLOSE_MONTHS,
    };
    let tense = if close && matches!(shift, Shift::Tense) { Tense::Unknown } else { tense };
    let year = match (shift, tense) {
        (Shift::This, _) => y,
        (Shift::Year(k), _) => y + k,
        (Shift::OnWeekday(wd), _) => [y, y - 1, y + 1]
            .into_iter()
            .find(|&c| {
                day.and_then(|d| NaiveDate::from_ymd_opt(c, month, d))
                    .is_some_and(|date| date.weekday().number_from_monday() == wd)
            })
            .unwrap_or(y),
        (Shift::Last, _) => {
            if there < here {
                y
            } else {
                y - 1
            }
        }
        (Shift::Next, _) => {
            if there > here {
                y
            } else {
                y + 1
            }
        }
        (Shift::Tense, Tense::Past) => {
            if there <= here {
                y
            } else {
                y - 1
            }
        }
        (Shift::Tense, Tense::Future) => {
            if there >= here {
                y
            } else {
                y + 1
            }
        }
        (Shift::Tense, Tense::Unknown) => {
            let delta = i64::from(month) - i64::from(a.month());
            if delta > 6 {
                y - 1
            } else if delta < -6 {
                y + 1
            } else {
                y
            }
        }
    };
    fmt(Some(year))
}

fn season(year: Option<i32>, code: &str, shift: Shift, anchor: Option<NaiveDate>) -> String {
    let start = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    let y = match (year, anchor) {
        (Some(y), _) => y,
        (None, None) => return format!("XXXX-{code}"),
        (None, Some(a)) => {
            let started = a.month() >= start;
            // Whether this year's season is over (winter runs December to February).
            let over =
                if start == 12 { (3..12).contains(&a.month()) } else { a.month() > start + 2 };
            match shift {
                Shift::Last => a.year() - i32::from(!over || start == 12),
                Shift::Next => a.year() + i32::from(started),
                Shift::Year(k) => a.year() + k,
                Shift::This | Shift::Tense | Shift::OnWeekday(_) => a.year(),
            }
        }
    };
    format!("{y:04}-{code}")
}

/// The `n`th (`-1`: last) weekday (Monday = 1) of a month.
fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let lead = (i64::from(weekday) - i64::from(first.weekday().number_from_monday())).rem_euclid(7);
    if n > 0 {
        return Some(first + Duration::days(lead + 7 * i64::from(n - 1)));
    }
    let (ny, nm) = add_months(year, month, 1);
    let last = NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1);
    let back = (i64::from(last.weekday().number_from_monday()) - i64::from(weekday)).rem_euclid(7);
    Some(last - Duration::days(back))
}
