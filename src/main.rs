//! The `newslens` command line: opens the reader or runs one pipeline command.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use newslens::article::{self, LoadOptions};
use newslens::library::{self, commands, refresh::RefreshOptions, store::ListQuery};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "newslens",
    version,
    about = "A terminal news reader that highlights who, where, when and how many"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (`-` for stdin); none opens the bundled sample articles.
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// Library database (default: $NEWSLENS_DB, else library.db in the platform data directory).
    #[arg(long, global = true)]
    db: Option<PathBuf>,
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
    /// Subscribe to a feed URL, or store a web page, a file or a folder in the library.
    Add {
        target: String,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Subscribe to every feed of an OPML file.
    ImportOpml { file: PathBuf },
    /// Print the subscriptions as OPML.
    ExportOpml,
    /// Fetch every feed, store new articles, then index and analyse them.
    Refresh {
        /// Feeds fetched at once (more hides network latency, and costs memory).
        #[arg(long, default_value_t = 4)]
        jobs: usize,
        #[command(flatten)]
        net: NetArgs,
        /// Keep teasers instead of fetching the linked page.
        #[arg(long)]
        no_full_text: bool,
        /// Store only; analyse later with `index`.
        #[arg(long)]
        no_index: bool,
    },
    /// Index for search and analyse every stored article not done yet.
    Index,
    /// Every article in the library that names an entity, newest first.
    Mentions {
        name: String,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Search titles and texts of the library, best match first.
    Search {
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Time the library queries the reader runs (first screen, mentions, search).
    BenchLibrary {
        #[arg(long, default_value = "State")]
        entity: String,
        #[arg(long, default_value = "council budget")]
        query: String,
        #[arg(long, default_value_t = 11)]
        runs: usize,
    },
    /// Articles in the library, newest first.
    List {
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        unread: bool,
        #[arg(long)]
        starred: bool,
    },
}

/// Network limits for commands that fetch.
#[derive(clap::Args)]
struct NetArgs {
    /// Seconds allowed per request.
    #[arg(long, default_value_t = 20.0)]
    timeout: f64,
    /// Largest response accepted, in megabytes.
    #[arg(long, default_value_t = 20)]
    max_mb: u64,
}

impl NetArgs {
    fn config(&self) -> library::fetch::FetchConfig {
        library::fetch::FetchConfig {
            timeout: std::time::Duration::from_secs_f64(self.timeout.clamp(0.05, 3600.0)),
            max_bytes: self.max_mb.saturating_mul(1 << 20),
            ..Default::default()
        }
    }
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
        Some(library_command) => run_library(library_command, cli.db.as_deref()),
    }
}

fn run_library(command: Command, db: Option<&std::path::Path>) -> Result<()> {
    let mut store = commands::open_store(db)?;
    match command {
        Command::Add { target, net } => commands::add_command(&mut store, &target, &net.config())?,
        Command::ImportOpml { file } => commands::import_opml_command(&store, &file)?,
        Command::ExportOpml => commands::export_opml_command(&store)?,
        Command::Refresh { jobs, net, no_full_text, no_index } => {
            let opts = RefreshOptions { jobs, fetch: net.config(), full_text: !no_full_text };
            commands::refresh_command(&mut store, &opts, !no_index)?
        }
        Command::Index => commands::index_command(&mut store)?,
        Command::Mentions { name, limit } => commands::mentions_command(&store, &name, limit)?,
        Command::Search { query, limit } => {
            commands::search_command(&store, &query.join(" "), limit)?
        }
        Command::BenchLibrary { entity, query, runs } => {
            commands::bench_queries_command(&store, &entity, &query, runs)?
        }
        Command::List { limit, unread, starred } => {
            let q = ListQuery {
                limit: Some(limit),
                unread_only: unread,
                starred_only: starred,
                ..Default::default()
            };
            commands::list_command(&store, &q)?
        }
        Command::Open { .. } | Command::Analyze { .. } => {}
    }
    Ok(())
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
