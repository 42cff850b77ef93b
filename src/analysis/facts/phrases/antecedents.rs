//! What a description or a pronoun stands for, when the text named it before: "the Chinese
//! president" is the person the article titled so; "the company" is the organization named
//! last; "he" is the last person named as a subject ("Ann Lee met President Bo Park. ... he
//! said" is Ann Lee), not one named as an object.

use super::{Named, Speakers};
use crate::analysis::lexicon::organizations::ORGANIZATION_COMMON_NOUNS;
use crate::analysis::lexicon::reporting::REPORT_VERBS;
use crate::analysis::lexicon::titles::{ABBREVIATIONS, OCCUPATIONS, TITLE_HEADS};
use crate::analysis::lexicon::WordList;
use crate::analysis::pos::Tag;
use crate::analysis::{Entity, EntityKind, Span};

/// Words that open a clause, after which a name is a subject.
static CONJUNCTIONS: WordList = WordList::new(
    "and or but while when as because although though if since until whereas then so after \
     before",
);

/// Person mentions looked back over for one in subject position.
const SUBJECT_LOOKBACK: usize = 6;

impl<'a> Speakers<'a> {
    /// "the Chinese president" -> the person whose role ends in "president": the first named
    /// after byte `at` before byte `limit` ("said the committee chairman, MP Ann Lee"), else the
    /// one named nearest before. `description` is the phrase's words.
    pub(super) fn titled_person(
        &self,
        description: &str,
        at: usize,
        limit: usize,
    ) -> Option<Named> {
        let lower = description.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let (Some(&"the"), Some(head)) = (words.first(), words.last()) else { return None };
        if words.len() < 2 || !(TITLE_HEADS.contains(head) || OCCUPATIONS.contains(head)) {
            return None;
        }
        let titled = |e: &Entity| {
            e.kind == EntityKind::Person
                && e.roles.iter().any(|r| {
                    r.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(head))
                })
        };
        let before = self.mentions.partition_point(|(m, _)| m.start < at);
        let earlier = self.mentions[..before].iter().rev().find(|(_, e)| titled(e));
        let later = || {
            self.mentions[before..]
                .iter()
                .take_while(|(m, _)| m.end <= limit)
                .find(|(_, e)| titled(e))
        };
        // A title and the name after it in one sentence are an apposition: prefer that one.
        later()
            .or(earlier)
            .map(|(_, e)| Named::Speaker { name: e.name.clone(), entity: Some(e.id) })
    }

    /// "the company", "the organisation" -> the organization named last before byte `at`.
    pub(super) fn named_organization(&self, description: &str, at: usize) -> Option<Named> {
        let lower = description.to_lowercase();
        let noun = lower.strip_prefix("the ")?;
        if !ORGANIZATION_COMMON_NOUNS.contains(noun) {
            return None;
        }
        let before = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .find(|(_, e)| e.kind == EntityKind::Organization)
            .map(|(_, e)| Named::Speaker { name: e.name.clone(), entity: Some(e.id) })
    }

    /// The person "he" or "she" at byte `at` stands for: the last person named before it
    /// outside the `quoted` spans, unless that one was named as an object ("after meeting
    /// President Bo Park") and a person named as a subject comes a little before.
    pub fn person_before(&self, at: usize, quoted: &[Span]) -> Option<Named> {
        let before = self.mentions.partition_point(|(m, _)| m.start < at);
        let mut people = self.mentions[..before]
            .iter()
            .rev()
            .filter(|(m, e)| e.kind == EntityKind::Person && m.end <= at)
            .filter(|(m, _)| !super::super::quotes::in_any(quoted, m.start));
        let last = people.next()?;
        let chosen = if self.is_object(&last.0) {
            people.take(SUBJECT_LOOKBACK).find(|(m, _)| !self.is_object(m)).unwrap_or(last)
        } else {
            last
        };
        let e = chosen.1;
        Some(Named::Speaker { name: e.name.clone(), entity: Some(e.id) })
    }

    /// The mention follows a verb or a preposition (past its titles: "meeting Zimbabwean
    /// President Bo Park"), so it is no subject. After a reporting verb ("said Bo Park") or
    /// "by" it is the one who speaks or acts.
    fn is_object(&self, mention: &Span) -> bool {
        let doc = self.doc;
        let Some(mut k) = doc.token_starting_at(mention.start) else { return false };
        for _ in 0..5 {
            let Some(p) = k.checked_sub(1).filter(|_| !doc.is_sentence_initial(k)) else { break };
            let w = doc.word(p);
            let abbreviation = |q: usize| ABBREVIATIONS.contains(doc.word(q));
            let title_word = w.chars().next().is_some_and(char::is_uppercase)
                && !doc.is_sentence_initial(p)
                || w == "."
                    && doc.touches_previous(p)
                    && p.checked_sub(1).is_some_and(abbreviation);
            if !title_word {
                break;
            }
            k = p;
        }
        let Some(p) = k.checked_sub(1) else { return false };
        let w = doc.word(p);
        if REPORT_VERBS.contains(w) || w == "by" || doc.is_sentence_initial(k) {
            return false;
        }
        let verb_or_preposition = matches!(
            doc.tag(p),
            Some(Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ | Tag::IN)
        );
        // A lower-case word other than a conjunction: a verb or preposition the tagger missed.
        let lower_word = w.chars().all(char::is_lowercase) && !CONJUNCTIONS.contains(w);
        verb_or_preposition && !CONJUNCTIONS.contains(w) || lower_word
    }
}
