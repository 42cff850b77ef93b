//! Feed item HTML (a `<description>` or `<content>` fragment) to cleaned paragraphs: a fast,
//! single-pass tag stripper that breaks paragraphs at block elements, drops scripts, styles and
//! comments, and decodes character references. Whole pages go through the article loader's
//! readability extraction instead.

use crate::article::clean;

/// Elements that end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
    "aside",
];

/// Elements whose content is never text.
const SKIPPED_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg", "iframe"];

/// Cleaned paragraphs of an HTML fragment; plain text (no `<`) is split by blank lines.
pub fn paragraphs(html: &str) -> Vec<String> {
    if !html.contains('<') {
        return clean::paragraphs(&decode_entities(html));
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        current.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let starts_tag =
            rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c));
        let gt = rest.find('>').filter(|_| starts_tag);
        let Some(gt) = gt else {
            // A lone `<`: text, not a tag.
            current.push('<');
            rest = &rest[1..];
            continue;
        };
        let name = tag_name(&rest[1..gt]);
        rest = &rest[gt + 1..];
        if SKIPPED_TAGS.contains(&name.as_str()) && !rest.is_empty() {
            let close = format!("</{name}");
            rest = find_ascii_ci(rest, &close)
                .map_or("", |at| rest[at..].find('>').map_or("", |e| &rest[at + e + 1..]));
        } else if BLOCK_TAGS.contains(&name.as_str()) {
            push_paragraph(&mut out, &current);
            current.clear();
        } else {
            current.push(' ');
        }
    }
    current.push_str(rest);
    push_paragraph(&mut out, &current);
    out
}

fn push_paragraph(out: &mut Vec<String>, raw: &str) {
    let decoded = decode_entities(raw);
    // Most feed text has nothing to strip: skip the escape-sequence scanner for it.
    let p = if decoded.chars().any(needs_stripping) {
        clean::clean_line(&decoded)
    } else {
        collapse_spaces(&decoded)
    };
    if !p.is_empty() {
        out.push(p);
    }
}

/// Characters [`clean::strip_controls`] removes or rewrites that whitespace collapsing does not.
fn needs_stripping(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c, '\u{85}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Runs of whitespace to one space, ends trimmed, in one pass (ASCII text splits faster).
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    if s.is_ascii() {
        s.split_ascii_whitespace().for_each(&mut push);
    } else {
        s.split_whitespace().for_each(&mut push);
    }
    out
}

/// Lower-cased element name of a tag body (`/p`, `br/`, `a href=..` give `p`, `br`, `a`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().checked_sub(n.len())? + 1).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Decodes numeric character references and the named ones news markup uses.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.char_indices().take(12).find(|&(_, c)| c == ';').map(|(i, _)| i);
        match end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_make_paragraphs_and_inline_tags_vanish() {
        let html = "<p>One <b>bold</b>&nbsp;move.</p><p>Two &amp; three<br/>four</p>";
        assert_eq!(paragraphs(html), vec!["One bold move.", "Two & three", "four"]);
    }

    #[test]
    fn scripts_comments_and_stray_brackets() {
        let html =
            "<div>a<!-- x --> b<script>var x = '<p>';</script> 1 < 2</div><STYLE>p{}</STYLE>";
        assert_eq!(paragraphs(html), vec!["a b 1 < 2"]);
    }

    #[test]
    fn fast_path_cleans_like_the_article_cleaner() {
        for s in ["  a \t b\r\n c ", "x\u{1b}[31my z", "ä  ö\u{202e}ü", "a\u{85}b", "\u{7f}q"] {
            assert_eq!(paragraphs(&format!("<p>{s}</p>")), vec![clean::clean_line(s)], "{s:?}");
        }
    }

    #[test]
    fn entities_numeric_and_unknown() {
        assert_eq!(decode_entities("&#8217;&#x41;&bogus;&"), "’A&bogus;&");
    }

    #[test]
    fn unterminated_markup_does_not_panic() {
        for s in ["<p", "<script>", "<!--", "&#", "&#xZZ;", "<p>é<", "<\u{1b}[31m>x"] {
            let _ = paragraphs(s);
        }
    }
}
