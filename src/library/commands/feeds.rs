//! Subscriptions from the command line: `add`, `import-opml`, `export-opml`, `feeds`, `remove`,
//! `rename` and `mark-read`.

use super::{count, note, Out};
use crate::library::fetch::{FetchConfig, Fetcher};
use crate::library::fulltext::{self, PageLimits};
use crate::library::{add, opml, LibraryError, Result, Store};
use std::path::Path;

/// `add URL|FILE`.
pub fn add_command(store: &mut Store, target: &str, fetch: &FetchConfig) -> Result<()> {
    let mut out = Out::new();
    match add::add(store, target, fetch)? {
        add::Added::Subscribed { title, is_new, counts, .. } => {
            let verb = if is_new { "subscribed to" } else { "already subscribed to" };
            let name = if title.is_empty() { target } else { &title };
            out.line(format!(
                "{verb} {name}: {}",
                count(counts.new, "new article", "new articles")
            ))?;
            let fetcher = Fetcher::new(fetch.clone());
            let pages = fulltext::complete_teasers(store, &fetcher, 8, PageLimits::default())?;
            let limits = PageLimits::default();
            let pages = (pages.completed, &pages.failures, pages.skipped);
            super::refresh::print_pages(&mut out, pages.0, pages.1, pages.2, limits)?;
        }
        add::Added::Imported { counts, failures } => {
            out.line(format!(
                "imported {} ({} already stored)",
                count(counts.new, "new article", "new articles"),
                counts.existing
            ))?;
            for f in &failures {
                note(format!("newslens: {f}"));
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
    let file_err = |reason: String| LibraryError::File { path: file.to_path_buf(), reason };
    let text = std::fs::read_to_string(file).map_err(|e| file_err(e.to_string()))?;
    let outlines = opml::parse(&text).map_err(|e| file_err(e.to_string()))?;
    let imported = opml::import(store, &outlines)?;
    let mut out = Out::new();
    out.line(format!(
        "{} added ({} already subscribed)",
        count(imported.added, "feed", "feeds"),
        imported.already_subscribed
    ))?;
    for (url, reason) in &imported.skipped {
        note(format!("newslens: skipped {url}: {reason}"));
    }
    if imported.added > 0 {
        out.line("run `newslens refresh` to fetch their articles")?;
    }
    Ok(())
}

/// `export-opml`.
pub fn export_opml_command(store: &Store) -> Result<()> {
    Out::new().text(&opml::export(&store.feeds()?))
}

/// `feeds`: every subscription with its unread / total counts, address and last error.
pub fn feeds_command(store: &Store) -> Result<()> {
    let mut out = Out::new();
    for s in store.feed_summaries()? {
        let f = &s.feed;
        let folder = f.folder.as_deref().map(|d| format!("{d} / ")).unwrap_or_default();
        let name = if f.title.is_empty() { "(untitled)" } else { &f.title };
        out.line(format!("{folder}{name}  {}/{} unread  {}", s.unread, s.total, f.url))?;
        if let Some(e) = &f.last_error {
            out.line(format!("    last refresh failed: {e}"))?;
        }
    }
    Ok(())
}

/// `remove FEED`: asks `confirm` first unless `yes`; starred articles are kept.
pub fn remove_command(
    store: &Store,
    name: &str,
    yes: bool,
    confirm: &mut dyn FnMut(&str) -> bool,
) -> Result<()> {
    let feed = store.find_feed(name)?;
    let plan = store.removal_of(feed.id)?;
    let starred = match plan.kept_starred {
        0 => String::new(),
        n => format!(" ({} kept)", count(n, "starred article", "starred articles")),
    };
    let what = format!(
        "{} ({}) and {}{starred}",
        feed.title,
        feed.url,
        count(plan.deleted, "article", "articles")
    );
    if !yes && !confirm(&format!("remove {what}?")) {
        Out::new().line("nothing removed")?;
        return Ok(());
    }
    store.remove_feed(feed.id)?;
    Out::new().line(format!("removed {what}"))
}

/// `rename FEED NAME`.
pub fn rename_command(store: &Store, name: &str, new_name: &str) -> Result<()> {
    let feed = store.find_feed(name)?;
    store.rename_feed(feed.id, new_name)?;
    let shown = match new_name.trim() {
        "" => "its own title (set by the next refresh)".to_string(),
        n => format!("{n:?}"),
    };
    Out::new().line(format!("renamed {} ({}) to {shown}", feed.title, feed.url))
}

/// `mark-read FEED` or `mark-read --all`.
pub fn mark_read_command(store: &Store, feed: Option<&str>) -> Result<()> {
    let (changed, whole) = match feed {
        Some(name) => {
            let feed = store.find_feed(name)?;
            (store.mark_feed_read(Some(feed.id))?, feed.title)
        }
        None => (store.mark_feed_read(None)?, "the library".to_string()),
    };
    Out::new().line(format!("marked {} read in {whole}", count(changed, "article", "articles")))
}
