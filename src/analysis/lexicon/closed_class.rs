//! Closed classes of English: determiners, auxiliaries and modals, personal pronouns, and the
//! function and discourse words that are never (part of) a name.

use super::WordList;

/// Articles, demonstratives and possessive determiners: what opens a noun phrase.
pub static DETERMINERS: WordList =
    WordList::new("a an the this that these those its their his her our my your");

/// Forms of "be", "have" and "do".
pub static AUXILIARIES: WordList =
    WordList::new("is are was were be been being am has have had having do does did");

/// The clitics that stand for an auxiliary or a modal ("it's", "they'll"); "'s" is also the
/// possessive, so only a reader of the clause can tell.
pub static AUXILIARY_CLITICS: WordList = WordList::new("'s ’s 're ’re 'm ’m 've ’ve 'd ’d 'll ’ll");

/// Modal verbs.
pub static MODALS: WordList = WordList::new("will would could should may might must can shall");

/// Personal pronouns that may stand for a person, and for a group.
pub static PERSON_PRONOUNS: WordList = WordList::new("he she");
pub static GROUP_PRONOUNS: WordList = WordList::new("they we");

/// Closed-class words, conjunctive adverbs and deictic time words that are never (part of) a
/// name or a role, in any case ("The", "However", "During", "Yesterday"). Ordinary nouns and
/// adjectives are not listed: a capitalised common word at the start of a sentence is told from
/// a name by how the text and the language write it (`Document::is_common_word_at_start`).
pub static FUNCTION_WORDS: WordList = WordList::new(
    "a about according after again all also although an and any as at because before both but \
     by during each earlier either even every for from further he her here his however i if in \
     instead it its last later many meanwhile more most moreover my next no nor not now of on \
     once or our overall previously she since so some still such that the their them then there \
     these they this those though thus to today tomorrow under until we when where whether which \
     while who why with yesterday yet you your despite amid among between through via what how \
     indeed first finally additionally notably separately elsewhere nevertheless likewise \
     similarly consequently accordingly therefore otherwise besides nonetheless furthermore \
     hence",
);
