//! Feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed through feed-rs. Each entry with text becomes one
//! article: its title, link, published (or updated) date, content (or summary) extracted from
//! HTML, and the feed's title as the source.

use super::{clean, detect, html, load::file_title, Article, LoadError};
use feed_rs::model::{Entry, Link};
use std::path::Path;

/// Reads every entry of a feed that has some text.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Article>, LoadError> {
    let feed = feed_rs::parser::parse(text.as_bytes())
        .map_err(|e| LoadError::Feed { path: path.into(), message: e.to_string() })?;
    let source = feed
        .title
        .map(|t| html::line_text(&t.content))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_title(path));
    let total = feed.entries.len();
    let articles: Vec<Article> = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| article(path, &source, entry, i + 1))
        .filter(|a| !a.paragraphs.is_empty())
        .collect();
    if articles.is_empty() {
        let hint = format!("the feed has {total} entries and none has content or a summary");
        return Err(LoadError::no_text(path, &hint));
    }
    Ok(articles)
}

fn article(path: &Path, source: &str, entry: Entry, number: usize) -> Article {
    let title = entry.title.map(|t| html::line_text(&t.content)).filter(|t| !t.is_empty());
    let body = entry.content.and_then(|c| c.body).filter(|b| !b.trim().is_empty());
    let body = body.or_else(|| entry.summary.map(|s| s.content)).unwrap_or_default();
    let paragraphs = if detect::looks_like_html(&body) {
        html::fragment_paragraphs(&body)
    } else {
        clean::paragraphs(&body)
    };
    Article {
        title: title.unwrap_or_else(|| format!("{} ({number})", file_title(path))),
        source: source.to_string(),
        url: entry_link(&entry.links).map(|u| clean::clean_line(&u)),
        published: entry.published.or(entry.updated).map(|d| d.date_naive()),
        paragraphs,
    }
}

/// The entry's own page: the `alternate` link (or one without `rel`), else the first link.
fn entry_link(links: &[Link]) -> Option<String> {
    let alternate = links.iter().find(|l| matches!(l.rel.as_deref(), None | Some("alternate")));
    alternate.or(links.first()).map(|l| l.href.clone()).filter(|h| !h.trim().is_empty())
}
