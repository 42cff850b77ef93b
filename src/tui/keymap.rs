//! The one key table of the reader and the key context. [`Mode`] is decided here, once per
//! event, from a [`Context`] of the app; every binding carries the scope it applies in and,
//! where one key means two things in one scope, a condition ([`When`]), as atuin's keybindings
//! do. Key handling ([`action_for`]), the mouse wheel ([`wheel`]) and the `?` help overlay
//! ([`help_rows`]) all read [`BINDINGS`], so `update` never works the context out again and the
//! help can never disagree with the keys.

mod bindings;

pub(crate) use bindings::{BINDINGS, LIST_STATUS_HINTS, STATUS_HINTS};

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the keys act on now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Reading the text.
    Reader,
    /// Moving through the side panel's rows.
    Panel,
    /// The entity card popup is open.
    Card,
    /// The help overlay is open.
    Help,
    /// Typing a search of the text.
    Search,
    /// Typing a search of the library (started from its list).
    ListSearch,
    /// Moving through the library's article list.
    List,
}

/// The part of the app state the key context is decided from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context {
    /// A search query is being typed.
    pub typing: bool,
    pub popup: Option<PopupKind>,
    /// Which pane has the keyboard focus.
    pub focus: FocusKind,
}

/// Which popup is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PopupKind {
    Help,
    Card,
}

/// Which pane has the focus when no popup is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FocusKind {
    Text,
    Panel,
    List,
}

impl Context {
    /// The mode: typing first, then the popup, then the focused pane.
    pub fn mode(self) -> Mode {
        match (self.typing, self.popup, self.focus) {
            (true, _, FocusKind::List) => Mode::ListSearch,
            (true, _, _) => Mode::Search,
            (false, Some(PopupKind::Help), _) => Mode::Help,
            (false, Some(PopupKind::Card), _) => Mode::Card,
            (false, None, FocusKind::Panel) => Mode::Panel,
            (false, None, FocusKind::List) => Mode::List,
            (false, None, FocusKind::Text) => Mode::Reader,
        }
    }
}

/// Which modes a binding applies in; also the help overlay's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Reading the text.
    Reader,
    /// Side panel focused (after `p`).
    Panel,
    /// The library's article list focused (`newslens library`, or `l`).
    List,
    /// Entity card or help open.
    Popup,
    /// Typing a search.
    Search,
    /// Everywhere except while typing a search.
    Global,
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Scope::Reader => "Reading",
            Scope::Panel => "Side panel (after p)",
            Scope::List => "Library list",
            Scope::Popup => "Entity card and help",
            Scope::Search => "Typing a search",
            Scope::Global => "Anywhere",
        }
    }

    fn applies(self, mode: Mode) -> bool {
        match self {
            Scope::Reader => mode == Mode::Reader,
            Scope::Panel => mode == Mode::Panel,
            Scope::List => mode == Mode::List,
            Scope::Popup => matches!(mode, Mode::Card | Mode::Help),
            Scope::Search => matches!(mode, Mode::Search | Mode::ListSearch),
            Scope::Global => !matches!(mode, Mode::Search | Mode::ListSearch),
        }
    }
}

/// A condition on top of the scope, for a key that means two things in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Always,
    /// Only in this mode.
    In(Mode),
}

impl When {
    fn holds(self, mode: Mode) -> bool {
        match self {
            When::Always => true,
            When::In(m) => m == mode,
        }
    }
}

/// One row of the key table. A row with an empty `help` is not listed in the help (it is the
/// conditional twin of a listed row).
pub(crate) struct Binding {
    pub scope: Scope,
    pub when: When,
    pub keys: &'static [KeyCode],
    /// How the keys are written in the help overlay.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

/// The action a key press means in `mode`, if any.
pub(crate) fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return (key.code == KeyCode::Char('c')).then_some(Action::Quit);
    }
    let found = BINDINGS
        .iter()
        .find(|b| b.scope.applies(mode) && b.when.holds(mode) && b.keys.contains(&key.code))
        .map(|b| b.action.clone());
    match (found, key.code) {
        (None, KeyCode::Char(c)) if Scope::Search.applies(mode) => Some(Action::SearchType(c)),
        (found, _) => found,
    }
}

/// Lines one wheel notch scrolls.
const WHEEL_LINES: i32 = 3;

/// What one notch of the mouse wheel (down when `down`) means in `mode`: it moves the card's
/// cursor a row, scrolls the help, moves a focused library list's cursor, else scrolls the text.
pub(crate) fn wheel(mode: Mode, down: bool) -> Action {
    let sign = if down { 1 } else { -1 };
    match mode {
        Mode::Card => Action::PopupLines(sign),
        Mode::Help => Action::PopupLines(sign * WHEEL_LINES),
        Mode::List => Action::ListCursor(sign * WHEEL_LINES),
        Mode::Reader | Mode::Panel | Mode::Search | Mode::ListSearch => {
            Action::ScrollLines(sign * WHEEL_LINES)
        }
    }
}

/// The scopes in the order the help overlay lists them.
pub(crate) const HELP_ORDER: [Scope; 6] =
    [Scope::Reader, Scope::Panel, Scope::List, Scope::Popup, Scope::Search, Scope::Global];

/// The help overlay's content: one `(section, keys, description)` per listed binding, by scope.
pub(crate) fn help_rows(scopes: &[Scope]) -> Vec<(Scope, &'static str, &'static str)> {
    scopes
        .iter()
        .flat_map(|scope| {
            BINDINGS
                .iter()
                .filter(move |b| b.scope == *scope && !b.help.is_empty())
                .map(|b| (b.scope, b.label, b.help))
        })
        .collect()
}

/// The key table as Markdown, section by section, for the README (a test keeps them equal).
#[cfg(test)]
pub(crate) fn markdown_table() -> String {
    let mut out = String::from("| Keys | Where | What it does |\n|---|---|---|\n");
    for (scope, keys, help) in help_rows(&HELP_ORDER) {
        let keys = keys.split(' ').map(|k| format!("`{k}`")).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("| {keys} | {} | {help} |\n", scope.title()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeyCode::Char;

    fn mode_of(scope: Scope, when: When) -> Mode {
        match (scope, when) {
            (_, When::In(m)) => m,
            (Scope::Reader | Scope::Global, _) => Mode::Reader,
            (Scope::Panel, _) => Mode::Panel,
            (Scope::List, _) => Mode::List,
            (Scope::Popup, _) => Mode::Card,
            (Scope::Search, _) => Mode::Search,
        }
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
        for mode in [Mode::Search, Mode::ListSearch] {
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
    }

    #[test]
    fn the_context_decides_the_mode_innermost_first() {
        let ctx = |typing, popup, focus| Context { typing, popup, focus }.mode();
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
        let rows = help_rows(&HELP_ORDER);
        let listed = BINDINGS.iter().filter(|b| !b.help.is_empty()).count();
        assert_eq!(rows.len(), listed);
        assert!(BINDINGS.iter().any(|b| b.help.is_empty()), "the library search's Enter");
    }
}
