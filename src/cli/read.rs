//! `open` and `analyze`: load articles and show them in the reader or print their analysis.

use super::{emit, parse_date};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::Args;
use newslens::article::{self, LoadOptions};
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct OpenArgs {
    pub paths: Vec<PathBuf>,
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

#[derive(Args)]
pub struct AnalyzeArgs {
    /// Files, folders or URLs (`-` for stdin); none analyses the bundled sample. With `--json`,
    /// one article prints an object and several an array, in the order given.
    pub files: Vec<PathBuf>,
    /// Print JSON (schema in README) instead of a text report.
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// Opens the reader on files and folders, or on the bundled samples when none is given. The
/// library at `db` (or the default place), if there is one, is only read, for entity cards.
pub fn open(args: OpenArgs, db: Option<&Path>) -> Result<()> {
    let OpenArgs { paths, date } = args;
    let opts = LoadOptions { default_date: date };
    let items: Vec<_> = if paths.is_empty() {
        article::bundled().into_iter().map(Ok).collect()
    } else {
        paths.iter().flat_map(|p| newslens::library::url::load_arg(p, &opts)).collect()
    };
    if items.is_empty() {
        bail!(
            "no supported files found in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    let lookup = newslens::library::resolve_db_path(db)
        .ok()
        .filter(|p| p.is_file())
        .and_then(|p| newslens::library::Store::open_read_only(&p));
    newslens::tui::run_with_lookup(items, lookup).context("terminal error")
}

/// Prints the analysis of every article in a file or folder; exits 1 if any failed to load.
pub fn analyze(args: AnalyzeArgs) -> Result<()> {
    let AnalyzeArgs { files, json, date } = args;
    let opts = LoadOptions { default_date: date };
    let mut results: Vec<_> = Vec::new();
    if files.is_empty() {
        results.extend(article::bundled().into_iter().map(Ok));
    }
    for file in &files {
        let found = newslens::library::url::load_arg(file, &opts);
        if found.is_empty() {
            bail!("{}: no supported files found", file.display());
        }
        results.extend(found);
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
                    emit(&(newslens::report::to_text(&a, &analysis) + "\n"))?;
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
        emit(&(serde_json::to_string_pretty(&out)? + "\n"))?;
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}
