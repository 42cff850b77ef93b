//! Exact-span evaluation in the style of conlleval: an entity counts as found only when its
//! start, end and type all match the gold entity.

use crate::analysis::ner::labels::{spans, EntityType, Label};
use std::fmt;

/// Span counts for one type (or all types together).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanCounts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl SpanCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The result of comparing predicted to gold labels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub per_type: [SpanCounts; 4],
    /// All types, in sentences written in capitals (headlines) only.
    pub headlines: SpanCounts,
    pub tokens: usize,
    pub tokens_correct: usize,
}

impl Evaluation {
    /// Adds one sentence (gold and predicted labels of equal length).
    pub fn add_sentence(&mut self, gold: &[Label], predicted: &[Label]) {
        self.add(gold, predicted, false);
    }

    /// Adds one sentence that may be a headline in capitals.
    pub fn add(&mut self, gold: &[Label], predicted: &[Label], headline: bool) {
        let g = spans(gold);
        let p = spans(predicted);
        if headline {
            self.headlines.gold += g.len();
            self.headlines.predicted += p.len();
            self.headlines.correct += p.iter().filter(|s| g.contains(s)).count();
        }
        for (_, t) in &g {
            self.per_type[t.index()].gold += 1;
        }
        for (span, t) in &p {
            self.per_type[t.index()].predicted += 1;
            if g.iter().any(|(gs, gt)| gs == span && gt == t) {
                self.per_type[t.index()].correct += 1;
            }
        }
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(predicted).filter(|(a, b)| a == b).count();
    }

    pub fn overall(&self) -> SpanCounts {
        self.per_type.iter().fold(SpanCounts::default(), |acc, c| SpanCounts {
            gold: acc.gold + c.gold,
            predicted: acc.predicted + c.predicted,
            correct: acc.correct + c.correct,
        })
    }

    pub fn of(&self, t: EntityType) -> SpanCounts {
        self.per_type[t.index()]
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "tokens: {}, token accuracy: {:.4}",
            self.tokens,
            ratio(self.tokens_correct, self.tokens)
        )?;
        writeln!(f, "| type | precision | recall | F1 | gold | predicted | correct |")?;
        writeln!(f, "|---|---|---|---|---|---|---|")?;
        let rows = EntityType::ALL.iter().map(|t| (t.as_str(), self.of(*t)));
        for (name, c) in rows.chain(std::iter::once(("overall", self.overall()))) {
            writeln!(
                f,
                "| {name} | {:.4} | {:.4} | {:.4} | {} | {} | {} |",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted,
                c.correct
            )?;
        }
        let h = self.headlines;
        if h.gold > 0 {
            writeln!(
                f,
                "ALL-CAPS sentences: precision {:.4}, recall {:.4}, F1 {:.4} ({} gold entities)",
                h.precision(),
                h.recall(),
                h.f1(),
                h.gold
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> Vec<Label> {
        s.split(' ').map(|t| Label::parse(t).unwrap_or(Label::O)).collect()
    }

    #[test]
    fn partial_span_is_wrong_and_counts_are_exact() {
        let mut e = Evaluation::default();
        e.add_sentence(&labels("B-PER I-PER O B-LOC"), &labels("B-PER O O B-LOC"));
        e.add_sentence(&labels("B-ORG O"), &labels("B-ORG B-MISC"));
        let all = e.overall();
        assert_eq!((all.gold, all.predicted, all.correct), (3, 4, 2));
        assert!((all.precision() - 0.5).abs() < 1e-9);
        assert!((all.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert!((all.f1() - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(e.of(EntityType::Per).correct, 0);
        assert_eq!(e.of(EntityType::Misc).f1(), 0.0);
    }
}
