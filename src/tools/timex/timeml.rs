//! A small reader for TimeML (`.tml`) files: the document creation time, the plain text of the
//! `TEXT` element with every tag stripped, and the gold TIMEX3 expressions with byte spans into
//! that text. The creation-time TIMEX3 is not part of the gold.

use crate::analysis::{Span, TimexKind};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// Why a TimeML file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TimemlError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

/// One gold temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    pub span: Span,
    pub text: String,
    pub kind: TimexKind,
    pub value: String,
}

/// A TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDoc {
    pub name: String,
    pub dct: NaiveDate,
    /// The text of the `TEXT` element, tags stripped and entities decoded.
    pub text: String,
    pub gold: Vec<GoldTimex>,
}

/// Reads one `.tml` file.
pub fn read_file(path: &Path) -> Result<TimemlDoc, TimemlError> {
    let source = std::fs::read_to_string(path)
        .map_err(|source| TimemlError::Io { path: path.to_path_buf(), source })?;
    let name = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    parse(&name, &source)
        .map_err(|reason| TimemlError::Invalid { path: path.to_path_buf(), reason })
}

/// Reads every `.tml` file in `dir`, sorted by name.
pub fn read_dir(dir: &Path) -> Result<Vec<TimemlDoc>, TimemlError> {
    let io = |source| TimemlError::Io { path: dir.to_path_buf(), source };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read_file(p)).collect()
}

/// Parses TimeML source; `name` names the document.
pub fn parse(name: &str, source: &str) -> Result<TimemlDoc, String> {
    let dct = creation_time(source).ok_or("no creation-time TIMEX3 (DCT) with a date value")?;
    let open = source.find("<TEXT>").ok_or("no <TEXT> element")?;
    let body_start = open + "<TEXT>".len();
    let close = source[body_start..].find("</TEXT>").ok_or("<TEXT> is not closed")?;
    let body = &source[body_start..body_start + close];
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open_timex: Option<(usize, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut text, &rest[..lt]);
        let gt = rest[lt..].find('>').ok_or("a tag is not closed with '>'")? + lt;
        let tag = &rest[lt + 1..gt];
        if tag.starts_with("TIMEX3") {
            if open_timex.is_some() {
                return Err("nested TIMEX3".into());
            }
            open_timex = Some((text.len(), tag.to_string()));
        } else if tag.starts_with("/TIMEX3") {
            let (start, attrs) = open_timex.take().ok_or("</TIMEX3> without an opening tag")?;
            let kind = match attribute(&attrs, "type").as_deref() {
                Some("DATE") => TimexKind::Date,
                Some("TIME") => TimexKind::Time,
                Some("DURATION") => TimexKind::Duration,
                Some("SET") => TimexKind::Set,
                other => return Err(format!("TIMEX3 with unknown type {other:?}")),
            };
            let value = attribute(&attrs, "value").unwrap_or_default();
            let creation =
                attribute(&attrs, "functionInDocument").as_deref() == Some("CREATION_TIME");
            if !creation {
                let span = start..text.len();
                gold.push(GoldTimex { text: text[span.clone()].to_string(), span, kind, value });
            }
        }
        rest = &rest[gt + 1..];
    }
    push_decoded(&mut text, rest);
    if open_timex.is_some() {
        return Err("a TIMEX3 is not closed before </TEXT>".into());
    }
    Ok(TimemlDoc { name: name.to_string(), dct, text, gold })
}

/// The DCT: the TIMEX3 in `<DCT>`, or any with functionInDocument="CREATION_TIME".
fn creation_time(source: &str) -> Option<NaiveDate> {
    let at = source
        .find("<DCT>")
        .and_then(|d| source[d..].find("<TIMEX3").map(|t| d + t))
        .or_else(|| source.find("CREATION_TIME").and_then(|c| source[..c].rfind("<TIMEX3")))?;
    let tag_end = source[at..].find('>')? + at;
    let value = attribute(&source[at..tag_end], "value")?;
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()
}

/// The value of `name="..."` in a tag's attributes.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = rest[..at].ends_with(char::is_whitespace);
        let after = rest[at + name.len()..].trim_start();
        if let (true, Some(after)) = (before_ok, after.strip_prefix('=')) {
            let after = after.trim_start();
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let inner = &after[1..];
            let end = inner.find(quote)?;
            let mut out = String::new();
            push_decoded(&mut out, &inner[..end]);
            return Some(out);
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// Appends `s` with the XML entities decoded.
fn push_decoded(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let known =
            [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\'')];
        match known.iter().find(|(e, _)| tail.starts_with(e)) {
            Some((e, c)) => {
                out.push(*c);
                rest = &tail[e.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}
