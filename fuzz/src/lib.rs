//! What every fuzz target checks beside "no panic": loaded articles are clean (no control
//! character anywhere, no empty paragraph), and every span an analysis reports is a range of its
//! text on character boundaries. Kept here so the targets stay one screen each.

use newslens::analysis::{Analysis, Span};
use newslens::article::{load_bytes, Article, LoadOptions};
use std::borrow::Cow;

pub use chrono::NaiveDate;
use std::path::Path;

/// The input as text: as is when it is UTF-8, else decoded lossily (the parsers take `&str`).
pub fn text(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Loads `data` as a file named `name` (the extension steers the format when the content does
/// not decide) and checks every article that comes out.
pub fn load(name: &str, data: &[u8]) {
    if let Ok(articles) = load_bytes(Path::new(name), data, &LoadOptions::default()) {
        assert!(!articles.is_empty(), "Ok with no article");
        articles.iter().for_each(check_article);
    }
}

/// A loaded article: at least one paragraph, none empty, no control character in any field.
pub fn check_article(a: &Article) {
    assert!(!a.paragraphs.is_empty(), "an article without paragraphs");
    assert!(a.paragraphs.iter().all(|p| !p.is_empty()), "an empty paragraph");
    let fields = [a.title.as_str(), a.source.as_str(), a.url.as_deref().unwrap_or("")];
    for s in fields.into_iter().chain(a.paragraphs.iter().map(String::as_str)) {
        assert!(!s.chars().any(char::is_control), "control character in {s:?}");
    }
}

fn check_span(text: &str, span: &Span) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "span {span:?} is not a range of the {}-byte text",
        text.len()
    );
}

/// Every span of an analysis is a range of its text; entity ids are their index; mentions
/// never overlap.
pub fn check_analysis(a: &Analysis) {
    let text = &a.text;
    a.sentences.iter().for_each(|s| check_span(text, s));
    a.entities.iter().flat_map(|e| e.mentions.iter()).for_each(|s| check_span(text, s));
    a.timexes.iter().for_each(|t| check_span(text, &t.span));
    a.quotes.iter().for_each(|q| check_span(text, &q.span));
    a.quantities.iter().for_each(|q| check_span(text, &q.span));
    a.timeline.iter().for_each(|t| {
        check_span(text, &t.span);
        check_span(text, &t.sentence);
    });
    a.ranked_sentences.iter().for_each(|s| check_span(text, &s.span));
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids are their index");
    }
    let mentions = a.mentions_in_order();
    for pair in mentions.windows(2) {
        assert!(pair[0].0.end <= pair[1].0.start, "overlapping mentions {pair:?}");
    }
}
