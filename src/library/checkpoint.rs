//! WAL checkpoints off the writing thread. During a bulk write (a refresh) the store's own
//! automatic checkpoints, which wait for the disk twice each, are turned off and a second
//! connection copies the WAL back into the database in the background; the writer never waits.

use super::Store;
use rusqlite::Connection;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the background connection checkpoints.
const INTERVAL: Duration = Duration::from_millis(200);

/// SQLite's default automatic checkpoint threshold, in pages.
const DEFAULT_AUTOCHECKPOINT: i64 = 1000;

/// Runs `write` with checkpoints moved to a background thread, then checkpoints what is left.
pub fn with_background_checkpoints<T>(store: &mut Store, write: impl FnOnce(&mut Store) -> T) -> T {
    let path = store.path().to_path_buf();
    let background = Connection::open(&path).ok();
    if background.is_none() || store.conn.pragma_update(None, "wal_autocheckpoint", 0).is_err() {
        return write(store);
    }
    let done = AtomicBool::new(false);
    let result = std::thread::scope(|scope| {
        let done = &done;
        scope.spawn(move || {
            let Some(conn) = background else { return };
            let _ = conn.busy_timeout(Duration::from_millis(50));
            // A checkpoint copies pages from the WAL to the file; it needs no page cache.
            let _ = conn.pragma_update(None, "cache_size", -64);
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(INTERVAL);
                // Best effort: a busy or failed checkpoint is retried on the next tick.
                let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            }
        });
        let result = write(store);
        done.store(true, Ordering::Relaxed);
        result
    });
    let _ = store.conn.pragma_update(None, "wal_autocheckpoint", DEFAULT_AUTOCHECKPOINT);
    let _ = store.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    result
}
