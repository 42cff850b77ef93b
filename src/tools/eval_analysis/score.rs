//! The scorer: one article's [`Gold`] against its [`Analysis`], family by family, exactly as
//! docs/annotation.md "Scoring" says. Pure: gold and analysis in, counts and findings out. Owns
//! the result types ([`Counts`], [`Finding`], [`ArticleScore`]) and the one-to-one matching the
//! families share; each family's rule is in `score/`.

pub mod dates;
pub mod entities;
pub mod facts;
#[cfg(test)]
mod tests;

use super::gold::Gold;
use crate::analysis::{Analysis, EntityKind, Span};
use crate::report::CharOffsets;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::AddAssign;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// A gold item the program did not get right.
    Miss,
    /// A program find that matches no gold item.
    False,
}

/// One miss or false find, with what a reader needs to look it up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub family: Family,
    pub outcome: Outcome,
    /// Character offsets into the body (as in the gold files), for items with a span.
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub text: String,
    /// Its kind, value, speaker, `about` or role.
    pub what: String,
    /// What the other side has at that place, if anything.
    pub other: Option<String>,
    /// A few words either side, the item in brackets.
    pub context: String,
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

/// A largest one-to-one matching between gold items and program finds among the pairs `ok`
/// accepts (augmenting paths): for each find, the gold item it is matched to.
pub fn matching(
    gold: usize,
    found: usize,
    ok: impl Fn(usize, usize) -> bool,
) -> Vec<Option<usize>> {
    let edges: Vec<Vec<usize>> =
        (0..found).map(|f| (0..gold).filter(|&g| ok(g, f)).collect()).collect();
    let mut find_of_gold: Vec<Option<usize>> = vec![None; gold];
    for f in 0..found {
        let mut seen = vec![false; gold];
        augment(f, &edges, &mut seen, &mut find_of_gold);
    }
    let mut gold_of_find = vec![None; found];
    for (g, f) in find_of_gold.iter().enumerate() {
        if let Some(f) = f {
            gold_of_find[*f] = Some(g);
        }
    }
    gold_of_find
}

fn augment(
    f: usize,
    edges: &[Vec<usize>],
    seen: &mut [bool],
    find_of_gold: &mut [Option<usize>],
) -> bool {
    for &g in &edges[f] {
        if !std::mem::replace(&mut seen[g], true) {
            let free = match find_of_gold[g] {
                None => true,
                Some(other) => augment(other, edges, seen, find_of_gold),
            };
            if free {
                find_of_gold[g] = Some(f);
                return true;
            }
        }
    }
    false
}

/// The counts of a matching: `matched[f]` is the gold item of find `f`.
pub fn counts_of(matched: &[Option<usize>], gold: usize) -> Counts {
    Counts { tp: matched.iter().flatten().count(), found: matched.len(), gold }
}

/// Turns byte spans of the body into the character offsets and context of a [`Finding`].
pub struct Locator<'a> {
    text: &'a str,
    chars: CharOffsets,
}

/// Words of context either side of a finding.
const CONTEXT_WORDS: usize = 6;
/// Characters of a long item kept in its context.
const CONTEXT_ITEM_CHARS: usize = 60;

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text, chars: CharOffsets::new(text) }
    }

    /// The text of a span of the body.
    pub fn text(&self, span: &Span) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// A finding about the item at `span` (bytes): its text, offsets and context.
    pub fn finding(
        &self,
        (family, outcome): (Family, Outcome),
        span: &Span,
        what: String,
        other: Option<String>,
    ) -> Finding {
        Finding {
            family,
            outcome,
            start: Some(self.chars.char_at(span.start)),
            end: Some(self.chars.char_at(span.end)),
            text: self.text(span).to_string(),
            what,
            other,
            context: self.context(span),
        }
    }

    /// A finding about something with no span of its own (a pair of names, a role).
    pub fn unplaced(
        (family, outcome): (Family, Outcome),
        text: String,
        what: String,
        other: Option<String>,
    ) -> Finding {
        Finding {
            family,
            outcome,
            start: None,
            end: None,
            text,
            what,
            other,
            context: String::new(),
        }
    }

    fn context(&self, span: &Span) -> String {
        if self.text.get(span.clone()).is_none() {
            return String::new();
        }
        let (before, after) = (&self.text[..span.start], &self.text[span.end..]);
        let mut left: Vec<&str> = before.split_whitespace().rev().take(CONTEXT_WORDS).collect();
        left.reverse();
        let right: Vec<&str> = after.split_whitespace().take(CONTEXT_WORDS).collect();
        let item: Vec<&str> = self.text(span).split_whitespace().collect();
        let mut item = item.join(" ");
        if item.chars().count() > CONTEXT_ITEM_CHARS {
            item = item.chars().take(CONTEXT_ITEM_CHARS).collect::<String>() + "…";
        }
        let gap = |s: &str, at_end: bool| {
            let space = if at_end {
                s.ends_with(char::is_whitespace)
            } else {
                s.starts_with(char::is_whitespace)
            };
            if space {
                " "
            } else {
                ""
            }
        };
        format!(
            "{}{}[{item}]{}{}",
            left.join(" "),
            gap(before, true),
            gap(after, false),
            right.join(" ")
        )
    }
}
