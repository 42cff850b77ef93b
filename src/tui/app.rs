//! The reader's whole state and [`App::update`], the only place it changes. What the reader was
//! opened on (files or the library) is a [`Source`], each with its own state; what the keys act
//! on is decided by the keymap from [`App::context`], so `update` applies actions without
//! working the context out again. Rendering reads an `&App`; caches (the wrapped text, the
//! panel rows) are rebuilt here, on resize, article change and tab change, never while drawing.

mod analysis;
mod card;
mod click;
mod feeds;
mod files;
mod focus;
mod history;
mod layout;
mod library;
mod links;
mod navigate;
mod panel;
mod popup;
mod search;
mod source;
mod update;

pub(crate) use card::{Card, CardRow};
pub(crate) use feeds::Prompt;
pub(crate) use history::Place;
pub(crate) use search::{find_all, Search};
pub(crate) use source::Source;

use super::action::Tab;
use super::doc::{Analysed, Doc};
use super::jobs::Jobs;
use super::keymap::{Context, FocusKind, Keymap, Mode, PopupKind};
use super::panel_rows::PanelRows;
use super::screen::Screen;
use super::text_layout::TextLayout;
use crate::analysis::{Span, DEFAULT_SUMMARY_LEN};
use crate::article::{Article, LoadError};
use crossterm::event::KeyEvent;

/// Which pane has the keyboard focus when no popup is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Focus {
    Text,
    Panel,
    /// The library's article list (library mode only).
    List,
}

/// A window drawn over the reader.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Popup {
    Help { scroll: usize },
    Card(Card),
}

/// A message for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Message {
    pub text: String,
    pub is_error: bool,
}

/// Everything the reader knows.
#[derive(Debug)]
pub struct App {
    pub(crate) docs: Vec<Doc>,
    /// Index into `docs` of the article shown (always a loaded one), if any loaded.
    pub(crate) current: Option<usize>,
    /// The terminal size (columns, rows).
    pub(crate) size: (u16, u16),
    pub(crate) screen: Screen,
    /// The current article wrapped at the text pane's width.
    pub(crate) layout: TextLayout,
    /// Each tab's rows (by [`Tab::index`]) at the panel's width, built once per article/width.
    pub(crate) panels: [PanelRows; 3],
    /// The panel width the rows were built for.
    panels_width: u16,
    /// Index of the top visible line of `layout`.
    pub(crate) scroll: usize,
    /// The selected mention (index into the current article's shown mentions).
    pub(crate) selected: Option<usize>,
    /// A stretch of text the reader jumped to from the panel, underlined until the next move.
    pub(crate) mark: Option<Span>,
    pub(crate) tab: Tab,
    pub(crate) focus: Focus,
    /// Item index of the panel cursor.
    pub(crate) panel_cursor: usize,
    pub(crate) popup: Option<Popup>,
    pub(crate) show_list: bool,
    /// Highlighting switched off, per [`crate::analysis::EntityKind::TOGGLED`] kind.
    pub(crate) hidden: [bool; 6],
    pub(crate) summary_len: usize,
    pub(crate) search: Search,
    pub(crate) message: Option<Message>,
    pub(crate) should_quit: bool,
    /// Files or the library, with what only that source has.
    pub(crate) source: Source,
    /// The layouts of the articles last left.
    pub(crate) layouts: layout::LayoutCache,
    /// Analyses running on worker threads.
    pub(crate) jobs: Jobs,
    /// Articles up to this many bytes are analysed at once, longer ones on a worker.
    pub(crate) inline_bytes: usize,
    /// A worker failed (a bug): the event loop ends the reader with this message.
    pub(crate) fatal: Option<String>,
    /// Colours and marks, from the configuration and the terminal.
    pub(crate) theme: super::theme::Theme,
    /// The key table in use (the configuration's remaps applied).
    pub(crate) keymap: Keymap,
    /// A question or a name asked for in the status line.
    pub(crate) prompt: Option<Prompt>,
    /// Where the reader was before each card jump or article change (`h` goes back).
    pub(crate) history: Vec<Place>,
    /// The file list's cursor (files only; the library's list keeps its own).
    pub(crate) file_cursor: usize,
    /// Escape sequences for the terminal that are not drawing (OSC 52 copies), written by the
    /// event loop between frames.
    pub(crate) terminal_out: Vec<String>,
    /// The browser command from the configuration (else `$BROWSER`, else the platform's).
    pub(crate) browser: Option<String>,
    /// One pane at a time, full width: the list while it has the keys, else the article.
    pub(crate) one_pane: bool,
}

impl App {
    /// Builds the reader for a `width` x `height` terminal and analyses the first article.
    pub fn new(items: Vec<Result<Article, LoadError>>, width: u16, height: u16) -> Self {
        Self::from_docs(items.into_iter().map(Doc::new).collect(), width, height)
    }

    /// Builds the reader on items whose analysis may already be stored (see
    /// [`Doc::set_analysis`]); the first loaded one is analysed now if it is not.
    pub(crate) fn from_docs(docs: Vec<Doc>, width: u16, height: u16) -> Self {
        Self::from_docs_with(docs, width, height, analysis::INLINE_BYTES)
    }

    /// [`App::from_docs`], analysing on a worker every article longer than `inline_bytes`.
    pub(crate) fn from_docs_with(
        docs: Vec<Doc>,
        width: u16,
        height: u16,
        inline_bytes: usize,
    ) -> Self {
        let failed: Vec<&LoadError> = docs
            .iter()
            .filter_map(|d| if let Doc::Failed(e) = d { Some(e) } else { None })
            .collect();
        let message = failed.first().map(|first| Message {
            text: match failed.len() {
                1 => format!("could not load {first}"),
                n => format!("{n} files could not be loaded (l: list); {first}"),
            },
            is_error: true,
        });
        let any_failed = !failed.is_empty();
        let current = docs.iter().position(|d| d.article().is_some());
        let mut app = App {
            docs,
            current,
            size: (width, height),
            screen: Screen::compute(width, height, false, false),
            layout: TextLayout::default(),
            panels: Default::default(),
            panels_width: 0,
            scroll: 0,
            selected: None,
            mark: None,
            tab: Tab::Facts,
            focus: Focus::Text,
            panel_cursor: 0,
            popup: None,
            show_list: any_failed && current.is_none(),
            hidden: [false; 6],
            summary_len: DEFAULT_SUMMARY_LEN,
            search: Search::default(),
            message,
            should_quit: false,
            source: Source::Files { lookup: None },
            layouts: Default::default(),
            jobs: Jobs::default(),
            inline_bytes,
            fatal: None,
            theme: Default::default(),
            keymap: Keymap::default(),
            prompt: None,
            history: Vec::new(),
            file_cursor: current.unwrap_or(0),
            terminal_out: Vec::new(),
            browser: None,
            one_pane: false,
        };
        if let Some(i) = current {
            app.open_doc(i, None);
        }
        app.relayout();
        app
    }

    /// The current article's analysis, if an article is shown.
    pub(crate) fn doc(&self) -> Option<&Analysed> {
        self.current.and_then(|i| self.docs.get(i)).and_then(Doc::analysed)
    }

    /// The library, when the reader was opened on it.
    pub(crate) fn library(&self) -> Option<&crate::tui::library_view::LibraryView> {
        self.source.library()
    }

    /// What the key context is decided from.
    pub(crate) fn context(&self) -> Context {
        Context {
            typing: self.search.input.is_some(),
            prompt: self.prompt.is_some(),
            popup: self.popup.as_ref().map(|p| match p {
                Popup::Help { .. } => PopupKind::Help,
                Popup::Card(_) => PopupKind::Card,
            }),
            focus: match self.focus {
                Focus::Text => FocusKind::Text,
                Focus::Panel => FocusKind::Panel,
                Focus::List => FocusKind::List,
            },
        }
    }

    /// Which bindings apply now.
    pub(crate) fn mode(&self) -> Mode {
        self.context().mode()
    }

    /// Looks the key up in the keymap for the current mode and applies it.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(action) = self.keymap.action_for(self.mode(), key) {
            self.update(action);
        }
    }

    pub(crate) fn set_message(&mut self, text: impl Into<String>, is_error: bool) {
        self.message = Some(Message { text: text.into(), is_error });
    }
}
