//! The library commands: `library` (the reader on the store), `add`, `import-opml`, `export-opml`, `refresh`, `index`, `mentions`,
//! `search`, `list` and `bench-library`, all on the SQLite store chosen by `--db`.

use anyhow::Result;
use clap::{Args, Subcommand};
use newslens::library::{self, commands, refresh::RefreshOptions, store::ListQuery};
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
    /// Subscribe to every feed of an OPML file.
    ImportOpml { file: PathBuf },
    /// Print the subscriptions as OPML.
    ExportOpml,
    /// Fetch every feed, store new articles, then index and analyse them.
    Refresh {
        /// Feeds fetched at once (more hides network latency, and costs memory: 3 keeps a
        /// 100-feed refresh under 50 MB).
        #[arg(long, default_value_t = 3)]
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
    /// Articles in the library, newest first.
    List {
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        unread: bool,
        #[arg(long)]
        starred: bool,
    },
    /// Time the reader on the library: first screen, opening an article, search, entity card.
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

/// Runs one library command on the store at `db` (or the default location).
pub fn run(command: LibraryCommand, db: Option<&Path>) -> Result<()> {
    let mut store = commands::open_store(db)?;
    match command {
        LibraryCommand::Library => newslens::tui::run_library(store)?,
        LibraryCommand::Add { target, net } => {
            commands::add_command(&mut store, &target, &net.config())?
        }
        LibraryCommand::ImportOpml { file } => commands::import_opml_command(&store, &file)?,
        LibraryCommand::ExportOpml => commands::export_opml_command(&store)?,
        LibraryCommand::Refresh { jobs, net, no_full_text, no_index } => {
            let opts = RefreshOptions { jobs, fetch: net.config(), full_text: !no_full_text };
            commands::refresh_command(&mut store, &opts, !no_index)?
        }
        LibraryCommand::Index => commands::index_command(&mut store)?,
        LibraryCommand::Mentions { name, limit } => {
            commands::mentions_command(&store, &name, limit)?
        }
        LibraryCommand::Search { query, limit } => {
            commands::search_command(&store, &query.join(" "), limit)?
        }
        LibraryCommand::List { limit, unread, starred } => {
            let q = ListQuery {
                limit: Some(limit),
                unread_only: unread,
                starred_only: starred,
                ..Default::default()
            };
            commands::list_command(&store, &q)?
        }
        LibraryCommand::BenchLibraryUi { runs, query, entity } => {
            let db = library::resolve_db_path(db)?;
            drop(store);
            print!(
                "{}",
                newslens::tui::library_view::bench::bench_library_ui(&db, runs, &query, &entity)?
            );
        }
        LibraryCommand::BenchLibrary { entity, query, runs } => {
            commands::bench_queries_command(&store, &entity, &query, runs)?
        }
    }
    Ok(())
}
