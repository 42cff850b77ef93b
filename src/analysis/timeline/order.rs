//! Date order for TIMEX3 values of any precision: each value maps to the first day it covers
//! and its precision, so "2025-08" sorts before "2025-08-05" and "2025-W47" by its Monday.

use chrono::{NaiveDate, Weekday};

/// Sort key: first day covered, then coarser precision first, then the time of day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateKey {
    pub start: NaiveDate,
    /// 0 century, 1 decade, 2 year, 3 half/quarter/season, 4 month, 5 week, 6 day.
    pub precision: u8,
    pub time: String,
}

/// The key of a calendar value; `None` for values without a year (`XXXX-WXX-1`, `PAST_REF`).
pub fn key(value: &str) -> Option<DateKey> {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let time = time.to_string();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty();
    let mut parts = date.split('-');
    let head = parts.next()?;
    if !digits(head) {
        return None;
    }
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    let make = |start: Option<NaiveDate>, precision| {
        start.map(|start| DateKey { start, precision, time: time.clone() })
    };
    match head.len() {
        2 => return make(ymd(head.parse::<i32>().ok()? * 100, 1, 1), 0),
        3 => return make(ymd(head.parse::<i32>().ok()? * 10, 1, 1), 1),
        4 => {}
        _ => return None,
    }
    let year: i32 = head.parse().ok()?;
    let Some(second) = parts.next() else { return make(ymd(year, 1, 1), 2) };
    let month_of = |code: &str| -> Option<(u32, u8)> {
        let n = |s: &str| s.parse::<u32>().ok();
        Some(match code {
            "SP" => (3, 3),
            "SU" => (6, 3),
            "FA" => (9, 3),
            "WI" => (12, 3),
            _ if code.starts_with('Q') => {
                (n(&code[1..]).filter(|q| (1..=4).contains(q))? * 3 - 2, 3)
            }
            _ if code.starts_with('H') => {
                (n(&code[1..]).filter(|h| (1..=2).contains(h))? * 6 - 5, 3)
            }
            _ => (n(code).filter(|m| (1..=12).contains(m))?, 4),
        })
    };
    if let Some(week) = second.strip_prefix('W') {
        let week: u32 = week.parse().ok()?;
        return make(NaiveDate::from_isoywd_opt(year, week, Weekday::Mon), 5);
    }
    let (month, precision) = month_of(second)?;
    match parts.next() {
        None => make(ymd(year, month, 1), precision),
        Some(day) if digits(day) && precision == 4 => make(ymd(year, month, day.parse().ok()?), 6),
        Some(_) => None,
    }
}
