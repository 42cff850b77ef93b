//! The caches `update` keeps for drawing: the screen areas, the current article wrapped at the
//! text pane's width (its plain text while the analysis runs, with its mentions after), the
//! layouts of the last few articles left (so going back to a 10 MB article does not wrap it
//! again), and each panel tab's rows; rebuilt on resize, article change, tab change, never while
//! drawing.

use super::{App, Focus};
use crate::tui::action::Tab;
use crate::tui::panel_rows::PanelRows;
use crate::tui::screen::Screen;
use crate::tui::text_layout::TextLayout;

impl App {
    /// Recomputes the screen areas and rebuilds the caches whose width changed, keeping the top
    /// line's byte offset on screen.
    pub(crate) fn relayout(&mut self) {
        let (w, h) = self.size;
        let list_w = if self.show_list { self.source.list_width() } else { 0 };
        self.screen = Screen::with_list(w, h, list_w, self.focus == Focus::Panel);
        let width = self.screen.text.width.max(1);
        let shown = self.current.and_then(|i| self.docs.get(i));
        let text = shown.and_then(|d| d.text());
        let new_text = self.layout.lines.is_empty() && text.is_some();
        if self.layout.width != width || new_text {
            let anchor = self.top_offset();
            let mentions = shown.and_then(|d| d.analysed()).map_or(&[][..], |a| &a.mentions);
            self.layout = text.map(|t| TextLayout::build(t, width, mentions)).unwrap_or_default();
            self.scroll = self.layout.line_of(anchor);
            self.set_scroll(self.scroll);
        }
        let panel_width = self.screen.panel_inner().map_or(30, |r| r.width);
        if new_text || panel_width != self.panels_width {
            self.panels_width = panel_width;
            for tab in Tab::ALL {
                self.rebuild_panel(tab);
            }
        }
    }

    /// Makes the next [`App::relayout`] rebuild every tab's rows (another article is shown).
    pub(crate) fn rebuild_panels(&mut self) {
        self.panels_width = u16::MAX;
    }

    /// Rebuilds one tab's rows (after a resize, an article change, a new summary length).
    pub(crate) fn rebuild_panel(&mut self, tab: Tab) {
        let rows = self
            .doc()
            .map(|d| PanelRows::build(tab, d, self.panels_width, self.summary_len))
            .unwrap_or_default();
        self.panels[tab.index()] = rows;
        let last = self.panel().items.len().saturating_sub(1);
        self.panel_cursor = self.panel_cursor.min(last);
    }

    /// The current tab's rows.
    pub(crate) fn panel(&self) -> &PanelRows {
        &self.panels[self.tab.index()]
    }

    /// The text on screen: the analysed one, or the article's own while the analysis runs.
    pub(crate) fn shown_text(&self) -> Option<&str> {
        self.current.and_then(|i| self.docs.get(i)).and_then(|d| d.text())
    }

    /// Byte offset of the first visible line.
    pub(crate) fn top_offset(&self) -> usize {
        self.layout.lines.get(self.scroll).map_or(0, |l| l.start)
    }
}

impl App {
    /// Rebuilds the text's layout and the panels from scratch (the analysis arrived), keeping
    /// the top line where it was.
    pub(crate) fn relayout_text(&mut self) {
        let top = self.top_offset();
        self.layout = TextLayout::default();
        self.relayout();
        self.scroll = self.layout.line_of(top);
        self.set_scroll(self.scroll);
    }
}

/// Layouts kept of articles left.
const KEPT_LAYOUTS: usize = 4;

/// The layouts of the articles last left: `(doc, built with its analysis, layout)`.
#[derive(Debug, Default)]
pub(crate) struct LayoutCache(Vec<(usize, bool, TextLayout)>);

impl LayoutCache {
    /// Keeps `layout` of doc `doc`, dropping the oldest beyond [`KEPT_LAYOUTS`].
    pub(crate) fn put(&mut self, doc: usize, analysed: bool, layout: TextLayout) {
        self.forget(doc);
        self.0.push((doc, analysed, layout));
        if self.0.len() > KEPT_LAYOUTS {
            self.0.remove(0);
        }
    }

    /// The kept layout of doc `doc`, if it was built in the same state (with or without its
    /// analysis).
    pub(crate) fn take(&mut self, doc: usize, analysed: bool) -> Option<TextLayout> {
        let i = self.0.iter().position(|(d, a, _)| *d == doc && *a == analysed)?;
        Some(self.0.remove(i).2)
    }

    pub(crate) fn forget(&mut self, doc: usize) {
        self.0.retain(|(d, ..)| *d != doc);
    }
}
