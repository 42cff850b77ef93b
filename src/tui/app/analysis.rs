//! Opening an article and getting its analysis: at once for a short one, else on a worker while
//! the reader shows the plain text with "analysing… 40%" and every key stays live. What the
//! workers report is applied here, to the doc it belongs to: a result for the article on screen
//! redraws it with its highlights (keeping the reading position), one for another article is
//! kept for when it is shown, and the entity card's search of other articles takes it in.

use super::{App, Popup, Search};
use crate::tui::doc::Doc;
use crate::tui::jobs::JobEvent;

/// Articles up to this size are analysed at once (about 20 ms); longer ones on a worker.
pub(crate) const INLINE_BYTES: usize = 64 * 1024;

impl App {
    /// Shows loaded article `i` at byte offset `at` (or where the reader left it), analysing it
    /// now if it is short, else starting its analysis on a worker.
    pub(crate) fn open_doc(&mut self, i: usize, at: Option<usize>) {
        let top = self.top_offset();
        if let Some(Doc::Loaded { anchor, .. }) = self.current.and_then(|c| self.docs.get_mut(c)) {
            *anchor = top;
        }
        let anchor = match self.docs.get(i) {
            Some(Doc::Loaded { anchor, .. }) => *anchor,
            _ => return,
        };
        self.analyse(&[i]);
        if let Some(left) = self.current {
            let analysed = self.docs.get(left).is_some_and(|d| d.analysed().is_some());
            self.layouts.put(left, analysed, std::mem::take(&mut self.layout));
        }
        let analysed = self.docs.get(i).is_some_and(|d| d.analysed().is_some());
        self.current = Some(i);
        self.selected = None;
        self.mark = None;
        self.search = Search::default();
        self.popup = None;
        self.layout = self.layouts.take(i, analysed).unwrap_or_default();
        if self.layout.partial {
            self.request_layout();
        }
        self.rebuild_panels();
        self.relayout_at(Some(at.unwrap_or(anchor)));
        self.scroll = self.layout.line_of(at.unwrap_or(anchor));
        self.set_scroll(self.scroll);
    }

    /// Makes sure docs `docs` get analysed: at once when the ones not yet analysed add up to at
    /// most [`App::inline_bytes`], else on a worker, in order. Returns the docs left to the worker.
    pub(crate) fn analyse(&mut self, docs: &[usize]) -> Vec<usize> {
        let todo: Vec<usize> = docs
            .iter()
            .copied()
            .filter(|&i| {
                self.docs.get(i).is_some_and(|d| d.article().is_some() && d.analysed().is_none())
            })
            .collect();
        let bytes: usize = todo.iter().filter_map(|&i| self.docs.get(i)).map(Doc::text_len).sum();
        if bytes <= self.inline_bytes {
            for &i in &todo {
                if let Some(doc) = self.docs.get_mut(i) {
                    doc.ensure_analysed();
                }
            }
            return Vec::new();
        }
        let articles =
            todo.iter().filter_map(|&i| Some((i, self.docs.get(i)?.shared_article()?))).collect();
        self.jobs.analyse(articles);
        todo
    }

    /// "analysing… 40%" while the article on screen is being analysed.
    pub(crate) fn analysis_progress(&self) -> Option<String> {
        let done = self.jobs.progress(self.current?)?;
        Some(format!("analysing… {:.0}%", done * 100.0))
    }

    /// Applies what the workers reported; true when something changed.
    pub(crate) fn apply_jobs(&mut self) -> bool {
        let events = self.jobs.drain();
        let changed = !events.is_empty();
        self.apply_job_events(events);
        changed
    }

    /// Waits for every running job and applies its result (tests and the benchmark: the
    /// reader itself never blocks on a worker).
    pub(crate) fn wait_for_jobs(&mut self) {
        // Applying a result may start more work (the analysed text wrapped again).
        while self.jobs.busy() {
            let events = self.jobs.wait_all();
            self.apply_job_events(events);
        }
    }

    pub(crate) fn apply_job_events(&mut self, events: Vec<JobEvent>) {
        for event in events {
            match event {
                JobEvent::Progress { .. } => {}
                JobEvent::Analysed { doc, analysed } => {
                    let Some(slot) = self.docs.get_mut(doc) else { continue };
                    slot.set_analysed(analysed);
                    self.layouts.forget(doc);
                    if self.current == Some(doc) {
                        self.relayout_text();
                    }
                    if let Some(Popup::Card(_)) = self.popup {
                        self.card_take_result(doc);
                    }
                }
                JobEvent::Laid { key, layout } => self.take_layout(key, *layout),
                JobEvent::Failed { doc, reason } => {
                    let title = self.docs.get(doc).and_then(Doc::article).map(|a| a.title.clone());
                    let title = title.unwrap_or_default();
                    self.fatal = Some(format!("the analysis of “{title}” failed: {reason}"));
                }
            }
        }
    }
}
