//! `open` and `analyze`: load articles and show them in the reader or print their analysis.
//! `open` also takes the numbers `newslens list` prints (`42` or `#42`): those articles come
//! from the library.

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

/// The library article a command-line argument names (`42` or `#42`), when no file of that
/// name exists.
pub fn article_id(arg: &Path) -> Option<i64> {
    let s = arg.to_str()?;
    let digits = s.strip_prefix('#').unwrap_or(s);
    let is_number = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    (is_number && !arg.exists()).then(|| digits.parse().ok()).flatten()
}

/// Opens the reader on files, folders, URLs and library article numbers, or on the bundled
/// samples when none is given. The library at `db` (or the default place), if there is one, is
/// only read for entity cards; an article opened by its number is marked read.
pub fn open(args: OpenArgs, db: Option<&Path>, settings: newslens::tui::Settings) -> Result<()> {
    let OpenArgs { paths, date } = args;
    let opts = LoadOptions { default_date: date };
    let mut items = Vec::new();
    if paths.is_empty() {
        items.extend(article::bundled().into_iter().map(Ok));
    }
    for p in &paths {
        match article_id(p) {
            Some(id) => items.push(Ok(library_article(id, db)?)),
            None => items.extend(newslens::library::url::load_arg(p, &opts)),
        }
    }
    if items.is_empty() {
        bail!(
            "no supported files found in {}",
            paths.iter().map(|p| article::shown(p)).collect::<Vec<_>>().join(", ")
        );
    }
    let lookup = newslens::library::resolve_db_path(db)
        .ok()
        .filter(|p| p.is_file())
        .and_then(|p| newslens::library::Store::open_read_only(&p));
    Ok(newslens::tui::run_with_lookup(items, lookup, settings)?)
}

/// Article `id` of the library, marked read (when the library can be written).
fn library_article(id: i64, db: Option<&Path>) -> Result<article::Article> {
    let path = newslens::library::resolve_db_path(db)?;
    let store = newslens::library::Store::open_or_read_only(&path).map_err(|e| e.at(&path))?;
    Ok(newslens::library::commands::open_article(&store, id).map_err(|e| e.at(&path))?)
}

/// Writes the JSON analysis of `articles` to stdout as it goes: one document, or an array of
/// them, each analysed only when it is written.
fn print_json(articles: &[article::Article]) -> Result<()> {
    use newslens::report::{write_json, JsonDocument};
    use serde::ser::{Serialize, SerializeSeq, Serializer};
    struct Each<'a>(&'a [article::Article]);
    impl Serialize for Each<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(self.0.len()))?;
            for a in self.0 {
                seq.serialize_element(&JsonDocument::new(a, &newslens::analyze(a)))?;
            }
            seq.end()
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match articles {
        [one] => write_json(&mut out, &JsonDocument::new(one, &newslens::analyze(one))),
        all => write_json(&mut out, &Each(all)),
    };
    let written = written.map_err(std::io::Error::from).and_then(|()| {
        std::io::Write::write_all(&mut out, b"\n")?;
        std::io::Write::flush(&mut out)
    });
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
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
            bail!("{}: no supported files found", article::shown(file));
        }
        results.extend(found);
    }
    let mut failed = false;
    let mut articles = Vec::new();
    for r in results.drain(..) {
        match r {
            Ok(a) if json => articles.push(a),
            Ok(mut a) => {
                // The report reads the analysis, not the paragraphs: the body is held once.
                let text = std::mem::take(&mut a.paragraphs).join(article::PARAGRAPH_SEPARATOR);
                let analysis = newslens::analysis::analyze_text(text, a.published);
                emit(&(newslens::report::to_text(&a, &analysis) + "\n"))?;
            }
            Err(e) => {
                newslens::library::commands::note(format!("newslens: {e}"));
                failed = true;
            }
        }
    }
    if json {
        print_json(&articles)?;
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}
