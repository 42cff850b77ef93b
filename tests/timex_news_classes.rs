//! The date classes seen failing on news the tagger had never seen (issue #10), each on
//! sentences written for this test: a day before "May", a year before a spaced dash, the
//! previous quarter after a quarter the text named, halves of a year, future clauses, an
//! abbreviated month alone ("Ant and Dec."), past forms like their base form ("cut", "hit"),
//! an abbreviated month without its period before a day ("Nov 4"), a perfect seen from ahead
//! ("expects them to have arrived ... on Sunday").

use chrono::NaiveDate;
use newslens::analysis::find_dates as find;

/// The value of the expression `text` in `sentence` published on `dct`, if it is found.
fn value_of(sentence: &str, dct: &str, text: &str) -> Option<String> {
    let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    let found = find(sentence, dct);
    found.into_iter().find(|t| t.text == text).map(|t| t.value)
}

#[test]
fn a_day_before_may_makes_it_the_month() {
    let day = "2026-01-10";
    assert_eq!(
        value_of("The council met on 8 May to vote.", day, "8 May").as_deref(),
        Some("2025-05-08")
    );
    assert_eq!(
        value_of("Polls open on 21 May, the board said.", day, "21 May").as_deref(),
        Some("2026-05-21")
    );
    // The modal stays a verb.
    let found = find("Of the 8 people, some may leave.", NaiveDate::from_ymd_opt(2026, 1, 10));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_spaced_dash_after_a_year_is_punctuation() {
    let day = "2026-01-10";
    let s = "The claim - filed in 2019 - was thrown out by the judge.";
    assert_eq!(value_of(s, day, "2019").as_deref(), Some("2019"));
    // Joined to a number it still makes a count or a range of counts.
    let found = find("A 1500-strong crowd gathered.", NaiveDate::from_ymd_opt(2026, 1, 10));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_previous_quarter_counts_from_the_quarter_named() {
    let s = "Sales rose in the third quarter. In the previous quarter they had fallen.";
    assert_eq!(value_of(s, "2026-01-20", "the previous quarter").as_deref(), Some("2025-Q2"));
    let s = "Costs peaked in the first quarter of 2024 and eased in the following quarter.";
    assert_eq!(value_of(s, "2026-01-20", "the following quarter").as_deref(), Some("2024-Q2"));
    // Without a quarter named, it is the one before publication.
    let s = "Orders were weaker than in the previous quarter.";
    assert_eq!(value_of(s, "2026-05-20", "the previous quarter").as_deref(), Some("2026-Q1"));
}

#[test]
fn halves_of_a_year() {
    let day = "2026-03-02";
    let s = "The firm expects demand to recover in the second half of the year.";
    assert_eq!(value_of(s, day, "the second half of the year").as_deref(), Some("2026-H2"));
    let s = "Exports slowed in the second half of last year.";
    assert_eq!(value_of(s, day, "the second half of last year").as_deref(), Some("2025-H2"));
    let s = "The new plant will open in the first half of next year.";
    assert_eq!(value_of(s, day, "the first half of next year").as_deref(), Some("2027-H1"));
    // Alone, by the tense: a past second half in March is last year's.
    let s = "Margins narrowed in the second half.";
    assert_eq!(value_of(s, day, "the second half").as_deref(), Some("2025-H2"));
    let s = "Margins will widen in the second half.";
    assert_eq!(value_of(s, day, "the second half").as_deref(), Some("2026-H2"));
    // "of the year" is the year the tense points to, as the half alone is; "this year" is not.
    let s = "Profits fell sharply in the second half of the year, the bank said.";
    let value = value_of(s, day, "the second half of the year");
    assert_eq!(value.as_deref(), Some("2025-H2"));
    let s = "The shop will be refitted in the second half of this year.";
    assert_eq!(value_of(s, day, "the second half of this year").as_deref(), Some("2026-H2"));
}

#[test]
fn future_clauses_resolve_forward() {
    let day = "2026-01-14";
    let s = "The album will be released on 16 July, the label said.";
    assert_eq!(value_of(s, day, "16 July").as_deref(), Some("2026-07-16"));
    let s = "The tour is scheduled to start in March.";
    assert_eq!(value_of(s, day, "March").as_deref(), Some("2026-03"));
    let s = "The minister resigned in March.";
    assert_eq!(value_of(s, day, "March").as_deref(), Some("2025-03"));
}

#[test]
fn a_clock_time_before_a_time_zone() {
    let s = "Police closed the road on Saturday before 0945 GMT.";
    assert_eq!(value_of(s, "2026-01-12", "0945 GMT").as_deref(), Some("2026-01-10T09:45"));
    // A year stays a year.
    let s = "The bridge was built in 1930 by the city.";
    assert_eq!(value_of(s, "2026-01-12", "1930").as_deref(), Some("1930"));
}

#[test]
fn of_the_year_after_a_rank_or_title_is_no_date() {
    let day = NaiveDate::from_ymd_opt(2026, 1, 12);
    for s in ["She was named player of the year.", "It was the wettest day of the year."] {
        let found = find(s, day);
        assert!(found.is_empty(), "{s:?}: {found:?}");
    }
    let s = "Prices will rise towards the end of the year.";
    assert_eq!(value_of(s, "2026-01-12", "the end of the year").as_deref(), Some("2026"));
}

#[test]
fn an_abbreviated_month_alone_is_no_date() {
    let day = Some("2026-01-10");
    let dct = day.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    // A name that ends a sentence with a period.
    let found = find("The prize went to the presenters Ant and Dec.", dct);
    assert!(found.is_empty(), "{found:?}");
    // Beside a day, or after a time word, it stays a month.
    assert_eq!(
        value_of("Talks resume on Dec. 9 in Geneva.", "2026-01-10", "Dec. 9").as_deref(),
        Some("2025-12-09")
    );
    assert!(find("Exports fell in Dec. after the strike.", dct)
        .iter()
        .any(|t| t.text.starts_with("Dec")));
}

#[test]
fn a_past_form_like_its_base_form_dates_the_past() {
    // Published on Wednesday 2016-02-24.
    let day = "2016-02-24";
    let s = "The bank cut its main interest rate on Thursday.";
    assert_eq!(value_of(s, day, "Thursday").as_deref(), Some("2016-02-18"));
    let s = "The actor died on Thursday.";
    assert_eq!(value_of(s, day, "Thursday").as_deref(), Some("2016-02-18"));
    // After a modal, "to" or "stay" it is a base form or an adjective: the clause looks ahead.
    let s = "The bank will cut its rate on Thursday.";
    assert_eq!(value_of(s, day, "Thursday").as_deref(), Some("2016-02-25"));
    let s = "Shops will stay shut on Friday.";
    assert_eq!(value_of(s, day, "Friday").as_deref(), Some("2016-02-26"));
}

#[test]
fn an_abbreviated_month_without_its_period_before_a_day() {
    let s = "NEW YORK, Nov 4 (Reuters) - Shares rose.";
    assert_eq!(value_of(s, "2008-11-05", "Nov 4").as_deref(), Some("2008-11-04"));
    // Without a day it stays a word ("Jan" is a name too).
    let found = find("Jan Smith spoke.", NaiveDate::from_ymd_opt(2008, 11, 5));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_perfect_seen_from_ahead_is_no_past() {
    // 2026-03-07 is a Saturday.
    let day = "2026-03-07";
    let s = "She expects 5,000 fans to have arrived by noon and a further 2,000 on Sunday.";
    assert_eq!(value_of(s, day, "Sunday").as_deref(), Some("2026-03-08"));
    // A plan already past keeps the past: "was due to have had".
    let s = "He was due to have had surgery on Friday but was too weak.";
    assert_eq!(value_of(s, day, "Friday").as_deref(), Some("2026-03-06"));
}
