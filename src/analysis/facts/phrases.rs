//! Noun phrases around a reporting verb, found over tokens without a parser: the subject to the
//! left of "said" (skipping "has also", an appositive or a "who ..." clause between commas) and
//! the phrase to the right of "said" or "according to". A phrase is then named: by the entity
//! mention at its head, by a person named inside it, or by its own words as a description.

use super::lexicon::{
    as_description, is_noun_reading, is_time_word, may_stand_between_speaker_and_verb,
    GROUP_PRONOUNS, PERSON_PRONOUNS, STATEMENT_NOUNS,
};
use crate::analysis::document::Document;
use crate::analysis::lexicon::titles::is_person_noun;
use crate::analysis::pos::Tag;
use crate::analysis::{Entity, EntityKind, Span};
use std::ops::Range;

mod antecedents;
mod inside;
mod lookups;

use antecedents::is_person_demonym;

/// "the Frenchman", "the Scot": one person named by a nationality.
fn is_singular_demonym_phrase(lower: &str) -> bool {
    lower.strip_prefix("the ").is_some_and(|w| !w.contains(' ') && is_person_demonym(w))
}

/// Longest noun phrase taken, in tokens.
const MAX_PHRASE: usize = 10;
/// Most tokens from a relative pronoun's comma to the reporting verb ("X, who ..., said").
const MAX_RELATIVE_CLAUSE: usize = 30;

/// The article's tokens with its entities: finds the phrase around a reporting verb and says
/// whom it names.
pub struct Speakers<'a> {
    doc: &'a Document,
    entities: &'a [Entity],
    /// Every entity mention with its entity, sorted by start.
    mentions: Vec<(Span, &'a Entity)>,
}

/// Who a phrase names.
#[derive(Debug, Clone, PartialEq)]
pub enum Named {
    /// An entity or a description ("a Ukrainian official").
    Speaker { name: String, entity: Option<usize> },
    /// "he"/"she": the last person mentioned before `at`.
    Person { at: usize },
    /// "they"/"we": the last speaker.
    Group,
}

impl<'a> Speakers<'a> {
    pub fn new(doc: &'a Document, entities: &'a [Entity]) -> Self {
        let mut mentions: Vec<(Span, &Entity)> =
            entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.clone(), e))).collect();
        mentions.sort_by_key(|(m, _)| (m.start, m.end));
        Speakers { doc, entities, mentions }
    }

    pub fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// Whether token `i` is capitalised inside its sentence: a name's word ("United States"),
    /// not a verb, whatever it spells.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.word(i).starts_with(char::is_uppercase) && !self.doc.is_sentence_initial(i)
    }

    /// The subject of the verb at token `verb`, not reaching before token `floor`: the token
    /// range of the phrase and the range to search for a named person (which also covers an
    /// appositive: "the firm's boss, John Smith, said").
    pub fn subject_before(
        &self,
        verb: usize,
        floor: usize,
    ) -> Option<(Range<usize>, Range<usize>)> {
        let mut end = verb;
        // "has also", "specifically": auxiliaries and manner adverbs between the subject and
        // its verb (not "too" after a list: "..., and local TV, too says BT").
        let adverb = |k: usize| {
            let w = self.word(k);
            self.doc.tag(k) == Some(Tag::RB)
                && w.ends_with("ly")
                && w.chars().all(char::is_lowercase)
        };
        while end > floor
            && (may_stand_between_speaker_and_verb(self.word(end - 1)) || adverb(end - 1))
        {
            end -= 1;
        }
        let region_end = end;
        if end > floor && self.word(end - 1) == "," {
            // "X, who ..., said", whatever commas the clause holds ("X, whose films include A,
            // B and C, said"); else the comma before: "X, 45, said" / "X, the firm's boss, said"
            let commas = |limit: usize| {
                (floor..end - 1)
                    .rev()
                    .take_while(move |&k| end - k <= limit)
                    .filter(|&k| self.word(k) == ",")
            };
            let relative = commas(MAX_RELATIVE_CLAUSE)
                .find(|&k| matches!(self.word(k + 1), "who" | "whose" | "which"));
            let comma = relative.or_else(|| commas(16).next())?;
            end = comma;
        }
        let mut start = end;
        while start > floor && end - start < MAX_PHRASE && self.in_phrase(start - 1) {
            start -= 1;
        }
        // "Last month Marsh agreed": a time phrase opening the clause is not the speaker.
        while start < end && is_time_word(self.word(start)) {
            start += 1;
        }
        // "to seek bankruptcy protection the company said": a determiner after a lower-case
        // word opens the phrase (not after "of" or a preposition inside it: "the head of the
        // IMF", "a spokesman for the bank").
        let opens = |k: usize| {
            matches!(self.doc.lower(k), "the" | "a" | "an")
                && self.word(k - 1).starts_with(char::is_lowercase)
                && !matches!(self.word(k - 1), "of" | "for" | "at" | "from" | "with" | "and" | "to")
        };
        if let Some(d) = (start + 1..end).rev().find(|&k| opens(k)) {
            start = d;
        }
        // "screened the musical he said": a pronoun right before the verb is its subject alone.
        if end > start + 1 && matches!(self.doc.lower(end - 1), "he" | "she" | "they" | "we" | "i")
        {
            start = end - 1;
        }
        if start == end || is_noun_reading(self.word(verb), self.word(start)) {
            return None;
        }
        Some((start..end, start..region_end))
    }

    /// The noun phrase starting at token `start`, not reaching token `ceiling`.
    pub fn phrase_after(&self, start: usize, ceiling: usize) -> Option<Range<usize>> {
        let mut end = start;
        while end < ceiling && end - start < MAX_PHRASE && self.in_phrase(end) {
            end += 1;
        }
        (start < end).then_some(start..end)
    }

    /// Names the phrase `phrase`, looking for people in `region`.
    pub fn name(&self, phrase: Range<usize>, region: Range<usize>) -> Option<Named> {
        let span = self.span(phrase.clone())?;
        let region_span = self.span(region)?;
        let words = self.doc.slice(&span);
        let lower = words.to_lowercase();
        if PERSON_PRONOUNS.contains(&lower) {
            return Some(Named::Person { at: span.start });
        }
        if GROUP_PRONOUNS.contains(&lower) {
            return Some(Named::Group);
        }
        if phrase.len() == 1 && matches!(lower.as_str(), "i" | "you" | "it" | "one" | "this") {
            return None;
        }
        // "Mark Longden of the supporters' association": a person opening the phrase.
        // Only before "of" or a comma: in "Trafford Centre spokeswoman" the name qualifies.
        let leading = self.mentions_in(&span).find(|(e, m)| {
            let rest = self.doc.text().get(m.end..).unwrap_or_default();
            m.start == span.start
                && e.kind == EntityKind::Person
                && (rest.starts_with(" of ") || rest.starts_with(','))
        });
        // "Kremlin spokesman Dmitry Peskov": the entity at the head (the last word); a date, an
        // amount ("the 45-year-old") or a nationality ("the Frenchman") at the head describes
        // someone, it does not speak.
        let speaks = |kind: EntityKind| {
            matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place)
                || kind == EntityKind::Group && !is_singular_demonym_phrase(&lower)
        };
        let head = || {
            self.mentions_in(&span)
                .filter(|(e, m)| m.end == span.end && speaks(e.kind))
                .max_by_key(|(_, m)| m.len())
        };
        // "the firm's boss, John Smith, said": a person in the appositive, outside the phrase
        // ("a Jackson lawyer" is a lawyer, not Jackson).
        // The person opens the appositive: not "the actor, whose films include Michael
        // Collins, said".
        // Not a member of a list inside a relative clause ("the actor, whose films include
        // Schindler's List, Michael Collins and Heat, said").
        let in_relative_clause = |m: &Span| {
            let between = self.doc.tokens_in(&(span.end..m.start));
            between.into_iter().any(|k| matches!(self.word(k), "who" | "whose" | "which"))
        };
        let appositive = || {
            self.mentions_in(&region_span).find(|(e, m)| {
                e.kind == EntityKind::Person
                    && (m.start >= span.end || m.end <= span.start)
                    && self.opens_appositive(m)
                    && !in_relative_clause(m)
            })
        };
        // "Mr Lee's statement said": the person whose statement it is.
        let statement = || {
            let last = self.word(phrase.end.checked_sub(1)?);
            let owner = self.mentions_in(&span).find(|(e, m)| {
                let rest = self.doc.text().get(m.end..).unwrap_or_default();
                e.kind == EntityKind::Person && (rest.starts_with("'s ") || rest.starts_with("’s "))
            });
            owner.filter(|_| STATEMENT_NOUNS.contains(last))
        };
        // "a spokesman for Dell": the spokesman speaks, not the organization at the head.
        let for_organization = (phrase.start..phrase.end.saturating_sub(1)).any(|k| {
            is_person_noun(self.word(k))
                && matches!(self.word(k + 1), "for" | "of" | "at" | "from" | "with")
        });
        let found = if for_organization {
            leading.or_else(appositive)
        } else {
            leading.or_else(statement).or_else(head).or_else(appositive)
        };
        let description = as_description(words.trim_matches(','));
        match found {
            Some((e, _)) => Some(Named::Speaker { name: e.name.clone(), entity: Some(e.id) }),
            // "the Chinese president", "the company": the one the text named so.
            None => self
                .titled_person(&description, span.start, self.sentence_end(span.start))
                .or_else(|| self.named_organization(&description, span.start))
                .or_else(|| self.described_person(&description, span.start))
                .or(Some(Named::Speaker { name: description, entity: None })),
        }
    }

    /// Mentions lying wholly inside `span`, with their entities.
    fn mentions_in<'s>(&'s self, span: &'s Span) -> impl Iterator<Item = (&'a Entity, &'s Span)> {
        let first = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[first..]
            .iter()
            .take_while(move |(m, _)| m.start < span.end)
            .filter(move |(m, _)| m.end <= span.end)
            .map(|(m, e)| (*e, m))
    }

    /// The mention comes right after a comma, or after a comma and a title ("the chairman,
    /// MP Ann Lee").
    fn opens_appositive(&self, mention: &Span) -> bool {
        let Some(first) = self.doc.token_starting_at(mention.start) else { return false };
        let mut k = first;
        while k > 0 && k + 2 > first && is_person_noun(self.word(k - 1)) {
            k -= 1;
        }
        k > 0 && self.word(k - 1) == ","
    }

    /// Where the sentence holding byte `at` ends.
    fn sentence_end(&self, at: usize) -> usize {
        let doc = self.doc;
        doc.sentence_at(at).and_then(|k| doc.sentences().get(k)).map_or(at, |s| s.span.end)
    }

    /// Byte span of a token range.
    pub fn span(&self, range: Range<usize>) -> Option<Span> {
        let first = self.doc.tokens().get(range.start)?;
        let last = self.doc.tokens().get(range.end.checked_sub(1)?)?;
        Some(first.span.start..last.span.end)
    }
}
