//! One refresh of a library at a time: an OS file lock beside the database, which the OS
//! releases when the refresh ends or its process dies in any way (no stale lock after a crash).

use crate::library::{LibraryError, Result};
use std::path::{Path, PathBuf};

/// Held while a refresh runs: an OS lock on a file beside the library (`library.db.refresh-lock`),
/// released when the refresh ends or its process dies, whatever the way.
#[derive(Debug)]
pub struct RefreshLock {
    _file: std::fs::File,
}

impl RefreshLock {
    /// Takes the lock, or says that another refresh of the library at `db` holds it.
    pub fn acquire(db: &Path) -> Result<RefreshLock> {
        let mut name = db.as_os_str().to_os_string();
        name.push(".refresh-lock");
        let path = PathBuf::from(name);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| LibraryError::File { path: path.clone(), reason: e.to_string() })?;
        match file.try_lock() {
            Ok(()) => Ok(RefreshLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err(LibraryError::RefreshRunning { path: db.to_path_buf() })
            }
            Err(std::fs::TryLockError::Error(e)) => {
                Err(LibraryError::File { path, reason: format!("cannot lock: {e}") })
            }
        }
    }
}
