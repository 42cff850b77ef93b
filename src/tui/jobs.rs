//! Heavy work off the key loop. Analysing an article (a big one, or the candidates of an entity
//! card's "other articles") runs on a worker thread of its own, and wrapping a big text on the
//! [`layout`] worker; progress and results come back over one channel that the event loop
//! drains between frames, each tagged with the index of the doc it belongs to, so a result can
//! never be shown on another article. A result for an article no longer shown is kept (stored
//! in its doc) for when it is shown again.

mod layout;

use super::doc::{Analysed, LayoutSource};
use super::text_layout::TextLayout;
use crate::article::Article;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

/// What a worker reports.
#[derive(Debug)]
pub(crate) enum JobEvent {
    /// The share of doc `doc`'s analysis done, 0.0 to 1.0.
    Progress {
        doc: usize,
        done: f32,
    },
    Analysed {
        doc: usize,
        analysed: Box<Analysed>,
    },
    /// The analysis of `doc` panicked (a bug): the reader stops with this message.
    Failed {
        doc: usize,
        reason: String,
    },
    /// A text wrapped: (doc, width, with mentions), and its layout.
    Laid {
        key: layout::Key,
        layout: Box<TextLayout>,
    },
}

/// The running jobs and the channel their workers report on.
#[derive(Debug)]
pub(crate) struct Jobs {
    tx: Sender<JobEvent>,
    rx: Receiver<JobEvent>,
    /// Docs being analysed (or waiting in a batch), with the share done.
    running: BTreeMap<usize, f32>,
    /// The layout worker, started on the first big text.
    layouts: Option<Sender<layout::Request>>,
    /// The layout asked for last, until it arrives.
    wanted_layout: Option<layout::Key>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel();
        Jobs { tx, rx, running: BTreeMap::new(), layouts: None, wanted_layout: None }
    }
}

impl Jobs {
    /// Analyses `articles` in order on one worker thread, skipping docs already under way.
    pub fn analyse(&mut self, articles: Vec<(usize, Arc<Article>)>) {
        let todo: Vec<_> =
            articles.into_iter().filter(|(doc, _)| !self.running.contains_key(doc)).collect();
        if todo.is_empty() {
            return;
        }
        for (doc, _) in &todo {
            self.running.insert(*doc, 0.0);
        }
        let tx = self.tx.clone();
        let spawned = std::thread::Builder::new()
            .name("newslens-analysis".into())
            .spawn(move || analyse_all(&todo, &tx));
        if let Err(e) = spawned {
            let reason = format!("cannot start a worker thread: {e}");
            let first = self.running.keys().next().copied().unwrap_or(0);
            let _ = self.tx.send(JobEvent::Failed { doc: first, reason });
        }
    }

    /// Wraps doc `doc`'s text from `source` at `width` on the layout worker (false when no
    /// worker can be started: the caller then wraps it itself).
    pub fn lay_out(&mut self, doc: usize, width: u16, source: LayoutSource) -> bool {
        let request = layout::Request { doc, width, source };
        let key = request.key();
        if self.wanted_layout == Some(key) {
            return true;
        }
        if self.layouts.is_none() {
            self.layouts = layout::spawn(self.tx.clone()).ok();
        }
        let sent = self.layouts.as_ref().is_some_and(|tx| tx.send(request).is_ok());
        self.wanted_layout = sent.then_some(key);
        sent
    }

    /// The share of doc `doc`'s analysis done, while it runs.
    pub fn progress(&self, doc: usize) -> Option<f32> {
        self.running.get(&doc).copied()
    }

    /// Whether any job runs (the event loop then wakes to apply its progress).
    pub fn busy(&self) -> bool {
        !self.running.is_empty() || self.wanted_layout.is_some()
    }

    /// The events sent since the last call.
    pub fn drain(&mut self) -> Vec<JobEvent> {
        let mut out = Vec::new();
        // The app holds a sender, so the channel never disconnects.
        while let Ok(event) = self.rx.try_recv() {
            self.note(&event);
            out.push(event);
        }
        out
    }

    /// Keeps the books on what still runs.
    fn note(&mut self, event: &JobEvent) {
        match event {
            JobEvent::Progress { doc, done } => {
                if let Some(p) = self.running.get_mut(doc) {
                    *p = *done;
                }
            }
            JobEvent::Analysed { doc, .. } | JobEvent::Failed { doc, .. } => {
                self.running.remove(doc);
            }
            JobEvent::Laid { key, .. } => {
                if self.wanted_layout == Some(*key) {
                    self.wanted_layout = None;
                }
            }
        }
    }

    /// Blocks until every job has reported its result, then returns all events in the order
    /// sent (tests and the benchmark; the reader itself never waits).
    pub fn wait_all(&mut self) -> Vec<JobEvent> {
        let mut out = Vec::new();
        while self.busy() {
            let Ok(event) = self.rx.recv() else { break };
            self.note(&event);
            out.push(event);
        }
        out
    }
}

/// Lowers the calling worker thread's priority, so that on a busy machine the key loop gets a
/// core first (Linux: the nice value is per thread).
pub(crate) fn yield_to_keys() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority on the calling thread (who = 0) with a valid nice value.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// The worker: each article analysed in turn, its progress and result sent as they come.
fn analyse_all(todo: &[(usize, Arc<Article>)], tx: &Sender<JobEvent>) {
    yield_to_keys();
    for (doc, article) in todo {
        let doc = *doc;
        let run = catch_unwind(AssertUnwindSafe(|| {
            let mut last = -1.0;
            let analysis = crate::analysis::analyze_with_progress(article, &mut |done| {
                if done > last {
                    last = done;
                    let _ = tx.send(JobEvent::Progress { doc, done });
                }
            });
            Box::new(Analysed::new(analysis))
        }));
        let event = match run {
            Ok(analysed) => JobEvent::Analysed { doc, analysed },
            Err(panic) => {
                let reason = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                JobEvent::Failed { doc, reason }
            }
        };
        if tx.send(event).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Arc<Article> {
        Arc::new(Article {
            title: "t".into(),
            source: "s".into(),
            url: None,
            published: None,
            paragraphs: vec![text.into()],
        })
    }

    #[test]
    fn results_come_back_tagged_with_their_doc_and_progress_rises_to_one() {
        let mut jobs = Jobs::default();
        jobs.analyse(vec![(3, article("Dan Driscoll landed in Kyiv.")), (7, article("Paris."))]);
        assert!(jobs.busy());
        assert_eq!(jobs.progress(7), Some(0.0), "a batch's later docs wait at 0%");
        let events = jobs.wait_all();
        assert!(!jobs.busy());
        let done: Vec<usize> = events
            .iter()
            .filter_map(|e| if let JobEvent::Analysed { doc, .. } = e { Some(*doc) } else { None })
            .collect();
        assert_eq!(done, [3, 7]);
        let last_progress = events.iter().rev().find_map(|e| match e {
            JobEvent::Progress { doc: 3, done } => Some(*done),
            _ => None,
        });
        assert_eq!(last_progress, Some(1.0));
        let text = events.iter().find_map(|e| match e {
            JobEvent::Analysed { doc: 3, analysed } => Some(analysed.text().to_string()),
            _ => None,
        });
        assert_eq!(text.as_deref(), Some("Dan Driscoll landed in Kyiv."));
    }

    #[test]
    fn a_doc_already_under_way_is_not_analysed_twice() {
        let mut jobs = Jobs::default();
        jobs.analyse(vec![(1, article("One."))]);
        jobs.analyse(vec![(1, article("One.")), (2, article("Two."))]);
        let analysed =
            jobs.wait_all().iter().filter(|e| matches!(e, JobEvent::Analysed { .. })).count();
        assert_eq!(analysed, 2);
    }
}
