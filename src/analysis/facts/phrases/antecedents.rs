//! What a description or a pronoun stands for, when the text named it before: "the Chinese
//! president" is the person the article titled so; "the company" is the organization named
//! last; "he" is the last person named as a subject ("Ann Lee met President Bo Park. ... he
//! said" is Ann Lee), not one named as an object.

use super::{Named, Speakers};
use crate::analysis::lexicon::nationalities::{
    looks_like_demonym, GROUP_NAMES, IRREGULAR_DEMONYMS,
};
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

    /// The organization "it" or "which" stands for as the subject of a reporting verb ("It
    /// says it wants ...", "the Council, which said it ..."): for "which" after a comma, the
    /// organization named right before the comma; for "it" opening its sentence or clause (not
    /// "Vivendi has said it believes"), the organization named last in its sentence or the one
    /// before. `token` is the pronoun's token; names inside the `quoted` spans do not count.
    pub fn organization_pronoun(&self, token: usize, quoted: &[Span]) -> Option<Named> {
        let doc = self.doc;
        let pronoun = doc.lower(token);
        let opens_clause = doc.is_sentence_initial(token)
            || token
                .checked_sub(1)
                .is_some_and(|p| matches!(doc.lower(p), "," | "but" | "and" | "so" | "yet" | ";"));
        if !(pronoun == "which" || pronoun == "it" && opens_clause) {
            return None;
        }
        let at = doc.tokens().get(token)?.span.start;
        let before = self.mentions.partition_point(|(m, _)| m.start < at);
        let (m, e) = self.mentions[..before].iter().rev().find(|(m, e)| {
            e.kind == EntityKind::Organization
                && m.end <= at
                && !super::super::quotes::in_any(quoted, m.start)
        })?;
        let found = Named::Speaker { name: e.name.clone(), entity: Some(e.id) };
        if pronoun == "which" {
            let comma = token.checked_sub(1).filter(|&c| doc.word(c) == ",")?;
            return (doc.token_ending_at(m.end)? + 1 == comma).then_some(found);
        }
        let sentence = |pos: usize| doc.sentence_at(pos).unwrap_or(0);
        // "Deutsche Boerse said TCI's offer ... . It added": an organization opening the
        // sentence before is its subject, whatever was named after it.
        let subject = || {
            let previous = doc.sentences().get(sentence(at).checked_sub(1)?)?;
            let first = previous.tokens.start + usize::from(doc.is(previous.tokens.start, "the"));
            let start = doc.tokens().get(first)?.span.start;
            let k = self.mentions.partition_point(|(m, _)| m.start < start);
            let (_, e) = self
                .mentions
                .get(k)
                .filter(|(m, e)| m.start == start && e.kind == EntityKind::Organization)?;
            Some(Named::Speaker { name: e.name.clone(), entity: Some(e.id) })
        };
        let opens_sentence = doc.is_sentence_initial(token)
            || token.checked_sub(1).is_some_and(|p| {
                doc.is_sentence_initial(p) && matches!(doc.lower(p), "but" | "and" | "so" | "yet")
            });
        if opens_sentence {
            if let Some(subject) = subject() {
                return Some(subject);
            }
        }
        (sentence(at).saturating_sub(sentence(m.start)) <= 1).then_some(found)
    }

    /// A description that points back to the person last named as a subject ("the
    /// Oscar-nominated actor", "the striker", "the 45-year-old", "the Frenchman", "the former
    /// minister") with no person titled so:
    /// - an occupation with a modifier, a nationality, an age or a former post: that person
    ///   named in this sentence or the two before;
    /// - a bare occupation ("the actor"): that person named in this sentence or the one before,
    ///   when the article gave them a role or no other person came between.
    ///
    /// An office alone ("the spokesman") may speak for an unnamed holder: never resolved here.
    pub(super) fn described_person(&self, description: &str, at: usize) -> Option<Named> {
        let lower = description.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let (Some(&"the"), Some(head)) = (words.first(), words.last()) else { return None };
        let job = OCCUPATIONS.contains(head) && !TITLE_HEADS.contains(head);
        let age = words.len() == 2 && is_age(head);
        let nationality = words.len() == 2 && is_person_demonym(head);
        let former = words.contains(&"former") && (job || TITLE_HEADS.contains(head));
        let described = job && words.len() >= 3 || age || nationality || former;
        if !(described || job && words.len() == 2) {
            return None;
        }
        let sentence = |pos: usize| self.doc.sentence_at(pos).unwrap_or(0);
        let here = sentence(at);
        let window = if described { 2 } else { 1 };
        let found = self.person_before(at, &[])?;
        let Named::Speaker { entity: Some(id), .. } = &found else { return None };
        let recent = |with_role: bool| {
            self.mentions.iter().any(|(m, e)| {
                e.id == *id
                    && (!with_role || !e.roles.is_empty())
                    && m.start < at
                    && here.saturating_sub(sentence(m.start)) <= window
            })
        };
        // An occupation with a modifier: only a person the article gave a role (one
        // described at all); the others point back by their own words.
        let ok = if job && words.len() >= 3 { recent(true) } else { recent(false) };
        ok.then_some(found)
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
    /// President Bo Park"), so it is no subject. After a reporting verb ("said Bo Park"), "by",
    /// a verb's "from" or "according to" it is the one who speaks or acts.
    fn is_object(&self, mention: &Span) -> bool {
        let doc = self.doc;
        let Some(mut k) = doc.token_starting_at(mention.start) else { return false };
        // Back over titles, the nouns before them and a determiner ("at analysts Corvex",
        // "received an Oscar").
        for _ in 0..5 {
            let Some(p) = k.checked_sub(1).filter(|_| !doc.is_sentence_initial(k)) else { break };
            let w = doc.word(p);
            let abbreviation = |q: usize| ABBREVIATIONS.contains(doc.word(q));
            let title_word = w.chars().next().is_some_and(char::is_uppercase)
                && !doc.is_sentence_initial(p)
                || w == "."
                    && doc.touches_previous(p)
                    && p.checked_sub(1).is_some_and(abbreviation)
                || matches!(doc.tag(p), Some(Tag::NN | Tag::NNS | Tag::JJ | Tag::DT | Tag::PRP_S));
            if !title_word {
                break;
            }
            k = p;
        }
        let Some(p) = k.checked_sub(1) else { return false };
        let w = doc.word(p);
        let word_before = |q: usize| q.checked_sub(1).map_or("", |q| doc.word(q));
        // "said Bo Park", "by Bo Park", "came from Bo Park", "according to Bo Park"; not "a
        // song from Bo Park".
        let source = w == "by"
            || w == "from" && p.checked_sub(1).is_some_and(|q| self.is_verb_token(q))
            || w == "to" && word_before(p) == "according";
        if REPORT_VERBS.contains(w) || source || doc.is_sentence_initial(k) {
            return false;
        }
        let verb_or_preposition = self.is_verb_token(p) || doc.tag(p) == Some(Tag::IN);
        // Untagged text: a lower-case word other than a conjunction.
        let lower_word = doc.tag(p).is_none() && w.chars().all(char::is_lowercase);
        (verb_or_preposition || lower_word) && !CONJUNCTIONS.contains(w)
    }

    /// Token `i` is a verb of any form.
    fn is_verb_token(&self, i: usize) -> bool {
        matches!(
            self.doc.tag(i),
            Some(Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ)
        )
    }
}

/// "45-year-old": an age written as a noun.
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
}

/// One person named by a nationality ("frenchman", "scot", "briton", "american"; lower case):
/// a singular demonym noun.
pub(super) fn is_person_demonym(word: &str) -> bool {
    let capitalised = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let name = capitalised(word);
    let nationality_man = ["man", "woman"].iter().any(|e| {
        word.strip_suffix(e).is_some_and(|stem| {
            let stem = capitalised(stem);
            looks_like_demonym(&stem) || IRREGULAR_DEMONYMS.contains(&stem) || stem == "English"
        })
    });
    !word.ends_with('s') && (GROUP_NAMES.contains(&name) || looks_like_demonym(&name))
        || nationality_man
}
