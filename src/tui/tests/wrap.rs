//! The line layout: wide characters (CJK, emoji) wrap within the pane and their mentions are
//! highlighted at the right cells; a resize reflows the text and keeps the reading position.

use crate::analysis::{EntityKind, Span};
use crate::article::Article;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::doc::Mention;
use crate::tui::render::render;
use crate::tui::text_layout::{display_width, TextLayout};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const WIDE: &str =
    "記者會上，東京都知事小池百合子表示🙂支持。The mayor of 東京 met 🇺🇦 delegates in Kyiv.";

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    start..start + needle.len()
}

#[test]
fn wide_characters_wrap_within_the_width_and_cover_the_text() {
    for width in [7u16, 10, 13, 20] {
        let layout = TextLayout::build(WIDE, width, &[]);
        let mut covered = String::new();
        for line in &layout.lines {
            let s = &WIDE[line.start..line.end];
            assert!(display_width(s) <= usize::from(width), "{s:?} wider than {width}");
            covered.push_str(s);
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(squeeze(&covered), squeeze(WIDE), "every character shown once at {width}");
    }
}

#[test]
fn mentions_of_wide_text_are_highlighted_at_the_right_cells() {
    let text = WIDE.to_string();
    let person = span_of(&text, "小池百合子");
    let place = span_of(&text, "Kyiv");
    let mentions = vec![
        Mention { span: person.clone(), entity: 0, kind: EntityKind::Person },
        Mention { span: place.clone(), entity: 1, kind: EntityKind::Place },
    ];
    let layout = TextLayout::build(&text, 16, &mentions);
    for (m, span) in mentions.iter().zip([person, place]) {
        let line_no = layout.line_of(span.start);
        let line = &layout.lines[line_no];
        let col = display_width(&text[line.start..span.start]);
        // The cell under the mention's first column belongs to that mention...
        let seg = layout.segment_at(&text, line_no, col).expect("segment at the mention");
        assert_eq!(seg.mention.map(|i| &mentions[i]), Some(m));
        // ...and the cell just before it does not.
        if col > 0 {
            let before = layout.segment_at(&text, line_no, col - 1).and_then(|s| s.mention);
            assert_eq!(before, None);
        }
    }
}

#[test]
fn drawn_cells_of_a_wide_mention_carry_its_colour() {
    let art = Article {
        title: "寬字元".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec![WIDE.into()],
    };
    let app = App::new(vec![Ok(art)], 80, 24);
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
    let Ok(_) = terminal.draw(|f| render(&app, f));
    let buf = terminal.backend().buffer();
    let doc = app.doc().expect("analysed");
    for m in doc.mentions.iter().filter(|m| m.kind != EntityKind::Misc) {
        let line_no = app.layout.line_of(m.span.start);
        let line = &app.layout.lines[line_no];
        let col = display_width(&doc.text()[line.start..m.span.start]) as u16;
        let y = app.screen.text.y + (line_no - app.scroll) as u16;
        let cell = &buf[(app.screen.text.x + col, y)];
        let first = doc.text()[m.span.clone()].chars().next().map(String::from).unwrap_or_default();
        assert_eq!(cell.symbol(), first, "mention starts at column {col}");
        assert_eq!(cell.fg, app.theme.kind_color(m.kind));
    }
}

#[test]
fn resize_reflows_and_keeps_the_top_line_in_view() {
    // Long enough that neither size clamps the scroll position.
    let long = crate::tui::bench::big_article(30_000);
    let mut app = App::new(vec![Ok(long)], 120, 40);
    app.update(Action::ScrollLines(57));
    let top = app.top_offset();
    let narrow_lines = {
        app.update(Action::Resize(80, 24));
        app.layout.lines.len()
    };
    let line = &app.layout.lines[app.scroll];
    assert!(
        line.start <= top && top <= line.end.max(line.start),
        "top offset {top} still on the top line"
    );
    app.update(Action::Resize(120, 40));
    assert!(app.layout.lines.len() < narrow_lines, "wider pane, fewer lines");
    assert_eq!(app.top_offset(), app.layout.lines[app.layout.line_of(top)].start);
}
