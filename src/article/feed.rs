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

#[cfg(test)]
mod tests {
    use crate::article::{load_bytes, LoadOptions};
    use std::path::Path;

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
}
