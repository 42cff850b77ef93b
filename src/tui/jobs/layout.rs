//! The layout worker: one thread that wraps big texts (about 50 ms a MB) off the key loop.
//! Requests queue on a channel and only the newest waiting one is built, so a burst of resizes
//! costs one stale build at most.

use super::JobEvent;
use crate::tui::doc::LayoutSource;
use crate::tui::text_layout::TextLayout;
use std::sync::mpsc::{self, Receiver, Sender};

/// What to wrap: doc `doc`'s text at `width` columns.
#[derive(Debug)]
pub(crate) struct Request {
    pub doc: usize,
    pub width: u16,
    pub source: LayoutSource,
}

/// Which layout a request is for: (doc, width, with the analysis's mentions).
pub(crate) type Key = (usize, u16, bool);

impl Request {
    pub fn key(&self) -> Key {
        (self.doc, self.width, self.source.is_analysed())
    }
}

/// Starts the worker; it ends when the sender is dropped.
pub(crate) fn spawn(events: Sender<JobEvent>) -> std::io::Result<Sender<Request>> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new().name("newslens-layout".into()).spawn(move || run(&rx, &events))?;
    Ok(tx)
}

fn run(requests: &Receiver<Request>, events: &Sender<JobEvent>) {
    super::yield_to_keys();
    while let Ok(mut request) = requests.recv() {
        // Only the newest request matters: the others are for a width or text already left.
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        let key = request.key();
        let source = &request.source;
        let layout = TextLayout::build(source.text(), request.width, source.mentions());
        if events.send(JobEvent::Laid { key, layout: Box::new(layout) }).is_err() {
            return;
        }
    }
}
