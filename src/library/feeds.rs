//! Feed documents (RSS 0.9x/1.0/2.0, Atom, JSON Feed, via feed-rs) to articles ready to store,
//! keeping what the article model lacks: each item's GUID and whether it is only a teaser.

use super::html_text;
use super::store::NewArticle;
use crate::article::{clean, PARAGRAPH_SEPARATOR};

/// Items whose text is shorter than this (in characters) are teasers: the linked page is
/// fetched for the full text.
pub const TEASER_CHARS: usize = 500;

/// A parsed feed: its own title and link, and its items.
#[derive(Debug, Clone, Default)]
pub struct ParsedFeed {
    pub title: String,
    pub site_url: Option<String>,
    pub items: Vec<NewArticle>,
}

/// Why bytes are not a feed.
#[derive(Debug, thiserror::Error)]
#[error("not a valid feed: {0}")]
pub struct FeedError(pub String);

/// Parses a feed; `feed_url` resolves relative links and names the source when the feed has no
/// title.
pub fn parse_feed(bytes: &[u8], feed_url: &str) -> Result<ParsedFeed, FeedError> {
    let is_url = feed_url.starts_with("http://") || feed_url.starts_with("https://");
    let parser = feed_rs::parser::Builder::new().base_uri(is_url.then_some(feed_url)).build();
    let feed = parser.parse(bytes).map_err(|e| FeedError(e.to_string()))?;
    let title = feed.title.as_ref().map(|t| one_line(&t.content)).unwrap_or_default();
    let source = if title.is_empty() { clean::clean_line(feed_url) } else { title.clone() };
    let site_url = feed.links.iter().find(|l| is_alternate(l)).map(|l| clean::clean_line(&l.href));
    let items = feed.entries.into_iter().map(|e| item(e, &source)).collect();
    Ok(ParsedFeed { title, site_url, items })
}

fn item(entry: feed_rs::model::Entry, source: &str) -> NewArticle {
    let content = entry.content.and_then(|c| c.body).filter(|b| !b.trim().is_empty());
    let summary = entry.summary.map(|s| s.content);
    let body = content.or(summary).unwrap_or_default();
    let text = html_text::paragraphs(&body).join(PARAGRAPH_SEPARATOR);
    let url = entry
        .links
        .iter()
        .find(|l| is_alternate(l))
        .or(entry.links.first())
        .map(|l| clean::clean_line(&l.href))
        .filter(|u| !u.is_empty());
    let guid = Some(clean::clean_line(&entry.id)).filter(|g| !g.is_empty());
    let title = entry.title.map(|t| one_line(&t.content)).unwrap_or_default();
    let teaser = text.chars().count() < TEASER_CHARS;
    NewArticle {
        guid,
        url,
        title,
        source: source.to_string(),
        published: entry.published.or(entry.updated).map(|d| d.timestamp()),
        text,
        teaser,
    }
}

fn is_alternate(link: &feed_rs::model::Link) -> bool {
    link.rel.as_deref().is_none_or(|r| r == "alternate")
}

/// A title or name: markup and entities removed, on one line.
fn one_line(s: &str) -> String {
    html_text::paragraphs(s).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_keep_guid_link_and_paragraphs() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T &amp; Co</title>
            <item><title>A</title><link>http://x/a</link><guid>g1</guid>
            <description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
            </channel></rss>"#;
        let feed = parse_feed(xml.as_bytes(), "http://x/feed").expect("valid rss");
        assert_eq!(feed.title, "T & Co");
        let a = &feed.items[0];
        assert_eq!(a.guid.as_deref(), Some("g1"));
        assert_eq!(a.url.as_deref(), Some("http://x/a"));
        assert_eq!(a.text, "One.\n\nTwo.");
        assert!(a.teaser);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(parse_feed(b"<rss><channel><item>", "http://x/").is_err());
        assert!(parse_feed(b"hello", "http://x/").is_err());
    }
}
