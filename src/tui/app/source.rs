//! What the reader was opened on, each its own state behind one [`super::App`]: files (with,
//! when one exists, a library opened read-only for the entity card's "In your library" rows),
//! or the library itself with its grouped list, search results and background refresh.

use crate::library::Store;
use crate::tui::library_view::{LibraryView, Lookup};
use crate::tui::screen::LIST_WIDTH;

/// The library list is at least this wide when shown (the file list is at least
/// [`LIST_WIDTH`]).
const LIBRARY_LIST_WIDTH: u16 = 34;

/// The reader's source, and the state that only it has.
#[derive(Debug)]
pub(crate) enum Source {
    /// Files and folders given on the command line (or the bundled sample).
    Files {
        /// An existing library, opened read-only, for entity cards.
        lookup: Option<Lookup>,
    },
    /// `newslens library`.
    Library(Box<LibraryView>),
}

impl Source {
    /// The library, when the reader was opened on it.
    pub fn library(&self) -> Option<&LibraryView> {
        match self {
            Source::Library(lib) => Some(lib),
            Source::Files { .. } => None,
        }
    }

    pub fn library_mut(&mut self) -> Option<&mut LibraryView> {
        match self {
            Source::Library(lib) => Some(lib),
            Source::Files { .. } => None,
        }
    }

    /// The library the entity card reads: the open one, or the read-only lookup beside files.
    pub fn store(&self) -> Option<&Store> {
        match self {
            Source::Library(lib) => Some(&lib.store),
            Source::Files { lookup } => lookup.as_ref().map(|l| &l.0),
        }
    }

    /// The width of the article list when it is shown on a terminal `width` columns wide: a
    /// share of the width, so titles get room on wide terminals; nearly half while the list
    /// has the keyboard (the side panel gives way), a quarter while the text is read.
    pub fn list_width(&self, width: u16, focused: bool) -> u16 {
        let least = match self {
            Source::Library(_) => LIBRARY_LIST_WIDTH,
            Source::Files { .. } => LIST_WIDTH,
        };
        let share = if focused { width * 9 / 20 } else { width / 4 };
        share.clamp(least, 120)
    }
}
