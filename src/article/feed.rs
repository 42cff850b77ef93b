//! Feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed through feed-rs. The one reader of feeds, for
//! files and for the library alike: each entry becomes an [`Article`] (its title, link,
//! published (or updated) date, content (or summary) extracted from HTML, and the feed's title
//! as the source), kept with what the library also stores: the entry's GUID and exact time.

use super::{clean, html, load::file_title, Article, LoadError};
use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Link};
use std::path::Path;

/// A parsed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// The feed's own title (empty when it has none).
    pub title: String,
    /// The site the feed belongs to (its `alternate` link).
    pub site_url: Option<String>,
    /// Every entry, in feed order, those without text included (a title-only item is still an
    /// item to a subscriber).
    pub entries: Vec<FeedEntry>,
}

/// One entry of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// The feed's id for the entry (RSS guid, Atom id, JSON Feed id).
    pub guid: Option<String>,
    /// Publication (else update) time, to the second.
    pub published_at: Option<DateTime<Utc>>,
    pub article: Article,
}

/// Reads a feed. `base_url` (the address it was fetched from) resolves relative links.
pub fn read(path: &Path, text: &str, base_url: Option<&str>) -> Result<Feed, LoadError> {
    let parser = feed_rs::parser::Builder::new().base_uri(base_url).build();
    let feed = parser.parse(without_xml_declaration(text).as_bytes()).map_err(|e| {
        let message = e.to_string();
        if message.contains("recursion limit exceeded") {
            LoadError::invalid(path, super::json::TOO_DEEP)
        } else {
            LoadError::Feed { path: path.into(), message }
        }
    })?;
    let title = feed.title.map(|t| html::line_text(&t.content)).unwrap_or_default();
    let source = if title.is_empty() { file_title(path) } else { title.clone() };
    let site_url = feed.links.iter().find(|l| is_alternate(l)).map(|l| clean::clean_line(&l.href));
    let entries = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| read_entry(path, &source, entry, i + 1))
        .collect();
    Ok(Feed { title, site_url, entries })
}

/// The articles of a feed file: every entry with text; none at all is an error.
pub fn articles(path: &Path, feed: Feed) -> Result<Vec<Article>, LoadError> {
    let total = feed.entries.len();
    let articles: Vec<Article> =
        feed.entries.into_iter().map(|e| e.article).filter(|a| !a.paragraphs.is_empty()).collect();
    if articles.is_empty() {
        let hint = format!("the feed has {total} entries and none has content or a summary");
        return Err(LoadError::no_text(path, &hint));
    }
    Ok(articles)
}

/// The text has been decoded already: an XML declaration naming another encoding would make
/// the parser decode it a second time.
fn without_xml_declaration(text: &str) -> &str {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    match start.strip_prefix("<?xml").and_then(|rest| rest.find("?>").map(|end| &rest[end + 2..])) {
        Some(rest) => rest,
        None => text,
    }
}

fn read_entry(path: &Path, source: &str, entry: Entry, number: usize) -> FeedEntry {
    let title = entry.title.map(|t| html::line_text(&t.content)).filter(|t| !t.is_empty());
    let body = entry.content.and_then(|c| c.body).filter(|b| !b.trim().is_empty());
    let body = body.or_else(|| entry.summary.map(|s| s.content)).unwrap_or_default();
    // Feed text is HTML by definition, tags or not ("AT&amp;amp;T" in the XML is "AT&T").
    let paragraphs = html::fragment_paragraphs(&body);
    let published_at = entry.published.or(entry.updated);
    let article = Article {
        title: title.unwrap_or_else(|| format!("{} ({number})", file_title(path))),
        source: source.to_string(),
        url: entry_link(&entry.links).map(|u| clean::clean_line(&u)),
        published: published_at.map(|d| d.date_naive()),
        paragraphs,
    };
    let guid = Some(clean::clean_line(&entry.id)).filter(|g| !g.is_empty());
    FeedEntry { guid, published_at, article }
}

fn is_alternate(link: &Link) -> bool {
    matches!(link.rel.as_deref(), None | Some("alternate"))
}

/// The entry's own page: the `alternate` link (or one without `rel`), else the first link.
fn entry_link(links: &[Link]) -> Option<String> {
    let alternate = links.iter().find(|l| is_alternate(l));
    alternate.or(links.first()).map(|l| l.href.clone()).filter(|h| !h.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load_bytes, LoadOptions};

    fn titles_and_sources(name: &str, xml: &str) -> Vec<(String, String, Option<String>)> {
        let articles = load_bytes(Path::new(name), xml.as_bytes(), &LoadOptions::default());
        let articles = articles.unwrap_or_else(|e| panic!("{e}"));
        articles.into_iter().map(|a| (a.title, a.source, a.url)).collect()
    }

    #[test]
    fn rss_1_0_rdf() {
        let xml = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://r.example/"><title>RDF News</title><link>https://r.example/</link>
    <description>d</description></channel>
  <item rdf:about="https://r.example/1"><title>First item</title><link>https://r.example/1</link>
    <description>Text of the first item.</description></item>
</rdf:RDF>"#;
        let expected = ("First item", "RDF News", Some("https://r.example/1"));
        let got = titles_and_sources("news.rdf", xml);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0.as_str(), got[0].1.as_str(), got[0].2.as_deref()), expected);
    }

    #[test]
    fn rss_0_91_in_a_txt_file() {
        let xml = r#"<rss version="0.91"><channel><title>Old Wire</title><link>https://o.example/</link>
<description>d</description><language>en</language>
<item><title>Old item</title><link>https://o.example/a</link><description>Old text.</description></item>
</channel></rss>"#;
        let got = titles_and_sources("saved.txt", xml);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Old item", "Old Wire"));
    }

    #[test]
    fn entries_keep_guid_time_and_relative_links_resolve() {
        let xml = r#"<rss version="2.0"><channel><title>T &amp; Co</title><link>https://x.example/</link>
            <item><title>A</title><link>/a</link><guid>g1</guid>
            <pubDate>Thu, 20 Nov 2025 08:30:00 GMT</pubDate>
            <description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
            <item><title>Title only</title><guid>g2</guid></item></channel></rss>"#;
        let feed = read(Path::new("feed"), xml, Some("https://x.example/feed")).expect("parses");
        assert_eq!(feed.title, "T & Co");
        assert_eq!(feed.site_url.as_deref(), Some("https://x.example/"));
        assert_eq!(feed.entries.len(), 2, "an entry without text is still an entry");
        let a = &feed.entries[0];
        assert_eq!(a.guid.as_deref(), Some("g1"));
        assert_eq!(a.published_at.map(|d| d.timestamp()), Some(1_763_627_400));
        assert_eq!(a.article.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.article.paragraphs, vec!["One.", "Two."]);
    }

    #[test]
    fn an_encoding_declaration_does_not_decode_twice() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>\
            <title>Caf\xe9</title><item><title>Cr\xe8me br\xfbl\xe9e \xe0 la carte, \xe9t\xe9</title>\
            <description>D\xe9j\xe0 vu \xe0 P\xe9rigueux.</description></item></channel></rss>";
        let got = load_bytes(Path::new("latin1.xml"), bytes, &LoadOptions::default());
        let got = got.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got[0].source, "Café");
        assert_eq!(got[0].title, "Crème brûlée à la carte, été");
        assert_eq!(got[0].paragraphs, vec!["Déjà vu à Périgueux."]);
    }
}
