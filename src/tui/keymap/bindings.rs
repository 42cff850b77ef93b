//! The key table itself, grouped by scope in the order the help shows them, and the status
//! line's short key hints. Scope-specific rows come before global ones, so that `j` moves the
//! card's cursor while the card is open and `t` there shows the entity's timeline.

use super::{Binding, Mode, Scope, When};
use crate::tui::action::{Action, Tab};
use crossterm::event::KeyCode;

const fn b(
    scope: Scope,
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding { scope, when: When::Always, keys, label, action, help }
}

/// A row that applies only in `mode`, listed in the help when `help` is not empty.
const fn only(
    mode: Mode,
    scope: Scope,
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding { scope, when: When::In(mode), keys, label, action, help }
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab as TabKey, Up,
};
use Scope::{Global, List, Panel, Popup, Reader, Search};

/// Every key binding.
pub(crate) const BINDINGS: &[Binding] = &[
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
    b(Panel, &[Char('j'), Down], "j ↓", Action::PanelCursor(1), "next row"),
    b(Panel, &[Char('k'), Up], "k ↑", Action::PanelCursor(-1), "previous row"),
    b(Panel, &[Enter], "Enter", Action::PanelActivate, "jump to it in the text"),
    b(List, &[Char('j'), Down], "j ↓", Action::ListCursor(1), "next article"),
    b(List, &[Char('k'), Up], "k ↑", Action::ListCursor(-1), "previous article"),
    b(List, &[Char(' '), PageDown], "space PgDn", Action::ListPages(1), "a page down"),
    b(List, &[Char('b'), PageUp], "b PgUp", Action::ListPages(-1), "a page up"),
    b(List, &[Char('g'), Home], "g Home", Action::ListTop, "first article"),
    b(List, &[Char('G'), End], "G End", Action::ListBottom, "last article (loads the oldest page)"),
    b(List, &[Enter], "Enter", Action::ListActivate, "open the article (or load more)"),
    b(List, &[Char('/')], "/", Action::StartSearch, "search the whole library; Esc: back"),
    b(Popup, &[Char('j'), Down], "j ↓", Action::PopupLines(1), "next row"),
    b(Popup, &[Char('k'), Up], "k ↑", Action::PopupLines(-1), "previous row"),
    b(Popup, &[Char(' '), PageDown], "space PgDn", Action::PopupPages(1), "a page down"),
    b(Popup, &[Char('b'), PageUp], "b PgUp", Action::PopupPages(-1), "a page up"),
    b(Popup, &[Char('g'), Home], "g Home", Action::PopupEnd(false), "first row"),
    b(Popup, &[Char('G'), End], "G End", Action::PopupEnd(true), "last row"),
    b(
        Popup,
        &[Enter],
        "Enter",
        Action::PopupActivate,
        "jump to the mention (or open that article)",
    ),
    b(Popup, &[Char('t')], "t", Action::CardTimeline, "the entity's timeline across the library"),
    only(Mode::ListSearch, Search, &[Enter], "Enter", Action::SearchLibrary, ""),
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

/// The short key hints of the status line, in display order, with their priority (1 = shown
/// first when the line is short of room).
pub(crate) const STATUS_HINTS: &[(&str, &str, u8)] = &[
    ("Tab", "entity", 1),
    ("n", "mention", 3),
    ("Enter", "card", 2),
    ("p", "panel", 4),
    ("/", "search", 5),
    ("?", "help", 1),
    ("q", "quit", 1),
];

/// The status line's key hints while the library list has the focus.
pub(crate) const LIST_STATUS_HINTS: &[(&str, &str, u8)] = &[
    ("Enter", "open", 1),
    ("/", "search", 2),
    ("r", "refresh", 2),
    ("m", "read", 3),
    ("*", "star", 4),
    ("o", "browser", 4),
    ("?", "help", 1),
    ("q", "quit", 1),
];
