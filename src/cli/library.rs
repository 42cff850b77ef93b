//! The library commands: `library` (the reader on the store), `add`, `import-opml`,
//! `export-opml`, `feeds`, `remove`, `rename`, `refresh`, `mark-read`, `index`, `mentions`,
//! `search`, `list` and the benchmarks, all on the SQLite store chosen by `--db`. Reading
//! commands open the store read-only.

use anyhow::Result;
use clap::{Args, Subcommand};
use newslens::library::fulltext::PageLimits;
use newslens::library::{self, commands, refresh::RefreshOptions, store::ListQuery};
use newslens::library::{LibraryError, Store};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum LibraryCommand {
    /// Open the reader on the library: feeds, unread articles, search, refresh (`r`).
    Library,
    /// Subscribe to a feed URL, or store a web page, a file or a folder in the library.
    Add {
        target: String,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Subscribe to every feed of an OPML file (titles and folders kept).
    ImportOpml { file: PathBuf },
    /// Print the subscriptions as OPML, in their folders.
    ExportOpml,
    /// List the subscriptions: name, unread / total articles, address, last error.
    Feeds,
    /// Unsubscribe from a feed and delete its articles (starred ones are kept).
    Remove {
        /// The feed's address, its title, or a unique part of either.
        feed: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
    /// Give a feed a name of your own (refresh keeps it; "" gives it back its own title).
    Rename {
        /// The feed's address, its title, or a unique part of either.
        feed: String,
        name: String,
    },
    /// Fetch every feed (or one), store new articles, then index and analyse them.
    Refresh {
        /// Only this feed: its address, its title, or a unique part of either.
        feed: Option<String>,
        /// Feeds fetched at once (more hides network latency, and costs memory: 3 keeps a
        /// 100-feed refresh under 40 MB).
        #[arg(long, default_value_t = 3)]
        jobs: usize,
        #[command(flatten)]
        net: NetArgs,
        /// Keep teasers instead of fetching the linked page.
        #[arg(long)]
        no_full_text: bool,
        /// Linked pages fetched for one feed's teasers (its newest first).
        #[arg(long, default_value_t = PageLimits::default().per_feed)]
        max_pages_per_feed: usize,
        /// Linked pages fetched in all; the rest wait for later refreshes.
        #[arg(long, default_value_t = PageLimits::default().per_refresh)]
        max_pages: usize,
        /// Store only; analyse later with `index`.
        #[arg(long)]
        no_index: bool,
    },
    /// Mark every article of a feed read, or of the whole library with --all.
    MarkRead {
        /// The feed's address, its title, or a unique part of either.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        feed: Option<String>,
        /// Every article of the library.
        #[arg(long)]
        all: bool,
    },
    /// Index for search and analyse every stored article not done yet.
    Index,
    /// Every article in the library that names an entity, newest first.
    Mentions {
        name: String,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Search titles and texts of the library, best match first (OR, NOT, prefix*).
    Search {
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Articles in the library, newest first, with the number `open` takes.
    List {
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Every article (no limit).
        #[arg(long)]
        all: bool,
        #[arg(long)]
        unread: bool,
        #[arg(long)]
        starred: bool,
    },
    /// Time the reader on a copy of the library: first screen, article, search, entity card.
    #[command(hide = true)]
    BenchLibraryUi {
        #[arg(long, default_value_t = 11)]
        runs: usize,
        #[arg(long, default_value = "council budget")]
        query: String,
        #[arg(long, default_value = "State")]
        entity: String,
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
}

/// Network limits for commands that fetch.
#[derive(Args)]
pub struct NetArgs {
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

/// Runs one library command on the store at `db` (or the default location). Database errors
/// name the file.
pub fn run(command: LibraryCommand, db: Option<&Path>, config: Option<&Path>) -> Result<()> {
    let path = library::resolve_db_path(db)?;
    run_on(command, &path, config).map_err(|e| e.at(&path).into())
}

fn run_on(command: LibraryCommand, path: &Path, config: Option<&Path>) -> Result<(), LibraryError> {
    use LibraryCommand as C;
    // Fetching and parsing on many threads: one malloc arena. The analysis (`index`, also what a
    // refresh becomes after fetching) keeps the default, which costs no memory there.
    if matches!(command, C::Add { .. } | C::Refresh { .. }) {
        library::memory::limit_arenas();
    }
    match command {
        C::Library => {
            let settings = super::settings(config);
            newslens::tui::run_library(Store::open_or_read_only(path)?, settings)?
        }
        C::Add { target, net } => {
            commands::add_command(&mut Store::open(path)?, &target, &net.config())?
        }
        C::ImportOpml { file } => commands::import_opml_command(&Store::open(path)?, &file)?,
        C::ExportOpml => reading(path, commands::export_opml_command)?,
        C::Feeds => reading(path, commands::feeds_command)?,
        C::Remove { feed, yes } => {
            commands::remove_command(&Store::open(path)?, &feed, yes, &mut confirm)?
        }
        C::Rename { feed, name } => commands::rename_command(&Store::open(path)?, &feed, &name)?,
        C::Refresh { feed, jobs, net, no_full_text, no_index, max_pages_per_feed, max_pages } => {
            let opts = RefreshOptions {
                jobs,
                fetch: net.config(),
                full_text: !no_full_text,
                pages: PageLimits { per_feed: max_pages_per_feed, per_refresh: max_pages },
            };
            let mut store = Store::open(path)?;
            commands::refresh_command(&mut store, feed.as_deref(), &opts, false)?;
            if !no_index {
                drop(store);
                index_in_a_fresh_image(path)?;
            }
        }
        C::MarkRead { feed, .. } => {
            commands::mark_read_command(&Store::open(path)?, feed.as_deref())?
        }
        C::Index => commands::index_command(&mut Store::open(path)?)?,
        C::Mentions { name, limit } => {
            reading(path, |store| commands::mentions_command(store, &name, limit))?
        }
        C::Search { query, limit } => match Store::open_or_read_only(path) {
            Err(LibraryError::NoLibrary { .. }) => no_library(path),
            store => commands::search_command(&store?, &query.join(" "), limit)?,
        },
        C::List { limit, all, unread, starred } => {
            let q = ListQuery {
                limit: (!all).then_some(limit),
                unread_only: unread,
                starred_only: starred,
                ..Default::default()
            };
            reading(path, |store| commands::list_command(store, &q))?
        }
        C::BenchLibraryUi { runs, query, entity } => {
            let report =
                newslens::tui::library_view::bench::bench_library_ui(path, runs, &query, &entity)?;
            commands::Out::new().text(&report)?;
        }
        C::BenchLibrary { entity, query, runs } => {
            reading(path, |store| commands::bench_queries_command(store, &entity, &query, runs))?
        }
    }
    Ok(())
}

/// The analysis after a refresh: this process becomes `newslens --db PATH index` (exec), so the
/// memory that fetching and parsing touched (heap, and the code of the HTTP, TLS and feed
/// parsers) is not carried into the analysis, which loads its models on top: the peak of a
/// refresh is the larger of the two phases, not their sum (BENCHMARKS.md, "Memory"). Where exec
/// is not available, or fails, the analysis runs here.
fn index_in_a_fresh_image(path: &Path) -> Result<(), LibraryError> {
    #[cfg(unix)]
    if let Ok(exe) = std::env::current_exe() {
        use std::os::unix::process::CommandExt;
        let _ = std::io::stdout().flush();
        // Returns only when the exec failed.
        let _ = std::process::Command::new(exe).arg("--db").arg(path).arg("index").exec();
    }
    library::memory::release_free_memory();
    commands::index_command(&mut Store::open(path)?)
}

/// Runs a reading command on the library opened read-only; no library yet is an empty one.
fn reading(
    path: &Path,
    command: impl FnOnce(&Store) -> Result<(), LibraryError>,
) -> Result<(), LibraryError> {
    match Store::open_to_read(path) {
        Err(LibraryError::NoLibrary { .. }) => {
            no_library(path);
            Ok(())
        }
        store => command(&store?),
    }
}

fn no_library(path: &Path) {
    commands::note(format!("newslens: {}", LibraryError::NoLibrary { path: path.to_path_buf() }));
}

/// Asks on the terminal; without one, says that --yes is needed and declines.
fn confirm(question: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        commands::note(format!("{question} (not asked: no terminal; pass --yes)"));
        return false;
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{} [y/N] ", newslens::article::clean::printable(question));
    let _ = err.flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}
