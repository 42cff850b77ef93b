//! JSON articles: one article object, an array of them, or an object holding an `articles` or
//! `items` array. Field names follow the common news schemas (schema.org `NewsArticle`, NewsAPI,
//! CMS exports); a body given as HTML is extracted to text.

use super::{clean, date, detect, feed, html, load::file_title, Article, Document, LoadError};
use serde_json::{Map, Value};
use std::path::Path;

const TITLE_KEYS: &[&str] = &["title", "headline", "name"];
const DATE_KEYS: &[&str] =
    &["published", "date", "pubDate", "datePublished", "publishedAt", "published_at"];
const SOURCE_KEYS: &[&str] = &["source", "site", "site_name", "publisher"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url", "permalink"];
const BODY_KEYS: &[&str] =
    &["body", "text", "content", "articleBody", "content_html", "content_text", "description"];

/// What a JSON document nested deeper than the parser follows is told.
pub(crate) const TOO_DEEP: &str = "JSON nested too deeply (the limit is 128 levels)";

/// Reads the articles in a JSON document (a JSON Feed whose version field comes too late for
/// the content sniffing to have seen it is read as a feed). Entries without any body text are
/// skipped; a document with none at all is an error.
pub fn parse(path: &Path, text: &str, base_url: Option<&str>) -> Result<Document, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            return LoadError::invalid(path, TOO_DEEP);
        }
        LoadError::Json {
            path: path.into(),
            line: e.line(),
            column: e.column(),
            message: json_reason(&e),
        }
    })?;
    let version = value.get("version").and_then(Value::as_str).unwrap_or("");
    if version.contains("jsonfeed.org/version") {
        return feed::read(path, text, base_url).map(Document::Feed);
    }
    let entries: Vec<&Map<String, Value>> = match &value {
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        Value::Object(obj) => match ["articles", "items"].iter().find_map(|k| obj.get(*k)) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
            _ => vec![obj],
        },
        _ => Vec::new(),
    };
    let several = entries.len() > 1;
    let articles: Vec<Article> = entries
        .iter()
        .enumerate()
        .map(|(i, obj)| article(path, obj, several.then_some(i + 1)))
        .filter(|a| !a.paragraphs.is_empty())
        .collect();
    if articles.is_empty() {
        let hint =
            format!("expected an article object with one of the fields {}", BODY_KEYS.join(", "));
        return Err(LoadError::no_text(path, &hint));
    }
    Ok(Document::Articles(articles))
}

/// serde_json's message without its own " at line L column C" suffix (the error names them).
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(cut) => msg.get(..cut).unwrap_or(&msg).to_string(),
        None => msg,
    }
}

fn article(path: &Path, obj: &Map<String, Value>, number: Option<usize>) -> Article {
    let fallback_title = match number {
        Some(n) => format!("{} ({n})", file_title(path)),
        None => file_title(path),
    };
    Article {
        title: string_field(obj, TITLE_KEYS).map_or(fallback_title, |t| html::line_text(&t)),
        source: string_field(obj, SOURCE_KEYS)
            .map(|s| clean::clean_line(&s))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| file_title(path)),
        url: string_field(obj, URL_KEYS).map(|u| clean::clean_line(&u)).filter(|u| !u.is_empty()),
        published: date_field(obj),
        paragraphs: body(obj),
    }
}

/// The first of `keys` that holds a string (or an object with a `name`, as schema.org's
/// `publisher` does, or a number for dates given as text).
fn string_field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Object(inner) => inner.get("name")?.as_str().map(str::to_string),
        _ => None,
    })
}

/// The first date field that parses: a date string, or a Unix timestamp in seconds or
/// milliseconds.
fn date_field(obj: &Map<String, Value>) -> Option<chrono::NaiveDate> {
    DATE_KEYS.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) => date::parse_date(s),
        Value::Number(n) => n.as_i64().and_then(date::from_unix_timestamp),
        _ => None,
    })
}

/// The body paragraphs from the first body field with text: a string (HTML extracted, plain
/// text split at blank lines) or an array of paragraph strings.
fn body(obj: &Map<String, Value>) -> Vec<String> {
    BODY_KEYS
        .iter()
        .filter_map(|k| obj.get(*k))
        .map(|v| match v {
            Value::String(s) => text_paragraphs(s),
            Value::Array(parts) => {
                parts.iter().filter_map(Value::as_str).flat_map(text_paragraphs).collect()
            }
            _ => Vec::new(),
        })
        .find(|ps| !ps.is_empty())
        .unwrap_or_default()
}

fn text_paragraphs(s: &str) -> Vec<String> {
    if detect::looks_like_html(s) {
        html::fragment_paragraphs(s)
    } else {
        clean::paragraphs(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn articles(name: &str, text: &str) -> Result<Vec<Article>, LoadError> {
        parse(Path::new(name), text, None)?.into_articles(Path::new(name))
    }

    #[test]
    fn deep_nesting_is_named_as_such() {
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let err = articles("deep.json", &deep).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("deep.json: JSON nested too deeply (the limit is 128 levels)")
        );
    }

    #[test]
    fn reads_alternative_field_names() {
        let text = r#"{"headline": "H", "datePublished": "2025-11-20T10:00:00Z",
            "publisher": {"name": "Wire"}, "link": "https://x.org/a", "text": ["One.", "Two."]}"#;
        let a = articles("a.json", text).unwrap_or_default();
        assert_eq!(a.len(), 1);
        let a = &a[0];
        assert_eq!((a.title.as_str(), a.source.as_str()), ("H", "Wire"));
        assert_eq!(a.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
        assert_eq!(a.paragraphs, vec!["One.", "Two."]);
    }

    #[test]
    fn json_feed_with_late_version_field_is_read_as_a_feed() {
        let filler = "x".repeat(3000);
        let text = format!(
            r#"{{"title": "Feed", "description": "{filler}",
                "items": [{{"id": "1", "title": "Entry", "content_text": "Body."}}],
                "version": "https://jsonfeed.org/version/1.1"}}"#
        );
        let found = articles("f.json", &text).unwrap_or_default();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].title.as_str(), found[0].source.as_str()), ("Entry", "Feed"));
    }

    #[test]
    fn unix_timestamps_as_dates() {
        let text = r#"[{"date": 1763625600, "body": "a"}, {"date": 1763625600000, "body": "b"}]"#;
        let dates: Vec<_> = articles("a.json", text)
            .unwrap_or_default()
            .iter()
            .map(|a| a.published.map(|d| d.to_string()))
            .collect();
        assert_eq!(dates, vec![Some("2025-11-20".to_string()), Some("2025-11-20".to_string())]);
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = articles("bad.json", "{\n  \"title\": \"x\",\n  oops\n}").err();
        match err {
            Some(LoadError::Json { line, column, .. }) => assert_eq!((line, column), (3, 3)),
            other => panic!("expected a JSON error, got {other:?}"),
        }
    }

    #[test]
    fn no_body_anywhere_is_an_error() {
        let err = articles("a.json", r#"[{"title": "x"}, 3, "y"]"#).err();
        assert!(matches!(err, Some(LoadError::NoText { .. })));
    }
}
