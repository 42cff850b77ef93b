//! [`App::update`], the one place an [`Action`] changes the reader: each action handed to the
//! method that does it.

use super::App;
use crate::tui::action::Action;

impl App {
    /// Applies one action.
    pub(crate) fn update(&mut self, action: Action) {
        let typing = self.search.input.is_some() || self.prompt.is_some();
        if !matches!(action, Action::Resize(..)) && !typing {
            self.message = None;
        }
        match action {
            Action::ScrollLines(n) => {
                self.set_scroll(self.scroll.saturating_add_signed(n as isize))
            }
            Action::ScrollPages(n) => self.scroll_pages(n),
            Action::Top => self.set_scroll(0),
            Action::Bottom => self.set_scroll(usize::MAX),
            Action::CycleMention(d) => self.cycle_mention(d),
            Action::NextOccurrence(d) => self.next_occurrence(d),
            Action::OpenCard => self.open_card(),
            Action::SwitchArticle(d) => self.switch_article(d),
            Action::ToggleList => self.toggle_list(),
            Action::ShowTab(tab) => self.show_tab(tab),
            Action::ToggleFocus => self.toggle_focus(),
            Action::PanelCursor(d) => self.move_panel_cursor(d),
            Action::PanelPages(n) => self.panel_pages(n),
            Action::PanelEnd(last) => self.panel_end(last),
            Action::PanelActivate => self.activate_panel_row(),
            Action::ListCursor(d) => self.move_list_cursor(d),
            Action::ListPages(n) => self.list_pages(n),
            Action::ListTop => self.list_top(),
            Action::ListBottom => self.list_bottom(),
            Action::ListActivate => self.activate_list_row(),
            Action::PopupLines(n) => self.popup_lines(n),
            Action::PopupPages(n) => self.popup_pages(n),
            Action::PopupEnd(bottom) => self.popup_end(bottom),
            Action::PopupActivate => self.activate_card_row(),
            Action::ToggleKind(i) => self.toggle_kind(i),
            Action::SummaryLength(d) => self.change_summary(d),
            Action::StartSearch => self.start_search(),
            Action::SearchType(c) => self.type_char(c),
            Action::SearchBackspace => self.backspace(),
            Action::SearchConfirm => self.confirm_search(),
            Action::SearchLibrary => self.search_library(),
            Action::Help => self.toggle_help(),
            Action::Close => self.close(),
            Action::Quit => self.should_quit = true,
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.relayout();
            }
            Action::Click(x, y) => self.click(x, y),
            Action::Refresh => self.start_refresh(),
            Action::ToggleRead => self.toggle_read(),
            Action::ToggleStar => self.toggle_star(),
            Action::OpenUrl => self.open_url(),
            Action::CardTimeline => self.toggle_card_timeline(),
            Action::Back => self.go_back(),
            Action::NextUnread => self.next_unread(),
            Action::RefreshFeed => self.refresh_feed(),
            Action::MarkFeedRead => self.mark_feed_read(),
            Action::MarkAllRead => self.ask_mark_all_read(),
            Action::RenameFeed => self.ask_rename_feed(),
            Action::RemoveFeed => self.ask_remove_feed(),
            Action::ShowUrl => self.show_url(),
            Action::CopyUrl => self.copy_url(),
            Action::PromptConfirm => self.answer_prompt(),
            Action::OnePane => self.toggle_one_pane(),
        }
    }
}
