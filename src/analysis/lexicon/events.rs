//! The head nouns of named events, awards, laws and market indices: the last word of a run of
//! capitalised words that names one of them ("the Bangkok International Film Festival", "the
//! Nobel Peace Prize", "the Kyoto Protocol", "the Nasdaq Composite"). The guideline types all
//! of them misc (`docs/annotation.md`). Heads that end the names of organizations as often
//! ("Forum", "League", "Programme", "Council") or of dates ("Day") are left out.

use super::WordList;

/// Events: gatherings, contests, shows, wars and revolutions.
pub static EVENT_HEADS: WordList = WordList::new(
    "Summit Festival Conference Meeting Games Olympics Cup Championship Championships \
     Tournament Marathon Prix Expo Fair Show Concert Gala Week War Wars Revolution",
);

/// Awards.
pub static AWARD_HEADS: WordList = WordList::new("Prize Prizes Award Awards Medal");

/// Laws, treaties and other instruments.
pub static LAW_HEADS: WordList = WordList::new(
    "Act Bill Treaty Accord Accords Agreement Protocol Convention Conventions Charter \
     Declaration Directive Doctrine Amendment Constitution Scheme",
);

/// Market indices.
pub static INDEX_HEADS: WordList = WordList::new("Index Composite Average");

/// Whether `word`, written as it is, heads the name of an event, an award, a law or an index.
pub fn is_named_thing_head(word: &str) -> bool {
    [&EVENT_HEADS, &AWARD_HEADS, &LAW_HEADS, &INDEX_HEADS].iter().any(|l| l.contains_exact(word))
}
