//! `refresh` (every feed, or one) and `index`, with a progress bar on a terminal's stderr.

use super::{count, Out};
use crate::library::fulltext::PageLimits;
use crate::library::refresh::{
    self, Failure, FeedOutcome, Progress, RefreshOptions, RefreshSummary,
};
use crate::library::{index, search, Result, Store};
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// `refresh [FEED]`: fetch and store, then complete teasers, index for search and analyse.
/// Call [`crate::library::memory::limit_arenas`] before, at the start of the process.
pub fn refresh_command(
    store: &mut Store,
    feed: Option<&str>,
    opts: &RefreshOptions,
    analyse: bool,
) -> Result<()> {
    let started = Instant::now();
    let bar = std::io::stderr().is_terminal();
    let mut on_progress = |p: &Progress| {
        if bar {
            draw_progress(p);
        }
    };
    let summary = match feed {
        Some(name) => {
            let feed = store.find_feed(name)?;
            refresh::refresh_one(store, feed.id, opts, &mut on_progress)?
        }
        None => refresh::refresh_all(store, opts, &mut on_progress)?,
    };
    if bar {
        eprint!("\r\x1b[2K");
    }
    let mut out = Out::new();
    print_refresh_summary(&mut out, &summary, started.elapsed(), opts.pages)?;
    if analyse {
        // What fetching and parsing freed goes back before the analysis loads its models.
        crate::library::memory::release_free_memory();
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
    let mut err = std::io::stderr().lock();
    let _ = write!(
        err,
        "\r\x1b[2Krefreshing [{}{}] {}/{} {mark}",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        p.done,
        p.total
    );
    let _ = err.flush();
}

fn print_refresh_summary(
    out: &mut Out,
    s: &RefreshSummary,
    took: Duration,
    limits: PageLimits,
) -> Result<()> {
    out.line(format!(
        "refreshed {} in {:.2} s: {}, {} already stored, {} unchanged, {} failed",
        count(s.feeds, "feed", "feeds"),
        took.as_secs_f64(),
        count(s.new_articles, "new article", "new articles"),
        s.already_stored,
        s.not_modified,
        s.failures.len()
    ))?;
    out.line(format!(
        "  parsing took {:.2} s (all workers), storing {:.2} s",
        s.parse_time.as_secs_f64(),
        s.store_time.as_secs_f64()
    ))?;
    for f in &s.failures {
        out.line(format!("  failed: {}: {}", f.url, f.reason))?;
    }
    print_pages(out, s.full_texts, &s.page_failures, s.pages_skipped, limits)
}

/// What completing teasers did, with every page that failed and what was left for later.
pub(super) fn print_pages(
    out: &mut Out,
    completed: usize,
    failures: &[Failure],
    skipped: usize,
    limits: PageLimits,
) -> Result<()> {
    if completed + failures.len() > 0 {
        out.line(format!(
            "full text fetched for {}, {} failed",
            count(completed, "teaser", "teasers"),
            count(failures.len(), "page", "pages")
        ))?;
    }
    for f in failures {
        out.line(format!("  page failed: {}: {}", f.url, f.reason))?;
    }
    if skipped > 0 {
        out.line(format!(
            "  {} not fetched this time (at most {} pages per feed and {} per refresh, newest \
             first); later refreshes fetch them",
            count(skipped, "teaser page", "teaser pages"),
            limits.per_feed,
            limits.per_refresh
        ))?;
    }
    Ok(())
}

/// `index`: search index and analysis of every article not yet done.
pub fn index_command(store: &mut Store) -> Result<()> {
    let mut out = Out::new();
    let started = Instant::now();
    let indexed = search::sync_index(&store.conn)?;
    out.line(format!(
        "search index: {} added in {:.2} s",
        count(indexed, "article", "articles"),
        started.elapsed().as_secs_f64()
    ))?;
    // What indexing for search left free goes back before the analysis loads its models.
    crate::library::memory::release_free_memory();
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
    out.line(format!(
        "analysed {} in {:.2} s",
        count(analysed, "article", "articles"),
        started.elapsed().as_secs_f64()
    ))
}
