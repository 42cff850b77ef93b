//! HTML fragments (a feed entry's content or summary, a JSON body, a Markdown HTML block, a
//! title with markup) to cleaned paragraphs: one linear pass that breaks paragraphs at block
//! elements, drops scripts, styles and comments, and decodes every HTML character reference
//! (html-escape's full table). Linear in the input however deep the nesting, and about ten
//! times faster than building a DOM, which a refresh of 100,000 items needs (BENCHMARKS.md).
//! Whole pages go through readability extraction in [`super::parse`] instead.

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

/// Elements inside a word's flow: they separate nothing ("un<b>believ</b>able" is one word).
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    "var", "wbr",
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
        } else if !INLINE_TAGS.contains(&name.as_str()) {
            // Table cells, images and unknown elements: a word boundary.
            current.push(' ');
        }
    }
    current.push_str(rest);
    push_paragraph(&mut out, &current);
    out
}

fn push_paragraph(out: &mut Vec<String>, raw: &str) {
    let decoded = html_escape::decode_html_entities(raw);
    // Most feed text has nothing to strip: skip the escape-sequence scanner for it.
    let ascii_clean = |b: &u8| *b >= 0x20 && *b != 0x7f || b.is_ascii_whitespace();
    let plain = decoded.as_bytes().iter().all(ascii_clean) && decoded.is_ascii();
    let p = if !plain && decoded.chars().any(needs_stripping) {
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

/// Decodes every named and numeric character reference.
pub fn decode_entities(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

/// One line of text from a short fragment such as a title: tags dropped, references decoded.
pub fn line(fragment: &str) -> String {
    paragraphs(fragment).join(" ")
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
    fn entities_numeric_named_and_unknown() {
        assert_eq!(decode_entities("&#8217;&#x41;&bogus;&"), "’A&bogus;&");
        assert_eq!(decode_entities("&Scaron;koda &rarr; &frac12; &nbsp;"), "Škoda → ½ \u{a0}");
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        assert_eq!(
            paragraphs("un<b>believ</b>able <a href='x'>link</a>."),
            vec!["unbelievable link."]
        );
        assert_eq!(paragraphs("<td>a</td><td>b</td>"), vec!["a b"]);
    }

    #[test]
    fn deep_nesting_is_linear_work() {
        let deep =
            format!("{}<p>Deep text.</p>{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        assert_eq!(paragraphs(&deep), vec!["Deep text."]);
    }

    #[test]
    fn unterminated_markup_does_not_panic() {
        for s in ["<p", "<script>", "<!--", "&#", "&#xZZ;", "<p>é<", "<\u{1b}[31m>x"] {
            let _ = paragraphs(s);
        }
    }
}
