//! The data model of an analysis, what every consumer reads (the screen, `analyze --json`, the
//! text report, the library's cache): entities with their mentions and roles, quotes,
//! quantities, temporal expressions, the timeline and the ranked sentences. Offsets are byte
//! ranges into [`Analysis::text`]; the JSON output converts them to Unicode scalar offsets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A byte range into [`Analysis::text`].
pub type Span = Range<usize>;

/// What kind of thing an entity is. The order is the order of the colour legend and of the
/// highlight toggles 1-6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
    Date,
    Quantity,
    Misc,
}

impl EntityKind {
    /// Kinds with a highlight toggle, in key order (1-6).
    pub const TOGGLED: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
        EntityKind::Date,
        EntityKind::Quantity,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Date => "date",
            EntityKind::Quantity => "quantity",
            EntityKind::Misc => "misc",
        }
    }

    /// Heading used when entities are listed by kind.
    pub fn plural(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Organizations",
            EntityKind::Place => "Places",
            EntityKind::Group => "Groups",
            EntityKind::Date => "Dates",
            EntityKind::Quantity => "Numbers",
            EntityKind::Misc => "Other names",
        }
    }
}

/// One entity with every mention of it in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Index into [`Analysis::entities`].
    pub id: usize,
    /// Canonical name: the fullest form used in the article.
    pub name: String,
    pub kind: EntityKind,
    /// Titles and descriptions ("US Army Secretary"), most informative first.
    pub roles: Vec<String>,
    /// Mentions in reading order.
    pub mentions: Vec<Span>,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without quotation marks.
    pub text: String,
    pub span: Span,
    /// Who said it, as the article names them ("Dan Driscoll", "a Ukrainian official").
    pub speaker: Option<String>,
    /// The speaker's entity, when the speaker is one.
    pub speaker_entity: Option<usize>,
}

/// A number with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub span: Span,
    /// What is counted or measured, with the verb when there is one ("people killed in Ternopil").
    pub about: String,
}

/// A temporal expression normalised against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    pub span: Span,
    pub text: String,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// TIMEX3 value: `2025-11-19`, `2025-08`, `PAST_REF`, `P3D`, `XXXX-WXX-1`, ...
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

/// A dated event for the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// The normalised date (a TIMEX3 value at its precision: `2025-11-19`, `2025-08`, `2025`).
    pub date: String,
    /// The date expression as written ("Wednesday").
    pub text: String,
    /// What happened, as a short phrase ("the delegation landed in Kyiv").
    pub event: String,
    /// The date expression's span.
    pub span: Span,
    /// The span of the sentence the event is in.
    pub sentence: Span,
}

/// A sentence chosen for the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// Index into [`Analysis::sentences`].
    pub sentence: usize,
    pub span: Span,
    pub score: f32,
}

/// Everything the pipeline found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article body ([`crate::Article::text`]) that all spans point into.
    pub text: String,
    pub published: Option<NaiveDate>,
    /// Sentence spans in order.
    pub sentences: Vec<Span>,
    /// Entities, with ids equal to their index.
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub quotes: Vec<Quote>,
    pub quantities: Vec<Quantity>,
    /// Events in date order.
    pub timeline: Vec<TimelineEvent>,
    /// Every sentence ranked for the summary, best first; see [`Analysis::summary`].
    pub ranked_sentences: Vec<SummarySentence>,
}

/// Summary length shown by default and in `analyze --json`.
pub const DEFAULT_SUMMARY_LEN: usize = 3;

impl Analysis {
    /// The `k` best sentences, in reading order.
    pub fn summary(&self, k: usize) -> Vec<&SummarySentence> {
        let mut picked: Vec<_> = self.ranked_sentences.iter().take(k).collect();
        picked.sort_by_key(|s| s.sentence);
        picked
    }

    /// Every mention of every entity, sorted by start offset: `(span, entity id)`.
    pub fn mentions_in_order(&self) -> Vec<(Span, usize)> {
        let mut all: Vec<_> = self
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (m.clone(), e.id)))
            .collect();
        all.sort_by_key(|(s, _)| (s.start, s.end));
        all
    }

    /// Index of the sentence containing byte offset `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}
