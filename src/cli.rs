//! The subcommands of the `newslens` binary, one module per family. Each parses its own
//! arguments (clap `Args`), calls the library and prints; the work itself is in the library.

pub mod library;
pub mod measure;
pub mod ner;
pub mod pos;
pub mod read;
pub mod timex;
pub mod unknown;

use anyhow::{Context, Result};
use chrono::NaiveDate;

/// Parses a `YYYY-MM-DD` argument.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly.
pub fn emit(s: &str) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}
