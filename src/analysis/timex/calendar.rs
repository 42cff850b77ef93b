//! Calendar arithmetic behind the values: ISO weeks, month shifts, the anchor moved by a unit,
//! and placing a weekday, month-day, season or nth weekday of a month before or after the
//! anchor by shift and tense.

use super::lexicon::Unit;
use super::normalize::Shift;
use super::tense::Tense;
use chrono::{Datelike, Duration, NaiveDate};

/// `a` moved by `days`, or `None` past the calendar's range.
fn shifted(a: NaiveDate, days: i64) -> Option<NaiveDate> {
    a.checked_add_signed(Duration::try_days(days)?)
}

pub fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Year and month `delta` months from (`year`, `month`).
pub fn add_months(year: i32, month: u32, delta: i64) -> (i32, u32) {
    let total = (i64::from(year) * 12 + i64::from(month) - 1).saturating_add(delta);
    (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
}

pub fn relative(a: NaiveDate, unit: Unit, offset: i64) -> String {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { offset } else { 0 };
            shifted(a, days).map_or_else(|| "XXXX-XX-XX".into(), ymd)
        }
        Unit::Week => shifted(a, offset.saturating_mul(7)).map_or_else(|| "XXXX-WXX".into(), week),
        Unit::Weekend => {
            shifted(a, offset.saturating_mul(7)).map_or_else(|| "XXXX-WXX".into(), week) + "-WE"
        }
        Unit::Month => {
            let (y, m) = add_months(a.year(), a.month(), offset);
            format!("{y:04}-{m:02}")
        }
        Unit::Quarter => {
            let (y, m) = add_months(a.year(), a.month(), offset * 3);
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        }
        Unit::Year => format!("{:04}", i64::from(a.year()).saturating_add(offset)),
        Unit::Decade => format!("{:03}", i64::from(a.year()).div_euclid(10).saturating_add(offset)),
        Unit::Century => {
            format!("{:02}", i64::from(a.year()).div_euclid(100).saturating_add(offset))
        }
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
pub fn weekday(a: NaiveDate, day: u32, shift: Shift, tense: Tense) -> NaiveDate {
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
        // No tense: the nearest one, the past one on a tie.
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

pub fn calendar(
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

pub fn season(year: Option<i32>, code: &str, shift: Shift, anchor: Option<NaiveDate>) -> String {
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
pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<NaiveDate> {
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
