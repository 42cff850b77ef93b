//! The tagger and the timeline on hostile input: huge counts, broken dates, odd Unicode and
//! random sequences of time words. Nothing may panic and every span must point at its text.

use chrono::NaiveDate;
use newslens::analysis::{analyze_text, find_dates as find};

fn check(text: &str) {
    for dct in [NaiveDate::from_ymd_opt(2025, 11, 20), NaiveDate::from_ymd_opt(1, 1, 1), None] {
        for t in find(text, dct) {
            assert_eq!(text.get(t.span.clone()), Some(t.text.as_str()), "in {text:?}");
            assert!(!t.value.is_empty(), "empty value for {:?} in {text:?}", t.text);
        }
    }
    let analysis = analyze_text(text.to_string(), NaiveDate::from_ymd_opt(2025, 11, 20));
    for e in &analysis.timeline {
        assert!(analysis.text.get(e.sentence.clone()).is_some());
    }
}

#[test]
fn extreme_counts_and_dates_do_not_panic() {
    for text in [
        "It happened 99999999999999999999999 days ago.",
        "It lasted 1e400 years and 1e400 weeks ago and 9999999999 weeks later.",
        "The 99999999999999999999th century; Feb. 30; 2024-02-30; 13/45/2024; Q9; Q0.",
        "Sept. 31, 9999 and 0000-00-00 and 31/12/99999 and the 0th century.",
        "In 2099 and 1000 and the 1000s, 12 o'clock and 25:99 and 99 p.m.",
        "“Wednesday” — 東京 on Friday 🙂, Thanksgiving Day; every ; each ; the the the",
        "",
        " ",
        "last",
        "the past",
        "a",
        "On 9999-12-31, and that day; the following year; 2 days later; 9999999 days later.",
        "On Dec. 31, 9999 and 32, and the next day at 10 p.m.; April 30 and 31.",
    ] {
        check(text);
    }
}

#[test]
fn random_sequences_of_time_words_do_not_panic() {
    const WORDS: &[&str] = &[
        "the",
        "last",
        "next",
        "this",
        "year",
        "years",
        "week",
        "a",
        "two",
        "ago",
        "earlier",
        "Friday",
        "Sept",
        ".",
        ",",
        "30",
        "1998",
        "quarter",
        "third",
        "fiscal",
        "mid-October",
        "early",
        "late",
        "every",
        "Monday",
        "10",
        "a.m.",
        "noon",
        "tonight",
        "day",
        "of",
        "'s",
        "recent",
        "past",
        "24",
        "hours",
        "May",
        "March",
        "'",
        "90s",
        "1990s",
        "century",
        "20th",
        "nineteen",
        "ninety-six",
        "Christmas",
        "Eve",
        "New",
        "Year",
        "end",
        "in",
        "by",
        "will",
        "said",
        "—",
        "é",
        "\n\n",
        "year-earlier",
        "half",
        "1/2",
        "2",
        "more",
        "than",
        "about",
        "that",
        "same",
        "following",
        "previous",
        "later",
        "morning",
        "and",
        "or",
        "beyond",
        "mid-afternoon",
        "had",
        "to",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(WORDS[(seed % WORDS.len() as u64) as usize]);
            text.push(' ');
        }
        check(&text);
    }
}
