//! Opening a library: the file is checked to be a newslens library (or empty, or new) before
//! anything is written to it, so `--db` pointed at another program's file changes nothing;
//! then WAL, pragmas and migrations. Reading commands open read-only, so a read-only file can
//! still be listed and searched. [`Store::copy_to`] makes a consistent copy for measurements.

use super::{Store, BUSY_TIMEOUT, CACHE_KB};
use crate::library::{schema, LibraryError, Result};
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::Path;

/// The SQLite application id newslens writes into its libraries ("NwsL").
pub const APPLICATION_ID: i32 = 0x4e77_734c;

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The tables a library from before application ids had.
const LIBRARY_TABLES: [&str; 3] = ["feeds", "articles", "meta"];

impl Store {
    /// Opens (creating if needed) the library at `path` for reading and writing and brings its
    /// schema up to date. A file that is not a newslens library is refused untouched.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| LibraryError::File {
                path: dir.to_path_buf(),
                reason: format!("cannot create the data directory: {e}"),
            })?;
        }
        check_header(path)?;
        check_writable(path)?;
        // An existing file whose folder cannot take the WAL files fails to open: read-only too.
        let db_err = |source: rusqlite::Error| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::CannotOpen) if path.exists() => {
                LibraryError::ReadOnly { path: path.to_path_buf() }
            }
            _ => db_error(path, source),
        };
        let mut conn = Connection::open(path).map_err(db_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(db_err)?;
        let app_id = check_is_library(&conn, path)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).map_err(db_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(db_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(db_err)?;
        // 2 MB of page cache (SQLite's default, made explicit): more buys little speed for the
        // memory it costs during a large refresh.
        conn.pragma_update(None, "cache_size", -CACHE_KB).map_err(db_err)?;
        schema::migrate(&mut conn).map_err(|e| match e {
            schema::MigrateError::Sql(source) => db_err(source),
            other => LibraryError::File { path: path.to_path_buf(), reason: other.to_string() },
        })?;
        if app_id != APPLICATION_ID {
            conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(db_err)?;
        }
        Ok(Store { conn, path: path.to_path_buf() })
    }

    /// Opens an existing library for reading only: nothing is created, upgraded or written, so
    /// a read-only file (or disk) can be listed and searched.
    pub fn open_to_read(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(LibraryError::NoLibrary { path: path.to_path_buf() });
        }
        check_header(path)?;
        let db_err = |source| db_error(path, source);
        let conn = match read_only_connection(path, false) {
            // A WAL library in a folder this user cannot write: SQLite cannot make the shared
            // memory file readers need, so the file is read as it is (nobody can change it).
            Err(LibraryError::ReadOnly { .. }) => read_only_connection(path, true)?,
            Err(LibraryError::Db { source, .. })
                if source.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen) =>
            {
                read_only_connection(path, true)?
            }
            other => other?,
        };
        let version: i64 =
            conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(db_err)?;
        if version != schema::current_version() {
            let reason = match version > schema::current_version() {
                true => format!(
                    "library schema version {version} is newer than this newslens supports ({})",
                    schema::current_version()
                ),
                false => format!(
                    "library schema version {version} is older than this newslens reads ({}): \
                     any writing command (such as `newslens index`) upgrades it",
                    schema::current_version()
                ),
            };
            return Err(LibraryError::File { path: path.to_path_buf(), reason });
        }
        conn.pragma_update(None, "cache_size", -CACHE_KB).map_err(db_err)?;
        Ok(Store { conn, path: path.to_path_buf() })
    }

    /// Opens an existing library for reading only (the reader on files looks up an entity's
    /// library articles this way); `None` when there is none there or it cannot be read.
    pub fn open_read_only(path: &Path) -> Option<Store> {
        Store::open_to_read(path).ok()
    }

    /// Opens for writing, or for reading only when the file cannot be written (a read-only
    /// file, folder or disk): for commands that write only to keep a cache up to date.
    pub fn open_or_read_only(path: &Path) -> Result<Store> {
        match Store::open(path) {
            Err(LibraryError::ReadOnly { .. }) => Store::open_to_read(path),
            other => other,
        }
    }

    /// A consistent copy of the whole library at `target` (SQLite's online backup, page by
    /// page, so the copy has the same layout); the library itself is only read.
    pub fn copy_to(&self, target: &Path) -> Result<()> {
        let mut copy = Connection::open(target).map_err(|e| db_error(target, e))?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)
            .map_err(|e| db_error(target, e))?;
        backup
            .run_to_completion(1024, std::time::Duration::ZERO, None)
            .map_err(|e| db_error(target, e))?;
        Ok(())
    }
}

/// A read-only connection to a library (checked to be one); `immutable` opens the file as one
/// that nobody changes, without the WAL's shared memory.
fn read_only_connection(path: &Path, immutable: bool) -> Result<Connection> {
    let db_err = |source| db_error(path, source);
    let mut flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = match (immutable, path.to_str()) {
        (true, Some(name)) => {
            flags |= OpenFlags::SQLITE_OPEN_URI;
            let escaped = name.replace('%', "%25").replace('?', "%3f").replace('#', "%23");
            Connection::open_with_flags(format!("file:{escaped}?immutable=1"), flags)
        }
        _ => Connection::open_with_flags(path, flags),
    }
    .map_err(db_err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(db_err)?;
    check_is_library(&conn, path)?;
    Ok(conn)
}

/// A database error with the file it is about; writes refused by a read-only file say so.
fn db_error(path: &Path, source: rusqlite::Error) -> LibraryError {
    let code = source.sqlite_error_code();
    if matches!(code, Some(rusqlite::ErrorCode::ReadOnly)) {
        return LibraryError::ReadOnly { path: path.to_path_buf() };
    }
    LibraryError::Db { path: path.to_path_buf(), source }
}

/// An existing library file this user may not write is read-only (said before SQLite opens it
/// read-only without a word and fails at the first write).
fn check_writable(path: &Path) -> Result<()> {
    match std::fs::OpenOptions::new().append(true).open(path) {
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            Err(LibraryError::ReadOnly { path: path.to_path_buf() })
        }
        _ => Ok(()),
    }
}

/// Refuses a file that is not an SQLite database (an empty or missing file is a new library).
fn check_header(path: &Path) -> Result<()> {
    let mut head = Vec::with_capacity(16);
    let opened = std::fs::File::open(path).and_then(|f| f.take(16).read_to_end(&mut head));
    match opened {
        Ok(_) if head.is_empty() || head.as_slice() == SQLITE_HEADER => Ok(()),
        Ok(_) => Err(not_a_library(path, "the file is not an SQLite database")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(LibraryError::File { path: path.to_path_buf(), reason: e.to_string() }),
    }
}

/// Refuses an SQLite database of another program, before anything is written to it. A library
/// is one with newslens's application id, an empty database, or one with the library's tables
/// and a schema version (written before the application id existed). Returns the id found.
fn check_is_library(conn: &Connection, path: &Path) -> Result<i32> {
    let db_err = |source| db_error(path, source);
    let app_id: i32 =
        conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(db_err)?;
    if app_id == APPLICATION_ID {
        return Ok(app_id);
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(db_err)?;
    let version: i64 =
        conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(db_err)?;
    let old_library = version >= 1 && LIBRARY_TABLES.iter().all(|t| tables.iter().any(|n| n == t));
    if app_id == 0 && (tables.is_empty() || old_library) {
        return Ok(app_id);
    }
    Err(not_a_library(path, "it is an SQLite database of another program"))
}

fn not_a_library(path: &Path, reason: &str) -> LibraryError {
    LibraryError::NotALibrary { path: path.to_path_buf(), reason: reason.to_string() }
}
