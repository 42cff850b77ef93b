//! Loading: reads files, folders and stdin (each capped at [`MAX_FILE_BYTES`]), decodes the
//! bytes, picks the format loader, and runs every field of every article through the cleaner
//! before handing it out. Also embeds the bundled sample articles.

use super::detect::{self, Format};
use super::{clean, decode, feed, html, json, markdown, text, Article, LoadError};
use chrono::NaiveDate;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use super::date::parse_date;

/// The largest file (or stdin) newslens reads: 50 MiB.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Extensions a folder scan picks up.
pub const SUPPORTED_EXTENSIONS: &[&str] =
    &["txt", "text", "md", "markdown", "json", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf"];

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

/// Loads a file, a folder (every supported file in it and in its direct subfolders, sorted by
/// path, hidden ones skipped) or `-` (stdin). Each failure is returned beside the articles that
/// did load, so one bad file never hides the others.
pub fn load_path(path: &Path, opts: &LoadOptions) -> Vec<Result<Article, LoadError>> {
    if path == Path::new("-") {
        let stdin = std::io::stdin();
        let bytes = read_capped(Path::new("stdin"), stdin.lock(), None);
        return split(bytes.and_then(|b| load_bytes(Path::new("stdin"), &b, opts)));
    }
    if path.is_dir() {
        let files = match folder_files(path, 1) {
            Ok(files) => files,
            Err(source) => return vec![Err(LoadError::Io { path: path.into(), source })],
        };
        if files.is_empty() {
            return vec![Err(LoadError::NoSupportedFiles { path: path.into() })];
        }
        return files.iter().flat_map(|p| load_file(p, opts)).collect();
    }
    load_file(path, opts)
}

fn load_file(path: &Path, opts: &LoadOptions) -> Vec<Result<Article, LoadError>> {
    let io_error = |source| LoadError::Io { path: path.into(), source };
    let bytes = std::fs::File::open(path).map_err(io_error).and_then(|file| {
        let size = file.metadata().map(|m| m.len()).ok();
        read_capped(path, file, size)
    });
    split(bytes.and_then(|b| load_bytes(path, &b, opts)))
}

/// Reads at most [`MAX_FILE_BYTES`]; more is an error, and nothing past the cap is kept.
fn read_capped(
    path: &Path,
    reader: impl Read,
    known_size: Option<u64>,
) -> Result<Vec<u8>, LoadError> {
    let too_large = |size| LoadError::TooLarge { path: path.into(), size, limit: MAX_FILE_BYTES };
    if let Some(size) = known_size.filter(|&s| s > MAX_FILE_BYTES) {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io { path: path.into(), source })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Supported, non-hidden files in `dir`, descending `depth` more levels into subfolders; sorted.
fn folder_files(dir: &Path, depth: usize) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for entry in entries {
        if entry.is_dir() {
            if depth > 0 {
                // An unreadable subfolder is skipped rather than failing the whole folder.
                files.extend(folder_files(&entry, depth - 1).unwrap_or_default());
            }
        } else if is_supported(&entry) {
            files.push(entry);
        }
    }
    Ok(files)
}

fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

/// True when a folder scan picks the file up (by extension).
pub fn is_supported(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    SUPPORTED_EXTENSIONS.contains(&ext.as_str())
}

fn split(r: Result<Vec<Article>, LoadError>) -> Vec<Result<Article, LoadError>> {
    match r {
        Ok(v) => v.into_iter().map(Ok).collect(),
        Err(e) => vec![Err(e)],
    }
}

/// Parses bytes named by `path` (used for messages, the fallback title and the format guess).
/// Never panics, whatever the bytes.
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = bytes.len() as u64;
        return Err(LoadError::TooLarge { path: path.into(), size, limit: MAX_FILE_BYTES });
    }
    let text = decode::decode(path, bytes)?;
    let detected = detect::detect(path, &text);
    let articles = match parse_as(detected.format, path, &text) {
        Err(e) => match detected.fallback {
            Some(fallback) => parse_as(fallback, path, &text).map_err(|_| e)?,
            None => return Err(e),
        },
        Ok(articles) => articles,
    };
    let articles: Vec<Article> = articles
        .into_iter()
        .map(|a| finish(a, opts))
        .filter(|a| !a.paragraphs.is_empty())
        .collect();
    if articles.is_empty() {
        return Err(LoadError::no_text(path, ""));
    }
    Ok(articles)
}

fn parse_as(format: Format, path: &Path, text: &str) -> Result<Vec<Article>, LoadError> {
    match format {
        Format::PlainText => Ok(vec![text::parse(path, text)]),
        Format::Markdown => Ok(vec![markdown::parse(path, text)]),
        Format::Json => json::parse(path, text),
        Format::Html => html::parse(path, text).map(|a| vec![a]),
        Format::Feed => feed::parse(path, text),
    }
}

/// The last gate before an article leaves the loader: every string cleaned (whatever the format
/// module did), empty fields dropped, and the default date applied.
fn finish(a: Article, opts: &LoadOptions) -> Article {
    let paragraphs: Vec<String> =
        a.paragraphs.iter().map(|p| clean::clean_line(p)).filter(|p| !p.is_empty()).collect();
    let title = clean::clean_line(&a.title);
    let title = if title.is_empty() { "Untitled".to_string() } else { title };
    Article {
        title,
        source: clean::clean_line(&a.source),
        url: a.url.map(|u| clean::clean_line(&u)).filter(|u| !u.is_empty()),
        published: a.published.or(opts.default_date),
        paragraphs,
    }
}

/// The file name without its extension, cleaned: the title or source of last resort.
pub fn file_title(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).map(clean::clean_line).unwrap_or_default()
}
