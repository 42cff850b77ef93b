//! A counting semaphore for the refresh pipeline: a downloader takes a permit before it fetches
//! a feed and the parser gives it back once the body is parsed and dropped, so at most `--jobs`
//! feed bodies are in memory at once.

use std::sync::{Condvar, Mutex};

/// Counts the feed bodies alive between download and parse.
pub(super) struct Permits {
    free: Mutex<usize>,
    returned: Condvar,
}

/// One body's place; given back when dropped.
pub(super) struct Permit<'a>(&'a Permits);

impl Permits {
    pub(super) fn new(n: usize) -> Permits {
        Permits { free: Mutex::new(n.max(1)), returned: Condvar::new() }
    }

    pub(super) fn acquire(&self) -> Permit<'_> {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.returned.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        Permit(self)
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.returned.notify_one();
    }
}
