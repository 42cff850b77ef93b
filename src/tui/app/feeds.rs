//! What a newsboat user does to feeds, from the reader on the library: the next unread article
//! across feeds, refresh one feed, mark a feed or everything read, rename a feed, remove one.
//! The feed is the one at hand: under the list's cursor while the list has the focus, else the
//! article's on screen. Removing and marking everything read ask first in the status line (y
//! answers yes, anything else no); a rename asks for the name there. The store's own functions
//! do the work, as the `remove`, `rename`, `mark-read` and `refresh FEED` commands do.

use super::{App, Focus};
use crate::library::commands::count;
use crate::tui::library_view::refresh_job::RefreshJob;

/// What a prompt does once answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PromptAction {
    RemoveFeed(i64),
    RenameFeed(i64),
    MarkAllRead,
}

/// A question (answered y / n) or a name to type, in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prompt {
    pub question: String,
    /// The name typed so far; `None` for a yes / no question.
    pub input: Option<String>,
    pub action: PromptAction,
}

impl App {
    /// The feed at hand and its title.
    fn feed_at_hand(&self) -> Option<(i64, String)> {
        let lib = self.source.library()?;
        let id = if self.focus == Focus::List {
            lib.feed_at(lib.cursor)?
        } else {
            lib.store.article_row(lib.current_id?).ok().flatten()?.feed_id?
        };
        let feed = lib.store.feed(id).ok().flatten()?;
        let title = if feed.title.is_empty() { feed.url } else { feed.title };
        Some((id, title))
    }

    /// The feed at hand, or a message saying why there is none.
    fn need_feed(&mut self) -> Option<(i64, String)> {
        let found = self.feed_at_hand();
        if found.is_none() {
            let text = match self.source.library() {
                None => "feeds are kept in the library: newslens library",
                Some(_) => "no feed here (an imported article, or nothing selected)",
            };
            self.set_message(text, false);
        }
        found
    }

    /// `u`: the next unread article of the list, across feeds.
    pub(crate) fn next_unread(&mut self) {
        let Some(lib) = self.source.library_mut() else {
            return self.set_message("unread articles are kept in the library", false);
        };
        match lib.next_unread(lib.cursor) {
            Ok(Some(id)) => self.open_library_article(id, None),
            Ok(None) => self.set_message("no unread articles left", false),
            Err(e) => self.set_message(e.to_string(), true),
        }
    }

    /// `R`: refreshes the feed at hand in the background.
    pub(crate) fn refresh_feed(&mut self) {
        let Some((id, title)) = self.need_feed() else { return };
        let Some(lib) = self.source.library_mut() else { return };
        if lib.refresh.is_some() {
            return self.set_message("a refresh is already running", false);
        }
        lib.refresh = Some(RefreshJob::start(lib.refresher, lib.store.path(), Some(id)));
        self.set_message(format!("refreshing {title}…"), false);
    }

    /// `A`: marks every article of the feed at hand read.
    pub(crate) fn mark_feed_read(&mut self) {
        let Some((id, title)) = self.need_feed() else { return };
        self.mark_read(Some(id), &title);
    }

    /// `C`: asks, then marks every article of the library read.
    pub(crate) fn ask_mark_all_read(&mut self) {
        if self.source.library().is_none() {
            return self.set_message("read marks are kept in the library", false);
        }
        let question = "mark every article of the library read? (y / n)".to_string();
        self.prompt = Some(Prompt { question, input: None, action: PromptAction::MarkAllRead });
    }

    /// `e`: asks for the feed's new name (empty gives back its own title).
    pub(crate) fn ask_rename_feed(&mut self) {
        let Some((id, title)) = self.need_feed() else { return };
        let question = format!("rename {title} to (empty: its own title):");
        let action = PromptAction::RenameFeed(id);
        self.prompt = Some(Prompt { question, input: Some(String::new()), action });
    }

    /// `D`: asks, then unsubscribes from the feed at hand (its starred articles are kept).
    pub(crate) fn ask_remove_feed(&mut self) {
        let Some((id, title)) = self.need_feed() else { return };
        let Some(lib) = self.source.library() else { return };
        let plan = match lib.store.removal_of(id) {
            Ok(plan) => plan,
            Err(e) => return self.set_message(e.to_string(), true),
        };
        let kept = match plan.kept_starred {
            0 => String::new(),
            n => format!(", keeping {}", count(n, "starred article", "starred articles")),
        };
        let what = count(plan.deleted, "article", "articles");
        let question = format!("remove {title} and its {what}{kept}? (y / n)");
        self.prompt = Some(Prompt { question, input: None, action: PromptAction::RemoveFeed(id) });
    }

    /// A key typed at a prompt: a name grows; a question is answered (y: yes, else no).
    pub(crate) fn prompt_char(&mut self, c: char) {
        let Some(prompt) = &mut self.prompt else { return };
        match &mut prompt.input {
            Some(input) if !c.is_control() => input.push(c),
            Some(_) => {}
            None => {
                let prompt = self.prompt.take();
                match prompt.filter(|_| matches!(c, 'y' | 'Y')) {
                    Some(prompt) => self.carry_out(prompt.action, None),
                    None => self.set_message("cancelled", false),
                }
            }
        }
    }

    /// Enter at a prompt: a name is taken; a question is answered no.
    pub(crate) fn answer_prompt(&mut self) {
        match self.prompt.take() {
            Some(Prompt { input: Some(name), action, .. }) => self.carry_out(action, Some(name)),
            _ => self.set_message("cancelled", false),
        }
    }

    /// Does what a prompt asked about, then reloads the list.
    fn carry_out(&mut self, action: PromptAction, name: Option<String>) {
        let Some(lib) = self.source.library_mut() else { return };
        let done = match action {
            PromptAction::MarkAllRead => return self.mark_read(None, "the library"),
            PromptAction::RenameFeed(id) => {
                let name = name.unwrap_or_default();
                let shown = match name.trim() {
                    "" => "its own title (set by the next refresh)".to_string(),
                    n => n.to_string(),
                };
                lib.store.rename_feed(id, &name).map(|_| format!("renamed to {shown}"))
            }
            PromptAction::RemoveFeed(id) => lib.store.remove_feed(id).map(|r| {
                format!("removed the feed and {}", count(r.deleted, "article", "articles"))
            }),
        };
        match done.and_then(|text| lib.reload().map(|()| text)) {
            Ok(text) => self.set_message(text, false),
            Err(e) => self.set_message(e.to_string(), true),
        }
    }

    /// Marks every article of feed `id` (`None`: of the library) read, in the store and the
    /// list.
    fn mark_read(&mut self, id: Option<i64>, what: &str) {
        let Some(lib) = self.source.library_mut() else { return };
        match lib.store.mark_feed_read(id).and_then(|n| lib.reload().map(|()| n)) {
            Ok(n) => {
                let text = format!("marked {} read in {what}", count(n, "article", "articles"));
                self.set_message(text, false);
            }
            Err(e) => self.set_message(e.to_string(), true),
        }
    }
}
