//! The reader on the library: the list focus and its cursor, opening stored articles lazily
//! (text and cached analysis read when opened, then kept), read / starred state, the browser,
//! library search, and the background refresh whose events [`App::poll_background`] applies.

use super::{App, Focus, Source};
use crate::analysis::Span;
use crate::tui::doc::Doc;
use crate::tui::library_view::refresh_job::{RefreshEvent, RefreshJob};
use crate::tui::library_view::{LibraryView, ListRow};
use crate::tui::screen::list_inner;

impl App {
    /// The reader on a library: the grouped list shown and focused, no article open yet.
    pub(crate) fn on_library(view: LibraryView, width: u16, height: u16) -> App {
        let mut app = App::from_docs(Vec::new(), width, height);
        let empty = view.rows.is_empty();
        app.source = Source::Library(Box::new(view));
        app.show_list = true;
        app.focus = Focus::List;
        app.relayout();
        if empty {
            app.set_message("the library is empty: newslens add URL, then r to refresh", false);
        }
        app
    }

    pub(crate) fn move_list_cursor(&mut self, d: i32) {
        match self.source.library_mut() {
            Some(lib) => lib.move_cursor(d),
            None => self.move_file_cursor(d),
        }
    }

    /// `g` / Home on the list.
    pub(crate) fn list_top(&mut self) {
        match self.source.library_mut() {
            Some(lib) => lib.go_top(),
            None => self.file_end(false),
        }
    }

    /// `G` / End on the list: its real last line, loading the last feed's oldest page if needed.
    pub(crate) fn list_bottom(&mut self) {
        let Some(lib) = self.source.library_mut() else { return self.file_end(true) };
        if let Err(e) = lib.go_bottom() {
            self.set_message(e.to_string(), true);
        }
    }

    /// PgDn / PgUp on the list: `pages` times the lines the list shows.
    pub(crate) fn list_pages(&mut self, pages: i32) {
        let height = self.screen.list.map_or(1, |r| list_inner(r).height);
        let Some(lib) = self.source.library_mut() else { return self.file_pages(pages) };
        if let Err(e) = lib.move_pages(pages, usize::from(height)) {
            self.set_message(e.to_string(), true);
        }
    }

    /// Enter on the list: opens the article under the cursor, or loads the next page.
    pub(crate) fn activate_list_row(&mut self) {
        let Some(lib) = self.source.library_mut() else { return self.open_file_at_cursor() };
        if let Some(id) = lib.cursor_article().map(|a| a.id) {
            return self.open_library_article(id, None);
        }
        if lib.results.is_none() && matches!(lib.rows.get(lib.cursor), Some(ListRow::More { .. })) {
            let at = lib.cursor;
            if let Err(e) = lib.load_more(at) {
                self.set_message(e.to_string(), true);
            }
        }
    }

    /// Opens stored article `id` (reading its text and cached analysis the first time), marks
    /// it read, and shows it at `at` (a mention to jump to) or where the reader left it.
    pub(crate) fn open_library_article(&mut self, id: i64, at: Option<Span>) {
        let Some(lib) = self.source.library_mut() else { return };
        let index = match lib.opened.get(&id) {
            Some(&i) => i,
            None => {
                let loaded = lib.store.article(id).and_then(|article| {
                    let analysis = crate::library::index::analysis(&lib.store, id)?;
                    Ok(article.map(|a| (a, analysis)))
                });
                let (article, analysis) = match loaded {
                    Ok(Some(found)) => found,
                    Ok(None) => return self.set_message("that article is no longer stored", true),
                    Err(e) => return self.set_message(e.to_string(), true),
                };
                let mut doc = Doc::new(Ok(article));
                if let Some(analysis) = analysis {
                    doc.set_analysis(analysis);
                }
                self.docs.push(doc);
                let i = self.docs.len() - 1;
                lib.opened.insert(id, i);
                i
            }
        };
        if let Some(lib) = self.source.library_mut() {
            lib.current_id = Some(id);
            if let Some(pos) =
                (0..lib.shown_len()).find(|&i| lib.article_at(i).map(|a| a.id) == Some(id))
            {
                lib.cursor = pos;
            }
        }
        self.set_read(id, true);
        self.focus = Focus::Text;
        if self.current.is_some_and(|c| c != index) {
            self.remember_place();
        }
        self.open_doc(index, at.as_ref().map(|s| s.start));
        if let Some(span) = at {
            self.jump_to_span(span);
        }
    }

    /// The article `m`, `*` and `o` act on: the one under the list cursor while the list has
    /// the focus, else the one on screen.
    pub(crate) fn target_article(&self) -> Option<crate::library::store::ArticleRow> {
        let lib = self.source.library()?;
        if self.focus == Focus::List {
            return lib.cursor_article().cloned();
        }
        let id = lib.current_id?;
        lib.store.article_row(id).ok().flatten()
    }

    pub(crate) fn set_read(&mut self, id: i64, read: bool) {
        let Some(lib) = self.source.library_mut() else { return };
        match lib.store.set_read(id, read) {
            Ok(_) => lib.note_state(id, Some(read), None),
            Err(e) => self.set_message(e.to_string(), true),
        }
    }

    pub(crate) fn toggle_read(&mut self) {
        let Some(article) = self.target_article() else { return self.no_library_article() };
        self.set_read(article.id, !article.read);
        self.set_message(if article.read { "marked unread" } else { "marked read" }, false);
    }

    pub(crate) fn toggle_star(&mut self) {
        let Some(article) = self.target_article() else { return self.no_library_article() };
        let Some(lib) = self.source.library_mut() else { return };
        let starred = !article.starred;
        match lib.store.set_starred(article.id, starred) {
            Ok(_) => {
                lib.note_state(article.id, None, Some(starred));
                self.set_message(if starred { "starred" } else { "unstarred" }, false);
            }
            Err(e) => self.set_message(e.to_string(), true),
        }
    }

    pub(crate) fn no_library_article(&mut self) {
        let text = match self.source {
            Source::Library(_) => "no article selected",
            Source::Files { .. } => "read and starred are kept for the library: newslens library",
        };
        self.set_message(text, false);
    }

    /// `/` then Enter on the list: ranked search of the whole library, shown in the list.
    pub(crate) fn search_library(&mut self) {
        let query = self.search.input.take().unwrap_or_default();
        let Some(lib) = self.source.library_mut() else {
            // Files: the title found as it was typed stays under the cursor.
            self.search = Default::default();
            return;
        };
        if query.trim().is_empty() {
            return;
        }
        match lib.search(&query) {
            Ok(0) => self.set_message(format!("nothing in the library matches {query}"), true),
            Ok(n) => self.set_message(format!("{n} articles match {query} (Esc: back)"), false),
            Err(e) => self.set_message(e.to_string(), true),
        }
    }

    /// `r`: starts a background refresh unless one is running.
    pub(crate) fn start_refresh(&mut self) {
        let Some(lib) = self.source.library_mut() else {
            return self.set_message("refresh works on the library: newslens library", false);
        };
        if lib.refresh.is_some() {
            return self.set_message("a refresh is already running", false);
        }
        lib.refresh = Some(RefreshJob::start(lib.refresher, lib.store.path(), None));
        self.set_message("refreshing…", false);
    }

    /// Whether a background job is running (the event loop then polls instead of blocking).
    pub(crate) fn busy(&self) -> bool {
        self.jobs.busy() || self.source.library().is_some_and(|l| l.refresh.is_some())
    }

    /// Applies what the analysis workers and the background refresh reported; true when
    /// something changed.
    pub(crate) fn poll_background(&mut self) -> bool {
        let analysed = self.apply_jobs();
        self.apply_refresh() || analysed
    }

    /// Applies what the background refresh reported; true when something changed.
    fn apply_refresh(&mut self) -> bool {
        let Some(job) = self.source.library().and_then(|l| l.refresh.as_ref()) else {
            return false;
        };
        let events = job.drain();
        for event in &events {
            match event {
                RefreshEvent::Progress(text) => self.set_message(text.clone(), false),
                RefreshEvent::Done { text, is_error } => {
                    let reloaded = self.source.library_mut().map(|lib| {
                        lib.refresh = None;
                        lib.reload()
                    });
                    match reloaded {
                        Some(Err(e)) => self.set_message(e.to_string(), true),
                        _ => self.set_message(text.clone(), *is_error),
                    }
                }
            }
        }
        !events.is_empty()
    }
}

impl App {
    /// `]` / `[` on the library: the next / previous article of the list shown.
    pub(crate) fn switch_library_article(&mut self, dir: i32) {
        let Some(lib) = self.source.library() else { return };
        let from = lib.cursor;
        let next = if dir > 0 {
            (from + 1..lib.shown_len()).find_map(|i| lib.article_at(i).map(|a| a.id))
        } else {
            (0..from).rev().find_map(|i| lib.article_at(i).map(|a| a.id))
        };
        match next {
            Some(id) => self.open_library_article(id, None),
            None => self.set_message(if dir > 0 { "last article" } else { "first article" }, false),
        }
    }
}
