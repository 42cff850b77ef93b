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
    /// Score the summary against lead-k and TextRank-k on an extractive corpus
    /// (DIR/articles/CAT/NAME.txt with DIR/summaries/CAT/NAME.txt): precision@k.
    EvalSummary {
        dir: PathBuf,
        /// Summary lengths to score, comma-separated.
        #[arg(long, value_delimiter = ',', default_values_t = [1, 3, 4, 5])]
        k: Vec<usize>,
        /// Ranker weights, `name=value,...` (unnamed ones keep their default).
        #[arg(long, default_value = "")]
        weights: String,
    },
    /// Time loading a file or folder (best of --runs) and list what failed to load.
    BenchLoad {
        path: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
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
        Some(Command::EvalSummary { dir, k, weights }) => eval_summary(&dir, &k, &weights),
        Some(Command::BenchLoad { path, runs }) => {
            print!("{}", article::bench::bench_load(&path, &LoadOptions::default(), runs));
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

fn eval_summary(dir: &std::path::Path, ks: &[usize], weights: &str) -> Result<()> {
    use newslens::analysis::summary::eval;
    let weights = weights.parse()?;
    let started = std::time::Instant::now();
    let samples = eval::load_corpus(dir)?;
    let report = eval::evaluate(&samples, ks, &weights);
    println!("{}", eval::format_report(&report));
    eprintln!("{} articles in {:.2} s", report.articles, started.elapsed().as_secs_f64());
    Ok(())
}
