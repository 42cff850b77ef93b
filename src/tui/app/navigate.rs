//! Moving around: scrolling, selecting mentions, switching articles and tabs, the panel cursor,
//! and mouse clicks.

use super::{App, Focus, Popup};
use crate::tui::action::Tab;
use crate::tui::doc::Doc;
use crate::tui::panel_rows::Target;
use crate::tui::screen::contains;
use crate::tui::widgets::{article_list, side_panel};

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

    pub(crate) fn scroll_lines(&mut self, n: i32) {
        match &mut self.popup {
            Some(Popup::Help { .. }) => self.popup_lines(n),
            Some(Popup::Card(_)) => self.move_cursor(n.signum()),
            None => self.set_scroll(self.scroll.saturating_add_signed(n as isize)),
        }
    }

    /// Scrolls so byte offset `pos` is visible, a third of the way down if it was off screen.
    pub(crate) fn reveal(&mut self, pos: usize) {
        let line = self.layout.line_of(pos);
        let h = self.text_height();
        if line < self.scroll || line >= self.scroll + h {
            self.set_scroll(line.saturating_sub(h / 3));
        }
    }

    fn kind_shown(&self, mention: usize) -> bool {
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

    pub(crate) fn switch_article(&mut self, dir: i32) {
        if self.library.is_some() {
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
            Some(i) => self.open_doc(i, None),
            None => self.set_message(if dir > 0 { "last article" } else { "first article" }, false),
        }
    }

    pub(crate) fn show_tab(&mut self, tab: Tab) {
        if self.tab != tab {
            self.tab = tab;
            self.panel_cursor = 0;
        }
        self.panel_cursor = self.first_target_from(self.panel_cursor, 1).unwrap_or(0);
    }

    /// The first panel item with a target at or after (dir > 0) / before `from`.
    pub(crate) fn first_target_from(&self, from: usize, dir: i32) -> Option<usize> {
        let mut targets = self.panel().targets();
        if dir > 0 {
            targets.find(|&i| i >= from)
        } else {
            targets.filter(|&i| i <= from).last()
        }
    }

    pub(crate) fn move_cursor(&mut self, d: i32) {
        match &mut self.popup {
            Some(Popup::Help { .. }) => self.popup_lines(d),
            Some(Popup::Card(card)) => card.move_cursor(d),
            None => {
                let from = self.panel_cursor.saturating_add_signed(d.signum() as isize);
                let found = if d < 0 && self.panel_cursor == 0 {
                    None
                } else {
                    self.first_target_from(from, d)
                };
                if let Some(i) = found {
                    self.panel_cursor = i;
                }
            }
        }
    }

    /// Enter in the panel or the card: jump to what the cursor is on.
    pub(crate) fn activate(&mut self) {
        if matches!(self.popup, Some(Popup::Card(_))) {
            return self.activate_card_row();
        }
        let target = self.panel().items.get(self.panel_cursor).and_then(|it| it.target.clone());
        match target {
            Some(Target::Entity(id)) => {
                let first = self.doc().and_then(|d| d.mentions.iter().position(|m| m.entity == id));
                if let Some(i) = first {
                    self.select_mention(i);
                }
            }
            Some(Target::Text(span)) => self.jump_to_span(span),
            None => return,
        }
        self.set_focus(Focus::Text);
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

    /// A left click: selects the mention under it, switches a panel tab, or opens a listed article.
    pub(crate) fn click(&mut self, x: u16, y: u16) {
        if self.popup.is_some() {
            return;
        }
        let on_tabs = self.screen.panel.is_some_and(|p| p.y == y);
        let titles = self.screen.tab_titles();
        if let Some(&(tab, ..)) = titles.iter().find(|(_, a, b)| on_tabs && (*a..*b).contains(&x)) {
            return self.show_tab(tab);
        }
        if let Some(list) = self.screen.list.filter(|r| contains(*r, x, y)) {
            let inner = article_list::inner(list);
            if let Some(lib) = self.library.as_mut() {
                let height = usize::from(inner.height);
                let first = crate::tui::widgets::library_list::first_visible(lib, height);
                let row = first + usize::from(y.saturating_sub(inner.y));
                if row < lib.shown_len() && y >= inner.y {
                    lib.cursor = row;
                    self.focus = crate::tui::app::Focus::List;
                    self.activate_list_row();
                }
                return;
            }
            let row = usize::from(y.saturating_sub(inner.y));
            let doc = article_list::rows(self, usize::from(inner.width)).get(row).map(|r| r.0);
            if let Some(i) = doc.filter(|i| Some(*i) != self.current) {
                if matches!(self.docs.get(i), Some(Doc::Loaded { .. })) {
                    self.open_doc(i, None);
                }
            }
            return;
        }
        if let Some(inner) = self.screen.panel_inner().filter(|r| contains(*r, x, y)) {
            let item = side_panel::item_at_row(self, y - inner.y);
            let has_target =
                |i: &usize| self.panel().items.get(*i).is_some_and(|it| it.target.is_some());
            if let Some(i) = item.filter(has_target) {
                self.panel_cursor = i;
                self.activate();
            }
            return;
        }
        let t = self.screen.text;
        let on_panel = self.screen.panel.is_some_and(|p| contains(p, x, y));
        if !contains(t, x, y) || on_panel {
            return;
        }
        let line = self.scroll + usize::from(y - t.y);
        let col = usize::from(x - t.x);
        let hit = self
            .doc()
            .and_then(|d| self.layout.segment_at(d.text(), line, col))
            .and_then(|s| s.mention);
        match hit {
            Some(i) if self.kind_shown(i) => {
                self.selected = Some(i);
                self.mark = None;
            }
            _ => self.selected = None,
        }
    }
}
