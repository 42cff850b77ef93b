//! Puts the pattern families together at one token: the longest core match, widened by what
//! TimeBank includes in an extent ("the", "early", "nearly", "the end of") and joined with an
//! adjacent part of day or clock time ("Wednesday night", "10 p.m. Wednesday").

use super::dates::date;
use super::durations::{clock_at, duration_at, set_at};
use super::lexicon::{part_of_day, Unit};
use super::normalize::{Meaning, TimeOfDay};
use super::relative::relative;
use crate::analysis::document::Document;

type Found = Option<(usize, Meaning)>;

/// Document before a count that TimeBank keeps in the extent ("nearly two years").
const APPROXIMATE: &[&str] =
    &["about", "around", "nearly", "almost", "approximately", "roughly", "some", "sometime"];

/// Document before a duration that belong to it ("the past two years", "the first nine months").
const DURATION_HEAD: &[&str] =
    &["past", "last", "next", "coming", "previous", "first", "final", "following", "latest"];

/// Nouns before "of the year" that make it a stretch of the calendar ("the end of the year",
/// "the first half of the year"); after other nouns it names a title or a rank ("album of the
/// year", "the busiest day of the year"), not a date.
const PARTS_OF_A_YEAR: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "rest",
    "remainder",
    "half",
    "part",
    "quarter",
    "course",
    "turn",
    "months",
    "weeks",
    "days",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// The longest temporal expression starting at token `i`: its end and meaning.
pub fn at(w: &Document, i: usize) -> Found {
    let of_the_year = w.is(i, "the") && w.is(i + 1, "year") && i >= 2 && w.is(i - 1, "of");
    if of_the_year && !w.is_any(i - 2, PARTS_OF_A_YEAR) && !w.capital(i - 2) {
        return None;
    }
    let mut best = core(w, i);
    let mut consider = |found: Found| {
        if let Some((end, m)) = found {
            if best.as_ref().is_none_or(|(e, _)| end > *e) {
                best = Some((end, m));
            }
        }
    };
    let s = w.lower(i);
    if s == "the" {
        let adjective = w.lower(i + 1).contains('-');
        let hyphenated_duration = |e: usize, m: &Meaning| {
            adjective
                && e == i + 2
                && matches!(m, Meaning::Duration { .. } | Meaning::Quarter { .. })
        };
        consider(core(w, i + 1).filter(|(e, m)| takes_article(m) && !hyphenated_duration(*e, m)));
        consider(modified(w, i + 1).filter(|(_, m)| takes_article(m)));
        consider(part_of(w, i + 1));
        if w.is_any(i + 1, &["previous", "following", "current", "same", "year", "next"]) {
            consider(core(w, i + 1).filter(|(_, m)| !matches!(m, Meaning::Ref(_))));
        }
        if w.is_any(i + 1, DURATION_HEAD) {
            consider(duration_at(w, i + 2));
        }
        if w.is_any(i + 1, &["end", "beginning", "start", "middle", "close"]) && w.is(i + 2, "of") {
            consider(end_of(w, i + 3));
        }
    }
    if DURATION_HEAD.contains(&s) && !w.is(i + 1, "the") {
        consider(duration_at(w, i + 1));
    }
    consider(modified(w, i));
    consider(approximate(w, i));
    best.map(|(end, m)| (or_so(w, end, &m), m))
}

/// "the next two years or so": the hedge belongs to a duration;
/// "1994 or later", "1990 and beyond": the open end belongs to a year.
fn or_so(w: &Document, end: usize, m: &Meaning) -> usize {
    let hedged = w.is(end, "or") && w.is(end + 1, "so");
    let open = (w.is(end, "or") && w.is_any(end + 1, &["later", "earlier", "before", "after"]))
        || (w.is(end, "and") && w.is_any(end + 1, &["beyond", "later", "after"]));
    match m {
        Meaning::Duration { .. } if hedged => end + 2,
        Meaning::Year(_) if open && !w.is(end + 2, "than") => end + 2,
        _ => end,
    }
}

/// "year end", "year-end", "the end of the year", "the end of 1994".
fn end_of(w: &Document, i: usize) -> Found {
    if w.is(i, "the") && w.is_any(i + 1, &["year", "month", "week", "decade", "century"]) {
        let unit = super::lexicon::unit(w.lower(i + 1))?.0;
        return Some((i + 2, Meaning::Relative { unit, offset: 0 }));
    }
    core(w, i).filter(|(_, m)| !matches!(m, Meaning::Duration { .. } | Meaning::Set(_)))
}

fn part_of(w: &Document, i: usize) -> Found {
    if w.is_any(i, &["end", "beginning", "start", "middle"]) && w.is(i + 1, "of") {
        return end_of(w, i + 2);
    }
    None
}

/// "early 2023", "mid-October", "the early 1980s", "earlier this week".
fn modified(w: &Document, i: usize) -> Found {
    let s = w.lower(i);
    let rest = ["mid-", "early-", "late-"].iter().find_map(|p| s.strip_prefix(p));
    if let Some(rest) = rest {
        if let Some(m) = super::lexicon::month(rest) {
            let meaning = Meaning::Calendar {
                year: None,
                month: m,
                day: None,
                shift: super::normalize::Shift::Tense,
            };
            return Some((i + 1, meaning));
        }
    }
    let year_end = s == "year" && w.is(i + 1, "end");
    let years_end = s == "year" && w.is_any(i + 1, &["'s", "’s"]) && w.is(i + 2, "end");
    if s == "year-end" || year_end || years_end {
        let end = i + 1 + usize::from(year_end) + 2 * usize::from(years_end);
        return Some((end, Meaning::Relative { unit: Unit::Year, offset: 0 }));
    }
    if !matches!(s, "early" | "late" | "mid" | "earlier" | "later" | "end") {
        return None;
    }
    let (end, m) = core(w, i + 1)?;
    let dated = !matches!(m, Meaning::Duration { .. } | Meaning::Set(_) | Meaning::Ref(_));
    // "Earlier [Friday]", "late [Monday]": a weekday's modifier stays out of the extent (6 of
    // 8 in the gold); "early [March]", "earlier this week" keep theirs.
    let weekday = match &m {
        Meaning::Weekday { .. } => true,
        Meaning::WithTime(Some(day), _) => matches!(**day, Meaning::Weekday { .. }),
        _ => false,
    };
    (dated && !weekday).then_some((end, m))
}

/// "nearly two years", "more than four decades ago", "at least 72 hours", "around noon".
fn approximate(w: &Document, i: usize) -> Found {
    let skip = match (w.lower(i), w.lower(i + 1)) {
        ("more" | "less" | "fewer", "than") | ("at", "least" | "most") | ("up", "to") => 2,
        ("no", "more" | "less") if w.is(i + 2, "than") => 3,
        (s, _) if APPROXIMATE.contains(&s) => 1,
        _ => return None,
    };
    let (end, m) = core(w, i + skip)?;
    // "around Nov. 1", "sometime next year": a date may be approximate too.
    let dated = skip == 1 && w.is_any(i, &["around", "sometime"]);
    // "about two years ago" is approximate; "worried about the weekend" is not.
    let counted_from = super::durations::amount(w, i + skip).is_some();
    let counted = matches!(m, Meaning::Duration { .. })
        || matches!(m, Meaning::Relative { .. } | Meaning::YearBefore) && counted_from
        || dated && !matches!(m, Meaning::Set(_) | Meaning::Ref(_) | Meaning::Weekday { .. });
    // "some" approximates only a written number ("some 20 years", not "some years").
    let counted = counted && (!w.is(i, "some") || w.lower(i + 1).starts_with(char::is_numeric));
    // "for about two weeks": the gold leaves "about" out of a plain duration (9 of 11), though
    // it keeps it on a point counted back ("about two years ago").
    let counted = counted && !(w.is(i, "about") && matches!(m, Meaning::Duration { .. }));
    counted.then_some((end, m))
}

/// Which meanings TimeBank writes with their article ("the third quarter", "the 1990s").
fn takes_article(m: &Meaning) -> bool {
    matches!(
        m,
        Meaning::Quarter { .. }
            | Meaning::Decade(_)
            | Meaning::Century(_)
            | Meaning::Duration { .. }
            | Meaning::Season { .. }
            | Meaning::ReportQuarter { .. }
            | Meaning::QuarterIn(_)
            | Meaning::PeriodOfYear { .. }
            | Meaning::WithTime(None, _)
    ) || matches!(m, Meaning::Fixed(_, v) if v.contains("-H"))
}

/// A core match, joined with an adjacent part of day or clock time.
fn core(w: &Document, i: usize) -> Found {
    if let Some((end, time)) = clock_at(w, i) {
        let comma = usize::from(w.is(end, ","));
        if let Some((e, day)) = day_like(w, end + comma) {
            return Some((e, Meaning::WithTime(Some(Box::new(day)), time)));
        }
        return Some((end, Meaning::WithTime(None, time)));
    }
    // "mid-afternoon yesterday", "mid-morning Tuesday"
    let part = w.lower(i).strip_prefix("mid-").or_else(|| w.lower(i).strip_prefix("mid"));
    if let Some(p) = part.and_then(part_of_day).filter(|_| !w.lower(i).ends_with('s')) {
        let time = TimeOfDay::Part(p);
        if let Some((e, day)) = day_like(w, i + 1) {
            return Some((e, Meaning::WithTime(Some(Box::new(day)), time)));
        }
        return Some((i + 1, Meaning::WithTime(None, time)));
    }
    let best = [date(w, i), relative(w, i), duration_at(w, i), set_at(w, i)]
        .into_iter()
        .flatten()
        .max_by_key(|(end, _)| *end)?;
    let (end, m) = best;
    if is_day(&m) {
        if let Some(p) = part_of_day(w.lower(end)).filter(|_| !w.lower(end).ends_with('s')) {
            return Some((end + 1, Meaning::WithTime(Some(Box::new(m)), TimeOfDay::Part(p))));
        }
    }
    Some((end, m))
}

fn is_day(m: &Meaning) -> bool {
    matches!(
        m,
        Meaning::Weekday { .. }
            | Meaning::Calendar { day: Some(_), .. }
            | Meaning::Relative { unit: Unit::Day, .. }
    )
}

/// A day right after a clock time: "Wednesday", "yesterday", "Oct. 5".
fn day_like(w: &Document, i: usize) -> Found {
    [date(w, i), relative(w, i)].into_iter().flatten().find(|(_, m)| is_day(m))
}
