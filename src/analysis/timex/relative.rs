//! Expressions anchored on the publication date: "yesterday", "last week", "this summer",
//! "next Friday", "two days ago", "a year earlier", "earlier this year", and the undated
//! references "now", "recently", "the future".

use super::dates::{month_at, weekday_at};
use super::durations::amount;
use super::lexicon::{part_of_day, season, unit, Unit};
use super::normalize::{Amount, Meaning, Shift, TimeOfDay};
use crate::analysis::document::Document;

type Found = Option<(usize, Meaning)>;

/// All anchored patterns at `i`; the longest wins, the reference-time reading on a tie.
pub fn relative(w: &Document, i: usize) -> Found {
    [
        single(w, i),
        shifted(w, i),
        ago(w, i),
        report(w, i),
        within_this(w, i),
        super::anaphora::at(w, i),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|(end, _)| *end)
}

fn day(offset: i64) -> Meaning {
    Meaning::Relative { unit: Unit::Day, offset }
}

/// One- and two-word expressions.
fn single(w: &Document, i: usize) -> Found {
    let one = |m| Some((i + 1, m));
    let two = |m| Some((i + 2, m));
    let next = w.lower(i + 1);
    match w.lower(i) {
        "yesterday" => one(day(-1)),
        "today" => one(day(0)),
        "tomorrow" => one(day(1)),
        "tonight" => one(Meaning::WithTime(None, TimeOfDay::Part("NI"))),
        "now" | "currently" | "nowadays" | "presently" => one(Meaning::Ref("PRESENT_REF")),
        "current" if !w.is_any(i + 1, &["account", "accounts", "affairs", "events"]) => {
            one(Meaning::Ref("PRESENT_REF"))
        }
        "recently" | "lately" => one(Meaning::Ref("PAST_REF")),
        "coming" => match unit(next) {
            Some((u, true)) => two(Meaning::Duration { amount: Amount::Vague, unit: u }),
            _ => None,
        },
        "soon" if !(w.is(i + 1, "after") || i > 0 && w.is(i - 1, "as")) => {
            one(Meaning::Ref("FUTURE_REF"))
        }
        "recent" => match unit(next) {
            Some((Unit::Year | Unit::Decade, true)) => two(Meaning::Ref("PAST_REF")),
            Some((u, true)) => two(Meaning::Duration { amount: Amount::Vague, unit: u }),
            _ => one(Meaning::Ref("PAST_REF")),
        },
        "these" if next == "days" => two(Meaning::Ref("PRESENT_REF")),
        "the" => match next {
            "future" => two(Meaning::Ref("FUTURE_REF")),
            "past" if !w.is_any(i + 2, &["few", "several", "two"]) => two(Meaning::Ref("PAST_REF")),
            "near" | "foreseeable" | "distant" if w.is(i + 2, "future") => {
                Some((i + 3, Meaning::Ref("FUTURE_REF")))
            }
            "weekend" => two(Meaning::Relative { unit: Unit::Weekend, offset: 0 }),
            "near" | "short" if w.is(i + 2, "term") => Some((i + 3, Meaning::Ref("FUTURE_REF"))),
            "full" | "fiscal" if w.is(i + 2, "year") => the_year(w, i + 3),
            "year" => the_year(w, i + 2),
            // "in the weeks ahead": as "in coming weeks".
            _ if w.is(i + 2, "ahead") => match unit(next) {
                Some((u, true)) => {
                    Some((i + 3, Meaning::Duration { amount: Amount::Vague, unit: u }))
                }
                _ => None,
            },
            _ => None,
        },
        "future" if w.is_any(i + 1, &["years", "quarters", "months"]) => {
            two(Meaning::Ref("FUTURE_REF"))
        }
        "at" if next == "present" => two(Meaning::Ref("PRESENT_REF")),
        _ => None,
    }
}

/// "last week", "this year", "next month", "the past year", "last Friday", "next August",
/// "this summer", "this morning", "last night".
fn shifted(w: &Document, i: usize) -> Found {
    // "this past spring" is the last one.
    let this_past = w.is(i, "this") && w.is(i + 1, "past");
    let (offset, shift) = match w.lower(i) {
        "last" | "previous" | "past" => (-1, Shift::Last),
        "this" if this_past => (-1, Shift::Last),
        "this" | "current" => (0, Shift::This),
        "next" | "coming" | "following" => (1, Shift::Next),
        _ => return None,
    };
    let j = i + 1 + usize::from(this_past);
    // "the current fiscal year", "next fiscal year"
    let j = if w.is(j, "fiscal") && w.is(j + 1, "year") { j + 1 } else { j };
    if let Some((end, day)) = weekday_at(w, j) {
        return Some((end, Meaning::Weekday { day, shift }));
    }
    if let Some((end, month)) = month_at(w, j) {
        // "last Oct. 23": the day goes with the month.
        let day = w.lower(end).parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        let end = if day.is_some() { end + 1 } else { end };
        return Some((end, Meaning::Calendar { year: None, month, day, shift }));
    }
    if let Some(code) = season(w.lower(j)) {
        return Some((j + 1, Meaning::Season { year: None, code, shift }));
    }
    if let Some(p) = part_of_day(w.lower(j)).filter(|_| !w.lower(j).ends_with('s')) {
        return match offset {
            0 => Some((j + 1, Meaning::WithTime(None, TimeOfDay::Part(p)))),
            -1 if w.lower(i) == "last" => {
                Some((j + 1, Meaning::WithTime(Some(Box::new(day(-1))), TimeOfDay::Part(p))))
            }
            1 => Some((j + 1, Meaning::WithTime(Some(Box::new(day(1))), TimeOfDay::Part(p)))),
            _ => None,
        };
    }
    let (u, false) = unit(w.lower(j))? else { return None };
    if w.capital(j) {
        return None; // a title: ABC's "This Week"
    }
    // "the next day" is the day after, not a day-long span.
    let spans = matches!(w.lower(i), "past" | "last" | "next" | "coming") && u != Unit::Day;
    if i > 0 && w.is(i - 1, "the") && spans && u != Unit::Weekend {
        return Some((j + 1, Meaning::Duration { amount: Amount::Exact(1.0), unit: u }));
    }
    if w.lower(i) == "past" && i > 0 && !w.is(i - 1, "the") {
        return Some((j + 1, Meaning::Duration { amount: Amount::Exact(1.0), unit: u }));
    }
    // "the current quarter" is the one the anchor lies in, "this quarter" the one reported on.
    if u == Unit::Quarter && offset == 0 && w.lower(i) != "current" {
        return Some((j + 1, Meaning::ReportQuarter { years_back: 0 }));
    }
    // "last year's quarter", "last year's period"
    let possessive = w.is_any(j + 1, &["'s", "’s"]);
    if u == Unit::Year && offset == -1 && possessive && w.is_any(j + 2, &["quarter", "period"]) {
        return Some((j + 3, Meaning::ReportQuarter { years_back: 1 }));
    }
    // "this year's third quarter"
    if u == Unit::Year && w.is_any(j + 1, &["'s", "’s"]) && w.is(j + 3, "quarter") {
        if let Some(q) = super::lexicon::ordinal(w.lower(j + 2)).filter(|q| (1..=4).contains(q)) {
            return Some((j + 4, Meaning::QuarterOfYear { offset, quarter: q }));
        }
    }
    Some((j + 1, Meaning::Relative { unit: u, offset }))
}

/// "two days ago", "a year earlier", "three weeks later", "nearly a decade ago".
fn ago(w: &Document, i: usize) -> Found {
    let (end, n) = amount(w, i)?;
    let (u, _) = unit(w.lower(end))?;
    // "before"/"after" only end the phrase when nothing they govern follows ("a day after.").
    let ends =
        |k: usize| k >= w.len() || w.lower(k).starts_with(|c: char| c.is_ascii_punctuation());
    let dir = match w.lower(end + 1) {
        "ago" | "earlier" => -1,
        "later" | "hence" => 1,
        "before" if ends(end + 2) => -1,
        "after" if ends(end + 2) => 1,
        "from" if w.is(end + 2, "now") => return after_from_now(end + 3, n, u),
        _ => return None,
    };
    // "three days later" is the duration "three days" and the signal "later" in TimeML; years
    // stay dates ("a year earlier" is the period compared with).
    let short = !matches!(u, Unit::Year | Unit::Decade | Unit::Century | Unit::Quarter);
    if short && w.is_any(end + 1, &["later", "earlier"]) {
        return None;
    }
    let end = end + 2;
    let Amount::Exact(n) = n else { return Some((end, Meaning::Ref(ref_of(dir)))) };
    if u == Unit::Year && n == 1.0 && dir < 0 {
        return Some((end, Meaning::YearBefore));
    }
    let (u, n) = match u {
        Unit::Decade => (Unit::Year, n * 10.0),
        Unit::Century => (Unit::Year, n * 100.0),
        Unit::Weekend => (Unit::Week, n),
        u => (u, n),
    };
    // Counts beyond any calendar are kept finite; the value then says so ("XXXX-XX-XX").
    let n = n.round().clamp(0.0, 1e7) as i64;
    Some((end, Meaning::Relative { unit: u, offset: dir * n }))
}

fn after_from_now(end: usize, n: Amount, u: Unit) -> Found {
    match n {
        Amount::Exact(n) => {
            Some((end, Meaning::Relative { unit: u, offset: n.round().clamp(0.0, 1e7) as i64 }))
        }
        Amount::Vague => Some((end, Meaning::Ref("FUTURE_REF"))),
    }
}

fn ref_of(dir: i64) -> &'static str {
    if dir < 0 {
        "PAST_REF"
    } else {
        "FUTURE_REF"
    }
}

/// Whether the sentence of token `i` contains one of `words`.
fn sentence_mentions(w: &Document, i: usize, words: &[&str]) -> bool {
    let sentence = w.sentence_tokens(i);
    sentence.into_iter().any(|k| words.iter().any(|x| w.lower(k).contains(x)))
}

/// "year-earlier", "the year-ago quarter", "the quarter", "the latest quarter".
fn report(w: &Document, i: usize) -> Found {
    let the = usize::from(w.is(i, "the"));
    let like = the == 1 && w.is_any(i + 1, &["comparable", "corresponding", "same"]);
    let j = i + the + usize::from(like);
    if like && w.is_any(j, &["quarter", "period"]) {
        // "the corresponding period last year", "the same quarter a year ago"
        let year_before = match (w.lower(j + 1), w.lower(j + 2), w.lower(j + 3)) {
            ("last", "year", _) => Some(j + 3),
            ("a", "year", "ago" | "earlier") => Some(j + 4),
            _ => None,
        };
        return year_before.map(|end| (end, Meaning::ReportQuarter { years_back: 1 }));
    }
    if w.is_any(j, &["year-earlier", "year-ago"]) {
        let ordinal = super::lexicon::ordinal(w.lower(j + 1)).filter(|_| w.is(j + 2, "quarter"));
        if let Some(q) = ordinal.filter(|q| (1..=4).contains(q)) {
            return Some((j + 3, Meaning::QuarterYearBefore(q)));
        }
        if let Some((end, m @ Meaning::Duration { .. })) = super::durations::duration_at(w, j + 1) {
            return Some((end, m)); // "the year-earlier nine months"
        }
        let end = if w.is_any(j + 1, &["quarter", "period"]) { j + 2 } else { j + 1 };
        if the == 1 && end == j + 1 {
            return None;
        }
        let quarterly = sentence_mentions(w, i, &["quarter", "quarterly", "period"]);
        return Some(if quarterly {
            (end, Meaning::ReportQuarter { years_back: 1 })
        } else {
            (end, Meaning::YearBefore)
        });
    }
    if the == 0 {
        return None;
    }
    let k = if w.is_any(j, &["latest", "recent", "most"]) { j + 1 } else { j };
    let k = if w.is(k, "recent") { k + 1 } else { k };
    let quarter = w.is_any(k, &["quarter", "period"]) && !w.is(k + 1, "of");
    if !(quarter && (k > j || w.lower(k) == "quarter")) {
        return None;
    }
    // "the quarter a year ago"
    if w.is(k + 1, "a") && w.is(k + 2, "year") && w.is_any(k + 3, &["ago", "earlier"]) {
        return Some((k + 4, Meaning::ReportQuarter { years_back: 1 }));
    }
    Some((k + 1, Meaning::ReportQuarter { years_back: 0 }))
}

/// "earlier this year", "later this month", "early next year", "late last year".
fn within_this(w: &Document, i: usize) -> Found {
    if !w.is_any(i, &["earlier", "later", "early", "late"]) {
        return None;
    }
    if w.is(i + 1, "in") && w.is(i + 2, "the") {
        let (u, false) = unit(w.lower(i + 3))? else { return None };
        let current = matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
        return current.then_some((i + 4, Meaning::Relative { unit: u, offset: 0 }));
    }
    let (end, m) = shifted(w, i + 1)?;
    matches!(m, Meaning::Relative { .. }).then_some((end, m))
}

/// "the year", "the fiscal year": a year-long period when it "ended" or "ending" on a date,
/// else the anchor's year.
fn the_year(w: &Document, end: usize) -> Found {
    if w.is_any(end, &["ended", "ending", "ends", "through", "to"]) {
        return Some((end, Meaning::Duration { amount: Amount::Exact(1.0), unit: Unit::Year }));
    }
    let other = w.is_any(end, &["before", "after", "earlier", "later", "'s", "’s", "of", "in"]);
    (!other).then_some((end, Meaning::Relative { unit: Unit::Year, offset: 0 }))
}
