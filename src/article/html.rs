//! HTML: whole pages go through dom_smoothie (a port of Mozilla's Readability) to find the main
//! text and leave navigation, footers and ads behind; the title, date and address come from the
//! page metadata (`og:title`, `article:published_time`, `<link rel="canonical">`, `og:url`).
//! HTML fragments found inside JSON, feeds and Markdown are converted to text by
//! [`fragment`], without a DOM.

pub mod depth;
pub mod fragment;

use super::{clean, date, load::file_title, Article, LoadError};
use dom_query::Document;
use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use std::path::Path;

/// Site chrome that is never part of an article.
const BOILERPLATE: &str =
    "nav, footer, aside, [role=navigation], [role=contentinfo], [role=search]";

/// Fewer letters than this in the extracted text means the page had no article in it.
const MIN_LETTERS: usize = 10;

const NO_MAIN_TEXT: &str = "the page has no readable main text";

/// Reads a web page and extracts its article.
pub fn parse(path: &Path, text: &str) -> Result<Article, LoadError> {
    let depth = depth::nesting_estimate(text);
    if depth > depth::MAX_NESTING {
        let reason =
            format!("HTML nested too deeply ({depth} levels; the limit is {})", depth::MAX_NESTING);
        return Err(LoadError::invalid(path, reason));
    }
    let document = Document::from(text);
    let url = page_url(&document);
    let marked_date = marked_date(&document);
    // Readability scores these down, but when a page has little else it falls back to the whole
    // body; remove the obvious site chrome first so it can never come back as the article.
    document.select(BOILERPLATE).remove();
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let extracted = Readability::with_document(document, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|e| match e {
            ReadabilityError::TooManyElements(..) => LoadError::invalid(path, e.to_string()),
            _ => LoadError::no_text(path, NO_MAIN_TEXT),
        })?;
    let title = clean::clean_line(&extracted.title);
    let mut paragraphs = clean::lines_as_paragraphs(&extracted.text_content);
    // Readability often keeps the headline as the first line of the content.
    if paragraphs.first().is_some_and(|p| !title.is_empty() && *p == title) {
        paragraphs.remove(0);
    }
    let letters = paragraphs.iter().flat_map(|p| p.chars()).filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return Err(LoadError::no_text(path, NO_MAIN_TEXT));
    }
    let url = url.or(extracted.url).map(|u| clean::clean_line(&u)).filter(|u| !u.is_empty());
    let source = extracted
        .site_name
        .map(|s| clean::clean_line(&s))
        .filter(|s| !s.is_empty())
        .or_else(|| url.as_deref().and_then(host_of))
        .unwrap_or_else(|| file_title(path));
    Ok(Article {
        title: if title.is_empty() { file_title(path) } else { title },
        source,
        url,
        published: extracted.published_time.as_deref().and_then(date::parse_date).or(marked_date),
        paragraphs,
    })
}

/// The page's own address: the canonical link, else `og:url`.
fn page_url(document: &Document) -> Option<String> {
    let canonical = document.select(r#"link[rel="canonical"]"#).attr("href");
    let og = || document.select(r#"meta[property="og:url"]"#).attr("content");
    canonical.or_else(og).map(|u| u.trim().to_string()).filter(|u| !u.is_empty())
}

/// Where pages mark their date besides the metadata Readability reads (`article:published_time`,
/// JSON-LD `datePublished`): schema.org microdata, the common `date` metas, then the first
/// `<time datetime>` of the page.
const DATE_MARKS: &[(&str, &str)] = &[
    (r#"[itemprop="datePublished"]"#, "content"),
    (r#"[itemprop="datePublished"]"#, "datetime"),
    (r#"meta[name="date"]"#, "content"),
    (r#"meta[name="pubdate"]"#, "content"),
    (r#"meta[name="publish-date"]"#, "content"),
    (r#"meta[property="og:published_time"]"#, "content"),
    (r#"meta[name="DC.date.issued"]"#, "content"),
    ("time[datetime]", "datetime"),
];

/// The publication date a page marks outside Readability's metadata, if any.
fn marked_date(document: &Document) -> Option<chrono::NaiveDate> {
    DATE_MARKS.iter().find_map(|(selector, attribute)| {
        let value = document.select(selector).attr(attribute)?;
        date::parse_date(&value)
    })
}

/// `example.org` from `https://www.example.org/path`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

/// Converts an HTML fragment (a feed entry's content, a JSON body) to cleaned paragraphs:
/// scripts and styles dropped, block elements and line breaks ending paragraphs.
pub fn fragment_paragraphs(fragment: &str) -> Vec<String> {
    fragment::paragraphs(fragment)
}

/// Plain text of a short HTML string such as a title: tags dropped, entities decoded.
pub fn fragment_line(fragment: &str) -> String {
    fragment::line(fragment)
}

/// A one-line field that may or may not be HTML ("Tom &amp; Jerry", "<b>Breaking</b>"): parsed
/// as HTML only when it shows markup or an entity, so "3 < 4" stays as written.
pub fn line_text(s: &str) -> String {
    let entity = s.contains('&') && s.contains(';');
    if entity || super::detect::looks_like_html(s) {
        fragment_line(s)
    } else {
        clean::clean_line(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_to_paragraphs() {
        let html = "<p>First &amp; <b>bold</b>.</p><script>alert(1)</script><p>Second<br>line</p>\
                    <ul><li>a</li><li>b</li></ul>";
        assert_eq!(fragment_paragraphs(html), vec!["First & bold.", "Second", "line", "a", "b"]);
    }

    #[test]
    fn a_page_date_from_microdata_or_a_time_element() {
        let body = "<article><h1>Rates held</h1><p>The central bank held its main rate on \
                    Thursday, saying inflation was easing across the region.</p></article>";
        let page = |head: &str, extra: &str| {
            format!(
                "<html><head><title>Rates</title>{head}</head><body>{extra}{body}</body></html>"
            )
        };
        let date = |html: String| parse(Path::new("p.html"), &html).ok().and_then(|a| a.published);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 5);
        let time = r#"<time datetime="2026-02-05T09:30:00Z">5 Feb</time>"#;
        assert_eq!(date(page("", time)), day);
        let micro = r#"<meta itemprop="datePublished" content="2026-02-05">"#;
        assert_eq!(date(page(micro, "")), day);
        let meta = r#"<meta name="date" content="2026-02-05">"#;
        assert_eq!(date(page(meta, "")), day);
        let og = r#"<meta property="article:published_time" content="2026-02-05T10:00:00Z">"#;
        assert_eq!(date(page(og, "")), day);
        assert_eq!(date(page("", "")), None);
    }

    #[test]
    fn fragment_line_decodes_entities() {
        assert_eq!(fragment_line("Tom &amp; <i>Jerry</i>"), "Tom & Jerry");
    }

    #[test]
    fn line_text_parses_markup_only_when_present() {
        assert_eq!(line_text("3 < 4 > 2"), "3 < 4 > 2");
        assert_eq!(line_text("<b>Breaking</b>: AT&amp;T"), "Breaking: AT&T");
    }

    #[test]
    fn deeply_nested_page_is_refused_before_parsing() {
        let html =
            format!("<html><body>{}<p>Deep text.</p></body></html>", "<div>".repeat(100_000));
        let err = parse(Path::new("deep.html"), &html).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("deep.html: HTML nested too deeply (100000 levels; the limit is 1000)")
        );
        // A fragment is converted in one pass, however deep.
        assert_eq!(fragment_paragraphs(&html), vec!["Deep text."]);
    }

    #[test]
    fn host_from_url() {
        assert_eq!(host_of("https://www.example.org/a?b").as_deref(), Some("example.org"));
        assert_eq!(host_of("not a url"), None);
    }
}
