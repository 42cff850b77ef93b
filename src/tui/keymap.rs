//! The one key table of the reader and the key context. [`Mode`] is decided here, once per
//! event, from a [`Context`] of the app; every binding carries the scope it applies in and,
//! where one key means two things in one scope, a condition ([`When`]), as atuin's keybindings
//! do. [`BINDINGS`] is the table as shipped; the reader uses a [`Keymap`] made from it with the
//! configuration's remaps applied ([`remap`]). Key handling ([`Keymap::action_for`]), the mouse
//! wheel ([`wheel`]), the status line's hints and the `?` help overlay ([`Keymap::help_rows`])
//! all read that one keymap, so `update` never works the context out again and the help can
//! never disagree with the keys.

mod bindings;
mod remap;

pub(crate) use bindings::{BINDINGS, FILE_LIST_STATUS_HINTS, LIST_STATUS_HINTS, STATUS_HINTS};
pub(crate) use remap::Keymap;

use super::action::Action;
use crossterm::event::KeyCode;

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
    /// Answering a question or typing a name in the status line (remove, rename).
    Prompt,
}

/// The part of the app state the key context is decided from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context {
    /// A search query is being typed.
    pub typing: bool,
    /// A question or a name is being asked for in the status line.
    pub prompt: bool,
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
        if self.prompt {
            return Mode::Prompt;
        }
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
    /// Everywhere except while typing; acts on the library (`newslens library`).
    Library,
    /// Everywhere except while typing a search.
    Global,
}

impl Mode {
    /// Whether letters are typed into the status line (a search, a name, an answer).
    pub fn is_typing(self) -> bool {
        matches!(self, Mode::Search | Mode::ListSearch | Mode::Prompt)
    }
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Scope::Reader => "Reading",
            Scope::Panel => "Side panel (after p)",
            Scope::List => "Article list (after l)",
            Scope::Popup => "Entity card and help",
            Scope::Search => "Typing a search",
            Scope::Library => "Library (newslens library)",
            Scope::Global => "Anywhere",
        }
    }

    pub(crate) fn applies(self, mode: Mode) -> bool {
        match self {
            Scope::Reader => mode == Mode::Reader,
            Scope::Panel => mode == Mode::Panel,
            Scope::List => mode == Mode::List,
            Scope::Popup => matches!(mode, Mode::Card | Mode::Help),
            Scope::Search => mode.is_typing(),
            Scope::Library | Scope::Global => !mode.is_typing(),
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
    pub(crate) fn holds(self, mode: Mode) -> bool {
        match self {
            When::Always => true,
            When::In(m) => m == mode,
        }
    }
}

/// One row of the key table. A row with an empty `help` is not listed in the help (it is the
/// conditional twin of a listed row).
pub(crate) struct Binding {
    /// What the configuration's `[keys]` table calls it.
    pub name: &'static str,
    pub scope: Scope,
    pub when: When,
    pub keys: &'static [KeyCode],
    /// How the keys are written in the help overlay.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
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
        Mode::Reader | Mode::Panel | Mode::Search | Mode::ListSearch | Mode::Prompt => {
            Action::ScrollLines(sign * WHEEL_LINES)
        }
    }
}

/// The scopes in the order the help overlay lists them.
pub(crate) const HELP_ORDER: [Scope; 7] = [
    Scope::Reader,
    Scope::Panel,
    Scope::List,
    Scope::Popup,
    Scope::Search,
    Scope::Global,
    Scope::Library,
];

/// The key table as Markdown, section by section, for the README (a test keeps them equal).
#[cfg(test)]
pub(crate) fn markdown_table() -> String {
    let mut out = String::from("| Keys | Where | What it does |\n|---|---|---|\n");
    for (scope, keys, help) in Keymap::default().help_rows(&HELP_ORDER) {
        let keys = keys.split(' ').map(|k| format!("`{k}`")).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("| {keys} | {} | {help} |\n", scope.title()));
    }
    out
}

#[cfg(test)]
mod tests;
