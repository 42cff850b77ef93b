//! The scorer: one article's [`Gold`] against its [`Analysis`], family by family, exactly as
//! docs/annotation.md "Scoring" says. Pure: gold and analysis in, counts and findings out. Owns
//! the families and the counts ([`Family`], [`Counts`], [`ArticleScore`]); the rule of each family
//! is in `score/` (`entities`, `facts`, `dates`), with the one-to-one matching they share
//! (`matching`) and the misses and false finds they report (`finding`).

pub mod dates;
pub mod entities;
pub mod facts;
mod finding;
mod matching;
#[cfg(test)]
mod tests;

use super::gold::Gold;
use crate::analysis::{Analysis, EntityKind, Span};
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::AddAssign;

pub use finding::{Finding, Locator, Outcome};
pub use matching::{counts_of, matching, missed, unmatched};

/// What is scored, in the order the report lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Entities,
    Merges,
    Roles,
    QuoteSpeakers,
    Quantities,
    Dates,
    Events,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Entities,
        Family::Merges,
        Family::Roles,
        Family::QuoteSpeakers,
        Family::Quantities,
        Family::Dates,
        Family::Events,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Family::Entities => "entities",
            Family::Merges => "merges",
            Family::Roles => "roles",
            Family::QuoteSpeakers => "quote speakers",
            Family::Quantities => "quantities",
            Family::Dates => "dates",
            Family::Events => "events",
        }
    }
}

/// The entity kinds scored as names, in report order.
pub const NAME_KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Group,
    EntityKind::Misc,
];

/// True positives, the program's finds and the gold items of one family.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(into = "Figures")]
pub struct Counts {
    pub tp: usize,
    pub found: usize,
    pub gold: usize,
}

impl Counts {
    /// `None` when the program found nothing.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.found)
    }

    /// `None` when the gold has nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.gold)
    }

    /// `None` when both are empty; 0 when nothing is right.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, self.found + self.gold)
    }

    pub fn false_finds(&self) -> usize {
        self.found - self.tp
    }

    pub fn misses(&self) -> usize {
        self.gold - self.tp
    }

    /// False finds plus misses.
    pub fn errors(&self) -> usize {
        self.false_finds() + self.misses()
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.found += o.found;
        self.gold += o.gold;
    }
}

/// [`Counts`] as JSON: the counts and the three figures (rounded to 4 places, `null` when
/// undefined).
#[derive(Serialize)]
pub struct Figures {
    pub tp: usize,
    pub found: usize,
    pub gold: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

impl From<Counts> for Figures {
    fn from(c: Counts) -> Self {
        let round = |x: Option<f64>| x.map(|x| (x * 1e4).round() / 1e4);
        Figures {
            tp: c.tp,
            found: c.found,
            gold: c.gold,
            precision: round(c.precision()),
            recall: round(c.recall()),
            f1: round(c.f1()),
        }
    }
}

/// Everything scored in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleScore {
    pub families: BTreeMap<Family, Counts>,
    /// The entities family by kind.
    pub kinds: BTreeMap<EntityKind, Counts>,
    pub findings: Vec<Finding>,
}

/// Scores one article: `analysis` must be the analysis of the body `gold` was placed in.
pub fn score(gold: &Gold, analysis: &Analysis) -> ArticleScore {
    let at = Locator::new(&analysis.text);
    let map = entities::EntityMap::new(gold, analysis);
    let mut out = ArticleScore::default();
    let (counts, kinds, found) = entities::entities(gold, analysis, &at);
    out.kinds = kinds;
    out.add(Family::Entities, counts, found);
    let (counts, found) = entities::merges(gold, analysis);
    out.add(Family::Merges, counts, found);
    let (counts, found) = entities::roles(gold, analysis, &map);
    out.add(Family::Roles, counts, found);
    let (counts, found) = facts::quotes(gold, analysis, &map, &at);
    out.add(Family::QuoteSpeakers, counts, found);
    let (counts, found) = facts::quantities(gold, analysis, &at);
    out.add(Family::Quantities, counts, found);
    let (counts, found) = dates::dates(gold, analysis, &at);
    out.add(Family::Dates, counts, found);
    let (counts, found) = dates::events(gold, analysis, &at);
    out.add(Family::Events, counts, found);
    out
}

impl ArticleScore {
    fn add(&mut self, family: Family, counts: Counts, findings: Vec<Finding>) {
        self.families.insert(family, counts);
        self.findings.extend(findings);
    }
}

/// Whether two spans share a byte.
pub fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}
