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
///
/// Every line is made printable first (`article::clean::printable`, tabs kept): text that came
/// from a file or a server (words, titles, file names) cannot reach the terminal as a command.
pub fn emit(s: &str) -> Result<()> {
    use std::io::Write;
    let text = printable_lines(s);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}

/// `s` with every line made printable, line ends and tabs kept.
pub fn printable_lines(s: &str) -> std::borrow::Cow<'_, str> {
    use newslens::article::clean::printable;
    let unsafe_line = |line: &str| {
        line.split('\t').any(|part| matches!(printable(part), std::borrow::Cow::Owned(_)))
    };
    if !s.split('\n').any(unsafe_line) {
        return std::borrow::Cow::Borrowed(s);
    }
    let lines: Vec<String> = s
        .split('\n')
        .map(|line| line.split('\t').map(|part| printable(part)).collect::<Vec<_>>().join("\t"))
        .collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// The reader's settings from the configuration file named by `--config` (or the default
/// place). A bad file is reported on stderr too, and the reader shows it when it opens.
pub fn settings(config: Option<&std::path::Path>) -> newslens::tui::Settings {
    let path = newslens::config::config_path(config);
    let settings = newslens::tui::Settings::load(path.as_deref(), config.is_some());
    for problem in settings.problems() {
        newslens::library::commands::note(format!("newslens: config: {problem}"));
    }
    settings
}
