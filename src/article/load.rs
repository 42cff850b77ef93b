//! Loading: picks a format by extension and content, reads folders and stdin, and embeds the
//! bundled sample articles.

use super::{clean, Article, LoadError};
use chrono::NaiveDate;
use std::path::Path;

/// Options that apply to every loaded article.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Publication date for articles whose file gives none (`--date`).
    pub default_date: Option<NaiveDate>,
}

/// The sample articles compiled into the binary, so the reader works from any directory.
pub fn bundled() -> Vec<Article> {
    const SAMPLES: &[(&str, &str)] = &[(
        "pentagon-officials-kyiv.md",
        include_str!("../../assets/articles/pentagon-officials-kyiv.md"),
    )];
    SAMPLES
        .iter()
        .filter_map(|(name, text)| {
            load_bytes(Path::new(name), text.as_bytes(), &LoadOptions::default()).ok()
        })
        .flatten()
        .collect()
}

/// Loads a file, a folder (every supported file in it, sorted by name) or `-` (stdin).
/// Each failure is returned beside the articles that did load.
pub fn load_path(path: &Path, opts: &LoadOptions) -> Vec<Result<Article, LoadError>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        return match std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf) {
            Ok(_) => split(load_bytes(Path::new("stdin"), &buf, opts)),
            Err(source) => vec![Err(LoadError::Io { path: path.into(), source })],
        };
    }
    if path.is_dir() {
        let mut entries: Vec<_> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(source) => return vec![Err(LoadError::Io { path: path.into(), source })],
        };
        entries.sort();
        return entries
            .iter()
            .filter(|p| p.is_file() && is_supported(p))
            .flat_map(|p| load_path(p, opts))
            .collect();
    }
    match std::fs::read(path) {
        Ok(bytes) => split(load_bytes(path, &bytes, opts)),
        Err(source) => vec![Err(LoadError::Io { path: path.into(), source })],
    }
}

fn split(r: Result<Vec<Article>, LoadError>) -> Vec<Result<Article, LoadError>> {
    match r {
        Ok(v) => v.into_iter().map(Ok).collect(),
        Err(e) => vec![Err(e)],
    }
}

/// Extensions a folder scan picks up.
pub fn is_supported(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "txt" | "md" | "markdown" | "json" | "html" | "htm" | "xml" | "rss" | "atom"
    )
}

/// Parses bytes named by `path` (used for messages and the fallback title).
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    if bytes.iter().take(8000).any(|&b| b == 0) {
        return Err(LoadError::invalid(path, "binary file, not text"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        LoadError::invalid(path, format!("not valid UTF-8 (at byte {})", e.valid_up_to()))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut articles = parse_text(path, text)?;
    for a in &mut articles {
        if a.published.is_none() {
            a.published = opts.default_date;
        }
    }
    if articles.iter().all(|a| a.paragraphs.is_empty()) {
        return Err(LoadError::invalid(path, "no article text found"));
    }
    articles.retain(|a| !a.paragraphs.is_empty());
    Ok(articles)
}

fn parse_text(path: &Path, text: &str) -> Result<Vec<Article>, LoadError> {
    Ok(vec![plain_or_markdown(path, text)])
}

fn file_stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).map(clean::clean_line).unwrap_or_default()
}

/// Plain text or Markdown, with an optional `---` front-matter block.
fn plain_or_markdown(path: &Path, text: &str) -> Article {
    let (meta, body) = split_front_matter(text);
    let mut article = Article {
        title: String::new(),
        source: file_stem(path),
        url: None,
        published: None,
        paragraphs: Vec::new(),
    };
    for (key, value) in meta {
        let value = clean::clean_line(value.trim().trim_matches('"').trim_matches('\''));
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => article.title = value,
            "source" => article.source = value,
            "url" | "link" => article.url = Some(value),
            "published" | "date" => article.published = parse_date(&value),
            _ => {}
        }
    }
    let mut paragraphs = clean::paragraphs(body);
    if article.title.is_empty() {
        match paragraphs.first() {
            Some(first) if looks_like_title(first) => {
                article.title = first.trim_start_matches('#').trim().to_string();
                paragraphs.remove(0);
            }
            _ => article.title = file_stem(path),
        }
    }
    article.paragraphs = paragraphs;
    article
}

fn looks_like_title(line: &str) -> bool {
    let l = line.trim();
    l.starts_with('#') || (l.chars().count() <= 120 && !l.ends_with(['.', '!', '?', ':', ',', ';']))
}

fn split_front_matter(text: &str) -> (Vec<(&str, &str)>, &str) {
    let Some(rest) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else {
        return (Vec::new(), text);
    };
    let Some(end) = rest.find("\n---") else { return (Vec::new(), text) };
    let block = &rest[..end];
    let after = &rest[end + 4..];
    let body = after.split_once('\n').map(|(_, b)| b).unwrap_or("");
    let meta = block.lines().filter_map(|l| l.split_once(':')).collect();
    (meta, body)
}

/// Accepts `YYYY-MM-DD`, RFC 3339 and RFC 2822 dates.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
        return Some(d);
    }
    chrono::DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive())
}
