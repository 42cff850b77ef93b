//! The gold file of one article (docs/annotation.md, written by `eval/resolve.py`): parsed,
//! checked against the article body, and turned from character offsets into byte spans of the
//! body, the offsets [`Analysis`](crate::analysis::Analysis) uses. Owns [`Gold`] and
//! [`GoldProblem`].

use crate::analysis::{EntityKind, Span};
use chrono::NaiveDate;
use serde::Deserialize;

/// One article's gold annotation, spans in bytes of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    /// The publication date the article is analysed with.
    pub published: NaiveDate,
    pub entities: Vec<GoldEntity>,
    pub quotes: Vec<GoldQuote>,
    pub quantities: Vec<GoldQuantity>,
    pub dates: Vec<GoldDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldEntity {
    /// The canonical name, one of the forms; what a quote's `speaker` names.
    pub name: String,
    /// Person, organization, place, group or misc.
    pub kind: EntityKind,
    pub roles: Vec<String>,
    /// Every way the entity is written (its forms and the text of its mentions).
    pub forms: Vec<String>,
    /// Mentions in reading order.
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    pub span: Span,
    /// An entity's name or a phrase ("a Ukrainian official"); `None` when the text says nobody.
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuantity {
    pub span: Span,
    pub about: String,
    /// The word of `about` that must be right.
    pub head: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldDate {
    pub span: Span,
    /// TIMEX3 calendar value.
    pub value: String,
    /// What happened at that date, with its trigger word, when the sentence says.
    pub event: Option<String>,
    pub trigger: Option<String>,
}

/// What is wrong with a gold file (the caller adds the file's path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoldProblem {
    #[error("malformed gold JSON at line {line}, column {column}: {message}")]
    Json { line: usize, column: usize, message: String },
    #[error("{what}: kind {kind:?} is not person, organization, place, group or misc")]
    Kind { what: String, kind: String },
    #[error("{what}: no start/end (run eval/resolve.py on the file)")]
    Unresolved { what: String },
    #[error("{what}: span {start}..{end} is not inside the body ({len} characters)")]
    OutOfRange { what: String, start: usize, end: usize, len: usize },
    #[error("{what}: span {start}..{end} is {found:?} in the body, not {text:?}")]
    Mismatch { what: String, start: usize, end: usize, text: String, found: String },
    #[error("{what}: no {field}")]
    Missing { what: String, field: &'static str },
    #[error("{what}: event and trigger go together")]
    Event { what: String },
}

#[derive(Deserialize)]
struct RawGold {
    published: NaiveDate,
    #[serde(default)]
    entities: Vec<RawEntity>,
    #[serde(default)]
    quotes: Vec<RawItem>,
    #[serde(default)]
    quantities: Vec<RawItem>,
    #[serde(default)]
    dates: Vec<RawItem>,
}

#[derive(Deserialize)]
struct RawEntity {
    name: String,
    kind: String,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    forms: Vec<RawForm>,
    mentions: Option<Vec<RawItem>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawForm {
    Text(String),
    Nth { text: String },
}

/// A placed string: mentions, quotes, quantities and dates share these fields.
#[derive(Deserialize)]
struct RawItem {
    text: String,
    start: Option<usize>,
    end: Option<usize>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    about: String,
    #[serde(default)]
    head: String,
    #[serde(default)]
    value: String,
    event: Option<String>,
    trigger: Option<String>,
}

impl Gold {
    /// Parses a gold file and places its spans in `body` (the article's text): every span must
    /// lie in the body and slice to its `text`.
    pub fn parse(json: &str, body: &str) -> Result<Gold, GoldProblem> {
        let raw: RawGold = serde_json::from_str(json).map_err(|e| GoldProblem::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let bytes = Bytes::new(body);
        let mut entities = Vec::new();
        for e in raw.entities {
            let what = format!("entity {:?}", e.name);
            let kind = kind_of(&e.kind)
                .ok_or_else(|| GoldProblem::Kind { what: what.clone(), kind: e.kind.clone() })?;
            let raw_mentions = e.mentions.ok_or(GoldProblem::Unresolved { what: what.clone() })?;
            let mut forms: Vec<String> = e
                .forms
                .into_iter()
                .map(|f| match f {
                    RawForm::Text(t) | RawForm::Nth { text: t } => t,
                })
                .collect();
            let mut mentions = Vec::new();
            for (i, m) in raw_mentions.iter().enumerate() {
                mentions.push(bytes.place(m, &format!("{what}, mention {}", i + 1))?);
                if !forms.contains(&m.text) {
                    forms.push(m.text.clone());
                }
            }
            mentions.sort_by_key(|s| (s.start, s.end));
            entities.push(GoldEntity { name: e.name, kind, roles: e.roles, forms, mentions });
        }
        let mut quotes = Vec::new();
        for (i, q) in raw.quotes.into_iter().enumerate() {
            let span = bytes.place(&q, &format!("quote {}", i + 1))?;
            quotes.push(GoldQuote { span, speaker: q.speaker });
        }
        let mut quantities = Vec::new();
        for q in raw.quantities {
            let what = format!("quantity {:?}", q.text);
            let span = bytes.place(&q, &what)?;
            for (field, value) in [("about", &q.about), ("head", &q.head)] {
                if value.trim().is_empty() {
                    return Err(GoldProblem::Missing { what, field });
                }
            }
            quantities.push(GoldQuantity { span, about: q.about, head: q.head });
        }
        let mut dates = Vec::new();
        for d in raw.dates {
            let what = format!("date {:?}", d.text);
            let span = bytes.place(&d, &what)?;
            if d.value.trim().is_empty() {
                return Err(GoldProblem::Missing { what, field: "value" });
            }
            if d.event.is_some() != d.trigger.is_some() {
                return Err(GoldProblem::Event { what });
            }
            dates.push(GoldDate { span, value: d.value, event: d.event, trigger: d.trigger });
        }
        Ok(Gold { published: raw.published, entities, quotes, quantities, dates })
    }
}

fn kind_of(kind: &str) -> Option<EntityKind> {
    Some(match kind {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        "group" => EntityKind::Group,
        "misc" => EntityKind::Misc,
        _ => return None,
    })
}

/// Character offset -> byte offset of one text.
struct Bytes<'a> {
    body: &'a str,
    /// `starts[k]` = byte offset of character k, then `body.len()`.
    starts: Vec<usize>,
}

impl<'a> Bytes<'a> {
    fn new(body: &'a str) -> Self {
        let mut starts: Vec<usize> = body.char_indices().map(|(b, _)| b).collect();
        starts.push(body.len());
        Bytes { body, starts }
    }

    /// The byte span of an item's character offsets, checked against its text.
    fn place(&self, item: &RawItem, what: &str) -> Result<Span, GoldProblem> {
        let (Some(start), Some(end)) = (item.start, item.end) else {
            return Err(GoldProblem::Unresolved { what: what.to_string() });
        };
        let len = self.starts.len() - 1;
        if start >= end || end > len {
            return Err(GoldProblem::OutOfRange { what: what.to_string(), start, end, len });
        }
        let span = self.starts[start]..self.starts[end];
        let found = &self.body[span.clone()];
        if found != item.text {
            return Err(GoldProblem::Mismatch {
                what: what.to_string(),
                start,
                end,
                text: item.text.clone(),
                found: found.to_string(),
            });
        }
        Ok(span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Zelenskyy’s aide paid €2bn. Zelenskyy said “no” on Monday.";

    fn gold(json: &str) -> Result<Gold, GoldProblem> {
        Gold::parse(json, BODY)
    }

    #[test]
    fn character_offsets_become_byte_spans() {
        // "Zelenskyy" at chars 28..37 is bytes 32..41: the ’ and the € take 3 bytes each.
        let g = gold(
            r#"{"published": "2025-11-20",
                "entities": [{"name": "Zelenskyy", "kind": "person", "forms": ["Zelenskyy"],
                  "mentions": [{"start": 0, "end": 9, "text": "Zelenskyy"},
                               {"start": 28, "end": 37, "text": "Zelenskyy"}]}],
                "quotes": [{"text": "no", "speaker": "Zelenskyy", "start": 44, "end": 46}],
                "quantities": [{"text": "€2bn", "about": "aide paid", "head": "aide",
                                "start": 22, "end": 26}],
                "dates": [{"text": "Monday", "value": "2025-11-17", "start": 51, "end": 57}]}"#,
        )
        .expect("valid gold");
        assert_eq!(g.entities[0].mentions, vec![0..9, 32..41]);
        assert_eq!(&BODY[g.quotes[0].span.clone()], "no");
        assert_eq!(&BODY[g.quantities[0].span.clone()], "€2bn");
        assert_eq!(&BODY[g.dates[0].span.clone()], "Monday");
        assert_eq!(g.dates[0].event, None);
    }

    #[test]
    fn a_byte_offset_is_a_mismatch_naming_the_span() {
        let err = gold(
            r#"{"published": "2025-11-20",
                "quantities": [{"text": "€2bn", "about": "x", "head": "x", "start": 24, "end": 28}]}"#,
        )
        .unwrap_err();
        assert!(matches!(err, GoldProblem::Mismatch { .. }), "{err}");
        assert!(err.to_string().contains("quantity \"€2bn\": span 24..28"), "{err}");
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let problem = |json: &str| gold(json).unwrap_err().to_string();
        assert!(problem("{").contains("malformed gold JSON"));
        assert!(problem(r#"{"published": "2025-11-20", "entities": [{"name": "Z", "kind": "human", "mentions": []}]}"#)
            .contains("kind \"human\""));
        assert!(problem(
            r#"{"published": "2025-11-20", "entities": [{"name": "Z", "kind": "person"}]}"#
        )
        .contains("eval/resolve.py"));
        assert!(problem(r#"{"published": "2025-11-20", "dates": [{"text": "Monday", "value": "2025", "start": 51, "end": 99}]}"#)
            .contains("not inside the body"));
        assert!(problem(r#"{"published": "2025-11-20", "dates": [{"text": "Monday", "value": "2025", "event": "x", "start": 51, "end": 57}]}"#)
            .contains("event and trigger"));
        assert!(problem(
            r#"{"published": "2025-11-20", "dates": [{"text": "Monday", "start": 51, "end": 57}]}"#
        )
        .contains("date \"Monday\": no value"));
        assert!(problem(r#"{"published": "2025-11-20", "quantities": [{"text": "€2bn", "about": "x", "start": 22, "end": 26}]}"#)
            .contains("no head"));
    }
}
