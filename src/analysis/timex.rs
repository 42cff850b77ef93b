//! Temporal expressions: finds dates in text and normalises them to TIMEX3 values against the
//! publication date. This first version knows weekdays, month names, ISO dates and
//! yesterday/today/tomorrow.

use super::{Timex, TimexKind};
use chrono::{Datelike, Duration, NaiveDate};

const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Finds every temporal expression in `text`; `dct` is the publication date.
pub fn find(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let mut out = Vec::new();
    for (start, word) in words(text) {
        let end = start + word.len();
        let value = if let Some(wd) = WEEKDAYS.iter().position(|w| *w == word) {
            dct.map(|d| {
                let back = (d.weekday().num_days_from_monday() as i64 - wd as i64).rem_euclid(7);
                let back = if back == 0 { 7 } else { back };
                (d - Duration::days(back)).format("%Y-%m-%d").to_string()
            })
            .unwrap_or_else(|| format!("XXXX-WXX-{}", wd + 1))
        } else if let Some(m) = MONTHS.iter().position(|w| *w == word) {
            if word == "May" {
                continue;
            }
            match dct {
                Some(d) => {
                    let year = if m as u32 + 1 > d.month() { d.year() - 1 } else { d.year() };
                    format!("{year}-{:02}", m + 1)
                }
                None => format!("XXXX-{:02}", m + 1),
            }
        } else if let Ok(d) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            d.format("%Y-%m-%d").to_string()
        } else if let (Some(d), Some(off)) = (dct, relative_day(word)) {
            (d + Duration::days(off)).format("%Y-%m-%d").to_string()
        } else {
            continue;
        };
        out.push(Timex { span: start..end, text: word.to_string(), kind: TimexKind::Date, value });
    }
    out
}

fn relative_day(w: &str) -> Option<i64> {
    match w.to_ascii_lowercase().as_str() {
        "yesterday" => Some(-1),
        "today" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    }
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .scan(0usize, move |pos, w| {
            let start = *pos;
            *pos += w.len() + text[start + w.len()..].chars().next().map_or(0, char::len_utf8);
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}
