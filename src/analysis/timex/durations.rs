//! Counts and what is built on them: durations ("three years", "24-hour", "several months"),
//! sets ("every Monday", "daily", "$5 a year") and clock times ("10 a.m.", "noon", "7:15 p.m.").

use super::lexicon::{is_vague_count, month, number_word, part_of_day, unit, weekday, Unit};
use super::normalize::{duration, Amount, Meaning, TimeOfDay};
use crate::analysis::document::Document;

type Found = Option<(usize, Meaning)>;

/// A count at `i`: "3", "2.5", "2 1/2", "twenty four", "a", "a few", "several", "a dozen".
pub fn amount(w: &Document, i: usize) -> Option<(usize, Amount)> {
    let s = w.lower(i);
    let digits = s.starts_with(|c: char| c.is_ascii_digit());
    if let Some(n) = digits.then(|| s.replace(',', "").parse::<f64>().ok()).flatten() {
        if let Some((a, b)) = w.lower(i + 1).split_once('/') {
            if let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>()) {
                if b > 0.0 {
                    return Some((i + 2, Amount::Exact(n + a / b)));
                }
            }
        }
        return Some((i + 1, Amount::Exact(n)));
    }
    if digits {
        return None;
    }
    if let Some(n) = number_word(s) {
        if n >= 20 && n % 10 == 0 {
            if let Some(o) = number_word(w.lower(i + 1)).filter(|o| (1..10).contains(o)) {
                return Some((i + 2, Amount::Exact(f64::from(n + o))));
            }
        }
        if w.is(i + 1, "hundred") {
            return Some((i + 2, Amount::Exact(f64::from(n * 100))));
        }
        return Some((i + 1, Amount::Exact(f64::from(n))));
    }
    match s {
        "a" | "an" => match w.lower(i + 1) {
            "few" => {
                let e = if w.is(i + 2, "of") { i + 3 } else { i + 2 };
                Some((e, Amount::Vague))
            }
            "couple" if w.is(i + 2, "of") => Some((i + 3, Amount::Exact(2.0))),
            "dozen" => Some((i + 2, Amount::Exact(12.0))),
            "hundred" => Some((i + 2, Amount::Exact(100.0))),
            _ => Some((i + 1, Amount::Exact(1.0))),
        },
        "half" if w.is_any(i + 1, &["a", "an"]) => Some((i + 2, Amount::Exact(0.5))),
        "couple" if w.is(i + 1, "of") => Some((i + 2, Amount::Exact(2.0))),
        "dozens" | "hundreds" | "thousands" if w.is(i + 1, "of") => Some((i + 2, Amount::Vague)),
        _ if is_vague_count(s) => Some((i + 1, Amount::Vague)),
        _ => None,
    }
}

/// "three years", "two more weeks", "a minute and a half", "five-year", "years" after "for".
pub fn duration_at(w: &Document, i: usize) -> Found {
    if let Some(found) = hyphenated(w.lower(i)) {
        return Some((i + 1, found));
    }
    if let Some((u, true)) = unit(w.lower(i)) {
        let after_for = i > 0 && w.is_any(i - 1, &["for", "within"]);
        return (after_for && u != Unit::Weekend)
            .then_some((i + 1, Meaning::Duration { amount: Amount::Vague, unit: u }));
    }
    let (end, amount) = amount(w, i)?;
    // "two to three weeks", "12 to 18 months": the range is dated by its first count.
    let end = match w.lower(end) {
        "to" | "or" | "-" => super::durations::amount(w, end + 1)
            .filter(|(e, _)| unit(w.lower(*e)).is_some())
            .map_or(end, |(e, _)| e),
        _ => end,
    };
    let more =
        if w.is_any(end, &["more", "full", "straight", "consecutive"]) { end + 1 } else { end };
    let (u, plural) = unit(w.lower(more))?;
    if w.capital(more) {
        return None; // a title: "60 Minutes"
    }
    // "a quarter of all households", "three quarters of the land": a fraction of a thing, not
    // of a year ("a quarter of an hour" is a span).
    if u == Unit::Quarter && more == end && w.is(more + 1, "of") {
        let k = more + 2 + usize::from(w.is_any(more + 2, &["a", "an", "the"]));
        unit(w.lower(k))?;
    }
    if matches!(amount, Amount::Exact(n) if n >= 1000.0) && !plural {
        return None;
    }
    if matches!(amount, Amount::Exact(n) if n == 1.0) && plural && w.lower(i) != "one" {
        return None;
    }
    let ordinal_second = w.lower(i) == "a" && w.lower(more) == "second";
    // "$500 million a year", "four flights a week": a rate, not a span of time.
    let before = i.checked_sub(1).map_or("", |p| w.lower(p));
    let rate = matches!(w.lower(i), "a" | "an" | "per")
        && !plural
        && (before.starts_with(|c: char| c.is_ascii_digit())
            || number_word(before).is_some()
            || matches!(before, "%" | "percent" | "million" | "billion" | "cents" | "dollars")
            || (before.len() > 3 && before.ends_with('s') && unit(before).is_none()));
    if rate {
        return None;
    }
    if (w.lower(i) == "a" && w.lower(more) == "night") || ordinal_second || w.is(more + 1, "old") {
        return None;
    }
    let mut end = more + 1;
    let mut amount = amount;
    if w.is(end, "and") && w.is_any(end + 1, &["a", "one"]) && w.is(end + 2, "half") {
        if let Amount::Exact(n) = amount {
            amount = Amount::Exact(n + 0.5);
            end += 3;
        }
    }
    Some((end, Meaning::Duration { amount, unit: u }))
}

/// "five-year", "24-hour", "two-week", "decades-long", "day-long".
fn hyphenated(s: &str) -> Option<Meaning> {
    let (count, rest) = s.split_once('-')?;
    if rest == "long" {
        let (u, plural) = unit(count)?;
        let amount = if plural { Amount::Vague } else { Amount::Exact(1.0) };
        return Some(Meaning::Duration { amount, unit: u });
    }
    let (count, rest) = match rest.split_once('-') {
        Some((ones, u)) if number_word(&format!("{count}-{ones}")).is_some() => {
            (format!("{count}-{ones}"), u)
        }
        _ => (count.to_string(), rest),
    };
    let (u, false) = unit(rest)? else { return None };
    let amount = match count.parse::<f64>() {
        Ok(n) => Amount::Exact(n),
        Err(_) if is_vague_count(&count) => Amount::Vague,
        Err(_) => Amount::Exact(f64::from(number_word(&count)?)),
    };
    Some(Meaning::Duration { amount, unit: u })
}

/// Sets: "every Monday", "each year", "every two weeks", "daily", "$5 a year", "on Mondays".
pub fn set_at(w: &Document, i: usize) -> Found {
    let s = w.lower(i);
    let fixed = |v: &str| Some((i + 1, Meaning::Set(v.to_string())));
    match s {
        "daily" | "nightly" => return fixed("P1D"),
        "weekly" => return fixed("P1W"),
        "monthly" => return fixed("P1M"),
        "annually" | "yearly" => return fixed("P1Y"),
        "hourly" => return fixed("PT1H"),
        _ => {}
    }
    if s.len() > 6 && s.ends_with('s') && w.capital(i) {
        if let Some(d) = weekday(s) {
            return Some((i + 1, Meaning::Set(format!("XXXX-WXX-{d}"))));
        }
    }
    if matches!(s, "a" | "an" | "per") {
        // "twice a week", "16 hours a day" (not "$2 a share", "a year earlier").
        let counted = i > 0
            && (w.is_any(i - 1, &["times", "twice", "once", "thrice"])
                || unit(w.lower(i - 1)).is_some_and(|(_, plural)| plural));
        if let Some((u, false)) = unit(w.lower(i + 1)) {
            if s == "per" || counted {
                return Some((i + 2, Meaning::Set(duration(Amount::Exact(1.0), u))));
            }
        }
        return None;
    }
    if !matches!(s, "every" | "each") {
        return None;
    }
    let next = w.lower(i + 1);
    if let Some(d) = weekday(next) {
        return Some((i + 2, Meaning::Set(format!("XXXX-WXX-{d}"))));
    }
    if let (Some(m), true) = (month(next), w.capital(i + 1)) {
        return Some((i + 2, Meaning::Set(format!("XXXX-{m:02}"))));
    }
    if let Some(p) = part_of_day(next) {
        return Some((i + 2, Meaning::Set(format!("XXXX-XX-XXT{p}"))));
    }
    if next == "other" {
        let (u, _) = unit(w.lower(i + 2))?;
        return Some((i + 3, Meaning::Set(duration(Amount::Exact(2.0), u))));
    }
    if let Some((u, _)) = unit(next) {
        return Some((i + 2, Meaning::Set(duration(Amount::Exact(1.0), u))));
    }
    let (end, amount) = amount(w, i + 1)?;
    let (u, _) = unit(w.lower(end))?;
    Some((end + 1, Meaning::Set(duration(amount, u))))
}

/// Clock times: "10 a.m.", "7:15 p.m.", "noon", "midnight", "9 o'clock", "10:30".
pub fn clock_at(w: &Document, i: usize) -> Option<(usize, TimeOfDay)> {
    match w.lower(i) {
        "noon" | "midday" => return Some((i + 1, TimeOfDay::Clock(12, 0))),
        "midnight" => return Some((i + 1, TimeOfDay::Clock(24, 0))),
        _ => {}
    }
    if let Some(found) = glued_meridiem(w.lower(i)) {
        return Some((i + 1, found));
    }
    // "1130 GMT", "0900 UTC": four digits of a 24-hour clock before a time zone.
    let zone = ["gmt", "utc", "bst", "cet"];
    let s = w.lower(i);
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && w.is_any(i + 1, &zone) {
        let (h, m) = (s[..2].parse::<u32>().ok()?, s[2..].parse::<u32>().ok()?);
        return (h < 24 && m < 60).then_some((i + 2, TimeOfDay::Clock(h, m)));
    }
    let h: u32 = w.lower(i).parse().ok().filter(|h| *h <= 24 && w.lower(i).len() <= 2)?;
    let (mut end, mut m) = (i + 1, 0);
    let minutes = w.lower(i + 2);
    if w.is(i + 1, ":") && minutes.len() == 2 {
        m = minutes.parse().ok().filter(|m| *m < 60)?;
        end = i + 3;
    }
    let meridiem = w.lower(end).trim_end_matches('.').replace('.', "");
    let h = match meridiem.as_str() {
        "am" if h <= 12 => {
            end = w.skip_period(end + 1);
            h % 12
        }
        "pm" if h <= 12 => {
            end = w.skip_period(end + 1);
            h % 12 + 12
        }
        "o" if w.is(end + 1, "'") && w.is(end + 2, "clock") => {
            end += 3;
            h
        }
        _ if w.is(end, "in") && w.is(end + 1, "the") && h <= 12 => {
            // "4 in the morning", "7 in the evening"
            let later = match w.lower(end + 2) {
                "morning" => false,
                "afternoon" | "evening" => true,
                _ => return (end == i + 3).then_some((end, TimeOfDay::Clock(h, m))),
            };
            end += 3;
            h % 12 + if later { 12 } else { 0 }
        }
        _ if end == i + 3 => h,
        _ => return None,
    };
    if w.is_any(end, &["est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "et", "bst"]) {
        end += 1;
    }
    Some((end, TimeOfDay::Clock(h, m)))
}

/// "3pm", "10am", "7.30pm" written as one word.
fn glued_meridiem(s: &str) -> Option<TimeOfDay> {
    let (clock, pm) = match (s.strip_suffix("pm"), s.strip_suffix("am")) {
        (Some(c), _) => (c, true),
        (None, Some(c)) => (c, false),
        (None, None) => return None,
    };
    let (h, m) = match clock.split_once(['.', ':']) {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        Some(_) => return None,
        None => (clock.parse::<u32>().ok()?, 0),
    };
    if !(1..=12).contains(&h) || m >= 60 || clock.len() > 5 {
        return None;
    }
    Some(TimeOfDay::Clock(h % 12 + if pm { 12 } else { 0 }, m))
}
