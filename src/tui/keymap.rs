//! The one key table of the reader. Key handling ([`action_for`]) and the `?` help overlay
//! ([`help_rows`]) both read [`BINDINGS`], so the help can never disagree with the keys.

use super::action::{Action, Tab};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the keyboard focus is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reading the text.
    Reader,
    /// Moving through the side panel's rows.
    Panel,
    /// The entity card popup is open.
    Card,
    /// The help overlay is open.
    Help,
    /// Typing a search.
    Search,
    /// Moving through the library's article list.
    List,
}

/// Which modes a binding applies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
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
            Scope::Search => mode == Mode::Search,
            Scope::Global => mode != Mode::Search,
        }
    }
}

/// One row of the key table.
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [KeyCode],
    /// How the keys are written in the help overlay.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

const fn b(
    scope: Scope,
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding { scope, keys, label, action, help }
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab as TabKey, Up,
};
use Scope::{Global, List, Panel, Popup, Reader, Search};

/// Every key binding, grouped by scope in the order the help shows them. Scope-specific rows come
/// before global ones so that, for example, `j` moves the card cursor when the card is open.
pub const BINDINGS: &[Binding] = &[
    b(Reader, &[Char('j'), Down], "j ↓", Action::ScrollLines(1), "scroll down a line"),
    b(Reader, &[Char('k'), Up], "k ↑", Action::ScrollLines(-1), "scroll up a line"),
    b(Reader, &[Char(' '), PageDown], "space PgDn", Action::ScrollPages(1), "page down"),
    b(Reader, &[Char('b'), PageUp], "b PgUp", Action::ScrollPages(-1), "page up"),
    b(Reader, &[Char('g'), Home], "g Home", Action::Top, "go to the top"),
    b(Reader, &[Char('G'), End], "G End", Action::Bottom, "go to the bottom"),
    b(Reader, &[TabKey], "Tab", Action::CycleMention(1), "select the next entity mention"),
    b(Reader, &[BackTab], "Shift-Tab", Action::CycleMention(-1), "select the previous mention"),
    b(Reader, &[Char('n')], "n", Action::NextOccurrence(1), "next mention of it (or search match)"),
    b(Reader, &[Char('N')], "N", Action::NextOccurrence(-1), "previous mention (or match)"),
    b(Reader, &[Enter], "Enter", Action::OpenCard, "open the selected entity's card"),
    b(Reader, &[Char('/')], "/", Action::StartSearch, "search the text"),
    b(Panel, &[Char('j'), Down], "j ↓", Action::MoveCursor(1), "next row"),
    b(Panel, &[Char('k'), Up], "k ↑", Action::MoveCursor(-1), "previous row"),
    b(Panel, &[Enter], "Enter", Action::Activate, "jump to it in the text"),
    b(List, &[Char('j'), Down], "j ↓", Action::MoveCursor(1), "next article"),
    b(List, &[Char('k'), Up], "k ↑", Action::MoveCursor(-1), "previous article"),
    b(List, &[Char(' '), PageDown], "space PgDn", Action::ScrollPages(1), "a page down"),
    b(List, &[Char('b'), PageUp], "b PgUp", Action::ScrollPages(-1), "a page up"),
    b(List, &[Char('g'), Home], "g Home", Action::Top, "first article"),
    b(List, &[Char('G'), End], "G End", Action::Bottom, "last article (loads the oldest page)"),
    b(List, &[Enter], "Enter", Action::Activate, "open the article (or load more)"),
    b(List, &[Char('/')], "/", Action::StartSearch, "search the whole library; Esc: back"),
    b(Popup, &[Char('j'), Down], "j ↓", Action::MoveCursor(1), "next row"),
    b(Popup, &[Char('k'), Up], "k ↑", Action::MoveCursor(-1), "previous row"),
    b(Popup, &[Char(' '), PageDown], "space PgDn", Action::ScrollPages(1), "a page down"),
    b(Popup, &[Char('b'), PageUp], "b PgUp", Action::ScrollPages(-1), "a page up"),
    b(Popup, &[Char('g'), Home], "g Home", Action::Top, "first row"),
    b(Popup, &[Char('G'), End], "G End", Action::Bottom, "last row"),
    b(Popup, &[Enter], "Enter", Action::Activate, "jump to the mention (or open that article)"),
    b(Popup, &[Char('t')], "t", Action::CardTimeline, "the entity's timeline across the library"),
    b(Search, &[Enter], "Enter", Action::SearchConfirm, "search; then n / N move between matches"),
    b(Search, &[Backspace], "Backspace", Action::SearchBackspace, "delete a character"),
    b(Search, &[Esc], "Esc", Action::Close, "cancel the search"),
    b(Global, &[Char('p')], "p", Action::ToggleFocus, "focus the side panel / the text"),
    b(Global, &[Char('f')], "f", Action::ShowTab(Tab::Facts), "Facts tab"),
    b(Global, &[Char('t')], "t", Action::ShowTab(Tab::Timeline), "Timeline tab"),
    b(Global, &[Char('s')], "s", Action::ShowTab(Tab::Summary), "Summary tab"),
    b(Global, &[Char('+'), Char('=')], "+", Action::SummaryLength(1), "longer summary"),
    b(Global, &[Char('-')], "-", Action::SummaryLength(-1), "shorter summary"),
    b(Global, &[Char(']')], "]", Action::SwitchArticle(1), "next article"),
    b(Global, &[Char('[')], "[", Action::SwitchArticle(-1), "previous article"),
    b(Global, &[Char('l')], "l", Action::ToggleList, "show / hide (library: focus) the list"),
    b(Global, &[Char('r')], "r", Action::Refresh, "library: refresh feeds in the background"),
    b(Global, &[Char('m')], "m", Action::ToggleRead, "library: mark read / unread"),
    b(Global, &[Char('*')], "*", Action::ToggleStar, "library: star / unstar"),
    b(Global, &[Char('o')], "o", Action::OpenUrl, "open the article's address in the browser"),
    b(Global, &[Char('1')], "1", Action::ToggleKind(0), "highlight people on / off"),
    b(Global, &[Char('2')], "2", Action::ToggleKind(1), "highlight organizations"),
    b(Global, &[Char('3')], "3", Action::ToggleKind(2), "highlight places"),
    b(Global, &[Char('4')], "4", Action::ToggleKind(3), "highlight groups"),
    b(Global, &[Char('5')], "5", Action::ToggleKind(4), "highlight dates"),
    b(Global, &[Char('6')], "6", Action::ToggleKind(5), "highlight numbers"),
    b(Global, &[Char('?')], "?", Action::Help, "this help"),
    b(Global, &[Esc], "Esc", Action::Close, "close popup / end search / back to text"),
    b(Global, &[Char('q')], "q", Action::Quit, "quit"),
];

/// The action a key press means in `mode`, if any.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return (key.code == Char('c')).then_some(Action::Quit);
    }
    let found = BINDINGS
        .iter()
        .find(|bind| bind.scope.applies(mode) && bind.keys.contains(&key.code))
        .map(|bind| bind.action.clone());
    match (found, mode, key.code) {
        (None, Mode::Search, Char(c)) => Some(Action::SearchType(c)),
        (found, _, _) => found,
    }
}

/// The scopes in the order the help overlay lists them.
pub const HELP_ORDER: [Scope; 6] = [Reader, Panel, List, Popup, Search, Global];

/// The help overlay's content: one `(section, keys, description)` per binding, by scope.
pub fn help_rows(scopes: &[Scope]) -> Vec<(Scope, &'static str, &'static str)> {
    scopes
        .iter()
        .flat_map(|scope| {
            BINDINGS
                .iter()
                .filter(move |bind| bind.scope == *scope)
                .map(|bind| (bind.scope, bind.label, bind.help))
        })
        .collect()
}

/// The key table as Markdown, section by section, for the README (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| Keys | Where | What it does |\n|---|---|---|\n");
    for (scope, keys, help) in help_rows(&HELP_ORDER) {
        let keys = keys.split(' ').map(|k| format!("`{k}`")).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("| {keys} | {} | {help} |\n", scope.title()));
    }
    out
}

/// The short key hints of the status line, in display order, with their priority (1 = shown
/// first when the line is short of room).
pub const STATUS_HINTS: &[(&str, &str, u8)] = &[
    ("Tab", "entity", 1),
    ("n", "mention", 3),
    ("Enter", "card", 2),
    ("p", "panel", 4),
    ("/", "search", 5),
    ("?", "help", 1),
    ("q", "quit", 1),
];

/// The status line's key hints while the library list has the focus.
pub const LIST_STATUS_HINTS: &[(&str, &str, u8)] = &[
    ("Enter", "open", 1),
    ("/", "search", 2),
    ("r", "refresh", 2),
    ("m", "read", 3),
    ("*", "star", 4),
    ("o", "browser", 4),
    ("?", "help", 1),
    ("q", "quit", 1),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_reachable_in_its_scope() {
        for bind in BINDINGS {
            let mode = match bind.scope {
                Reader | Global => Mode::Reader,
                Panel => Mode::Panel,
                List => Mode::List,
                Popup => Mode::Card,
                Search => Mode::Search,
            };
            for key in bind.keys {
                let got = action_for(mode, KeyEvent::from(*key));
                assert_eq!(got.as_ref(), Some(&bind.action), "{} in {mode:?}", bind.label);
            }
        }
    }

    #[test]
    fn typing_a_search_captures_letters_that_are_keys_elsewhere() {
        assert_eq!(
            action_for(Mode::Search, KeyEvent::from(Char('q'))),
            Some(Action::SearchType('q'))
        );
        assert_eq!(action_for(Mode::Reader, KeyEvent::from(Char('q'))), Some(Action::Quit));
    }
}
