//! OPML subscription lists: reading every `<outline xmlUrl=...>` (nested folders included) and
//! writing the subscribed feeds as OPML 2.0.

use super::store::Feed;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::fmt::Write;

/// One subscription in an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub url: String,
    pub title: String,
}

/// Why an OPML document could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not valid OPML: {0}")]
pub struct OpmlError(String);

/// Every feed outline of an OPML document, in document order, without duplicates.
pub fn parse(text: &str) -> Result<Vec<Outline>, OpmlError> {
    let mut reader = Reader::from_str(text);
    let mut out: Vec<Outline> = Vec::new();
    let mut saw_opml = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let local = e.local_name();
                let name: &str = local.as_ref();
                if name.eq_ignore_ascii_case("opml") {
                    saw_opml = true;
                }
                if !name.eq_ignore_ascii_case("outline") {
                    continue;
                }
                let (mut url, mut title, mut text_attr) = (None, None, None);
                for attr in e.attributes().flatten() {
                    let value = attr
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| OpmlError(e.to_string()))?;
                    let value = crate::article::clean::clean_line(&value);
                    let key = attr.key.local_name();
                    let key: &str = key.as_ref();
                    match key {
                        "xmlUrl" | "xmlurl" => url = Some(value),
                        "title" => title = Some(value),
                        "text" => text_attr = Some(value),
                        _ => {}
                    }
                }
                if let Some(url) = url.filter(|u| !u.is_empty()) {
                    if !out.iter().any(|o| o.url == url) {
                        let title = title.or(text_attr).unwrap_or_default();
                        out.push(Outline { url, title });
                    }
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(OpmlError(format!("at byte {}: {e}", reader.buffer_position()))),
        }
    }
    if !saw_opml {
        return Err(OpmlError("no <opml> element".into()));
    }
    Ok(out)
}

/// The feeds as an OPML 2.0 document.
pub fn export(feeds: &[Feed]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n\
         <head><title>newslens subscriptions</title></head>\n<body>\n",
    );
    for f in feeds {
        let title = escape(if f.title.is_empty() { &f.url } else { &f.title });
        let site = f.site_url.as_deref().map(|s| format!(" htmlUrl=\"{}\"", escape(s)));
        let _ = writeln!(
            out,
            "<outline type=\"rss\" text=\"{title}\" title=\"{title}\" xmlUrl=\"{}\"{}/>",
            escape(&f.url),
            site.unwrap_or_default()
        );
    }
    out.push_str("</body>\n</opml>\n");
    out
}

fn escape(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_outlines_and_round_trip() {
        let doc = r#"<?xml version="1.0"?><opml version="1.0"><body>
            <outline text="News"><outline text="A &amp; B" xmlUrl="http://a/feed?x=1&amp;y=2"/>
            </outline><outline title="C" xmlUrl="http://c/"/><outline text="folder"/></body></opml>"#;
        let outlines = parse(doc).expect("valid opml");
        assert_eq!(outlines.len(), 2);
        assert_eq!(outlines[0].url, "http://a/feed?x=1&y=2");
        assert_eq!(outlines[0].title, "A & B");
        let feeds: Vec<Feed> = outlines
            .iter()
            .enumerate()
            .map(|(i, o)| Feed {
                id: i as i64,
                url: o.url.clone(),
                title: o.title.clone(),
                site_url: None,
                etag: None,
                last_modified: None,
                last_fetched: None,
                last_error: None,
            })
            .collect();
        assert_eq!(parse(&export(&feeds)).expect("own output parses"), outlines);
    }

    #[test]
    fn broken_documents_are_errors() {
        assert!(parse("<opml><body><outline xmlUrl='x'></body>").is_err());
        assert!(parse("<html></html>").is_err());
    }
}
