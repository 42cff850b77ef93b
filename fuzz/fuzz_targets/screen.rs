//! The screen: an arbitrary article (title, paragraphs, date; strings as they come, escapes
//! included) drawn at an arbitrary size from 1x1 to 500x200 into a TestBackend. Never a panic,
//! the frame is the terminal's size, and no control character reaches a cell.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::article::Article;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let (head, rest) = data.split_at(3);
    let width = 1 + u16::from_le_bytes([head[0], head[1]]) % 500;
    let height = 1 + u16::from(head[2]) % 200;
    let text = newslens_fuzz::text(rest);
    let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
    let paragraphs: Vec<String> =
        body.split("\n\n").filter(|p| !p.is_empty()).map(str::to_string).collect();
    if paragraphs.is_empty() {
        return;
    }
    let published = newslens_fuzz::NaiveDate::from_ymd_opt(2025, 1 + u32::from(head[0] % 12), 1);
    let article = Article {
        title: title.to_string(),
        source: "fuzz".into(),
        url: None,
        published: published.filter(|_| head[1] & 1 == 0),
        paragraphs,
    };
    let rows = newslens::tui::render_article(article, width, height);
    assert_eq!(rows.len(), usize::from(height), "one row per terminal line");
    for row in &rows {
        assert!(!row.chars().any(char::is_control), "control character on screen: {row:?}");
    }
});
