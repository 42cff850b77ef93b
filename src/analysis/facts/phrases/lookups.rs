//! Looking up the article's mentions by position for the speaker search: the person or
//! organization a mention starting at a token names, a person between two points, a quoted
//! title the entity stage named.

use super::{Named, Speakers};
use crate::analysis::lexicon::titles::is_person_noun;
use crate::analysis::{EntityKind, Span};

impl Speakers<'_> {
    /// Whether a named speaker is a person: a person entity, or a description whose last word
    /// names a person ("a Jive spokeswoman", "the chief executive").
    pub fn is_person_like(&self, name: &str, entity: Option<usize>) -> bool {
        match entity {
            Some(id) => self.entities.get(id).is_some_and(|e| e.kind == EntityKind::Person),
            None => name.rsplit(' ').next().is_some_and(is_person_noun),
        }
    }

    /// The person whose mention starts at token `i`, and the token after the mention (`None`
    /// when the mention ends inside a token).
    pub fn person_starting_at(&self, i: usize) -> Option<(Named, Option<usize>)> {
        self.mention_starting_at(i, &[EntityKind::Person])
    }

    /// The person or organization whose mention starts at token `i`, and the token after it.
    pub fn entity_starting_at(&self, i: usize) -> Option<(Named, usize)> {
        let (named, next) =
            self.mention_starting_at(i, &[EntityKind::Person, EntityKind::Organization])?;
        Some((named, next?))
    }

    fn mention_starting_at(
        &self,
        i: usize,
        kinds: &[EntityKind],
    ) -> Option<(Named, Option<usize>)> {
        let start = self.doc.tokens().get(i)?.span.start;
        let first = self.mentions.partition_point(|(m, _)| m.start < start);
        let (m, e) = self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start == start)
            .find(|(_, e)| kinds.contains(&e.kind))?;
        let next = self.doc.token_ending_at(m.end).map(|last| last + 1);
        Some((Named::Speaker { name: e.name.clone(), entity: Some(e.id) }, next))
    }

    /// Token `i` is a finite verb (by its tag).
    pub fn is_verb(&self, i: usize) -> bool {
        use crate::analysis::pos::Tag;
        matches!(self.doc.tag(i), Some(Tag::VBD | Tag::VBZ | Tag::VBP))
    }

    /// A person other than entity `except` is named between bytes `from` and `to`, outside the
    /// `quoted` spans.
    pub fn person_between(
        &self,
        from: usize,
        to: usize,
        except: Option<usize>,
        quoted: &[Span],
    ) -> bool {
        let first = self.mentions.partition_point(|(m, _)| m.start < from);
        self.mentions[first..].iter().take_while(|(m, _)| m.start < to).any(|(m, e)| {
            e.kind == EntityKind::Person
                && Some(e.id) != except
                && !crate::analysis::facts::quotes::in_any(quoted, m.start)
        })
    }

    /// The quoted passage `inner` is a title the entity stage named ("his film "The Aviator"",
    /// "Take Me Out"): a misc mention covering it, punctuation just inside the marks aside.
    pub fn is_title(&self, inner: &Span) -> bool {
        let text = self.doc.text().get(inner.clone()).unwrap_or_default();
        let trimmed = text.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let end = inner.start + trimmed.len();
        // The mention may leave out a leading article ("The Aviator" named "Aviator").
        let article = ["The ", "A ", "An "].iter().find(|a| trimmed.starts_with(**a));
        let start = inner.start + article.map_or(0, |a| a.len());
        self.mentions_in(inner).any(|(e, m)| {
            e.kind == EntityKind::Misc
                && (m.start == inner.start || m.start == start)
                && m.end == end
        })
    }
}
