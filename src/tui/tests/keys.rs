//! State transitions of every key family of the reader, driven through the keymap
//! (`App::handle_key`) on the bundled sample, asserting what each key changed.

use crate::analysis::EntityKind;
use crate::article;
use crate::tui::action::Tab;
use crate::tui::app::{App, CardRow, Focus, Popup};
use crate::tui::keymap::Mode;
use crossterm::event::{KeyCode, KeyEvent};

pub(super) fn sample_app(w: u16, h: u16) -> App {
    App::new(article::bundled().into_iter().map(Ok).collect(), w, h)
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::from(code));
}

pub(super) fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

#[test]
fn j_k_and_arrows_scroll_one_line() {
    let mut app = sample_app(80, 24);
    assert!(app.max_scroll() > 2, "the sample must be longer than one 80x24 page");
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.scroll, 1);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.scroll, 2);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Up);
    assert_eq!(app.scroll, 0);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.scroll, 0, "never scrolls above the top");
}

#[test]
fn space_b_and_page_keys_move_a_page_and_g_jumps_to_the_ends() {
    let mut app = sample_app(80, 24);
    let page = app.text_height() - 2;
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.scroll, page.min(app.max_scroll()));
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(app.scroll, 0);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.scroll, page.min(app.max_scroll()));
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.scroll, 0);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.scroll, app.max_scroll());
    assert_eq!(app.scroll + app.text_height(), app.layout.lines.len(), "last line at the bottom");
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.scroll, 0);
}

#[test]
fn tab_and_shift_tab_select_mentions_in_reading_order_and_reveal_them() {
    let mut app = sample_app(80, 24);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.selected, Some(0));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.selected, Some(1));
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.selected, Some(0));
    press(&mut app, KeyCode::BackTab);
    let n = app.doc().map(|d| d.mentions.len()).unwrap_or(0);
    assert_eq!(app.selected, Some(n - 1), "Shift-Tab wraps to the last mention");
    let start = app.doc().unwrap().mentions[n - 1].span.start;
    let line = app.layout.line_of(start);
    assert!(line >= app.scroll && line < app.scroll + app.text_height(), "scrolled into view");
}

#[test]
fn n_and_shift_n_go_through_the_selected_entitys_mentions() {
    let mut app = sample_app(120, 40);
    let doc = app.doc().unwrap();
    // The first entity shown with more than one mention.
    let first = (0..doc.mentions.len())
        .find(|&i| doc.mentions.iter().filter(|m| m.entity == doc.mentions[i].entity).count() > 1)
        .expect("the sample names some entity twice");
    let entity = doc.mentions[first].entity;
    let same: Vec<usize> =
        (0..doc.mentions.len()).filter(|&i| doc.mentions[i].entity == entity).collect();
    while app.selected != Some(first) {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.selected, Some(same[1]));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected, Some(same[0]));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected, same.last().copied(), "N wraps to the last mention");
}

#[test]
fn enter_opens_the_card_and_enter_on_a_row_jumps_to_that_mention() {
    let mut app = sample_app(120, 40);
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none(), "no card without a selection");
    // Select an entity named more than once, so the card has rows to move through.
    let doc = app.doc().unwrap();
    let many = (0..doc.mentions.len())
        .find(|&i| doc.analysis.entities[doc.mentions[i].entity].mentions.len() > 1)
        .expect("the sample names some entity twice");
    while app.selected != Some(many) {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Card(card)) = &app.popup else { panic!("card not open") };
    let entity = &app.doc().unwrap().analysis.entities[card.entity];
    assert_eq!(card.here_count(), entity.mentions.len());
    assert_eq!(app.mode(), Mode::Card);
    let before = card.cursor;
    press(&mut app, KeyCode::Char('j'));
    let Some(Popup::Card(card)) = &app.popup else { panic!("card closed by j") };
    assert_eq!(card.cursor, before + 1);
    let CardRow::Here(target) = card.rows[card.cursor].clone() else { panic!("not a mention") };
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    let doc = app.doc().unwrap();
    let at =
        app.selected.map(|s| doc.mentions[s].span.start).or(app.mark.as_ref().map(|m| m.start));
    assert_eq!(at, Some(target.start));
}

#[test]
fn f_t_s_switch_tabs_and_plus_minus_change_the_summary_length() {
    let mut app = sample_app(120, 40);
    assert_eq!(app.tab, Tab::Facts);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.tab, Tab::Timeline);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.tab, Tab::Summary);
    let k = app.summary_len;
    let listed = |app: &App| app.panel().targets().count();
    let before = listed(&app);
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(app.summary_len, k + 1);
    assert_eq!(listed(&app), before + 1, "one more summary sentence listed");
    keys(&mut app, "--");
    assert_eq!(app.summary_len, k - 1);
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.tab, Tab::Facts);
}

#[test]
fn p_focuses_the_panel_where_enter_jumps_to_a_timeline_event() {
    let mut app = sample_app(120, 40);
    keys(&mut app, "tp");
    assert_eq!(app.focus, Focus::Panel);
    assert_eq!(app.mode(), Mode::Panel);
    let events = app.doc().unwrap().analysis.timeline.clone();
    assert!(!events.is_empty(), "the sample has dated events");
    let last = events.last().unwrap().sentence.clone();
    for _ in 0..events.len() + 2 {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Text);
    assert_eq!(app.mark.as_ref().map(|m| m.start), Some(last.start));
    let line = app.layout.line_of(last.start);
    assert!(line >= app.scroll && line < app.scroll + app.text_height());
    keys(&mut app, "p");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Text, "Esc gives focus back to the text");
}

#[test]
fn digits_toggle_highlighting_of_each_kind() {
    let mut app = sample_app(120, 40);
    for (i, kind) in EntityKind::TOGGLED.iter().enumerate() {
        let key = char::from(b'1' + i as u8);
        keys(&mut app, &key.to_string());
        assert!(app.hidden[i], "{key} hides {kind:?}");
    }
    press(&mut app, KeyCode::Tab);
    let kind = app.selected.map(|s| app.doc().unwrap().mentions[s].kind);
    assert!(matches!(kind, None | Some(EntityKind::Misc)), "Tab skips hidden kinds");
    keys(&mut app, "1");
    assert!(!app.hidden[0]);
}

#[test]
fn slash_searches_and_n_moves_between_matches_until_esc() {
    let mut app = sample_app(80, 24);
    keys(&mut app, "/");
    assert_eq!(app.mode(), Mode::Search);
    keys(&mut app, "kyivq");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.search.input.as_deref(), Some("kyiv"));
    press(&mut app, KeyCode::Enter);
    let expected = app.doc().unwrap().text().to_lowercase().matches("kyiv").count();
    assert!(expected > 1);
    assert_eq!(app.search.matches.len(), expected);
    assert_eq!(app.search.current, 0);
    keys(&mut app, "n");
    assert_eq!(app.search.current, 1);
    keys(&mut app, "NN");
    assert_eq!(app.search.current, expected - 1);
    press(&mut app, KeyCode::Esc);
    assert!(app.search.matches.is_empty());
}

#[test]
fn question_mark_opens_help_esc_closes_it_and_q_quits() {
    let mut app = sample_app(80, 24);
    keys(&mut app, "?");
    assert!(matches!(app.popup, Some(Popup::Help { .. })));
    press(&mut app, KeyCode::Char('j'));
    assert!(matches!(app.popup, Some(Popup::Help { scroll: 1 })));
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    keys(&mut app, "q");
    assert!(app.should_quit);
}
