//! Keys that move between articles and across them: `l` and `[` / `]` (analysing lazily),
//! the card's other-article rows, clicks and the wheel, Esc's order, each article's position.

use super::keys::{keys, press, sample_app};
use crate::article::{self, Article};
use crate::tui::action::{Action, Tab};
use crate::tui::app::{App, CardRow, Popup};
use crate::tui::text_layout::display_width;
use crossterm::event::KeyCode;

fn second_article() -> Article {
    Article {
        title: "Second".into(),
        source: "test".into(),
        url: None,
        published: None,
        paragraphs: vec!["Talks resumed in Kyiv on Monday. Officials in Kyiv said little.".into()],
    }
}

#[test]
fn l_toggles_the_list_and_brackets_switch_articles_analysing_lazily() {
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(second_article()));
    let mut app = App::new(items, 120, 40);
    assert!(app.docs[1].analysed().is_none(), "the second article is not analysed up front");
    keys(&mut app, "l");
    assert!(app.show_list && app.screen.list.is_some());
    keys(&mut app, "]");
    assert_eq!(app.current, Some(1));
    assert!(app.docs[1].analysed().is_some());
    keys(&mut app, "]");
    assert_eq!(app.current, Some(1), "] stops at the last article");
    keys(&mut app, "[l");
    assert_eq!(app.current, Some(0));
    assert!(!app.show_list);
}

#[test]
fn the_card_lists_other_articles_naming_the_entity_and_opens_them() {
    let mut items: Vec<_> = article::bundled().into_iter().map(Ok).collect();
    items.push(Ok(second_article()));
    let other = crate::analyze(&second_article());
    let mut app = App::new(items, 120, 40);
    let doc = app.doc().unwrap();
    // The first mention whose entity the second article names too (same name and kind).
    let shared = (0..doc.mentions.len()).find(|&i| {
        let e = &doc.analysis.entities[doc.mentions[i].entity];
        other.entities.iter().any(|o| o.name == e.name && o.kind == e.kind)
    });
    let shared = shared.expect("both articles name Kyiv, a place");
    while app.selected != Some(shared) {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("card not open") };
    let at = card.rows.iter().position(|r| matches!(r, CardRow::Elsewhere { doc: 1, .. }));
    let at = at.expect("the other article is listed");
    for _ in 0..at.saturating_sub(card.cursor) {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current, Some(1));
    let doc = app.doc().unwrap();
    let name = &doc.analysis.entities[doc.mentions[app.selected.unwrap()].entity].name;
    assert_eq!(
        Some(name),
        app.docs[0].analysed().map(|d| &d.analysis.entities[d.mentions[shared].entity].name)
    );
}

#[test]
fn a_click_on_a_mention_selects_it_and_the_wheel_scrolls() {
    let mut app = sample_app(120, 40);
    let doc = app.doc().unwrap();
    let target = doc.mentions.len() / 2;
    let m = doc.mentions[target].span.clone();
    let line = app.layout.line_of(m.start);
    let col = display_width(&doc.text()[app.layout.lines[line].start..m.start]);
    let (x, y) = (app.screen.text.x + col as u16, app.screen.text.y + (line - app.scroll) as u16);
    app.update(Action::Click(x, y));
    assert_eq!(app.selected, Some(target));
    app.update(Action::ScrollLines(3));
    assert_eq!(app.scroll, 3.min(app.max_scroll()));
    let (_, x, _) = app.screen.tab_titles()[1];
    app.update(Action::Click(x + 1, app.screen.panel.unwrap().y));
    assert_eq!(app.tab, Tab::Timeline, "a click on a tab title shows that tab");
}

#[test]
fn a_click_on_a_facts_entity_selects_its_first_mention() {
    use crate::tui::panel_rows::Target;
    let mut app = sample_app(120, 40);
    let items = &app.panel().items;
    let i = items.iter().position(|it| matches!(it.target, Some(Target::Entity(_)))).unwrap();
    let Some(Target::Entity(id)) = items[i].target else { unreachable!() };
    let line: usize = items[..i].iter().map(|it| it.lines.len()).sum();
    let inner = app.screen.panel_inner().unwrap();
    app.update(Action::Click(inner.x + 1, inner.y + line as u16));
    let doc = app.doc().unwrap();
    let first = doc.mentions.iter().position(|m| m.entity == id);
    assert_eq!(app.selected, first);
}

#[test]
fn esc_closes_the_innermost_thing_first() {
    let mut app = sample_app(120, 40);
    press(&mut app, KeyCode::Tab);
    keys(&mut app, "/kyiv");
    press(&mut app, KeyCode::Enter);
    assert!(!app.search.matches.is_empty() && app.selected.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(app.search.matches.is_empty(), "first Esc ends the search");
    assert!(app.selected.is_some(), "and keeps the selection");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.popup, Some(Popup::Card(_))));
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none() && app.selected.is_some(), "Esc closes the card only");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.selected, None, "the last Esc clears the selection");
    keys(&mut app, "/x");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.search.input, None, "Esc cancels typing");
}

#[test]
fn each_article_keeps_its_reading_position() {
    let long = crate::tui::bench::big_article(20_000);
    let mut app = App::new(vec![Ok(long), Ok(second_article())], 80, 24);
    app.update(Action::ScrollLines(40));
    let top = app.top_offset();
    keys(&mut app, "]");
    assert_eq!(app.top_offset(), 0, "the other article opens at its top");
    keys(&mut app, "[");
    assert_eq!(app.top_offset(), top);
}
