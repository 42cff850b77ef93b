//! Scoring against TimeML gold as TempEval-3 does: strict (same span) and relaxed (overlapping)
//! span precision, recall and F1; value and type F1 over relaxed matches (an attribute counts
//! when the span matches and the attribute is equal); and the errors that remain, by class.

use super::timeml::{GoldTimex, TimemlDoc};
use crate::analysis::Timex;
use std::collections::HashMap;
use std::fmt;

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// From `hits` out of `system` answers and `gold` expected.
    pub fn new(hits: usize, system: usize, gold: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (ratio(hits, system), ratio(hits, gold));
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf { precision: p, recall: r, f1 }
    }
}

/// Match counts over a set of documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    /// Relaxed matches with the gold value.
    pub value: usize,
    /// Relaxed matches with the gold type.
    pub kind: usize,
}

impl Counts {
    pub fn strict(&self) -> Prf {
        Prf::new(self.strict, self.system, self.gold)
    }
    pub fn relaxed(&self) -> Prf {
        Prf::new(self.relaxed, self.system, self.gold)
    }
    pub fn value(&self) -> Prf {
        Prf::new(self.value, self.system, self.gold)
    }
    pub fn kind(&self) -> Prf {
        Prf::new(self.kind, self.system, self.gold)
    }
    /// Share of relaxed matches with the right type.
    pub fn type_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.kind as f64 / self.relaxed as f64
        }
    }
}

/// Counts and error classes over a set of documents.
#[derive(Debug, Default)]
pub struct Report {
    pub documents: usize,
    pub counts: Counts,
    /// Gold expressions nothing overlapped, by lower-cased text.
    pub missed: HashMap<String, usize>,
    /// Found expressions no gold overlapped.
    pub spurious: HashMap<String, usize>,
    /// (text, gold value, our value) of relaxed matches with another value.
    pub wrong_value: HashMap<(String, String, String), usize>,
    /// (gold text, our text) of relaxed matches with other bounds.
    pub wrong_span: HashMap<(String, String), usize>,
    /// One line per error with its context and document:
    /// `kind<TAB>text<TAB>gold<TAB>ours<TAB>context<TAB>name dct`.
    pub details: Vec<String>,
    /// The same line for every relaxed match with the gold value (kind `ok`).
    pub correct: Vec<String>,
}

/// Up to 60 bytes of `text` either side of `span`, on one line.
fn context(text: &str, span: &std::ops::Range<usize>) -> String {
    let mut a = span.start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let mark = |x: usize, y: usize| text.get(x..y).unwrap_or("").replace('\n', " ");
    format!("{}[{}]{}", mark(a, span.start), mark(span.start, span.end), mark(span.end, b))
}

/// Scores one document's answers against its gold and adds them to `report`.
pub fn score(report: &mut Report, text: &str, gold: &[GoldTimex], system: &[Timex]) {
    report.documents += 1;
    let c = &mut report.counts;
    c.gold += gold.len();
    c.system += system.len();
    let mut used = vec![false; system.len()];
    for g in gold {
        let overlapping = system
            .iter()
            .enumerate()
            .find(|(k, s)| !used[*k] && s.span.start < g.span.end && g.span.start < s.span.end);
        let Some((k, s)) = overlapping else {
            *report.missed.entry(g.text.to_lowercase()).or_default() += 1;
            let ctx = context(text, &g.span);
            report.details.push(format!("missed\t{}\t{}\t\t{ctx}", g.text, g.value));
            continue;
        };
        used[k] = true;
        c.relaxed += 1;
        if s.span == g.span {
            c.strict += 1;
        } else {
            let key = (g.text.to_lowercase(), s.text.to_lowercase());
            *report.wrong_span.entry(key).or_default() += 1;
            let ctx = context(text, &g.span);
            report.details.push(format!("extent\t{}\t{}\t{}\t{ctx}", g.text, g.text, s.text));
        }
        if s.value == g.value {
            c.value += 1;
            let ctx = context(text, &g.span);
            report.correct.push(format!("ok\t{}\t{}\t{}\t{ctx}", g.text, g.value, s.value));
        } else {
            let key = (g.text.to_lowercase(), g.value.clone(), s.value.clone());
            *report.wrong_value.entry(key).or_default() += 1;
            let ctx = context(text, &g.span);
            report.details.push(format!("value\t{}\t{}\t{}\t{ctx}", g.text, g.value, s.value));
        }
        c.kind += usize::from(s.kind == g.kind);
    }
    for (s, _) in system.iter().zip(&used).filter(|(_, u)| !**u) {
        *report.spurious.entry(s.text.to_lowercase()).or_default() += 1;
        let ctx = context(text, &s.span);
        report.details.push(format!("spurious\t{}\t\t{}\t{ctx}", s.text, s.value));
    }
}

/// Tags every document with `tagger` and scores it.
pub fn evaluate(docs: &[TimemlDoc], tagger: impl Fn(&TimemlDoc) -> Vec<Timex>) -> Report {
    let mut report = Report::default();
    for doc in docs {
        let (before, before_ok) = (report.details.len(), report.correct.len());
        score(&mut report, &doc.text, &doc.gold, &tagger(doc));
        let suffix = format!("\t{} {}", doc.name, doc.dct);
        let new_details = report.details.iter_mut().skip(before);
        for line in new_details.chain(report.correct.iter_mut().skip(before_ok)) {
            line.push_str(&suffix);
        }
    }
    report
}

/// The `n` most frequent keys of a count map, most frequent first, ties by key.
pub fn top<K: Ord + Clone>(map: &HashMap<K, usize>, n: usize) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = map.iter().map(|(k, c)| (k.clone(), *c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        writeln!(f, "documents {}  gold {}  system {}", self.documents, c.gold, c.system)?;
        writeln!(f, "{:<10} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1")?;
        for (name, prf) in [
            ("strict", c.strict()),
            ("relaxed", c.relaxed()),
            ("value", c.value()),
            ("type", c.kind()),
        ] {
            let (p, r, f1) = (prf.precision, prf.recall, prf.f1);
            writeln!(f, "{name:<10} {p:>9.3} {r:>9.3} {f1:>9.3}")?;
        }
        writeln!(f, "type accuracy (relaxed matches) {:.3}", c.type_accuracy())?;
        writeln!(f, "\ntop missed (gold, nothing found):")?;
        for (text, n) in top(&self.missed, 15) {
            writeln!(f, "  {n:>3}  {text}")?;
        }
        writeln!(f, "top spurious (found, not in gold):")?;
        for (text, n) in top(&self.spurious, 15) {
            writeln!(f, "  {n:>3}  {text}")?;
        }
        writeln!(f, "top wrong values (text: gold -> ours):")?;
        for ((text, gold, ours), n) in top(&self.wrong_value, 15) {
            writeln!(f, "  {n:>3}  {text}: {gold} -> {ours}")?;
        }
        writeln!(f, "top wrong extents (gold -> ours):")?;
        for ((gold, ours), n) in top(&self.wrong_span, 15) {
            writeln!(f, "  {n:>3}  {gold} -> {ours}")?;
        }
        Ok(())
    }
}
