//! Two phrases that name a company around its name, in any mention of it:
//! - an appositive whose head is a company's noun: "Vodafone, the world's largest mobile phone
//!   operator,", "Zarvex, the Swiss food group,", "Nestle, the food giant," (a giant only after a
//!   trade noun: "the Asian giant" may be a country);
//! - the object of a takeover: "is to buy (rival) Reebok", "bought Safeway", "acquired
//!   Quorbin", "its merger with Sprint". A place is not bought, and "buy Britain's ..." is not
//!   read (the name is not the object).

use crate::analysis::document::Document;
use crate::analysis::lexicon::organizations::is_organization_noun;
use crate::analysis::lexicon::WordList;
use crate::analysis::pos::Tag;

/// Heads of an appositive that describes a company by its trade, besides the common nouns for
/// an organization ("operator", "chain"). Nouns a country or a person is described by as often
/// ("producer", "exporter", "developer", "publisher") are left out.
static COMPANY_HEADS: WordList =
    WordList::new("operator chain maker conglomerate distributor multinational");

/// Verbs and nouns of a takeover, written right before the company taken over.
static TAKEOVER_WORDS: WordList =
    WordList::new("buy buys bought buying acquire acquires acquired acquiring");

/// Nouns after a name that make the name a qualifier of what is bought: "bought US rival Grey
/// Global", "to buy Ruritania debt".
static OBJECTS_AFTER_A_NAME: WordList = WordList::new(
    "rival rivals unit units arm division subsidiary business businesses operations assets \
     stake shares debt bonds",
);

/// Most words an appositive is read over before its head.
const MAX_APPOSITIVE: usize = 10;

/// Whether the name in tokens `first..=last` is described as a company by an appositive after
/// it or taken over by the verb before it.
pub fn company_phrase_cue(doc: &Document, first: usize, last: usize) -> bool {
    company_appositive(doc, last) || takeover_object(doc, first, last)
}

/// ", the ... HEAD," after the name: the head is the word before "of" ("the largest maker of
/// chips") or the last word before the closing comma, full stop or relative pronoun.
fn company_appositive(doc: &Document, last: usize) -> bool {
    if doc.word(last + 1) != "," || !matches!(doc.lower(last + 2), "the" | "a" | "an") {
        return false;
    }
    let start = last + 3;
    let mut end = start;
    while end < doc.len().min(start + MAX_APPOSITIVE) {
        let w = doc.lower(end);
        // The noun phrase ends before a preposition or a verb: "the man behind the games
        // group", "the campaign's director told the website".
        let verb_or_preposition = doc.tag(end).is_some_and(|t| {
            t.is_verb() || matches!(t, Tag::IN | Tag::TO | Tag::WDT | Tag::WP | Tag::CC)
        });
        if matches!(w, "," | "." | ";" | "of") || verb_or_preposition {
            break;
        }
        end += 1;
    }
    // The phrase ends where the appositive ends (or its head takes "of"), not mid-sentence.
    let closes = matches!(doc.lower(end), "," | "." | ";" | "of" | "which" | "that");
    if end == start || end >= start + MAX_APPOSITIVE || !closes {
        return false;
    }
    let head = end - 1;
    let noun = doc.word(head);
    let giant_of_a_trade = noun == "giant"
        && head > start
        && matches!(doc.tag(head - 1), Some(Tag::NN) | Some(Tag::NNS))
        && !doc.capital(head - 1);
    (noun != "giant" && (is_organization_noun(noun) || COMPANY_HEADS.contains_exact(noun)))
        || giant_of_a_trade
}

/// A takeover word right before the name, or before "rival" and the name ("to buy rival
/// Reebok"); the name is the object only when no possessive follows it.
fn takeover_object(doc: &Document, first: usize, last: usize) -> bool {
    // "bought US rival Grey Global": the name qualifies the object; it is not the object.
    let next = doc.lower(last + 1);
    let qualifies = doc.capital(last + 1)
        || is_organization_noun(next)
        || OBJECTS_AFTER_A_NAME.contains_exact(next);
    if matches!(doc.word(last + 1), "'s" | "’s") || qualifies {
        return false;
    }
    let Some(mut before) = first.checked_sub(1) else { return false };
    if doc.lower(before) == "rival" {
        let Some(b) = before.checked_sub(1) else { return false };
        before = b;
    }
    let merger = doc.lower(before) == "with"
        && before.checked_sub(1).is_some_and(|b| matches!(doc.lower(b), "merger" | "merge"));
    TAKEOVER_WORDS.contains_exact(doc.lower(before)) || merger
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str, name: &str) -> bool {
        super::super::cue_at_name(text, name, company_phrase_cue)
    }

    #[test]
    fn an_appositive_with_a_company_head() {
        assert!(cue("Zarvex, the Swiss food group, said profits rose.", "Zarvex"));
        assert!(cue("Velcom, the world's largest mobile phone operator, grew.", "Velcom"));
        assert!(cue("Quorbin, the supermarket chain, warned.", "Quorbin"));
        assert!(cue("Nestar, the food giant, said.", "Nestar"));
        assert!(cue("Dravo, the biggest maker of chips, said.", "Dravo"));
        assert!(!cue("Ruritania, the Asian giant, said.", "Ruritania"));
        assert!(!cue("Ruritania, the world's largest oil producer, said.", "Ruritania"));
        assert!(!cue("Kellan, the former minister, said.", "Kellan"));
        assert!(!cue("Kellan, the group's founder, said.", "Kellan"));
        assert!(!cue("Kellan, the man behind the games group which failed, said.", "Kellan"));
        assert!(!cue("Kellan, a spokeswoman for the bank, said.", "Kellan"));
        assert!(!cue("Kellan, the firm's analyst told the website.", "Kellan"));
    }

    #[test]
    fn the_object_of_a_takeover() {
        assert!(cue("Adler is to buy rival Reebon for $3bn.", "Reebon"));
        assert!(cue("Morley, which bought Safeline last year, said.", "Safeline"));
        assert!(cue("It completed its merger with Sprintel in May.", "Sprintel"));
        assert!(!cue("It is hoping to buy Ruritania's debt.", "Ruritania"));
        assert!(!cue("Kellan met Ruritania's leader.", "Kellan"));
        assert!(!cue("Adler bought US rival Grey Global.", "US"));
        assert!(cue("It could have had to buy Fiona outright.", "Fiona"));
    }
}
