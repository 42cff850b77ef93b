//! A cheap guard against pathologically nested HTML: html5ever and Readability both take time
//! quadratic in the nesting depth (20,000 nested `<div>`s take seconds to parse), so the depth
//! is estimated from the raw text before any parsing, in one linear scan.

/// Deeper markup than this is refused (real pages nest a few dozen levels).
pub const MAX_NESTING: usize = 1000;

/// Elements that never hold children, or whose end tag is usually left out (they close
/// implicitly and so must not count as nesting).
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is raw text, skipped up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp"];

/// The deepest open-element count seen while scanning the tags of `html`.
pub fn nesting_estimate(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(offset) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        i += offset + 1;
        let rest = bytes.get(i..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i += find(rest, b"-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name: Vec<u8> = rest
            .iter()
            .skip(name_start)
            .take_while(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() || !rest.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        // A tag without its `>` ends at the next `<`, so the scan stays linear.
        let tag_end = rest.iter().position(|&b| b == b'>' || b == b'<').unwrap_or(rest.len());
        let self_closing = tag_end > 0 && rest.get(tag_end - 1) == Some(&b'/');
        let name = String::from_utf8_lossy(&name);
        if closing {
            if !NOT_NESTING.contains(&name.as_ref()) {
                depth = depth.saturating_sub(1);
            }
        } else if RAW_TEXT.contains(&name.as_ref()) {
            let end_tag = format!("</{name}");
            i += find(rest, end_tag.as_bytes()).unwrap_or(rest.len());
            continue;
        } else if !self_closing && !NOT_NESTING.contains(&name.as_ref()) {
            depth += 1;
            deepest = deepest.max(depth);
        }
        i += tag_end;
    }
    deepest
}

/// Where `needle` (lowercase ASCII) first occurs in `haystack`, ignoring ASCII case.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_real_nesting_only() {
        assert_eq!(nesting_estimate("<div><section><p>a<p>b<br><img src=x/></section></div>"), 2);
        assert_eq!(nesting_estimate("<div></div><div><span>x</span></div>"), 2);
        assert_eq!(nesting_estimate("<script>if (a<b) { '<div><div>' }</SCRIPT><i>x</i>"), 1);
        assert_eq!(nesting_estimate("<!-- <div><div> --> 3 < 4 <b>"), 1);
        assert_eq!(nesting_estimate(&"<div>".repeat(5000)), 5000);
        assert_eq!(nesting_estimate(&"<div <a ".repeat(3)), 6);
    }
}
