//! The caches `update` keeps for drawing: the screen areas, the current article wrapped at the
//! text pane's width (its plain text while the analysis runs, with its mentions after), the
//! layouts of the last few articles left (so going back to a 10 MB article does not wrap it
//! again), and each panel tab's rows; rebuilt on resize, article change, tab change, never while
//! drawing.

use super::{App, Focus};
use crate::tui::action::Tab;
use crate::tui::panel_rows::PanelRows;
use crate::tui::screen::{Screen, FULL_WIDTH};
use crate::tui::text_layout::TextLayout;

impl App {
    /// Recomputes the screen areas and rebuilds the caches whose width changed, keeping the top
    /// line's byte offset on screen.
    pub(crate) fn relayout(&mut self) {
        self.relayout_at(None);
    }

    /// [`App::relayout`], keeping byte offset `at` (else the top line's) on screen when the
    /// text is wrapped again.
    pub(crate) fn relayout_at(&mut self, at: Option<usize>) {
        let (w, h) = self.size;
        let focused = self.focus == Focus::List;
        let list_w = match (self.show_list, self.one_pane, focused) {
            (false, ..) => 0,
            (true, true, true) => FULL_WIDTH,
            (true, true, false) => 0,
            (true, false, _) => self.source.list_width(w, focused),
        };
        self.screen = Screen::with_list(w, h, list_w, self.focus == Focus::Panel);
        if self.screen.text.width == 0 && self.one_pane {
            // The list has the whole width: the text keeps its layout for when it comes back.
            return;
        }
        let width = self.screen.text.width.max(1);
        let new_text = self.layout.lines.is_empty() && self.shown_text().is_some();
        if self.layout.width != width || new_text {
            let anchor = at.unwrap_or_else(|| self.top_offset());
            self.layout = self.lay_out(width, anchor);
            self.scroll = self.layout.line_of(anchor);
            self.set_scroll(self.scroll);
        }
        self.set_scroll(self.scroll);
        let panel_width = self.screen.panel_inner().map_or(30, |r| r.width);
        if new_text || panel_width != self.panels_width {
            self.panels_width = panel_width;
            for tab in Tab::ALL {
                self.rebuild_panel(tab);
            }
        }
    }

    /// `z`: one pane at a time (the list while it has the keys, then the article), or back to
    /// the panes side by side.
    pub(crate) fn toggle_one_pane(&mut self) {
        self.one_pane = !self.one_pane;
        if self.one_pane && self.current.is_none() {
            self.show_list = true;
            self.focus = Focus::List;
        }
        let text =
            if self.one_pane { "one pane at a time (z: side by side)" } else { "side by side" };
        self.set_message(text, false);
        self.relayout();
    }

    /// Makes the next [`App::relayout`] rebuild every tab's rows (another article is shown).
    pub(crate) fn rebuild_panels(&mut self) {
        self.panels_width = u16::MAX;
    }

    /// Rebuilds one tab's rows (after a resize, an article change, a new summary length).
    pub(crate) fn rebuild_panel(&mut self, tab: Tab) {
        let rows = self
            .doc()
            .map(|d| PanelRows::build(tab, d, self.panels_width, self.summary_len, &self.theme))
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
    /// Rebuilds the text's layout and the panels (the analysis arrived), keeping the top line
    /// where it was. A big text keeps its plain layout until the worker has wrapped it again
    /// with its mentions.
    pub(crate) fn relayout_text(&mut self) {
        let big = self.shown_text().is_some_and(|t| t.len() > self.inline_layout_bytes());
        let width = self.layout.width;
        let source = self.current.and_then(|i| Some((i, self.docs.get(i)?.layout_source()?)));
        if let (true, Some((i, source))) = (big, source) {
            if self.jobs.lay_out(i, width, source) {
                self.rebuild_panels();
                return self.relayout();
            }
        }
        let top = self.top_offset();
        self.layout = TextLayout::default();
        self.relayout();
        self.scroll = self.layout.line_of(top);
        self.set_scroll(self.scroll);
    }

    /// Asks the layout worker for the whole of the current text at the layout's width (a
    /// partial layout was kept from before).
    pub(crate) fn request_layout(&mut self) {
        let width = self.layout.width;
        let source = self.current.and_then(|i| Some((i, self.docs.get(i)?.layout_source()?)));
        if let Some((i, source)) = source {
            self.jobs.lay_out(i, width, source);
        }
    }

    /// Texts up to this size are wrapped at once.
    fn inline_layout_bytes(&self) -> usize {
        self.inline_bytes.saturating_mul(LAYOUT_FACTOR)
    }

    /// The current text wrapped at `width`: all of it when it is small; else the part around
    /// byte offset `anchor`, the whole being wrapped on the layout worker meanwhile.
    fn lay_out(&mut self, width: u16, anchor: usize) -> TextLayout {
        let Some(i) = self.current else { return TextLayout::default() };
        let Some(doc) = self.docs.get(i) else { return TextLayout::default() };
        let Some(text) = doc.text() else { return TextLayout::default() };
        let mentions = doc.analysed().map_or(&[][..], |a| &a.mentions);
        if text.len() > self.inline_layout_bytes() {
            if let Some(source) = doc.layout_source() {
                if self.jobs.lay_out(i, width, source) {
                    return TextLayout::build_range(text, window(text, anchor), width, mentions);
                }
            }
        }
        TextLayout::build(text, width, mentions)
    }

    /// A layout from the worker: shown if it is for the article, width and analysis on screen
    /// (keeping the top line), kept for later if it is for an article not shown.
    pub(crate) fn take_layout(
        &mut self,
        (doc, width, analysed): (usize, u16, bool),
        layout: TextLayout,
    ) {
        let same_state = self.docs.get(doc).is_some_and(|d| d.analysed().is_some() == analysed);
        if !same_state {
            return;
        }
        if self.current != Some(doc) {
            return self.layouts.put(doc, analysed, layout);
        }
        if self.layout.width == width {
            let top = self.top_offset();
            self.layout = layout;
            self.scroll = self.layout.line_of(top);
            self.set_scroll(self.scroll);
        }
    }
}

/// Texts up to this many times [`App::inline_bytes`] (256 KB, about 12 ms) are wrapped at once;
/// bigger ones on the layout worker.
const LAYOUT_FACTOR: usize = 4;
/// Of a big text, this much before and after the top line is wrapped at once.
const WINDOW_BEFORE: usize = 8 * 1024;
const WINDOW_AFTER: usize = 32 * 1024;

/// The whole lines of `text` within a window around byte offset `at`.
fn window(text: &str, at: usize) -> std::ops::Range<usize> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(at.saturating_sub(WINDOW_BEFORE));
    let hi = floor(at.saturating_add(WINDOW_AFTER));
    let start = text.get(..lo).and_then(|t| t.rfind('\n')).map_or(0, |p| p + 1);
    let end = text.get(hi..).and_then(|t| t.find('\n')).map_or(text.len(), |p| hi + p);
    start..end.max(start)
}

/// Layouts kept of articles left.
const KEPT_LAYOUTS: usize = 4;

/// The layouts of the articles last left: `(doc, built with its analysis, layout)`. A partial
/// one is kept too, and the whole asked for again when it is shown.
#[derive(Debug, Default)]
pub(crate) struct LayoutCache(Vec<(usize, bool, TextLayout)>);

impl LayoutCache {
    /// Keeps `layout` of doc `doc`, dropping the oldest beyond [`KEPT_LAYOUTS`].
    pub(crate) fn put(&mut self, doc: usize, analysed: bool, layout: TextLayout) {
        self.forget(doc);
        if layout.lines.is_empty() {
            return;
        }
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
