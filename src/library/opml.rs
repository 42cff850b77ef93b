//! OPML subscription lists: reading every `<outline xmlUrl=...>` with the folders it is filed in
//! (nested outlines without a feed address), importing them (only http(s) addresses: anything
//! else would fail on every refresh), and writing the subscriptions back as OPML 2.0, folders
//! included.

use super::store::{write_tx, Feed, FOLDER_SEPARATOR};
use super::{url, Result, Store};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::fmt::Write;

/// One subscription in an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub url: String,
    pub title: String,
    /// The folders it is filed in, outermost first, joined by [`FOLDER_SEPARATOR`].
    pub folder: Option<String>,
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
    // One entry per open <outline>: the folder name it opens, if it is a folder.
    let mut open: Vec<Option<String>> = Vec::new();
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                let local = e.local_name();
                let name: &str = local.as_ref();
                if name.eq_ignore_ascii_case("outline") {
                    open.pop();
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Ok(_) => continue,
            Err(e) => return Err(OpmlError(format!("at byte {}: {e}", reader.buffer_position()))),
        };
        let local = e.local_name();
        let name: &str = local.as_ref();
        saw_opml |= name.eq_ignore_ascii_case("opml");
        if !name.eq_ignore_ascii_case("outline") {
            continue;
        }
        let (feed_url, title) = outline_attributes(&e)?;
        let folder_path: Vec<&str> = open.iter().flatten().map(String::as_str).collect();
        let folder = (!folder_path.is_empty()).then(|| folder_path.join(FOLDER_SEPARATOR));
        match feed_url {
            Some(url) => {
                if !out.iter().any(|o| o.url == url) {
                    out.push(Outline { url, title: title.unwrap_or_default(), folder });
                }
                if !empty {
                    open.push(None);
                }
            }
            None if !empty => open.push(title.filter(|t| !t.is_empty())),
            None => {}
        }
    }
    if !saw_opml {
        return Err(OpmlError("no <opml> element".into()));
    }
    Ok(out)
}

/// An outline's feed address and its title (`title`, else `text`), cleaned.
fn outline_attributes(e: &BytesStart) -> Result<(Option<String>, Option<String>), OpmlError> {
    let (mut url, mut title, mut text_attr) = (None, None, None);
    for attr in e.attributes().flatten() {
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| OpmlError(e.to_string()))?;
        let value = crate::article::clean::clean_line(&value);
        let key = attr.key.local_name();
        let key: &str = key.as_ref();
        match key {
            "xmlUrl" | "xmlurl" => url = Some(value).filter(|u| !u.is_empty()),
            "title" => title = Some(value),
            "text" => text_attr = Some(value),
            _ => {}
        }
    }
    Ok((url, title.or(text_attr)))
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub already_subscribed: usize,
    /// Outlines not subscribed to, with the reason (an address that is not http(s)).
    pub skipped: Vec<(String, String)>,
}

/// Subscribes to the feeds of an OPML document ([`parse`]) in one transaction, keeping the
/// titles it gives (refresh does not rename them) and its folders.
pub fn import(store: &Store, outlines: &[Outline]) -> Result<Imported> {
    let mut imported = Imported::default();
    let tx = write_tx(store.connection())?;
    for o in outlines {
        if let Err(e) = url::check(&o.url) {
            imported.skipped.push((o.url.clone(), e.to_string()));
            continue;
        }
        let (_, is_new) = store.add_named_feed(&o.url, &o.title, o.folder.as_deref())?;
        match is_new {
            true => imported.added += 1,
            false => imported.already_subscribed += 1,
        }
    }
    tx.commit()?;
    Ok(imported)
}

/// The feeds as an OPML 2.0 document, each filed in its folders.
pub fn export(feeds: &[Feed]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n\
         <head><title>newslens subscriptions</title></head>\n<body>\n",
    );
    let mut sorted: Vec<&Feed> = feeds.iter().collect();
    sorted.sort_by_key(|f| f.folder.is_some());
    let mut open: Vec<&str> = Vec::new();
    for f in sorted {
        let path: Vec<&str> =
            f.folder.as_deref().map_or(Vec::new(), |p| p.split(FOLDER_SEPARATOR).collect());
        let shared = open.iter().zip(&path).take_while(|(a, b)| a == b).count();
        while open.len() > shared {
            open.pop();
            let _ = writeln!(out, "{}</outline>", "  ".repeat(open.len()));
        }
        for name in &path[shared..] {
            let indent = "  ".repeat(open.len());
            let name_attr = escape(name);
            let _ = writeln!(out, "{indent}<outline text=\"{name_attr}\" title=\"{name_attr}\">");
            open.push(name);
        }
        let title = escape(if f.title.is_empty() { &f.url } else { &f.title });
        let site = f.site_url.as_deref().map(|s| format!(" htmlUrl=\"{}\"", escape(s)));
        let _ = writeln!(
            out,
            "{}<outline type=\"rss\" text=\"{title}\" title=\"{title}\" xmlUrl=\"{}\"{}/>",
            "  ".repeat(open.len()),
            escape(&f.url),
            site.unwrap_or_default()
        );
    }
    while !open.is_empty() {
        open.pop();
        let _ = writeln!(out, "{}</outline>", "  ".repeat(open.len()));
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

    fn feed(o: &Outline, id: i64) -> Feed {
        Feed {
            id,
            url: o.url.clone(),
            title: o.title.clone(),
            site_url: None,
            etag: None,
            last_modified: None,
            last_fetched: None,
            last_error: None,
            folder: o.folder.clone(),
            title_pinned: true,
        }
    }

    #[test]
    fn folders_are_read_and_written_back() {
        let doc = r#"<?xml version="1.0"?><opml version="1.0"><body>
            <outline text="News"><outline text="A &amp; B" xmlUrl="http://a/feed?x=1&amp;y=2"/>
              <outline text="Local"><outline title="L" xmlUrl="http://l/"></outline></outline>
            </outline><outline title="C" xmlUrl="http://c/"/><outline text="empty folder"/>
            </body></opml>"#;
        let outlines = parse(doc).expect("valid opml");
        let got: Vec<_> = outlines
            .iter()
            .map(|o| (o.url.as_str(), o.title.as_str(), o.folder.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("http://a/feed?x=1&y=2", "A & B", Some("News")),
                ("http://l/", "L", Some("News / Local")),
                ("http://c/", "C", None),
            ]
        );
        let feeds: Vec<Feed> = outlines.iter().zip(1..).map(|(o, id)| feed(o, id)).collect();
        let mut again = parse(&export(&feeds)).expect("own output parses");
        again.sort_by(|a, b| a.url.cmp(&b.url));
        let mut expected = outlines.clone();
        expected.sort_by(|a, b| a.url.cmp(&b.url));
        assert_eq!(again, expected);
    }

    #[test]
    fn broken_documents_are_errors() {
        assert!(parse("<opml><body><outline xmlUrl='x'></body>").is_err());
        assert!(parse("<html></html>").is_err());
    }
}
