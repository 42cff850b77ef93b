//! The library's command-line commands (`add`, `import-opml`, `export-opml`, `refresh`, `index`,
//! `mentions`, `search`, `list`): each opens the store, calls the library and prints the result.
//! `src/main.rs` only parses arguments and calls these.

use super::fetch::FetchConfig;
use super::refresh::{FeedOutcome, Progress, RefreshOptions, RefreshSummary};
use super::store::{ArticleRow, ListQuery};
use super::{add, index, mentions, opml, refresh, search, LibraryError, Result, Store};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// Opens the store named by `--db`, `$NEWSLENS_DB` or the platform default.
pub fn open_store(db: Option<&Path>) -> Result<Store> {
    Store::open(&super::resolve_db_path(db)?)
}

/// `add URL|FILE`.
pub fn add_command(store: &mut Store, target: &str, fetch: &FetchConfig) -> Result<()> {
    match add::add(store, target, fetch)? {
        add::Added::Subscribed { title, is_new, counts, .. } => {
            let verb = if is_new { "subscribed to" } else { "already subscribed to" };
            println!("{verb} {}: {} new articles", display_title(&title, target), counts.new);
            let pages = super::fulltext::complete_teasers(
                store,
                &super::fetch::Fetcher::new(fetch.clone()),
                8,
            )?;
            print_page_failures(pages.completed, &pages.failures);
        }
        add::Added::Imported { counts, failures } => {
            println!("imported {} new articles ({} already stored)", counts.new, counts.existing);
            for f in &failures {
                eprintln!("newslens: {f}");
            }
            if counts.new + counts.existing == 0 {
                return Err(LibraryError::Other(format!("{target}: nothing imported")));
            }
        }
    }
    Ok(())
}

/// `import-opml FILE`.
pub fn import_opml_command(store: &Store, file: &Path) -> Result<()> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| LibraryError::File { path: file.to_path_buf(), reason: e.to_string() })?;
    let outlines = opml::parse(&text)
        .map_err(|e| LibraryError::File { path: file.to_path_buf(), reason: e.to_string() })?;
    let tx = store.conn.unchecked_transaction()?;
    let mut added = 0;
    for o in &outlines {
        added += usize::from(store.add_feed(&o.url, &o.title)?.1);
    }
    tx.commit()?;
    println!("{added} feeds added ({} already subscribed)", outlines.len() - added);
    Ok(())
}

/// `export-opml`.
pub fn export_opml_command(store: &Store) -> Result<()> {
    print!("{}", opml::export(&store.feeds()?));
    Ok(())
}

/// `refresh`: fetch and store, then complete teasers, index for search and analyse.
pub fn refresh_command(store: &mut Store, opts: &RefreshOptions, analyse: bool) -> Result<()> {
    let started = Instant::now();
    let bar = std::io::stderr().is_terminal();
    let summary = refresh::refresh_all(store, opts, &mut |p| {
        if bar {
            draw_progress(p);
        }
    })?;
    if bar {
        eprint!("\r\x1b[2K");
    }
    print_refresh_summary(&summary, started.elapsed());
    if analyse {
        index_command(store)?;
    }
    Ok(())
}

fn draw_progress(p: &Progress) {
    const WIDTH: usize = 30;
    let filled = WIDTH * p.done / p.total.max(1);
    let mark = match p.outcome {
        FeedOutcome::Failed(_) => "!",
        _ => "",
    };
    eprint!(
        "\r\x1b[2Krefreshing [{}{}] {}/{} {mark}",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        p.done,
        p.total
    );
    let _ = std::io::stderr().flush();
}

fn print_refresh_summary(s: &RefreshSummary, took: Duration) {
    println!(
        "refreshed {} feeds in {:.2} s: {} new articles, {} already stored, {} unchanged, {} failed",
        s.feeds,
        took.as_secs_f64(),
        s.new_articles,
        s.already_stored,
        s.not_modified,
        s.failures.len()
    );
    println!(
        "  parsing took {:.2} s (all workers), storing {:.2} s",
        s.parse_time.as_secs_f64(),
        s.store_time.as_secs_f64()
    );
    for f in &s.failures {
        println!("  failed: {}: {}", f.url, f.reason);
    }
    print_page_failures(s.full_texts, &s.page_failures);
}

fn print_page_failures(completed: usize, failures: &[refresh::Failure]) {
    if completed + failures.len() > 0 {
        println!("full text fetched for {completed} teasers, {} pages failed", failures.len());
    }
    for f in failures {
        println!("  page failed: {}: {}", f.url, f.reason);
    }
}

/// `index`: search index and analysis of every article not yet done.
pub fn index_command(store: &mut Store) -> Result<()> {
    let started = Instant::now();
    let indexed = search::sync_index(&store.conn)?;
    println!("search index: {indexed} articles added in {:.2} s", started.elapsed().as_secs_f64());
    let started = Instant::now();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let bar = std::io::stderr().is_terminal();
    let analysed = index::analyze_pending(store, threads, &mut |done, total| {
        if bar {
            eprint!("\r\x1b[2Kanalysing {done}/{total}");
        }
    })?;
    if bar {
        eprint!("\r\x1b[2K");
    }
    println!("analysed {analysed} articles in {:.2} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// `mentions NAME`.
pub fn mentions_command(store: &Store, name: &str, limit: usize) -> Result<()> {
    let hits = mentions::mentions(store, name, limit)?;
    if hits.is_empty() {
        println!("no article in the library names {name:?}");
    }
    for h in hits {
        println!("{}  {} ({}, #{})", date(h.published), h.title, h.source, h.article_id);
        println!("    {} [{}]: {}", h.entity, h.kind, h.sentence);
    }
    Ok(())
}

/// `search QUERY`.
pub fn search_command(store: &Store, query: &str, limit: usize) -> Result<()> {
    let hits = search::search(&store.conn, query, limit)?;
    if hits.is_empty() {
        println!("nothing found for {query:?}");
    }
    for h in hits {
        print_row(&h.article);
        println!("    {}", h.snippet);
    }
    Ok(())
}

/// `list`: stored articles, newest first.
pub fn list_command(store: &Store, query: &ListQuery) -> Result<()> {
    for row in store.list_articles(query)? {
        print_row(&row);
    }
    Ok(())
}

fn print_row(r: &ArticleRow) {
    let flags = format!("{}{}", if r.read { ' ' } else { 'N' }, if r.starred { '*' } else { ' ' });
    println!("{flags} {}  {}  ({}, #{})", date(r.published), r.title, r.source, r.id);
}

fn date(unix: Option<i64>) -> String {
    unix.and_then(super::store::unix_to_date).map_or_else(|| "----------".into(), |d| d.to_string())
}

fn display_title<'a>(title: &'a str, url: &'a str) -> &'a str {
    if title.is_empty() {
        url
    } else {
        title
    }
}

/// `bench-library`: times the reader's library queries in-process (`runs` times each, median):
/// the first screen (feeds with unread counts + the newest 50 articles), `mentions ENTITY` and
/// `search QUERY`.
pub fn bench_queries_command(store: &Store, entity: &str, query: &str, runs: usize) -> Result<()> {
    let runs = runs.max(1);
    let time = |f: &mut dyn FnMut() -> Result<usize>| -> Result<(Duration, usize)> {
        let mut times = Vec::with_capacity(runs);
        let mut n = 0;
        for _ in 0..runs {
            let started = Instant::now();
            n = f()?;
            times.push(started.elapsed());
        }
        times.sort();
        Ok((times[runs / 2], n))
    };
    let first_screen = time(&mut || {
        let feeds = store.feed_summaries()?;
        let rows = store.list_articles(&ListQuery { limit: Some(50), ..Default::default() })?;
        Ok(feeds.len() + rows.len())
    })?;
    let named = time(&mut || Ok(mentions::mentions(store, entity, 50)?.len()))?;
    let found = time(&mut || Ok(search::search(&store.conn, query, 20)?.len()))?;
    println!("articles in the library: {}", store.article_count()?);
    for (what, (took, n)) in [
        ("first screen (feeds + newest 50)".to_string(), first_screen),
        (format!("mentions {entity:?} (50 newest)"), named),
        (format!("search {query:?} (20 best)"), found),
    ] {
        println!("{what}: {:.2} ms median of {runs}, {n} rows", took.as_secs_f64() * 1000.0);
    }
    Ok(())
}
