//! One test per input format, each on a small hand-made fixture in tests/data/loaders/.

use chrono::NaiveDate;
use newslens::article::{load_path, Article, LoadOptions};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/loaders").join(name)
}

/// Loads a fixture that must load without any error.
fn load_ok(name: &str) -> Vec<Article> {
    load_path(&fixture(name), &LoadOptions::default())
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{name} should load: {e}")))
        .collect()
}

fn load_one(name: &str) -> Article {
    let mut articles = load_ok(name);
    assert_eq!(articles.len(), 1, "{name} should hold one article");
    articles.remove(0)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn plain_text_with_title_line() {
    let a = load_one("plain-titled.txt");
    assert_eq!(a.title, "Harbour bridge reopens after repairs");
    assert_eq!(a.source, "plain-titled");
    assert_eq!(a.published, None);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[0].starts_with("The Lindqvist harbour bridge reopened"));
    // Lines inside a paragraph are joined with a space.
    assert!(a.paragraphs[1].contains("deck. Officials expect"));
}

#[test]
fn plain_text_without_title_line_uses_file_name_and_one_paragraph_per_line() {
    let a = load_one("plain-untitled.txt");
    assert_eq!(a.title, "plain-untitled");
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[0].starts_with("The council of Marrowby"));
    assert_eq!(a.paragraphs[2], "The service will run until March 2026.");
}

#[test]
fn markdown_with_front_matter() {
    let a = load_one("front-matter.md");
    assert_eq!(a.title, "Rail strike ends: unions accept \"final\" offer");
    assert_eq!(a.source, "Northern 'Wire'");
    assert_eq!(a.url.as_deref(), Some("https://news.example.org/rail-strike"));
    assert_eq!(a.published, date(2025, 10, 3));
    assert_eq!(a.paragraphs[0], "A heading that is not the title");
    assert_eq!(
        a.paragraphs[1],
        "The three-week rail strike ended on Friday after members of the drivers' union voted \
         to accept the revised offer."
    );
    let text = a.text();
    assert!(!text.contains("train.jpg") && !text.contains("A train at the platform"));
    assert!(!text.contains('*') && !text.contains("](") && !text.contains('`'));
    assert!(a.paragraphs.iter().any(|p| p == "a 4.5% pay rise this year"));
    assert!(a.paragraphs.iter().any(|p| p == "a review of rosters in 2026"));
    assert_eq!(a.paragraphs.last().map(String::as_str), Some("vote: 68% yes"));
}

#[test]
fn json_object() {
    let a = load_one("article.json");
    assert_eq!(a.title, "Wind farm approved off the coast");
    assert_eq!(a.source, "Coastal Times");
    assert_eq!(a.url.as_deref(), Some("https://coastal.example.com/wind-farm"));
    assert_eq!(a.published, date(2025, 9, 14));
    assert_eq!(
        a.paragraphs,
        vec![
            "Regulators approved a 40-turbine wind farm on Sunday.",
            "Construction is due to start in spring and finish in 2028."
        ]
    );
}

#[test]
fn json_array_skips_entries_without_text() {
    let articles = load_ok("articles.json");
    assert_eq!(articles.len(), 2);
    let (first, second) = (&articles[0], &articles[1]);
    assert_eq!(first.title, "Library opens late on Thursdays");
    assert_eq!(first.source, "Town Crier");
    assert_eq!(first.url.as_deref(), Some("https://towncrier.example.net/library"));
    assert_eq!(first.published, date(2025, 8, 1));
    assert_eq!(first.paragraphs.len(), 2);
    assert_eq!(second.title, "Market square repaving delayed");
    assert_eq!(second.source, "articles", "no source field: the file name");
    assert_eq!(second.published, date(2025, 8, 4));
}

#[test]
fn json_with_html_body_is_extracted_to_text() {
    let a = load_one("html-body.json");
    assert_eq!(a.title, "Museum & gallery merge");
    assert_eq!(a.source, "Arts Daily");
    assert_eq!(a.published, date(2025, 7, 22));
    assert_eq!(
        a.paragraphs,
        vec![
            "The city museum and the modern art gallery will merge next year.",
            "Staff were told on Tuesday.",
            "No jobs will be lost."
        ]
    );
}

#[test]
fn html_page_main_text_without_navigation_or_footer() {
    let a = load_one("page.html");
    assert_eq!(a.title, "Flood defences finished early");
    assert_eq!(a.source, "Riverside Herald");
    assert_eq!(a.url.as_deref(), Some("https://riverside.example.org/news/flood-defences"));
    assert_eq!(a.published, date(2025, 6, 30));
    let text = a.text();
    assert!(text.starts_with("The new flood defences along the River Alder"), "{text}");
    assert!(text.contains("Maria Okafor"));
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    for boilerplate in ["Subscribe today", "Sport", "Most read", "Copyright", "Cookie"] {
        assert!(!text.contains(boilerplate), "{boilerplate:?} leaked into {text}");
    }
}

#[test]
fn rss_2_feed_entries() {
    let articles = load_ok("rss2.xml");
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(a.title, "School roof replaced over summer");
    assert_eq!(a.source, "Valley Gazette");
    assert_eq!(a.url.as_deref(), Some("https://valley.example.com/school-roof"));
    assert_eq!(a.published, date(2025, 9, 2));
    assert_eq!(
        a.paragraphs,
        vec!["Pupils returned to a dry school on Monday.", "The roof cost 900,000 euros."]
    );
    assert_eq!(articles[1].paragraphs.len(), 1);
}

#[test]
fn atom_feed_entries() {
    let articles = load_ok("atom.xml");
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(a.title, "Cable car gets new cabins");
    assert_eq!(a.source, "Hill Country Post");
    assert_eq!(a.url.as_deref(), Some("https://hill.example.org/cable-car"));
    assert_eq!(a.published, date(2025, 5, 9), "published wins over updated");
    assert_eq!(a.paragraphs.len(), 2);
    let b = &articles[1];
    assert_eq!(b.published, date(2025, 4, 1), "updated when there is no published");
    assert!(b.text().contains("nesting eagles"), "summary used when there is no content");
}

#[test]
fn json_feed_entries() {
    let articles = load_ok("feed.json");
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(a.title, "Ferry timetable changes");
    assert_eq!(a.source, "Island Bulletin");
    assert_eq!(a.url.as_deref(), Some("https://island.example.com/ferry"));
    assert_eq!(a.published, date(2025, 3, 15));
    assert_eq!(
        a.paragraphs,
        vec!["The winter ferry timetable starts on Monday.", "First boat 06:40", "Last boat 21:10"]
    );
    let b = &articles[1];
    assert_eq!(b.title, "feed (2)", "an untitled entry is named after the file and its number");
    assert_eq!(b.paragraphs, vec!["The lighthouse museum reopens after its winter break."]);
}

#[test]
fn default_date_fills_only_missing_dates() {
    let opts = LoadOptions { default_date: date(2024, 2, 29) };
    let untitled: Vec<_> = load_path(&fixture("plain-untitled.txt"), &opts);
    assert_eq!(untitled[0].as_ref().ok().and_then(|a| a.published), date(2024, 2, 29));
    let dated: Vec<_> = load_path(&fixture("article.json"), &opts);
    assert_eq!(dated[0].as_ref().ok().and_then(|a| a.published), date(2025, 9, 14));
}

#[test]
fn bundled_sample_loads_with_its_front_matter() {
    let samples = newslens::article::bundled();
    assert_eq!(samples.len(), 1);
    assert_eq!(samples[0].published, date(2025, 11, 20));
    assert!(samples[0].paragraphs.len() > 3);
}

#[test]
fn content_decides_over_extension() {
    let opts = LoadOptions::default();
    let load = |name: &str, text: &str| {
        newslens::article::load_bytes(Path::new(name), text.as_bytes(), &opts)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let json_in_txt =
        load("story.txt", r#"{"title": "Dock strike", "body": "Workers walked out."}"#);
    assert_eq!(json_in_txt[0].title, "Dock strike");
    assert_eq!(json_in_txt[0].paragraphs, vec!["Workers walked out."]);
    let html_in_txt =
        load("page.txt", "<html><body><p>Ministers met in Rome on Friday.</p></body></html>");
    assert_eq!(html_in_txt[0].paragraphs, vec!["Ministers met in Rome on Friday."]);
    // Text that merely starts with a bracket stays text when it is not JSON.
    let bracket = load("wire.txt", "[Reuters] Ministers met in Rome.\n\nThey agreed on a plan.");
    assert_eq!(bracket[0].title, "wire");
    assert_eq!(bracket[0].paragraphs[0], "[Reuters] Ministers met in Rome.");
}
