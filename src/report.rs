//! Output for scripts and people: the `analyze --json` document (offsets in Unicode scalar
//! values) and the plain-text report.

use crate::analysis::{Analysis, EntityKind, Span, DEFAULT_SUMMARY_LEN};
use crate::article::Article;
use serde_json::{json, Value};
use std::fmt::Write;

/// Converts byte offsets into `text` to Unicode scalar offsets.
pub struct CharOffsets {
    /// `starts[k]` = byte offset of char k; plus text.len() at the end.
    starts: Vec<usize>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharOffsets { starts }
    }

    /// Char index of a byte offset (which must be a char boundary; otherwise the next one).
    pub fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    fn span(&self, s: &Span) -> (usize, usize) {
        (self.char_at(s.start), self.char_at(s.end))
    }
}

/// The JSON document of `analyze --json`.
pub fn to_json(article: &Article, analysis: &Analysis) -> Value {
    let text = &analysis.text;
    let co = CharOffsets::new(text);
    // Adds `start` / `end` (Unicode scalar offsets) to an object.
    let at = |span: &Span, mut obj: Value| {
        let (start, end) = co.span(span);
        obj["start"] = start.into();
        obj["end"] = end.into();
        obj
    };
    let entities: Vec<Value> = analysis
        .entities
        .iter()
        .map(|e| {
            let mentions: Vec<Value> =
                e.mentions.iter().map(|m| at(m, json!({"text": &text[m.clone()]}))).collect();
            json!({"id": e.id, "name": e.name, "kind": e.kind, "roles": e.roles, "mentions": mentions})
        })
        .collect();
    let quotes: Vec<Value> = analysis
        .quotes
        .iter()
        .map(|q| at(&q.span, json!({"text": q.text, "speaker": q.speaker})))
        .collect();
    let quantities: Vec<Value> = analysis
        .quantities
        .iter()
        .map(|q| at(&q.span, json!({"text": q.text, "about": q.about})))
        .collect();
    let timeline: Vec<Value> = analysis
        .timeline
        .iter()
        .map(|t| at(&t.span, json!({"date": t.date, "text": t.text, "event": t.event})))
        .collect();
    let summary: Vec<Value> = analysis
        .summary(DEFAULT_SUMMARY_LEN)
        .into_iter()
        .map(|s| at(&s.span, json!({"text": &text[s.span.clone()]})))
        .collect();
    json!({
        "article": {
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published.map(|d| d.to_string()),
            "text": text,
        },
        "entities": entities,
        "quotes": quotes,
        "quantities": quantities,
        "timeline": timeline,
        "summary": summary,
    })
}

/// A plain-text report of the analysis, for reading in a pipe.
pub fn to_text(article: &Article, analysis: &Analysis) -> String {
    let mut out = String::new();
    let date = article.published.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
    let _ = writeln!(out, "{}\n{} · {}\n", article.title, article.source, date);
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
        EntityKind::Misc,
        EntityKind::Date,
    ] {
        let of_kind: Vec<_> = analysis.entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}", kind.plural());
        for e in of_kind {
            let roles = if e.roles.is_empty() {
                String::new()
            } else {
                format!("  ({})", e.roles.join("; "))
            };
            let _ = writeln!(out, "  {} ×{}{}", e.name, e.mentions.len(), roles);
        }
        out.push('\n');
    }
    if !analysis.quotes.is_empty() {
        let _ = writeln!(out, "Quotes");
        for q in &analysis.quotes {
            let _ = writeln!(
                out,
                "  “{}” — {}",
                q.text,
                q.speaker.as_deref().unwrap_or("unattributed")
            );
        }
        out.push('\n');
    }
    if !analysis.quantities.is_empty() {
        let _ = writeln!(out, "Quantities");
        for q in &analysis.quantities {
            let _ = writeln!(out, "  {}: {}", q.text, q.about);
        }
        out.push('\n');
    }
    if !analysis.timeline.is_empty() {
        let _ = writeln!(out, "Timeline");
        for t in &analysis.timeline {
            let _ = writeln!(out, "  {:<10}  {} ({})", t.date, t.event, t.text);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "Summary");
    for s in analysis.summary(DEFAULT_SUMMARY_LEN) {
        let _ = writeln!(out, "  {}", &analysis.text[s.span.clone()]);
    }
    out
}
