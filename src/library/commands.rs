//! The library's command-line commands: each opens the store the way it needs (reading
//! commands read-only, so a read-only library can still be listed), calls the library and
//! prints the result through [`Out`], which makes every line printable (escape sequences from
//! feeds, file names or servers never reach the terminal) and treats a closed pipe
//! (`newslens list | head -1`) as the end of the output. `src/cli/library.rs` only parses
//! arguments and calls these.
//!
//! - `commands/feeds.rs`: `add`, `import-opml`, `export-opml`, `feeds`, `remove`, `rename`,
//!   `mark-read`;
//! - `commands/refresh.rs`: `refresh` (all feeds or one) and `index`, with progress;
//! - `commands/reading.rs`: `list`, `search`, `mentions`, and the article `open ID` shows;
//! - `commands/bench.rs`: `bench-library`.

mod bench;
mod feeds;
mod reading;
mod refresh;

pub use bench::bench_queries_command;
pub use feeds::{
    add_command, export_opml_command, feeds_command, import_opml_command, mark_read_command,
    remove_command, rename_command,
};
pub use reading::{list_command, mentions_command, open_article, search_command};
pub use refresh::{index_command, refresh_command};

use super::{LibraryError, Result, Store};
use crate::article::clean::printable;
use std::io::Write;
use std::path::Path;

/// Opens the store named by `--db`, `$NEWSLENS_DB` or the platform default, for writing.
pub fn open_store(db: Option<&Path>) -> Result<Store> {
    Store::open(&super::resolve_db_path(db)?)
}

/// Opens the store for reading only (nothing is created or written).
pub fn open_store_to_read(db: Option<&Path>) -> Result<Store> {
    Store::open_to_read(&super::resolve_db_path(db)?)
}

/// Opens the store for writing, or for reading when the file cannot be written.
pub fn open_store_or_read_only(db: Option<&Path>) -> Result<Store> {
    Store::open_or_read_only(&super::resolve_db_path(db)?)
}

/// Standard output for the commands. Every line is made printable; when the reader of a pipe
/// goes away the output ends quietly (later lines are dropped) instead of failing.
#[derive(Debug, Default)]
pub struct Out {
    closed: bool,
}

impl Out {
    pub fn new() -> Out {
        Out::default()
    }

    /// Prints one line. Only a failure other than a closed pipe (a full disk) is an error.
    pub fn line(&mut self, s: impl AsRef<str>) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let mut line = printable(s.as_ref()).into_owned();
        line.push('\n');
        self.write(line.as_bytes())
    }

    /// Prints text as it is (its own line breaks kept), every line made printable.
    pub fn text(&mut self, s: &str) -> Result<()> {
        for line in s.lines() {
            self.line(line)?;
        }
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        match std::io::stdout().lock().write_all(bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(e) => Err(LibraryError::Other(format!("cannot write the output: {e}"))),
            Ok(()) => Ok(()),
        }
    }

    /// True once the reader of the output has gone: a long listing can stop early.
    pub fn is_closed(&self) -> bool {
        self.closed
    }
}

/// A line on stderr (warnings, notes), made printable; a closed stderr is ignored.
pub fn note(s: impl AsRef<str>) {
    let _ = writeln!(std::io::stderr().lock(), "{}", printable(s.as_ref()));
}

/// "1 new article", "2 new articles".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
