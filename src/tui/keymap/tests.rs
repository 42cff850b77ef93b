//! The keymap: every binding reachable, the context, the wheel, names and keys unique.

use super::*;
use crossterm::event::KeyEvent;
use KeyCode::Char;

fn mode_of(scope: Scope, when: When) -> Mode {
    match (scope, when) {
        (_, When::In(m)) => m,
        (Scope::Reader | Scope::Global | Scope::Library, _) => Mode::Reader,
        (Scope::Panel, _) => Mode::Panel,
        (Scope::List, _) => Mode::List,
        (Scope::Popup, _) => Mode::Card,
        (Scope::Search, _) => Mode::Search,
    }
}

fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    Keymap::default().action_for(mode, key)
}

#[test]
fn every_binding_is_reachable_in_its_scope() {
    for bind in BINDINGS {
        let mode = mode_of(bind.scope, bind.when);
        for key in bind.keys {
            let got = action_for(mode, KeyEvent::from(*key));
            assert_eq!(got.as_ref(), Some(&bind.action), "{} in {mode:?}", bind.label);
        }
    }
}

#[test]
fn typing_a_search_captures_letters_that_are_keys_elsewhere() {
    for mode in [Mode::Search, Mode::ListSearch, Mode::Prompt] {
        let got = action_for(mode, KeyEvent::from(Char('q')));
        assert_eq!(got, Some(Action::SearchType('q')));
    }
    assert_eq!(action_for(Mode::Reader, KeyEvent::from(Char('q'))), Some(Action::Quit));
}

#[test]
fn enter_confirms_a_text_search_or_searches_the_library_by_where_it_was_typed() {
    let enter = KeyEvent::from(KeyCode::Enter);
    assert_eq!(action_for(Mode::Search, enter), Some(Action::SearchConfirm));
    assert_eq!(action_for(Mode::ListSearch, enter), Some(Action::SearchLibrary));
    assert_eq!(action_for(Mode::Prompt, enter), Some(Action::PromptConfirm));
}

#[test]
fn the_context_decides_the_mode_innermost_first() {
    let ctx = |typing, popup, focus| Context { typing, prompt: false, popup, focus }.mode();
    let asking = Context { typing: false, prompt: true, popup: None, focus: FocusKind::List };
    assert_eq!(asking.mode(), Mode::Prompt);
    assert_eq!(ctx(true, None, FocusKind::List), Mode::ListSearch);
    assert_eq!(ctx(true, None, FocusKind::Panel), Mode::Search);
    assert_eq!(ctx(false, Some(PopupKind::Card), FocusKind::List), Mode::Card);
    assert_eq!(ctx(false, Some(PopupKind::Help), FocusKind::Text), Mode::Help);
    assert_eq!(ctx(false, None, FocusKind::Panel), Mode::Panel);
    assert_eq!(ctx(false, None, FocusKind::List), Mode::List);
    assert_eq!(ctx(false, None, FocusKind::Text), Mode::Reader);
}

#[test]
fn the_wheel_follows_the_mode() {
    assert_eq!(wheel(Mode::Card, true), Action::PopupLines(1));
    assert_eq!(wheel(Mode::Help, false), Action::PopupLines(-3));
    assert_eq!(wheel(Mode::List, true), Action::ListCursor(3));
    assert_eq!(wheel(Mode::ListSearch, true), Action::ScrollLines(3));
    assert_eq!(wheel(Mode::Panel, false), Action::ScrollLines(-3));
}

#[test]
fn conditional_twins_are_not_listed_in_the_help() {
    let map = Keymap::default();
    let rows = map.help_rows(&HELP_ORDER);
    let listed = BINDINGS.iter().filter(|b| !b.help.is_empty()).count();
    assert_eq!(rows.len(), listed);
    assert!(BINDINGS.iter().any(|b| b.help.is_empty()), "the library search's Enter");
}

#[test]
fn names_are_unique_and_no_key_means_two_things_in_one_mode() {
    let mut names: Vec<&str> = BINDINGS.iter().map(|b| b.name).collect();
    names.sort_unstable();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n, "binding names are unique");
    let modes = [Mode::Reader, Mode::Panel, Mode::Card, Mode::Help, Mode::List];
    for mode in modes {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                let both = a.scope.applies(mode) && b.scope.applies(mode);
                let same_scope = a.scope == b.scope && a.when == b.when;
                if both && same_scope {
                    let shared = a.keys.iter().find(|k| b.keys.contains(k));
                    assert!(shared.is_none(), "{} and {} share {shared:?}", a.name, b.name);
                }
            }
        }
    }
}
