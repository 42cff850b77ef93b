//! The `analyze --json` document: typed structs that borrow from the article and its analysis,
//! written straight to the output (a 10 MB article is not copied into a JSON tree and then into
//! a string), with every character that could reach a terminal as a command, or hide or reorder
//! text, written as a JSON `\u` escape.

use super::CharOffsets;
use crate::analysis::{Analysis, EntityKind, Span, DEFAULT_SUMMARY_LEN};
use crate::article::clean::is_unprintable;
use crate::article::Article;
use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};
use serde_json::Value;
use std::io::{self, Write};

/// One article's analysis as `analyze --json` prints it; offsets are Unicode scalar values.
#[derive(Serialize)]
pub struct JsonDocument<'a> {
    article: JsonArticle<'a>,
    entities: Vec<JsonEntity<'a>>,
    quotes: Vec<Located<JsonQuote<'a>>>,
    quantities: Vec<Located<JsonQuantity<'a>>>,
    timeline: Vec<Located<JsonEvent<'a>>>,
    summary: Vec<Located<JsonText<'a>>>,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    title: &'a str,
    source: &'a str,
    url: Option<&'a str>,
    published: Option<String>,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    id: usize,
    name: &'a str,
    kind: EntityKind,
    roles: &'a [String],
    mentions: Vec<Located<JsonText<'a>>>,
}

/// An item with its character offsets after its own fields.
#[derive(Serialize)]
struct Located<T> {
    #[serde(flatten)]
    item: T,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonText<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonQuantity<'a> {
    text: &'a str,
    about: &'a str,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    date: &'a str,
    text: &'a str,
    event: &'a str,
}

impl<'a> JsonDocument<'a> {
    pub fn new(article: &'a Article, analysis: &'a Analysis) -> JsonDocument<'a> {
        let text = analysis.text.as_str();
        let co = CharOffsets::new(text);
        fn located<T>(co: &CharOffsets, span: &Span, item: T) -> Located<T> {
            let (start, end) = co.span(span);
            Located { item, start, end }
        }
        let at = |span: &Span, item| located(&co, span, item);
        let slice = |s: &Span| text.get(s.clone()).unwrap_or("");
        let entities = analysis
            .entities
            .iter()
            .map(|e| JsonEntity {
                id: e.id,
                name: &e.name,
                kind: e.kind,
                roles: &e.roles,
                mentions: e.mentions.iter().map(|m| at(m, JsonText { text: slice(m) })).collect(),
            })
            .collect();
        let quotes = analysis.quotes.iter();
        let quantities = analysis.quantities.iter();
        JsonDocument {
            article: JsonArticle {
                title: &article.title,
                source: &article.source,
                url: article.url.as_deref(),
                published: article.published.map(|d| d.to_string()),
                text,
            },
            entities,
            quotes: quotes
                .map(|q| {
                    located(
                        &co,
                        &q.span,
                        JsonQuote { text: &q.text, speaker: q.speaker.as_deref() },
                    )
                })
                .collect(),
            quantities: quantities
                .map(|q| located(&co, &q.span, JsonQuantity { text: &q.text, about: &q.about }))
                .collect(),
            timeline: analysis
                .timeline
                .iter()
                .map(|t| {
                    located(
                        &co,
                        &t.span,
                        JsonEvent { date: &t.date, text: &t.text, event: &t.event },
                    )
                })
                .collect(),
            summary: analysis
                .summary(DEFAULT_SUMMARY_LEN)
                .into_iter()
                .map(|s| at(&s.span, JsonText { text: slice(&s.span) }))
                .collect(),
        }
    }
}

/// The JSON document of `analyze --json`, as a value.
pub fn to_json(article: &Article, analysis: &Analysis) -> Value {
    serde_json::to_value(JsonDocument::new(article, analysis)).unwrap_or(Value::Null)
}

/// Writes `value` as indented JSON, terminal-safe (see [`SafeFormatter`]).
pub fn write_json<T: Serialize + ?Sized>(out: impl Write, value: &T) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, SafeFormatter::default());
    value.serialize(&mut ser)
}

/// [`PrettyFormatter`] that also escapes, inside strings, the characters JSON allows raw but
/// a terminal acts on or hides text with: DEL, the C1 controls (U+0080-U+009F, one of which
/// opens an escape sequence), invisible formatting and bidirectional characters, and the line
/// and paragraph separators.
#[derive(Default)]
pub struct SafeFormatter<'i>(PrettyFormatter<'i>);

impl Formatter for SafeFormatter<'_> {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, s: &str) -> io::Result<()> {
        let mut rest = s;
        while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_unprintable(c)) {
            let (before, after) = rest.split_at(i);
            w.write_all(before.as_bytes())?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(w, "\\u{u:04x}")?;
            }
            rest = after.get(c.len_utf8()..).unwrap_or("");
        }
        w.write_all(rest.as_bytes())
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        self.0.write_char_escape(w, e)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;

    fn article(text: &str) -> Article {
        Article {
            title: "Title \u{1b}]0;x\u{7}".into(),
            source: "test".into(),
            url: None,
            published: None,
            paragraphs: vec![text.into()],
        }
    }

    #[test]
    fn the_written_document_is_the_value_and_parses_back() {
        let a = article("Jane Doe met officials in Paris on Monday. \"It went well,\" Doe said.");
        let analysis = analyze_text(a.text().to_string(), None);
        let mut out = Vec::new();
        write_json(&mut out, &JsonDocument::new(&a, &analysis)).expect("written");
        let parsed: Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(parsed, to_json(&a, &analysis));
        let names: Vec<&str> = parsed["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["name"].as_str())
            .collect();
        assert!(names.contains(&"Jane Doe"), "{names:?}");
        let first = &parsed["entities"][0]["mentions"][0];
        let keys: Vec<&String> = first.as_object().map(|o| o.keys().collect()).unwrap_or_default();
        assert_eq!(keys, ["text", "start", "end"]);
    }

    #[test]
    fn characters_a_terminal_acts_on_are_escaped() {
        let a = article("Plain text.");
        let analysis = analyze_text("Caf\u{e9} \u{9d}x\u{202e}y \u{1f600}".into(), None);
        let mut out = Vec::new();
        write_json(&mut out, &JsonDocument::new(&a, &analysis)).expect("written");
        let written = String::from_utf8(out).expect("UTF-8");
        assert!(!written.chars().any(|c| c != '\n' && is_unprintable(c)), "{written}");
        assert!(written.contains("\\u001b]0;x\\u0007"), "{written}");
        assert!(written.contains("\\u009dx\\u202ey"), "{written}");
        assert!(written.contains("Caf\u{e9}") && written.contains('\u{1f600}'));
        let parsed: Value = serde_json::from_str(&written).expect("valid JSON");
        assert_eq!(parsed["article"]["title"], "Title \u{1b}]0;x\u{7}");
    }

    #[test]
    fn char_offsets_count_characters_across_blocks() {
        let text = "é".repeat(100) + "abc" + &"€".repeat(70);
        let co = CharOffsets::new(&text);
        for (k, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(co.char_at(b), k);
        }
        assert_eq!(co.char_at(text.len()), text.chars().count());
        assert_eq!(co.char_at(1), 1, "inside a character: the next one");
        assert_eq!(co.char_at(text.len() + 5), text.chars().count());
        assert_eq!(CharOffsets::new("").char_at(0), 0);
    }
}
