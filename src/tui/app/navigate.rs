//! Moving through the text: scrolling, selecting mentions and going from one to the next,
//! switching articles (in the order of the source: the files given, or the library's list),
//! jumping to a span, and the kinds shown.

use super::{App, Source};
use crate::tui::action::Tab;
use crate::tui::doc::Doc;

impl App {
    /// Lines the text pane shows.
    pub fn text_height(&self) -> usize {
        usize::from(self.screen.text.height.max(1))
    }

    /// Lines one page scroll moves.
    pub(crate) fn page_height(&self) -> i32 {
        i32::try_from(self.text_height().saturating_sub(2).max(1)).unwrap_or(1)
    }

    /// The largest useful scroll: the last line at the bottom of the pane.
    pub fn max_scroll(&self) -> usize {
        self.layout.lines.len().saturating_sub(self.text_height())
    }

    pub(crate) fn set_scroll(&mut self, line: usize) {
        self.scroll = line.min(self.max_scroll());
    }

    /// Space / b: `pages` pages of the text.
    pub(crate) fn scroll_pages(&mut self, pages: i32) {
        let lines = pages.saturating_mul(self.page_height());
        self.set_scroll(self.scroll.saturating_add_signed(lines as isize));
    }

    /// Scrolls so byte offset `pos` is visible, a third of the way down if it was off screen.
    pub(crate) fn reveal(&mut self, pos: usize) {
        let line = self.layout.line_of(pos);
        let h = self.text_height();
        if line < self.scroll || line >= self.scroll + h {
            self.set_scroll(line.saturating_sub(h / 3));
        }
    }

    pub(crate) fn kind_shown(&self, mention: usize) -> bool {
        let Some(m) = self.doc().and_then(|d| d.mentions.get(mention)) else { return false };
        let toggled = crate::analysis::EntityKind::TOGGLED.iter().position(|k| *k == m.kind);
        toggled.is_none_or(|i| !self.hidden[i])
    }

    /// Selects mention `i` and scrolls it into view.
    pub(crate) fn select_mention(&mut self, i: usize) {
        let Some(start) = self.doc().and_then(|d| d.mentions.get(i)).map(|m| m.span.start) else {
            return;
        };
        self.selected = Some(i);
        self.mark = None;
        self.reveal(start);
    }

    /// Tab / Shift-Tab: the next highlighted mention after the selection, or from the top of the
    /// screen when nothing is selected; wraps around the article.
    pub(crate) fn cycle_mention(&mut self, dir: i32) {
        let Some(doc) = self.doc() else { return };
        let n = doc.mentions.len();
        if n == 0 {
            return self.set_message("no entities in this article", false);
        }
        let top = self.top_offset();
        let start = match (self.selected, dir > 0) {
            (Some(s), true) => s + 1,
            (Some(s), false) => s + n - 1,
            (None, true) => doc.mention_at_or_after(top),
            (None, false) => doc.mention_at_or_after(top) + n - 1,
        };
        let found = (0..n)
            .map(|k| if dir > 0 { (start + k) % n } else { (start + n - k % n) % n })
            .find(|&i| self.kind_shown(i));
        match found {
            Some(i) => self.select_mention(i),
            None => self.set_message("no highlighted mentions (1-6 toggle kinds)", false),
        }
    }

    /// n / N: the next search match while a search is active, else the next mention of the
    /// selected entity.
    pub(crate) fn next_occurrence(&mut self, dir: i32) {
        if !self.search.matches.is_empty() {
            return self.next_match(dir);
        }
        let (Some(sel), Some(doc)) = (self.selected, self.doc()) else {
            return self.set_message("select an entity first (Tab or a click)", false);
        };
        let Some(entity) = doc.mentions.get(sel).map(|m| m.entity) else { return };
        let same: Vec<usize> = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.entity == entity)
            .map(|(i, _)| i)
            .collect();
        let pos = same.iter().position(|&i| i == sel).unwrap_or(0);
        let len = same.len();
        let next = if dir > 0 { (pos + 1) % len } else { (pos + len - 1) % len };
        let label = format!("mention {} of {}", next + 1, len);
        if let Some(&i) = same.get(next) {
            self.select_mention(i);
            self.set_message(label, false);
        }
    }

    /// `]` / `[`: the next / previous article of the source.
    pub(crate) fn switch_article(&mut self, dir: i32) {
        if let Source::Library(_) = self.source {
            return self.switch_library_article(dir);
        }
        let Some(cur) = self.current else { return };
        let loaded = |i: &usize| matches!(self.docs.get(*i), Some(Doc::Loaded { .. }));
        let next = if dir > 0 {
            (cur + 1..self.docs.len()).find(loaded)
        } else {
            (0..cur).rev().find(loaded)
        };
        match next {
            Some(i) => {
                self.file_cursor = i;
                self.open_doc(i, None);
            }
            None => self.set_message(if dir > 0 { "last article" } else { "first article" }, false),
        }
    }

    /// Scrolls to `span`, selecting the mention that starts there and covers it, or else
    /// underlining the span.
    pub(crate) fn jump_to_span(&mut self, span: crate::analysis::Span) {
        let covering = self.doc().and_then(|d| {
            let i = d.mention_starting(span.start)?;
            (d.mentions.get(i)?.span.end >= span.end).then_some(i)
        });
        match covering {
            Some(i) => self.select_mention(i),
            None => {
                self.reveal(span.start);
                self.mark = Some(span);
            }
        }
    }

    pub(crate) fn toggle_kind(&mut self, i: usize) {
        if let Some(h) = self.hidden.get_mut(i) {
            *h = !*h;
        }
        if self.selected.is_some_and(|s| !self.kind_shown(s)) {
            self.selected = None;
        }
    }

    pub(crate) fn change_summary(&mut self, d: i32) {
        let max = self.doc().map_or(1, |doc| doc.analysis.sentences.len().max(1));
        self.summary_len = self.summary_len.saturating_add_signed(d as isize).clamp(1, max);
        self.tab = Tab::Summary;
        self.rebuild_panel(Tab::Summary);
    }
}
