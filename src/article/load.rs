//! Loading: reads files, folders and stdin (each capped at [`MAX_FILE_BYTES`]), decodes the
//! bytes, picks the format loader, and runs every field of every article through the cleaner
//! before handing it out. The library stores fetched feeds and pages through
//! [`load_document`] too, so a page or feed gives the same text whichever way it comes in. Also
//! embeds the bundled sample articles.

use super::detect::{self, Format};
use super::feed::Feed;
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

/// What the bytes' origin says about them beside their name: an HTTP response's Content-Type
/// and address.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin<'a> {
    /// The format declared (stands in for the name's extension; the content still comes first).
    pub format: Option<Format>,
    /// The character set declared, used when the bytes are not UTF-8.
    pub charset: Option<&'a str>,
    /// The address the bytes came from: relative links in a feed resolve against it.
    pub base_url: Option<&'a str>,
}

impl<'a> Origin<'a> {
    /// The origin of an HTTP response body: its Content-Type header and final address.
    pub fn http(content_type: Option<&'a str>, url: &'a str) -> Origin<'a> {
        let charset = content_type.and_then(|ct| {
            ct.split(';').find_map(|p| p.trim().strip_prefix("charset=").map(str::trim))
        });
        Origin {
            format: content_type.and_then(detect::format_of_content_type),
            charset,
            base_url: Some(url),
        }
    }
}

/// What a file or body holds: articles (a page, a text, a JSON export), or a feed with its
/// entries (kept whole: GUIDs, times and title-only entries matter to the library).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    Articles(Vec<Article>),
    Feed(Feed),
}

impl Document {
    /// The articles to read: a feed's entries that have text (none is an error naming `path`).
    pub fn into_articles(self, path: &Path) -> Result<Vec<Article>, LoadError> {
        match self {
            Document::Articles(articles) => Ok(articles),
            Document::Feed(feed) => super::feed::articles(path, feed),
        }
    }
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
    match files_of(path) {
        Ok(files) => files
            .iter()
            .flat_map(|p| split(read_file(p).and_then(|b| load_bytes(p, &b, opts))))
            .collect(),
        Err(e) => vec![Err(e)],
    }
}

/// The files a path names: the file itself, or a folder's supported files (see [`load_path`]).
pub fn files_of(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let files =
        folder_files(path, 1).map_err(|source| LoadError::Io { path: path.into(), source })?;
    if files.is_empty() {
        return Err(LoadError::NoSupportedFiles { path: path.into() });
    }
    Ok(files)
}

/// A file's bytes, at most [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source| LoadError::Io { path: path.into(), source };
    std::fs::File::open(path).map_err(io_error).and_then(|file| {
        let size = file.metadata().map(|m| m.len()).ok();
        read_capped(path, file, size)
    })
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
/// A subfolder reached through a symbolic link is not descended (a link back up would loop, or
/// list the same files twice); a linked file is read like any other.
fn folder_files(dir: &Path, depth: usize) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for entry in entries {
        let is_link = entry.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink());
        if entry.is_dir() && is_link {
            continue;
        }
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
    let articles = load_document(path, bytes, &Origin::default(), opts)?.into_articles(path)?;
    let articles: Vec<Article> =
        articles.into_iter().filter(|a| !a.paragraphs.is_empty()).collect();
    if articles.is_empty() {
        return Err(LoadError::no_text(path, ""));
    }
    Ok(articles)
}

/// Parses bytes into what they hold, every string cleaned: the one path from bytes to articles,
/// for files and for fetched pages and feeds. `origin` adds what an HTTP response declares.
pub fn load_document(
    path: &Path,
    bytes: &[u8],
    origin: &Origin,
    opts: &LoadOptions,
) -> Result<Document, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = bytes.len() as u64;
        return Err(LoadError::TooLarge { path: path.into(), size, limit: MAX_FILE_BYTES });
    }
    let text = decode::decode(path, bytes, origin.charset)?;
    let detected = detect::detect(path, &text, origin.format);
    let document = match parse_as(detected.format, path, &text, origin) {
        Err(e) => match detected.fallback {
            Some(fallback) => parse_as(fallback, path, &text, origin).map_err(|_| e)?,
            None => return Err(e),
        },
        Ok(document) => document,
    };
    Ok(match document {
        Document::Articles(articles) => {
            let articles: Vec<Article> = articles
                .into_iter()
                .map(|a| finish(a, opts))
                .filter(|a| !a.paragraphs.is_empty())
                .collect();
            if articles.is_empty() {
                return Err(LoadError::no_text(path, ""));
            }
            Document::Articles(articles)
        }
        Document::Feed(mut feed) => {
            for entry in &mut feed.entries {
                entry.article = finish(std::mem::take(&mut entry.article), opts);
            }
            Document::Feed(feed)
        }
    })
}

fn parse_as(
    format: Format,
    path: &Path,
    text: &str,
    origin: &Origin,
) -> Result<Document, LoadError> {
    let one = |a: Article| Document::Articles(vec![a]);
    match format {
        Format::PlainText => Ok(one(text::parse(path, text))),
        Format::Markdown => Ok(one(markdown::parse(path, text))),
        Format::Json => json::parse(path, text, origin.base_url),
        Format::Html => html::parse(path, text).map(one),
        Format::Feed => feed::read(path, text, origin.base_url).map(Document::Feed),
    }
}

/// The last gate before an article leaves the loader: every string cleaned (whatever the format
/// module did), empty fields dropped, and the default date applied.
fn finish(a: Article, opts: &LoadOptions) -> Article {
    // Most fields are clean already (the format modules clean too): kept without a copy.
    let paragraphs: Vec<String> =
        a.paragraphs.into_iter().map(clean::clean_line_owned).filter(|p| !p.is_empty()).collect();
    let title = clean::clean_line_owned(a.title);
    let title = if title.is_empty() { "Untitled".to_string() } else { title };
    Article {
        title,
        source: clean::clean_line_owned(a.source),
        url: a.url.map(clean::clean_line_owned).filter(|u| !u.is_empty()),
        published: a.published.or(opts.default_date),
        paragraphs,
    }
}

/// The file name without its extension, cleaned: the title or source of last resort.
pub fn file_title(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).map(clean::clean_line).unwrap_or_default()
}
