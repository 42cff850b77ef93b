//! Which tokens a speaker's noun phrase may hold: words, the period of "Mr.", the apostrophe of
//! "O'Reilly", and a preposition after a noun for a person ("a spokesman for Dell", "an
//! official at the embassy", "a source close to the minister").

use super::Speakers;
use crate::analysis::facts::lexicon::{is_boundary, is_time_word, is_wordlike};
use crate::analysis::lexicon::organizations::is_organization_noun;
use crate::analysis::lexicon::titles::{is_person_noun, ABBREVIATIONS};

impl Speakers<'_> {
    /// Token `i` may be inside a speaker's noun phrase.
    pub fn in_phrase(&self, i: usize) -> bool {
        let w = self.word(i);
        // The period of "Mr." or "Gen." inside "Mr. Lee".
        let title_period = w == "."
            && self.doc.touches_previous(i)
            && i.checked_sub(1).is_some_and(|p| ABBREVIATIONS.contains(self.word(p)))
            && self.word(i + 1).starts_with(char::is_uppercase);
        // "a spokesman for Dell", "an analyst at the bank": a preposition between a noun for a
        // person and a name or an organization's common noun (not "at the weekend").
        let organization = || {
            matches!(self.word(i + 1), "the" | "a" | "an")
                && (self.word(i + 2).starts_with(char::is_uppercase)
                    || (i + 2..i + 5)
                        .take_while(|&k| is_wordlike(self.word(k)) && !is_boundary(self.word(k)))
                        .any(|k| is_organization_noun(self.word(k))))
        };
        // "a source close to the minister", "a diplomat familiar with the talks": an adjective
        // taking a preposition after a noun for a person, and the preposition after it, whose
        // phrase is a name or a determiner and a word that is no time ("at the weekend").
        let person = |p: usize| {
            let noun = self.word(p);
            is_person_noun(noun) || noun.strip_suffix('s').is_some_and(is_person_noun)
        };
        let adjective = |k: usize| {
            matches!(self.word(k), "close" | "familiar" | "loyal" | "linked" | "involved")
                && k.checked_sub(1).is_some_and(person)
        };
        let determined = matches!(self.word(i + 1), "the" | "a" | "an" | "his" | "her" | "their")
            && self.word(i + 2).chars().all(char::is_alphabetic)
            && !is_time_word(self.word(i + 2));
        let adjective_of_person = adjective(i) && matches!(self.word(i + 1), "to" | "with");
        let person_of = (matches!(w, "for" | "at" | "from" | "with")
            && i.checked_sub(1).is_some_and(person)
            && (self.word(i + 1).starts_with(char::is_uppercase) || organization() || determined))
            || (matches!(w, "to" | "with" | "at" | "in")
                && i.checked_sub(1).is_some_and(adjective)
                && (self.word(i + 1).starts_with(char::is_uppercase) || determined));
        // The apostrophe inside "O'Reilly", written with no space either side.
        let inner_apostrophe = matches!(w, "'" | "’")
            && self.doc.touches_previous(i)
            && self.doc.touches_previous(i + 1);
        is_wordlike(w) && !is_boundary(w)
            || w == "-"
            || title_period
            || person_of
            || adjective_of_person
            || inner_apostrophe
    }
}
