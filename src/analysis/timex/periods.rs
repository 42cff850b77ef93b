//! Periods and named days: quarters and halves ("the third quarter", "Q3", "first half of
//! 2024"), seasons ("the summer of 1998"), spoken years ("nineteen ninety-six", "the nineties")
//! and holidays with a fixed date or weekday (Christmas, Boxing Day, Valentine's Day, St
//! Patrick's Day, Remembrance Day, Bonfire Night, Thanksgiving).

use super::dates::year_at;
use super::lexicon::{number_word, ordinal, season};
use super::normalize::{Meaning, Shift};
use crate::analysis::document::Document;
use crate::analysis::TimexKind;

type Found = Option<(usize, Meaning)>;

/// "third quarter", "third-quarter", "fourth quarter of 1990", "Q3", "first half of 2024".
pub fn quarter(w: &Document, i: usize) -> Found {
    let s = w.lower(i);
    let (n, end, half) = if let Some((ord, unit)) = s.split_once('-') {
        let half = match unit {
            "quarter" => false,
            "half" => true,
            _ => return None,
        };
        (ordinal(ord)?, i + 1, half)
    } else if let Some(q) = s.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()) {
        (q, i + 1, false)
    } else {
        // "the last half of 1989" is the second half.
        let n = if s == "last" && w.is(i + 1, "half") { 2 } else { ordinal(s)? };
        match w.lower(i + 1) {
            "quarter" => (n, i + 2, false),
            "half" => (n, i + 2, true),
            _ => return None,
        }
    };
    if (half && n > 2) || n > 4 || n == 0 {
        return None;
    }
    let of = if w.is_any(end, &["of", ","]) { end + 1 } else { end };
    // "the second half of the year", "the first quarter of next year": the year is a
    // reference, resolved against the anchor.
    if let Some((e, offset)) = of_a_year(w, end) {
        return Some((e, Meaning::PeriodOfYear { offset, n, half }));
    }
    let (end, year) = match year_at(w, of).or_else(|| year_at(w, end)) {
        Some((e, y)) => (e, Some(y)),
        None => (end, None),
    };
    if half {
        return Some((
            end,
            match year {
                Some(y) => Meaning::Fixed(TimexKind::Date, format!("{y:04}-H{n}")),
                None => Meaning::PeriodOfYear { offset: None, n, half },
            },
        ));
    }
    Some((end, Meaning::Quarter { year, quarter: n }))
}

/// "of the year", "of this year", "of last year", "of next year" at `i`: its end and the
/// offset in years from the anchor (none for "the year": the tense decides).
fn of_a_year(w: &Document, i: usize) -> Option<(usize, Option<i64>)> {
    if !w.is(i, "of") || !w.is(i + 2, "year") {
        return None;
    }
    let offset = match w.lower(i + 1) {
        // "the year" is the year the tense points to: "sales rose in the second half of the
        // year", written in January, is last year's.
        "the" => None,
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => return None,
    };
    Some((i + 3, offset))
}

/// "summer", "the summer of 1998", "spring 2024".
pub fn season_at(w: &Document, i: usize) -> Found {
    let code = season(w.lower(i))?;
    if w.lower(i) == "fall" && !w.capital(i) && i > 0 && !w.is_any(i - 1, &["the", "this", "last"])
    {
        return None;
    }
    let of = if w.is(i + 1, "of") { i + 2 } else { i + 1 };
    if w.lower(i) == "fall" && of == i + 2 && year_at(w, of).is_none() {
        return None;
    }
    let spoken = || match spoken_year(w, of) {
        Some((e, Meaning::Year(y))) => Some((e, y)),
        _ => None,
    };
    let (end, year) = match year_at(w, of).or_else(spoken) {
        Some((e, y)) => (e, Some(y)),
        None => (i + 1, None),
    };
    Some((end, Meaning::Season { year, code, shift: Shift::Tense }))
}

/// "nineteen ninety-six", "the year two thousand", "the nineties".
pub fn spoken_year(w: &Document, i: usize) -> Found {
    const DECADES: [&str; 8] = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    if let Some(k) = DECADES.iter().position(|d| *d == w.lower(i)) {
        return (i > 0 && w.is(i - 1, "the")).then_some((i + 1, Meaning::Decade(192 + k as i32)));
    }
    if w.is(i, "year") && w.is(i + 1, "two") && w.is(i + 2, "thousand") {
        return Some((i + 3, Meaning::Year(2000)));
    }
    let hundreds = number_word(w.lower(i)).filter(|h| (10..=20).contains(h))?;
    let rest = number_word(w.lower(i + 1)).filter(|r| (10..=99).contains(r))?;
    Some((i + 2, Meaning::Year((hundreds * 100 + rest) as i32)))
}

/// Holidays with a fixed date or a fixed weekday of a month.
pub fn holiday(w: &Document, i: usize) -> Found {
    if !w.capital(i) {
        return None;
    }
    let fixed = |month, day, end| {
        Some((end, Meaning::Calendar { year: None, month, day: Some(day), shift: Shift::Tense }))
    };
    let nth = |month, weekday, n, end| {
        Some((end, Meaning::NthWeekday { month, weekday, n, year: None, shift: Shift::Tense }))
    };
    let day_word = |k: usize| if w.is(k, "day") { k + 1 } else { k };
    match (w.lower(i), w.lower(i + 1)) {
        ("thanksgiving", _) => nth(11, 4, 4, day_word(i + 1)),
        ("christmas", "eve") => fixed(12, 24, i + 2),
        ("christmas", _) => fixed(12, 25, day_word(i + 1)),
        ("new", "year") if w.is_any(i + 2, &["'s", "’s"]) => match w.lower(i + 3) {
            "eve" => fixed(12, 31, i + 4),
            "day" => fixed(1, 1, i + 4),
            _ => None,
        },
        ("halloween", _) => fixed(10, 31, i + 1),
        ("hogmanay", _) => fixed(12, 31, i + 1),
        ("boxing", "day") => fixed(12, 26, i + 2),
        ("bastille", "day") => fixed(7, 14, i + 2),
        ("remembrance" | "armistice", "day") => fixed(11, 11, i + 2),
        ("bonfire", "night") => fixed(11, 5, i + 2),
        ("burns", "night") => fixed(1, 25, i + 2),
        ("valentine", "'s" | "’s") if w.is(i + 2, "day") => fixed(2, 14, i + 3),
        ("st" | "st." | "saint", "patrick")
            if w.is_any(i + 2, &["'s", "’s"]) && w.is(i + 3, "day") =>
        {
            fixed(3, 17, i + 4)
        }
        ("memorial", "day") => nth(5, 1, -1, i + 2),
        ("labor", "day") => nth(9, 1, 1, i + 2),
        _ => None,
    }
}
