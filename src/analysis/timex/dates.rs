//! Calendar expressions: month-day-year dates in their common orders, months, weekdays, ISO and
//! numeric dates, years, fiscal years, decades, centuries, quarters, halves and seasons.

use super::lexicon::{month, ordinal, weekday};
use super::normalize::{Meaning, Shift};
use super::periods::{holiday, quarter, season_at, spoken_year};
use crate::analysis::document::Document;
use crate::analysis::TimexKind;
use chrono::NaiveDate;

type Found = Option<(usize, Meaning)>;

/// Nouns after a four-digit number that make it a count, not a year.
const COUNTED: &[&str] = &[
    "%",
    "percent",
    "people",
    "points",
    "shares",
    "yen",
    "dollars",
    "pounds",
    "tons",
    "cars",
    "miles",
    "feet",
    "units",
    "troops",
    "men",
    "women",
    "employees",
    "jobs",
    "workers",
    "members",
    "acres",
    "barrels",
    "metres",
    "meters",
    "kilometres",
    "kilometers",
    "votes",
    "homes",
    "hours",
    "times",
    "copies",
    "rooms",
    "students",
    "soldiers",
    "children",
    "deaths",
    "cases",
];

/// Month name at `i` (with a glued period after an abbreviation): end and month number.
pub fn month_at(w: &Document, i: usize) -> Option<(usize, u32)> {
    let m = month(w.lower(i))?;
    if !w.capital(i) {
        return None;
    }
    let full = w.lower(i).len() > 3 && w.lower(i) != "sept" || w.lower(i) == "may";
    let end = if full { i + 1 } else { w.skip_period(i + 1) };
    // "Nov 4 (Reuters)": an abbreviation without its period before a day of the month.
    let day_after = w.lower(i + 1).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    if !full && end == i + 1 && w.lower(i) != "sept" && !day_after {
        return None;
    }
    // "the March for Life", "the March of the Mothers"
    if w.lower(i) == "march" && w.is_any(end, &["for", "of"]) && year_at(w, end + 1).is_none() {
        return None;
    }
    // "May" is a month when a date or year follows or a time word comes before it.
    let before = i.checked_sub(1).map_or("", |p| w.lower(p));
    let time_word = matches!(
        before,
        "in" | "since"
            | "until"
            | "by"
            | "from"
            | "through"
            | "during"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "of"
            | "before"
            | "after"
    );
    // "8 May", "the 8th of May": a day number before it.
    let day_before =
        i.checked_sub(if before == "of" { 2 } else { 1 }).is_some_and(|p| day_at(w, p).is_some());
    let dated = day_at(w, end).is_some() || year_at(w, end).is_some() || day_before;
    // An abbreviation ("Dec.", "Jan.") is a month beside a day or a year ("Dec. 9") or after a
    // time word ("in Dec."), as "May" is; alone it is a name or a sentence end ("Ant and Dec.").
    if (w.lower(i) == "may" || !full) && !(dated || time_word) {
        return None;
    }
    Some((end, m))
}

/// Day of the month: "30", "8th", "eighth".
fn day_at(w: &Document, i: usize) -> Option<(usize, u32)> {
    // A range of days ("Dec. 9-10") is dated by its first day.
    let s = w.lower(i);
    let s = match s.split_once('-') {
        Some((first, last)) if last.bytes().all(|b| b.is_ascii_digit()) && !last.is_empty() => {
            first
        }
        _ => s,
    };
    let d = if s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()?
    } else {
        ordinal(s)?
    };
    (1..=31).contains(&d).then_some((i + 1, d))
}

/// A four-digit year 1000-2099 at `i`.
pub fn year_at(w: &Document, i: usize) -> Option<(usize, i32)> {
    let s = w.lower(i);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1000..2100).contains(&y).then_some((i + 1, y))
}

/// Weekday name at `i`, full or abbreviated with a period.
pub fn weekday_at(w: &Document, i: usize) -> Option<(usize, u32)> {
    let d = weekday(w.lower(i))?;
    if w.lower(i).ends_with('s') && w.lower(i).len() > 5 {
        return None;
    }
    let full = w.lower(i).len() >= 6;
    let end = if full { i + 1 } else { w.skip_period(i + 1) };
    (full || (end > i + 1 && w.capital(i))).then_some((end, d))
}

/// ", 1998" or " 1998" after a month and day.
fn year_after(w: &Document, i: usize) -> Option<(usize, i32)> {
    year_at(w, i).or_else(|| w.is(i, ",").then(|| year_at(w, i + 1)).flatten())
}

/// All calendar patterns at `i`; the longest wins.
pub fn date(w: &Document, i: usize) -> Found {
    [
        weekday_date(w, i),
        month_first(w, i),
        day_first(w, i),
        numeric(w, i),
        year_like(w, i),
        spoken_year(w, i),
        holiday(w, i),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|(end, _)| *end)
}

fn weekday_date(w: &Document, i: usize) -> Found {
    let (end, day) = weekday_at(w, i)?;
    let comma = if w.is(end, ",") { end + 1 } else { end };
    if let Some((e, m)) = month_first(w, comma) {
        return Some(match m {
            Meaning::Calendar { year: None, month, day: Some(d), .. } => {
                let shift = Shift::OnWeekday(day);
                (e, Meaning::Calendar { year: None, month, day: Some(d), shift })
            }
            m => (e, m),
        });
    }
    Some((end, Meaning::Weekday { day, shift: Shift::Tense }))
}

/// "Sept. 30", "Aug. 7, 1998", "March 2024", "July of 1997", "August".
fn month_first(w: &Document, i: usize) -> Found {
    let (end, month) = month_at(w, i)?;
    let cal = |year, day| Meaning::Calendar { year, month, day, shift: Shift::Tense };
    if let Some((e, day)) = day_at(w, end) {
        if !w.is_any(e, &["percent", "%"]) {
            return Some(match year_after(w, e) {
                Some((e2, y)) => (e2, cal(Some(y), Some(day))),
                None => (e, cal(None, Some(day))),
            });
        }
    }
    let of = if w.is_any(end, &["of", ","]) { end + 1 } else { end };
    if let Some((e, y)) = year_at(w, of) {
        return Some((e, cal(Some(y), None)));
    }
    let k = match w.lower(end) {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return Some((end, cal(None, None))),
    };
    if w.is(end + 1, "year") {
        let shift = Shift::Year(k);
        return Some((end + 2, Meaning::Calendar { year: None, month, day: None, shift }));
    }
    Some((end, cal(None, None)))
}

/// "3 March 2024", "the 3rd of March".
fn day_first(w: &Document, i: usize) -> Found {
    let (end, day) = day_at(w, i)?;
    let of = if w.is(end, "of") { end + 1 } else { end };
    let (e, month) = month_at(w, of)?;
    let (e, year) = match year_after(w, e) {
        Some((e2, y)) => (e2, Some(y)),
        None => (e, None),
    };
    Some((e, Meaning::Calendar { year, month, day: Some(day), shift: Shift::Tense }))
}

/// "2024-03-03", "2024-03", "3/4/98", "03/04/2024".
fn numeric(w: &Document, i: usize) -> Found {
    let s = w.lower(i);
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some((i + 1, Meaning::Fixed(TimexKind::Date, super::calendar::ymd(d))));
    }
    if let Some(y) = split_year(s) {
        return Some((i + 1, Meaning::Year(y)));
    }
    if let Some((y, m)) = s.split_once('-') {
        let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        if y >= 1000 && (1..=12).contains(&m) && s.len() == 7 {
            return Some((i + 1, Meaning::Fixed(TimexKind::Date, format!("{y:04}-{m:02}"))));
        }
        return None;
    }
    let parts: Vec<&str> = s.split('/').collect();
    let [m, d, y] = parts.as_slice() else { return None };
    let (m, d, y) = (m.parse::<u32>().ok()?, d.parse::<u32>().ok()?, y.parse::<i32>().ok()?);
    let y = match y {
        0..=49 => 2000 + y,
        50..=99 => 1900 + y,
        1000..=2099 => y,
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    Some((i + 1, Meaning::Fixed(TimexKind::Date, super::calendar::ymd(date))))
}

/// A year written with the next one, as seasons and financial years are: "2006-07", "2014/15",
/// "1999-2000"; its value is the first year (a range has its first value). The second part
/// must be the next year, so "2006-03" stays March 2006.
fn split_year(s: &str) -> Option<i32> {
    let (first, second) = s.split_once(['-', '/'])?;
    let y: i32 = first.parse().ok().filter(|y| (1000..2100).contains(y))?;
    let next: i32 = second.parse().ok()?;
    let follows = match second.len() {
        2 => next == (y + 1) % 100,
        4 => next == y + 1,
        _ => false,
    };
    (follows && first.len() == 4).then_some(y)
}

/// Years, fiscal years ("FY2004"), decades, centuries, quarters, halves and seasons.
fn year_like(w: &Document, i: usize) -> Found {
    let s = w.lower(i);
    if let Some(y) = s.strip_prefix("fy").and_then(|y| y.parse::<i32>().ok()) {
        return (1000..2100).contains(&y).then_some((i + 1, Meaning::Year(y)));
    }
    if s == "fiscal" {
        let next = if w.is(i + 1, "year") { i + 2 } else { i + 1 };
        if let Some((e, y)) = year_at(w, next) {
            return Some((e, Meaning::Year(y)));
        }
        return quarter(w, i + 1).or_else(|| quarter(w, next));
    }
    if let Some(found) = quarter(w, i).or_else(|| season_at(w, i)) {
        return Some(found);
    }
    if let Some(rest) = s.strip_prefix("mid-") {
        return decade_token(rest).map(|d| (i + 1, Meaning::Decade(d))).or_else(|| {
            let y: i32 = rest.parse().ok().filter(|y| (1000..2100).contains(y))?;
            Some((i + 1, Meaning::Year(y)))
        });
    }
    if let Some(d) = decade_token(s) {
        return Some((i + 1, Meaning::Decade(d)));
    }
    if s == "'" {
        let d: i32 = w.lower(i + 1).strip_suffix('s')?.parse().ok()?;
        return (d % 10 == 0 && d < 100 && w.touches_previous(i + 1))
            .then(|| (i + 2, Meaning::Decade(if d < 30 { 200 + d / 10 } else { 190 + d / 10 })));
    }
    if let Some(n) = ordinal(s) {
        if w.is_any(i + 1, &["century", "centuries"]) && n <= 21 {
            return Some((i + 2, Meaning::Century(n as i32 - 1)));
        }
    }
    let (end, y) = year_at(w, i)?;
    if w.lower(end) == "'s" && y % 10 == 0 {
        return Some((end + 1, Meaning::Decade(y / 10)));
    }
    if let Some((e, Meaning::Quarter { year: None, quarter })) = quarter(w, end) {
        return Some((e, Meaning::Quarter { year: Some(y), quarter }));
    }
    if w.is_any(end, &["quarter", "period"]) && i > 0 && w.is(i - 1, "the") {
        return Some((end + 1, Meaning::QuarterIn(y)));
    }
    // A hyphen written against the number joins it to a count ("1000-strong", "300-1000
    // people"); a spaced dash is punctuation ("filed in 1999 - was rejected").
    let joined_hyphen = |k: usize, next: usize| w.is(k, "-") && w.touches_previous(next);
    let counted = w.is_any(end, COUNTED)
        || joined_hyphen(end, end)
        || i > 0 && (w.is_any(i - 1, &["$", "no", "#"]) || joined_hyphen(i - 1, i));
    (!counted && !w.is(end, ":")).then_some((end, Meaning::Year(y)))
}

/// "1990s" -> 199.
fn decade_token(s: &str) -> Option<i32> {
    let y: i32 = s.strip_suffix('s')?.parse().ok()?;
    (s.len() == 5 && y % 10 == 0 && (1000..2100).contains(&y)).then_some(y / 10)
}
