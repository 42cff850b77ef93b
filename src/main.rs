//! The `newslens` command line: opens the reader or runs one pipeline command.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use newslens::article::{self, LoadOptions};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "newslens",
    version,
    about = "A terminal news reader that highlights who, where, when and how many"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (`-` for stdin); none opens the bundled sample articles.
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the reader on files or folders (the default command).
    Open {
        paths: Vec<PathBuf>,
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Analyse one file and print entities, quotes, quantities, timeline and summary.
    Analyze {
        /// A file, or `-` for stdin.
        file: PathBuf,
        /// Print JSON (schema in README) instead of a text report.
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Time loading a file or folder (best of --runs) and list what failed to load.
    BenchLoad {
        path: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Print every temporal expression in a plain-text file, normalised against --dct.
    Timex {
        /// A plain-text file, or `-` for stdin.
        file: PathBuf,
        /// Publication date the values are resolved against.
        #[arg(long, value_parser = parse_date)]
        dct: NaiveDate,
        /// Print a JSON array of {start, end, text, type, value} (Unicode scalar offsets).
        #[arg(long)]
        json: bool,
    },
    /// Score the temporal tagger on a folder of TimeML (.tml) files (TempEval-3 measures).
    EvalTimex {
        /// Folders of .tml files; several are scored together.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Also print every error with its context.
        #[arg(long)]
        details: bool,
    },
    /// Time the temporal tagger over the text of TimeML folders (use a release build).
    BenchTimex {
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Timed passes; the fastest is reported.
        #[arg(long, default_value_t = 5)]
        passes: usize,
    },
    /// Measure the reader's startup and per-keystroke redraw times (see BENCHMARKS.md).
    #[command(hide = true)]
    BenchUi {
        /// Startup runs to average.
        #[arg(long, default_value_t = 50)]
        runs: usize,
        /// Keystrokes to time on the 1 MB article.
        #[arg(long, default_value_t = 2000)]
        keys: usize,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        None => open(cli.paths, cli.date),
        Some(Command::Open { paths, date }) => open(paths, date.or(cli.date)),
        Some(Command::Analyze { file, json, date }) => analyze(file, json, date),
        Some(Command::BenchLoad { path, runs }) => {
            print!("{}", article::bench::bench_load(&path, &LoadOptions::default(), runs));
            Ok(())
        }
        Some(Command::Timex { file, dct, json }) => timex(file, dct, json),
        Some(Command::EvalTimex { dirs, details }) => eval_timex(dirs, details),
        Some(Command::BenchTimex { dirs, passes }) => bench_timex(dirs, passes),
        Some(Command::BenchUi { runs, keys }) => {
            print!("{}", newslens::tui::bench::bench_ui(runs, keys));
            Ok(())
        }
    }
}

fn open(paths: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<()> {
    let opts = LoadOptions { default_date: date };
    let items: Vec<_> = if paths.is_empty() {
        article::bundled().into_iter().map(Ok).collect()
    } else {
        paths.iter().flat_map(|p| article::load_path(p, &opts)).collect()
    };
    if items.is_empty() {
        bail!(
            "no supported files found in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    newslens::tui::run(items).context("terminal error")
}

fn analyze(file: PathBuf, json: bool, date: Option<NaiveDate>) -> Result<()> {
    let opts = LoadOptions { default_date: date };
    let mut results = article::load_path(&file, &opts);
    if results.is_empty() {
        bail!("{}: no supported files found", file.display());
    }
    let mut failed = false;
    let mut docs = Vec::new();
    for r in results.drain(..) {
        match r {
            Ok(a) => {
                let analysis = newslens::analyze(&a);
                if json {
                    docs.push(newslens::report::to_json(&a, &analysis));
                } else {
                    println!("{}", newslens::report::to_text(&a, &analysis));
                }
            }
            Err(e) => {
                eprintln!("newslens: {e}");
                failed = true;
            }
        }
    }
    if json {
        let out = if docs.len() == 1 {
            docs.pop().unwrap_or_default()
        } else {
            serde_json::Value::Array(docs)
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}

fn timex(file: PathBuf, dct: NaiveDate, json: bool) -> Result<()> {
    use newslens::analysis::timex::{find, output};
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read stdin")?
    } else {
        std::fs::read_to_string(&file)
            .with_context(|| format!("{}: cannot read", file.display()))?
    };
    let found = find(&text, Some(dct));
    if json {
        emit(&(serde_json::to_string_pretty(&output::to_json(&text, &found))? + "\n"))
    } else {
        emit(&output::to_table(&text, &found))
    }
}

fn eval_timex(dirs: Vec<PathBuf>, details: bool) -> Result<()> {
    use newslens::analysis::timex::{eval, find, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        let found = timeml::read_dir(dir)?;
        if found.is_empty() {
            bail!("{}: no .tml files found", dir.display());
        }
        docs.extend(found);
    }
    let report = eval::evaluate(&docs, |d| find(&d.text, Some(d.dct)));
    let mut out = report.to_string();
    if details {
        out += "\nerrors (class, text, gold, ours, context):\n";
        for line in &report.details {
            out += line;
            out += "\n";
        }
    }
    emit(&out)
}

fn bench_timex(dirs: Vec<PathBuf>, passes: usize) -> Result<()> {
    use newslens::analysis::timex::{output, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        docs.extend(timeml::read_dir(dir)?);
    }
    if docs.is_empty() {
        bail!("no .tml files found");
    }
    emit(&format!("{}\n", output::bench(&docs, passes)))
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly.
fn emit(s: &str) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}
