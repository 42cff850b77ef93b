//! Format detection, the one content sniff of newslens: which loader reads a file or a fetched
//! body, decided from its content first and its extension (or, for a web address, its declared
//! Content-Type) second: a `.txt` holding HTML or JSON is read as HTML or JSON, a feed served as
//! `text/html` is read as a feed.

use std::path::Path;

/// The input formats newslens reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlainText,
    Markdown,
    Json,
    Html,
    /// RSS 0.9x/1.0/2.0, Atom or JSON Feed.
    Feed,
}

/// How sure the detection is: a guess from a `.txt`/`.md` file's first character may be wrong
/// (an article can start with "\[Reuters\]"), so the loader falls back to the extension's format
/// when such a guess does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    pub format: Format,
    /// The format the extension alone implies, tried when `format` fails to parse.
    pub fallback: Option<Format>,
}

/// Extensions and the format each one implies.
pub fn format_of_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Format::PlainText,
        "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
        "json" => Format::Json,
        "html" | "htm" | "xhtml" => Format::Html,
        "xml" | "rss" | "atom" | "rdf" => Format::Feed,
        _ => return None,
    })
}

/// The format an HTTP Content-Type declares (`text/html; charset=utf-8` gives HTML).
pub fn format_of_content_type(content_type: &str) -> Option<Format> {
    let mime = content_type.split(';').next()?.trim().to_ascii_lowercase();
    Some(match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Format::Html,
        "application/rss+xml"
        | "application/atom+xml"
        | "application/rdf+xml"
        | "application/feed+json"
        | "application/xml"
        | "text/xml" => Format::Feed,
        "application/json" => Format::Json,
        "text/markdown" | "text/x-markdown" => Format::Markdown,
        "text/plain" => Format::PlainText,
        _ => return None,
    })
}

/// Picks the loader for a file's text. `declared` is what the bytes' origin says they are (an
/// HTTP Content-Type); it stands in for the extension, and like the extension it only decides
/// when the content shows no format of its own.
pub fn detect(path: &Path, text: &str, declared: Option<Format>) -> Detected {
    let by_extension = declared.or_else(|| format_of_extension(path));
    let by_content = sniff(text);
    match (by_content, by_extension) {
        (Some(content), Some(ext)) if content != ext => {
            let textual = matches!(ext, Format::PlainText | Format::Markdown);
            Detected { format: content, fallback: textual.then_some(ext) }
        }
        (Some(content), _) => Detected { format: content, fallback: None },
        (None, Some(ext)) => Detected { format: ext, fallback: None },
        (None, None) => {
            let heading = text.trim_start().starts_with("# ");
            let format = if heading { Format::Markdown } else { Format::PlainText };
            Detected { format, fallback: None }
        }
    }
}

/// The format the content shows, when it shows one.
fn sniff(text: &str) -> Option<Format> {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with('{') {
        return Some(if is_json_feed(start) { Format::Feed } else { Format::Json });
    }
    if start.starts_with('[') {
        return Some(Format::Json);
    }
    if start.starts_with('<') {
        return sniff_markup(start);
    }
    let fence = ["---\n", "---\r\n", "+++\n", "+++\r\n"];
    if fence.iter().any(|f| start.starts_with(f)) {
        return Some(Format::Markdown);
    }
    None
}

/// A JSON Feed declares its version URL near the top.
fn is_json_feed(start: &str) -> bool {
    head(start, 2048).contains("jsonfeed.org/version")
}

fn sniff_markup(start: &str) -> Option<Format> {
    let head = head(start, 4096).to_ascii_lowercase();
    // The first element after any XML declaration, doctype and comments.
    let feed_roots = ["<rss", "<feed", "<rdf:rdf", "<channel"];
    let html_marks =
        ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div"];
    let first_feed = feed_roots.iter().filter_map(|m| head.find(m)).min();
    let first_html = html_marks.iter().filter_map(|m| head.find(m)).min();
    match (first_feed, first_html) {
        (Some(f), Some(h)) => Some(if f < h { Format::Feed } else { Format::Html }),
        (Some(_), None) => Some(Format::Feed),
        (None, Some(_)) => Some(Format::Html),
        // Some other markup: an HTML fragment is the likeliest.
        (None, None) if head.starts_with("<?xml") => Some(Format::Feed),
        (None, None) => Some(Format::Html),
    }
}

/// The first `max` bytes of `s`, cut at a character boundary.
fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or(s)
}

/// True when a string holds HTML markup (tags), so it needs text extraction.
pub fn looks_like_html(s: &str) -> bool {
    let head = head(s, 8192);
    if !head.contains('<') {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    const TAGS: &[&str] = &[
        "<p>",
        "<p ",
        "</p>",
        "<br",
        "<div",
        "<span",
        "<a ",
        "<em>",
        "<strong>",
        "<b>",
        "<i>",
        "<li>",
        "<ul>",
        "<ol>",
        "<h1",
        "<h2",
        "<h3",
        "<img",
        "<blockquote",
        "<html",
        "<body",
        "<figure",
        "<table",
        "<section",
        "<article",
    ];
    TAGS.iter().any(|t| lower.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(name: &str, text: &str) -> Format {
        detect(Path::new(name), text, None).format
    }

    #[test]
    fn content_wins_over_extension() {
        assert_eq!(fmt("a.txt", "<!DOCTYPE html><html><body><p>x</p>"), Format::Html);
        assert_eq!(fmt("a.txt", "  {\"title\": \"x\"}"), Format::Json);
        assert_eq!(fmt("a.json", "<rss version=\"2.0\">"), Format::Feed);
        assert_eq!(
            fmt("feed.json", r#"{"version": "https://jsonfeed.org/version/1.1"}"#),
            Format::Feed
        );
        assert_eq!(fmt("a.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"...\">"), Format::Feed);
        assert_eq!(fmt("a.xml", "<?xml version=\"1.0\"?><html><body>"), Format::Html);
    }

    #[test]
    fn extension_decides_when_content_is_neutral() {
        assert_eq!(fmt("a.md", "Just words."), Format::Markdown);
        assert_eq!(fmt("a.txt", "Just words."), Format::PlainText);
        assert_eq!(fmt("a.txt", "# Heading\n\ntext"), Format::PlainText);
        assert_eq!(fmt("-", "---\ntitle: x\n---\nbody"), Format::Markdown);
        assert_eq!(fmt("a.txt", "---\ntitle: x\n---\nbody"), Format::Markdown);
        assert_eq!(fmt("-", "# Heading\n\ntext"), Format::Markdown);
        assert_eq!(fmt("-", "Just words."), Format::PlainText);
    }

    #[test]
    fn a_bracket_in_a_text_file_keeps_text_as_fallback() {
        let d = detect(Path::new("a.txt"), "[Reuters] Officials said ...", None);
        assert_eq!(d, Detected { format: Format::Json, fallback: Some(Format::PlainText) });
    }

    #[test]
    fn a_declared_content_type_stands_in_for_the_extension() {
        let url = Path::new("https://example.org/story");
        let declared = format_of_content_type("text/plain; charset=utf-8");
        assert_eq!(detect(url, "Just words.", declared).format, Format::PlainText);
        // Content still wins: a feed served as a web page is a feed.
        let html = format_of_content_type("text/html");
        assert_eq!(detect(url, "<?xml version=\"1.0\"?><rss>", html).format, Format::Feed);
        assert_eq!(format_of_content_type("application/octet-stream"), None);
    }

    #[test]
    fn html_in_strings() {
        assert!(looks_like_html("<p>One</p><p>Two</p>"));
        assert!(!looks_like_html("3 < 4 and 5 > 2"));
    }
}
