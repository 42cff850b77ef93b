//! The subcommands of the `newslens` binary, one module per family. Each parses its own
//! arguments (clap `Args`), calls the library and prints; the work itself is in the library.

pub mod eval;
pub mod library;
pub mod measure;
pub mod ner;
pub mod pos;
pub mod read;
pub mod timex;
pub mod unknown;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// `--model FILE`: a model file to use instead of the one built into the binary.
#[derive(clap::Args)]
pub struct ModelChoice {
    /// A model file instead of the built-in model.
    #[arg(long = "model", id = "model")]
    pub model_file: Option<PathBuf>,
}

/// The arguments of `bench-ner` and `bench-pos`.
#[derive(clap::Args)]
pub struct BenchModelArgs {
    /// CoNLL file whose sentences are tagged.
    pub file: PathBuf,
    #[command(flatten)]
    pub model: ModelChoice,
    /// Seconds to tag for (the whole file at least once).
    #[arg(long, default_value_t = 5.0)]
    pub seconds: f64,
}

impl ModelChoice {
    pub fn path(&self) -> Option<&Path> {
        self.model_file.as_deref()
    }

    /// The chosen file's bytes, or the built-in model's.
    pub fn bytes(&self, embedded: &[u8]) -> Result<Vec<u8>> {
        match self.path() {
            Some(p) => std::fs::read(p).with_context(|| format!("reading model {}", p.display())),
            None => Ok(embedded.to_vec()),
        }
    }
}

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
