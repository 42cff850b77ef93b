//! Back, as in a browser: before the reader follows an entity card (to a mention, another open
//! article or a library article), a panel row, or opens another article from a list, it
//! remembers where it was; `h` / Backspace returns there, the article, its place and the
//! selected mention as they were.

use super::{App, Focus};

/// Places remembered at most.
const KEPT: usize = 50;

/// Where the reader was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// Index into `docs` of the article shown.
    pub doc: usize,
    /// Byte offset of the top line.
    pub top: usize,
    pub selected: Option<usize>,
}

impl App {
    /// Remembers the article and place on screen, if any, for [`App::go_back`].
    pub(crate) fn remember_place(&mut self) {
        let Some(doc) = self.current else { return };
        let place = Place { doc, top: self.top_offset(), selected: self.selected };
        if self.history.last() != Some(&place) {
            self.history.push(place);
        }
        if self.history.len() > KEPT {
            self.history.remove(0);
        }
    }

    /// `h` / Backspace: back to the last place remembered.
    pub(crate) fn go_back(&mut self) {
        let Some(place) = self.history.pop() else {
            return self.set_message("nothing to go back to", false);
        };
        if self.current != Some(place.doc) {
            self.open_doc(place.doc, Some(place.top));
            if let Some(lib) = self.source.library_mut() {
                let id = lib.opened.iter().find(|(_, &i)| i == place.doc).map(|(&id, _)| id);
                lib.current_id = id.or(lib.current_id);
            }
        }
        self.popup = None;
        self.focus = Focus::Text;
        self.relayout();
        self.set_scroll(self.layout.line_of(place.top));
        self.selected = place.selected;
        self.mark = None;
        let left = self.history.len();
        self.set_message(format!("back ({left} more to go back to)"), false);
    }
}
