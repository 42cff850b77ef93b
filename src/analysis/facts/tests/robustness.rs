//! Whatever the text, quotes, quantities and the summary never panic, every span they return is a
//! valid range of the text holding the reported words, and the summary ranks every sentence once.

use crate::analysis::analyze_text;
use crate::analysis::document::Document;
use crate::analysis::facts::{quantities, quotes};
use proptest::prelude::*;

/// Pieces that steer random text into the quote, number and sentence code paths.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "«",
    "»",
    "‘",
    "’",
    " said ",
    " he said",
    ", according to ",
    " Smith",
    "Mr ",
    "at least ",
    "26",
    "28-point",
    "$",
    "£1.5bn",
    " million",
    "%",
    " per cent",
    " people",
    "killing ",
    " in Kyiv",
    ". ",
    "\n\n",
    ",",
    " who ",
    " describing it as ",
    "three ",
    "2019",
    "東京",
    "é",
    "\u{200b}",
    " ",
    "-",
    "out of ",
    "10",
    " they term ",
    "A Ukrainian official",
];

fn text_from(picks: &[usize]) -> String {
    picks.iter().map(|&i| PIECES[i % PIECES.len()]).collect()
}

fn check(text: &str) {
    let doc = Document::new(text.to_string(), None);
    let analysis = analyze_text(text.to_string(), None);
    for q in quotes::find(&doc, &analysis.entities) {
        assert_eq!(text.get(q.span.clone()), Some(q.text.as_str()));
    }
    for q in quantities::find(&doc, &[]) {
        assert_eq!(text.get(q.span.clone()), Some(q.text.as_str()));
    }
    let mut ranked: Vec<usize> = analysis.ranked_sentences.iter().map(|s| s.sentence).collect();
    ranked.sort_unstable();
    assert_eq!(ranked, (0..analysis.sentences.len()).collect::<Vec<_>>());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn pieces_of_news_text(picks in proptest::collection::vec(0usize..100, 0..60)) {
        check(&text_from(&picks));
    }

    #[test]
    fn arbitrary_strings(text in "\\PC{0,200}") {
        check(&text);
    }
}
