//! The metadata block at the top of a Markdown file: YAML-style (`---` fences, `key: value`)
//! or TOML-style (`+++` fences, `key = value`), with single- or double-quoted values, `#`
//! comments, and the keys newslens reads.

/// What a front-matter block says about the article; fields it does not give are `None`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// Splits a front-matter block off the text. Returns the metadata (default when there is no
/// block or it is never closed) and the body after it.
pub fn split(text: &str) -> (FrontMatter, &str) {
    let (fence, separator) = if text.starts_with("---") { ("---", ':') } else { ("+++", '=') };
    let Some(first_newline) = text.find('\n') else { return (FrontMatter::default(), text) };
    if text.get(..first_newline).map(str::trim_end) != Some(fence) {
        return (FrontMatter::default(), text);
    }
    let rest = text.get(first_newline + 1..).unwrap_or("");
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            let block = rest.get(..offset).unwrap_or("");
            let body = rest.get(offset + line.len()..).unwrap_or("");
            return (parse_block(block, separator), body);
        }
        offset += line.len();
    }
    (FrontMatter::default(), text)
}

fn parse_block(block: &str, separator: char) -> FrontMatter {
    let mut meta = FrontMatter::default();
    for line in block.lines() {
        // Nested or list lines (indented, "- item") are not fields newslens reads.
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let Some((key, raw)) = line.split_once(separator) else { continue };
        let value = unquote(raw.trim());
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().trim_matches('"').to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut meta.title,
            "published" | "date" | "pubdate" | "published_at" => &mut meta.published,
            "source" | "site" | "publisher" => &mut meta.source,
            "url" | "link" | "canonical" | "canonical_url" => &mut meta.url,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    meta
}

/// The value of a scalar: a double-quoted string with backslash escapes, a single-quoted one
/// with `''` for a quote, or a plain value up to a ` #` comment.
fn unquote(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => break,
                },
                c => out.push(c),
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = inner.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    out.push('\'');
                    continue;
                }
                break;
            }
            out.push(c);
        }
        return out;
    }
    let plain = raw.split_once(" #").map_or(raw, |(v, _)| v);
    plain.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_block_with_quoting_and_comments() {
        let text = "---\ntitle: \"Talks: \\\"day one\\\"\"\n# a comment\ndate: 2025-11-20 # local\n\
                    source: 'Kyiv ''Post'''\nurl: https://example.org/a\ntags:\n  - war\n---\nBody\n";
        let (meta, body) = split(text);
        assert_eq!(meta.title.as_deref(), Some("Talks: \"day one\""));
        assert_eq!(meta.published.as_deref(), Some("2025-11-20"));
        assert_eq!(meta.source.as_deref(), Some("Kyiv 'Post'"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn toml_block() {
        let (meta, body) = split("+++\ntitle = \"A = B\"\npublished = 2025-11-20\n+++\nText");
        assert_eq!(meta.title.as_deref(), Some("A = B"));
        assert_eq!(meta.published.as_deref(), Some("2025-11-20"));
        assert_eq!(body, "Text");
    }

    #[test]
    fn unclosed_or_absent_block_leaves_text_whole() {
        assert_eq!(
            split("---\ntitle: x\nno end"),
            (FrontMatter::default(), "---\ntitle: x\nno end")
        );
        assert_eq!(split("----- rule\ntext"), (FrontMatter::default(), "----- rule\ntext"));
        assert_eq!(split("plain"), (FrontMatter::default(), "plain"));
    }
}
