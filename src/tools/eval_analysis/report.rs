//! The report of a run: the scores of every article, their totals (counts summed over the
//! articles, so every figure is a micro average), and its two forms, a text table (with
//! `--details` every miss and false find) and JSON (for tracking figures over time).

use super::score::{ArticleScore, Counts, Family, Outcome, NAME_KINDS};
use crate::analysis::EntityKind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

/// One scored article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleResult {
    /// The gold file's name without `.json`.
    pub name: String,
    pub file: PathBuf,
    /// False finds plus misses, by family.
    pub errors: BTreeMap<Family, usize>,
    pub total_errors: usize,
    #[serde(flatten)]
    pub score: ArticleScore,
}

impl ArticleResult {
    pub fn new(name: String, file: PathBuf, score: ArticleScore) -> Self {
        let errors: BTreeMap<Family, usize> =
            score.families.iter().map(|(f, c)| (*f, c.errors())).collect();
        let total_errors = errors.values().sum();
        ArticleResult { name, file, errors, total_errors, score }
    }
}

/// Every article of a run and the totals.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Counts summed over the articles, by family.
    pub families: BTreeMap<Family, Counts>,
    /// The entities family by kind, summed over the articles.
    pub kinds: BTreeMap<EntityKind, Counts>,
    /// The articles, most errors first (ties by name).
    pub articles: Vec<ArticleResult>,
    /// The gold files that could not be scored, with why.
    pub failed: Vec<String>,
}

impl Report {
    pub fn new(mut articles: Vec<ArticleResult>, failed: Vec<String>) -> Self {
        let mut families: BTreeMap<Family, Counts> =
            Family::ALL.iter().map(|&f| (f, Counts::default())).collect();
        let mut kinds: BTreeMap<EntityKind, Counts> =
            NAME_KINDS.iter().map(|&k| (k, Counts::default())).collect();
        for a in &articles {
            for (f, c) in &a.score.families {
                *families.entry(*f).or_default() += *c;
            }
            for (k, c) in &a.score.kinds {
                *kinds.entry(*k).or_default() += *c;
            }
        }
        articles.sort_by(|a, b| b.total_errors.cmp(&a.total_errors).then(a.name.cmp(&b.name)));
        Report { families, kinds, articles, failed }
    }

    /// The tables: families, entity kinds, errors per article; with `details`, every miss and
    /// false find of every article.
    pub fn to_text(&self, details: bool) -> String {
        let mut out = String::new();
        let n = self.articles.len();
        let failed = match self.failed.len() {
            0 => String::new(),
            n => format!(", {n} failed"),
        };
        let _ = writeln!(
            out,
            "{n} article{} scored{failed}; counts summed over the articles (micro averages)\n",
            if n == 1 { "" } else { "s" }
        );
        let rows = self.families.iter().map(|(f, c)| (f.label(), *c));
        table(&mut out, "family", rows);
        let total = self.kinds.values().fold(Counts::default(), |mut a, c| {
            a += *c;
            a
        });
        let rows = self.kinds.iter().map(|(k, c)| (k.label(), *c));
        table(&mut out, "entity kind", rows.chain([("all (micro)", total)]));
        self.errors_table(&mut out);
        if details {
            self.details(&mut out);
        }
        for f in &self.failed {
            let _ = writeln!(out, "failed: {f}");
        }
        out
    }

    fn errors_table(&self, out: &mut String) {
        const SHORT: [&str; 7] = ["ent", "merge", "role", "quote", "quant", "date", "event"];
        let width = self.articles.iter().map(|a| a.name.len()).max().unwrap_or(0).max(7);
        let _ = writeln!(out, "errors per article (false finds + misses), worst first");
        let _ = write!(out, "{:<width$}", "article");
        for s in SHORT {
            let _ = write!(out, " {s:>6}");
        }
        let _ = writeln!(out, " {:>6}", "total");
        for a in &self.articles {
            let _ = write!(out, "{:<width$}", a.name);
            for f in Family::ALL {
                let _ = write!(out, " {:>6}", a.errors.get(&f).copied().unwrap_or(0));
            }
            let _ = writeln!(out, " {:>6}", a.total_errors);
        }
        out.push('\n');
    }

    fn details(&self, out: &mut String) {
        for a in &self.articles {
            let _ =
                writeln!(out, "== {} ({}): {} errors", a.name, a.file.display(), a.total_errors);
            for f in &a.score.findings {
                let outcome = match f.outcome {
                    Outcome::Miss => "miss",
                    Outcome::False => "false",
                };
                let at = f.start.map(|s| format!(" @{s}")).unwrap_or_default();
                let other = f.other.as_deref().map(|o| format!("  <{o}>")).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {outcome:<5} {:<14} {:?}{at}  {}{other}",
                    f.family.label(),
                    shorten(&f.text),
                    f.what
                );
                if !f.context.is_empty() {
                    let _ = writeln!(out, "        {}", f.context);
                }
            }
            out.push('\n');
        }
    }
}

/// A long quote cut for one line of the details.
fn shorten(s: &str) -> String {
    const MAX: usize = 70;
    if s.chars().count() <= MAX {
        return s.to_string();
    }
    s.chars().take(MAX).collect::<String>() + "…"
}

fn table<'a>(out: &mut String, head: &str, rows: impl Iterator<Item = (&'a str, Counts)>) {
    let _ = writeln!(
        out,
        "{head:<16} {:>9} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "precision", "recall", "F1", "tp", "found", "gold"
    );
    let fig = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"));
    for (label, c) in rows {
        let _ = writeln!(
            out,
            "{label:<16} {:>9} {:>7} {:>7} {:>7} {:>7} {:>7}",
            fig(c.precision()),
            fig(c.recall()),
            fig(c.f1()),
            c.tp,
            c.found,
            c.gold
        );
    }
    out.push('\n');
}
