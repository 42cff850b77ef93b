//! The invariants everything else rests on, on random news-like text (issue 12): every span
//! slices to the text it reports, mentions never overlap, the timeline is in date order, and
//! `analyze` is deterministic. Case counts stay modest so the suite stays fast.

use newslens::analysis::{analyze_text, Analysis};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "President ",
    "Donald Trump",
    " said ",
    "“",
    "”",
    "\"",
    " on Wednesday",
    " in Kyiv",
    ". ",
    "\n\n",
    "Nov. 19, 2025",
    " 2024-03-05 ",
    " last week",
    " in 1999",
    " three days ago",
    " on March 3",
    "Russia",
    "’s ",
    " at least 26 people",
    " $4.5 billion",
    "NATO",
    " (",
    ")",
    "東京",
    "🙂",
    "👨\u{200d}👩\u{200d}👧",
    "cafe\u{301}",
    "שלום",
    "Gen. ",
    "the Army",
    ", ",
    "Secretary Driscoll",
    "Volodymyr Zelenskyy",
    " met ",
    " 99 kn",
    " Friday",
];

fn news() -> impl Strategy<Value = (String, Option<chrono::NaiveDate>)> {
    let text = prop::collection::vec(0usize..WORDS.len(), 0..90)
        .prop_map(|picks| picks.iter().map(|&i| WORDS[i]).collect::<String>());
    let date = prop::option::of((1u32..13, 1u32..29))
        .prop_map(|d| d.and_then(|(m, d)| chrono::NaiveDate::from_ymd_opt(2025, m, d)));
    (text, date)
}

/// A full calendar date (`2025-11-19`, with or without a time): these sort as strings.
fn full_date(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let rest = value.get(10..)?;
    let digit_or_dash =
        |(i, c): (usize, &u8)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() };
    let shape = day.as_bytes().iter().enumerate().all(digit_or_dash);
    (shape && (rest.is_empty() || rest.starts_with('T'))).then_some(day)
}

fn check(a: &Analysis) {
    let text = a.text.as_str();
    let slice = |s: &std::ops::Range<usize>| {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
        text.get(s.clone()).unwrap_or_else(|| panic!("{s:?} outside the {}-byte text", text.len()))
    };
    for t in &a.timexes {
        assert_eq!(slice(&t.span), t.text, "a date's span slices to its text");
    }
    for q in &a.quantities {
        assert_eq!(slice(&q.span), q.text, "a quantity's span slices to its text");
    }
    for e in &a.timeline {
        assert_eq!(slice(&e.span), e.text, "a timeline date's span slices to its text");
        let sentence = slice(&e.sentence);
        assert!(e.sentence.start <= e.span.start && e.span.end <= e.sentence.end, "{sentence:?}");
    }
    for q in &a.quotes {
        assert!(slice(&q.span).contains(q.text.trim()), "a quote's span holds its words");
    }
    for s in a.sentences.iter().chain(a.ranked_sentences.iter().map(|s| &s.span)) {
        slice(s);
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert!(!slice(m).trim().is_empty(), "a mention of {} is blank", e.name);
        }
        assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start), "mentions in order");
    }
    let mentions = a.mentions_in_order();
    for w in mentions.windows(2) {
        assert!(
            w[0].0.end <= w[1].0.start,
            "overlapping mentions {:?} {:?} in {text:?}",
            w[0],
            w[1]
        );
    }
    let days: Vec<&str> = a.timeline.iter().filter_map(|e| full_date(&e.date)).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "timeline out of date order: {days:?}");
    assert!(a.ranked_sentences.iter().all(|s| s.sentence < a.sentences.len()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn spans_slice_to_their_text_and_mentions_never_overlap((text, date) in news()) {
        check(&analyze_text(text, date));
    }

    #[test]
    fn analyze_is_deterministic((text, date) in news()) {
        let first = analyze_text(text.clone(), date);
        let second = analyze_text(text, date);
        prop_assert_eq!(first, second);
    }
}

/// Found by the `analyze` fuzz target: a quantity whose unit runs into a date ("99 kn Friday")
/// was a mention overlapping the date's. The date keeps its mention; the quantity stays in the
/// quantities.
#[test]
fn a_quantity_running_into_a_date_does_not_overlap_its_mention() {
    for (text, date) in [
        ("It rose 5 percent last week and 99 kn Friday.", "Friday"),
        ("999999999=99 東京 kn WednesdaY.", "WednesdaY"),
    ] {
        let a = analyze_text(text.to_string(), None);
        check(&a);
        let start = text.find(date).unwrap_or_default();
        let dated = a.entities.iter().find(|e| e.mentions.contains(&(start..start + date.len())));
        assert!(dated.is_some(), "{date} keeps its mention in {text:?}");
        assert!(a.quantities.iter().any(|q| q.text.starts_with("99")), "{:?}", a.quantities);
    }
}
