//! Output for scripts and people: the `analyze --json` document (offsets in Unicode scalar
//! values) and the plain-text report.

use crate::analysis::{Analysis, EntityKind, Span, DEFAULT_SUMMARY_LEN};
use crate::article::Article;
use std::fmt::Write;

mod json;

pub use json::{to_json, write_json, JsonDocument};

/// Converts byte offsets into `text` to Unicode scalar offsets, from a count of characters
/// every [`BLOCK`] bytes (a 10 MB text takes 600 KB, not a word per character).
pub struct CharOffsets<'t> {
    text: &'t str,
    /// `before[k]` = the number of characters starting before byte `k * BLOCK`; the last entry
    /// is the text's character count.
    before: Vec<u32>,
}

/// Bytes between two counts in [`CharOffsets`].
const BLOCK: usize = 64;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: &u8) -> bool {
    (*b as i8) >= -0x40
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut before = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut count = 0u32;
        for block in text.as_bytes().chunks(BLOCK) {
            before.push(count);
            count += block.iter().filter(|b| starts_char(b)).count() as u32;
        }
        before.push(count);
        CharOffsets { text, before }
    }

    /// Char index of a byte offset: the number of characters that start before it (so a byte
    /// inside a character gives the next one; past the end, the character count).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = byte / BLOCK;
        let base = self.before.get(k).copied().unwrap_or(0) as usize;
        let rest = self.text.as_bytes().get(k * BLOCK..byte).unwrap_or(&[]);
        base + rest.iter().filter(|b| starts_char(b)).count()
    }

    fn span(&self, s: &Span) -> (usize, usize) {
        (self.char_at(s.start), self.char_at(s.end))
    }
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
