//! What the `timex` and `bench-timex` commands print: expressions as JSON with Unicode scalar
//! offsets or as a table, and the tagger's throughput over TimeML documents.

use super::timeml::TimemlDoc;
use crate::analysis::{Timex, TimexKind};
use serde::Serialize;
use std::fmt;
use std::time::{Duration, Instant};

/// One expression as `timex --json` prints it; offsets count Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexKind,
    pub value: String,
}

/// Converts byte spans into `text` to Unicode scalar offsets.
pub fn to_json(text: &str, timexes: &[Timex]) -> Vec<JsonTimex> {
    let chars_before = |byte: usize| text.get(..byte).map_or(0, |s| s.chars().count());
    timexes
        .iter()
        .map(|t| JsonTimex {
            start: chars_before(t.span.start),
            end: chars_before(t.span.end),
            text: t.text.clone(),
            kind: t.kind,
            value: t.value.clone(),
        })
        .collect()
}

/// A readable table: offsets, type, value and text.
pub fn to_table(text: &str, timexes: &[Timex]) -> String {
    let mut out = format!("{:>6} {:>6}  {:<8}  {:<18}  text\n", "start", "end", "type", "value");
    for t in to_json(text, timexes) {
        let kind = format!("{:?}", t.kind).to_uppercase();
        out += &format!("{:>6} {:>6}  {kind:<8}  {:<18}  {}\n", t.start, t.end, t.value, t.text);
    }
    out
}

/// Throughput of the tagger over a set of documents.
#[derive(Debug, Clone, Copy)]
pub struct Bench {
    pub documents: usize,
    /// Whitespace-separated tokens in all texts.
    pub tokens: usize,
    pub expressions: usize,
    /// Fastest of the timed passes over all documents.
    pub best: Duration,
    pub passes: usize,
}

/// Tags all documents `passes` times (at least once) and keeps the fastest pass.
pub fn bench(docs: &[TimemlDoc], passes: usize) -> Bench {
    let tokens = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let mut best = Duration::MAX;
    let mut expressions = 0;
    for _ in 0..passes.max(1) {
        let start = Instant::now();
        expressions =
            docs.iter().map(|d| crate::analysis::find_dates(&d.text, Some(d.dct)).len()).sum();
        best = best.min(start.elapsed());
    }
    Bench { documents: docs.len(), tokens, expressions, best, passes: passes.max(1) }
}

impl fmt::Display for Bench {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.best.as_secs_f64().max(1e-9);
        writeln!(
            f,
            "{} documents, {} tokens, {} expressions",
            self.documents, self.tokens, self.expressions
        )?;
        writeln!(f, "best of {} passes: {:.1} ms", self.passes, secs * 1000.0)?;
        write!(
            f,
            "{:.0} documents/s, {:.0} tokens/s",
            self.documents as f64 / secs,
            self.tokens as f64 / secs
        )
    }
}
