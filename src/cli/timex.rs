//! `timex`, `eval-timex` and `bench-timex`: the temporal tagger on plain text and TimeML.

use super::{emit, parse_date};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Args)]
pub struct TimexArgs {
    /// A plain-text file, or `-` for stdin.
    pub file: PathBuf,
    /// Publication date the values are resolved against.
    #[arg(long, value_parser = parse_date)]
    pub dct: NaiveDate,
    /// Print a JSON array of {start, end, text, type, value} (Unicode scalar offsets).
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct EvalTimexArgs {
    /// Folders of .tml files; several are scored together.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Also print every error with its context.
    #[arg(long)]
    pub details: bool,
    /// With --details, also print every expression whose value is right (class `ok`).
    #[arg(long, requires = "details")]
    pub all: bool,
}

#[derive(Args)]
pub struct BenchTimexArgs {
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Timed passes; the fastest is reported.
    #[arg(long, default_value_t = 5)]
    pub passes: usize,
}

/// Prints every temporal expression in a plain-text file.
pub fn timex(args: TimexArgs) -> Result<()> {
    let TimexArgs { file, dct, json } = args;
    use newslens::analysis::find_dates as find_in_text;
    use newslens::tools::timex::output;
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read stdin")?
    } else {
        std::fs::read_to_string(&file)
            .with_context(|| format!("{}: cannot read", file.display()))?
    };
    let found = find_in_text(&text, Some(dct));
    if json {
        emit(&(serde_json::to_string_pretty(&output::to_json(&text, &found))? + "\n"))
    } else {
        emit(&output::to_table(&text, &found))
    }
}

/// Scores the tagger on TimeML folders.
pub fn eval_timex(args: EvalTimexArgs) -> Result<()> {
    let EvalTimexArgs { dirs, details, all } = args;
    use newslens::analysis::find_dates as find_in_text;
    use newslens::tools::timex::{eval, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        let found = timeml::read_dir(dir)?;
        if found.is_empty() {
            bail!("{}: no .tml files found", dir.display());
        }
        docs.extend(found);
    }
    let report = eval::evaluate(&docs, |d| find_in_text(&d.text, Some(d.dct)));
    let mut out = report.to_string();
    if details {
        out += "\nerrors (class, text, gold, ours, context):\n";
        let correct = report.correct.iter().filter(|_| all);
        for line in report.details.iter().chain(correct) {
            out += line;
            out += "\n";
        }
    }
    emit(&out)
}

/// Times the tagger over TimeML text.
pub fn bench_timex(args: BenchTimexArgs) -> Result<()> {
    let BenchTimexArgs { dirs, passes } = args;
    use newslens::tools::timex::{output, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        docs.extend(timeml::read_dir(dir)?);
    }
    if docs.is_empty() {
        bail!("no .tml files found");
    }
    emit(&format!("{}\n", output::bench(&docs, passes)))
}
