//! Words that say a name is many people acting as one: the nouns for a band or an ensemble
//! written before its name ("rock band Ashgrove Lane"), and the plural verbs that agree with it
//! ("Ashgrove Lane have won").

use super::WordList;

/// Nouns for a band or an ensemble, written before its name.
pub static ENSEMBLE_NOUNS: WordList =
    WordList::new("band bands duo trio quartet quintet orchestra choir ensemble");

/// Present and past forms of "be" and "have" that agree only with a plural subject.
pub static PLURAL_VERBS: WordList = WordList::new("are were have");

/// The singular forms that answer [`PLURAL_VERBS`].
pub static SINGULAR_VERBS: WordList = WordList::new("is was has");
