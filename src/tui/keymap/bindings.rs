//! The key table itself, grouped by scope in the order the help shows them, and the status
//! line's short key hints. Scope-specific rows come before global ones, so that `j` moves the
//! card's cursor while the card is open and `t` there shows the entity's timeline. Each row has
//! a name, which the configuration's `[keys]` table uses to give it other keys.

use super::{Binding, Mode, Scope, When};
use crate::tui::action::{Action, Tab};
use crossterm::event::KeyCode;

const fn b(
    name: &'static str,
    scope: Scope,
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding { name, scope, when: When::Always, keys, label, action, help }
}

/// A row that applies only in `mode`, listed in the help when `help` is not empty.
const fn only(
    name: &'static str,
    mode: Mode,
    scope: Scope,
    keys: &'static [KeyCode],
    action: Action,
) -> Binding {
    Binding { name, scope, when: When::In(mode), keys, label: "", action, help: "" }
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab as TabKey, Up,
};
use Scope::{Global, Library, List, Panel, Popup, Reader, Search};

/// Every key binding.
#[rustfmt::skip]
pub(crate) const BINDINGS: &[Binding] = &[
    b("scroll_down", Reader, &[Char('j'), Down], "j ↓", Action::ScrollLines(1), "scroll down a line"),
    b("scroll_up", Reader, &[Char('k'), Up], "k ↑", Action::ScrollLines(-1), "scroll up a line"),
    b("page_down", Reader, &[Char(' '), PageDown], "space PgDn", Action::ScrollPages(1), "page down"),
    b("page_up", Reader, &[Char('b'), PageUp], "b PgUp", Action::ScrollPages(-1), "page up"),
    b("top", Reader, &[Char('g'), Home], "g Home", Action::Top, "go to the top"),
    b("bottom", Reader, &[Char('G'), End], "G End", Action::Bottom, "go to the bottom"),
    b("next_entity", Reader, &[TabKey], "Tab", Action::CycleMention(1), "select the next entity mention"),
    b("previous_entity", Reader, &[BackTab], "Shift-Tab", Action::CycleMention(-1), "select the previous mention"),
    b("next_mention", Reader, &[Char('n')], "n", Action::NextOccurrence(1), "next mention of it (or search match)"),
    b("previous_mention", Reader, &[Char('N')], "N", Action::NextOccurrence(-1), "previous mention (or match)"),
    b("card", Reader, &[Enter], "Enter", Action::OpenCard, "open the selected entity's card"),
    b("search", Reader, &[Char('/')], "/", Action::StartSearch, "search the text as you type"),
    b("panel_down", Panel, &[Char('j'), Down], "j ↓", Action::PanelCursor(1), "next row"),
    b("panel_up", Panel, &[Char('k'), Up], "k ↑", Action::PanelCursor(-1), "previous row"),
    b("panel_page_down", Panel, &[Char(' '), PageDown], "space PgDn", Action::PanelPages(1), "a page down"),
    b("panel_page_up", Panel, &[Char('b'), PageUp], "b PgUp", Action::PanelPages(-1), "a page up"),
    b("panel_top", Panel, &[Char('g'), Home], "g Home", Action::PanelEnd(false), "first row"),
    b("panel_bottom", Panel, &[Char('G'), End], "G End", Action::PanelEnd(true), "last row"),
    b("panel_jump", Panel, &[Enter], "Enter", Action::PanelActivate, "jump to it in the text"),
    b("list_down", List, &[Char('j'), Down], "j ↓", Action::ListCursor(1), "next article"),
    b("list_up", List, &[Char('k'), Up], "k ↑", Action::ListCursor(-1), "previous article"),
    b("list_page_down", List, &[Char(' '), PageDown], "space PgDn", Action::ListPages(1), "a page down"),
    b("list_page_up", List, &[Char('b'), PageUp], "b PgUp", Action::ListPages(-1), "a page up"),
    b("list_top", List, &[Char('g'), Home], "g Home", Action::ListTop, "first article"),
    b("list_bottom", List, &[Char('G'), End], "G End", Action::ListBottom, "last article"),
    b("list_open", List, &[Enter], "Enter", Action::ListActivate, "open the article (or load more)"),
    b("list_search", List, &[Char('/')], "/", Action::StartSearch, "find a title; on the library: search"),
    b("popup_down", Popup, &[Char('j'), Down], "j ↓", Action::PopupLines(1), "next row"),
    b("popup_up", Popup, &[Char('k'), Up], "k ↑", Action::PopupLines(-1), "previous row"),
    b("popup_page_down", Popup, &[Char(' '), PageDown], "space PgDn", Action::PopupPages(1), "a page down"),
    b("popup_page_up", Popup, &[Char('b'), PageUp], "b PgUp", Action::PopupPages(-1), "a page up"),
    b("popup_top", Popup, &[Char('g'), Home], "g Home", Action::PopupEnd(false), "first row"),
    b("popup_bottom", Popup, &[Char('G'), End], "G End", Action::PopupEnd(true), "last row"),
    b("card_jump", Popup, &[Enter], "Enter", Action::PopupActivate, "jump to the mention (or article)"),
    b("card_timeline", Popup, &[Char('t')], "t", Action::CardTimeline, "timeline across the library"),
    only("search_library", Mode::ListSearch, Search, &[Enter], Action::SearchLibrary),
    only("prompt_answer", Mode::Prompt, Search, &[Enter], Action::PromptConfirm),
    b("search_done", Search, &[Enter], "Enter", Action::SearchConfirm, "keep the matches (n / N move)"),
    b("search_delete", Search, &[Backspace], "Backspace", Action::SearchBackspace, "delete a character"),
    b("search_cancel", Search, &[Esc], "Esc", Action::Close, "cancel, back where it began"),
    b("focus_panel", Global, &[Char('p')], "p", Action::ToggleFocus, "focus the side panel / the text"),
    b("facts", Global, &[Char('f')], "f", Action::ShowTab(Tab::Facts), "Facts tab"),
    b("timeline", Global, &[Char('t')], "t", Action::ShowTab(Tab::Timeline), "Timeline tab"),
    b("summary", Global, &[Char('s')], "s", Action::ShowTab(Tab::Summary), "Summary tab"),
    b("longer_summary", Global, &[Char('+'), Char('=')], "+", Action::SummaryLength(1), "longer summary"),
    b("shorter_summary", Global, &[Char('-')], "-", Action::SummaryLength(-1), "shorter summary"),
    b("next_article", Global, &[Char(']')], "]", Action::SwitchArticle(1), "next article"),
    b("previous_article", Global, &[Char('[')], "[", Action::SwitchArticle(-1), "previous article"),
    b("back", Global, &[Char('h'), Backspace], "h ⌫", Action::Back, "back where you were (as in a browser)"),
    b("list", Global, &[Char('l')], "l", Action::ToggleList, "focus the article list / the text"),
    b("one_pane", Global, &[Char('z')], "z", Action::OnePane, "one pane at a time, full width"),
    b("next_unread", Library, &[Char('u')], "u", Action::NextUnread, "next unread article, across feeds"),
    b("refresh", Library, &[Char('r')], "r", Action::Refresh, "refresh every feed (in the background)"),
    b("refresh_feed", Library, &[Char('R')], "R", Action::RefreshFeed, "refresh this feed only"),
    b("toggle_read", Library, &[Char('m')], "m", Action::ToggleRead, "mark the article read / unread"),
    b("feed_read", Library, &[Char('A')], "A", Action::MarkFeedRead, "mark the whole feed read"),
    b("all_read", Library, &[Char('C')], "C", Action::MarkAllRead, "mark everything read (asks)"),
    b("star", Library, &[Char('*')], "*", Action::ToggleStar, "star / unstar"),
    b("rename_feed", Library, &[Char('e')], "e", Action::RenameFeed, "rename the feed"),
    b("remove_feed", Library, &[Char('D')], "D", Action::RemoveFeed, "remove the feed (asks)"),
    b("open_browser", Global, &[Char('o')], "o", Action::OpenUrl, "open the address in the browser"),
    b("show_url", Global, &[Char('U')], "U", Action::ShowUrl, "show the article's address"),
    b("copy_url", Global, &[Char('y')], "y", Action::CopyUrl, "copy the address (OSC 52)"),
    b("people", Global, &[Char('1')], "1", Action::ToggleKind(0), "highlight people on / off"),
    b("organizations", Global, &[Char('2')], "2", Action::ToggleKind(1), "highlight organizations"),
    b("places", Global, &[Char('3')], "3", Action::ToggleKind(2), "highlight places"),
    b("groups", Global, &[Char('4')], "4", Action::ToggleKind(3), "highlight groups"),
    b("dates", Global, &[Char('5')], "5", Action::ToggleKind(4), "highlight dates"),
    b("numbers", Global, &[Char('6')], "6", Action::ToggleKind(5), "highlight numbers"),
    b("help", Global, &[Char('?')], "?", Action::Help, "this help"),
    b("close", Global, &[Esc], "Esc", Action::Close, "close popup / end search / back to text"),
    b("quit", Global, &[Char('q')], "q", Action::Quit, "quit"),
];

/// A hint of the status line: the binding whose keys it shows, what it says, its priority
/// (1 = shown first when the line is short of room).
pub(crate) type Hint = (&'static str, &'static str, u8);

/// The short key hints of the status line, in display order.
pub(crate) const STATUS_HINTS: &[Hint] = &[
    ("next_entity", "entity", 2),
    ("next_mention", "mention", 4),
    ("card", "card", 3),
    ("focus_panel", "panel", 5),
    ("search", "search", 5),
    ("help", "help", 1),
    ("quit", "quit", 1),
];

/// The status line's key hints while the library list has the focus.
pub(crate) const LIST_STATUS_HINTS: &[Hint] = &[
    ("list_open", "open", 2),
    ("list_search", "search", 3),
    ("refresh", "refresh", 3),
    ("next_unread", "unread", 4),
    ("toggle_read", "read", 4),
    ("star", "star", 5),
    ("open_browser", "browser", 5),
    ("help", "help", 1),
    ("quit", "quit", 1),
];

/// The status line's key hints while the file list has the focus.
pub(crate) const FILE_LIST_STATUS_HINTS: &[Hint] = &[
    ("list_open", "open", 2),
    ("list_search", "find", 3),
    ("list", "back", 3),
    ("help", "help", 1),
    ("quit", "quit", 1),
];
