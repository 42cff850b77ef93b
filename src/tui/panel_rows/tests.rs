//! The panel rows: long sections cut with a count, the undated Timeline note.

use super::*;

#[test]
fn an_undated_article_says_how_to_set_a_date() {
    let article = |published| crate::article::Article {
        title: "Talks".into(),
        source: "test".into(),
        url: None,
        published,
        paragraphs: vec!["The envoys met on Friday and will meet again next week.".into()],
    };
    let text = |rows: &PanelRows| -> String {
        let lines = rows.items.iter().flat_map(|it| it.lines.iter());
        lines.flat_map(|l| l.spans.iter().map(|s| s.content.to_string())).collect()
    };
    let undated = Analysed::new(crate::analyze(&article(None)));
    let said = text(&PanelRows::build(Tab::Timeline, &undated, 200, 3, &Theme::dark()));
    assert!(said.contains("No publication date") && said.contains("--date"), "{said}");
    let dated = article(chrono::NaiveDate::from_ymd_opt(2026, 3, 4));
    let dated = Analysed::new(crate::analyze(&dated));
    let said = text(&PanelRows::build(Tab::Timeline, &dated, 200, 3, &Theme::dark()));
    assert!(!said.contains("--date") && said.contains("published"), "{said}");
}

#[test]
fn a_long_section_lists_its_first_rows_and_says_how_many_more() {
    let text: Vec<String> =
        (0..400).map(|i| format!("Officials counted {} trucks near the border.", i + 10)).collect();
    let article = crate::article::Article {
        title: "Trucks".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec![text.join(" ")],
    };
    let doc = Analysed::new(crate::analyze(&article));
    let numbers = doc.analysis.quantities.len();
    assert!(numbers > SECTION_ROWS, "{numbers} numbers");
    let rows = PanelRows::build(Tab::Facts, &doc, 40, 3, &Theme::dark());
    let text = |it: &PanelItem| -> String {
        it.lines.iter().flat_map(|l| l.spans.iter().map(|s| s.content.to_string())).collect()
    };
    let said = format!("  … and {} more", numbers - SECTION_ROWS);
    assert!(rows.items.iter().any(|it| text(it) == said), "{said}");
    let targets = rows.targets().count();
    assert!(targets <= 4 * SECTION_ROWS, "{targets} rows with a target");
}
