//! The whole pipeline on arbitrary and news-like text: never a panic, and every span it reports
//! (sentences, mentions, timexes, quotes, quantities, timeline, summary) is a valid range of the
//! text on character boundaries.

use newslens::analysis::{analyze_text, Analysis, Span};
use proptest::prelude::*;

fn valid(text: &str, span: &Span) -> bool {
    span.start <= span.end && text.get(span.clone()).is_some()
}

fn check(a: &Analysis) {
    let text = &a.text;
    let mut spans: Vec<&Span> = a.sentences.iter().collect();
    spans.extend(a.entities.iter().flat_map(|e| e.mentions.iter()));
    spans.extend(a.timexes.iter().map(|t| &t.span));
    spans.extend(a.quotes.iter().map(|q| &q.span));
    spans.extend(a.quantities.iter().map(|q| &q.span));
    spans.extend(a.timeline.iter().flat_map(|t| [&t.span, &t.sentence]));
    spans.extend(a.ranked_sentences.iter().map(|s| &s.span));
    for s in spans {
        assert!(valid(text, s), "span {s:?} is not a range of the {}-byte text", text.len());
    }
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids are their index");
        assert!(!e.mentions.is_empty(), "{} has no mention", e.name);
    }
}

const WORDS: &[&str] = &[
    "President ",
    "Donald Trump",
    " said ",
    "“",
    "”",
    "\"",
    "on Wednesday",
    " in Kyiv",
    ". ",
    "\n\n",
    "US",
    "-",
    "Russia",
    "’s ",
    "at least 26 people",
    "NATO",
    " (",
    ")",
    "東京",
    "🙂",
    "last week",
    "Gen. ",
    "ALL CAPS HEADLINE",
    "the Army",
    ", ",
    "Secretary Driscoll",
    "2025",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn news_like_text(picks in proptest::collection::vec(0usize..WORDS.len(), 0..80), day in 1u32..28) {
        let text: String = picks.iter().map(|&i| WORDS[i]).collect();
        let date = chrono::NaiveDate::from_ymd_opt(2025, 11, day);
        check(&analyze_text(text, date));
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,300}") {
        check(&analyze_text(text, None));
    }
}
