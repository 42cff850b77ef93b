//! Parts of personal names: the lower-case particles written inside them ("Osama bin Laden",
//! "Ursula von der Leyen", "Jean de la Fontaine"), English words left out.

use super::WordList;

/// Lower-case particles inside personal names that are not English words (exact case).
pub static NAME_PARTICLES: WordList = WordList::new(
    "bin ibn bint al el ad ash van von der den de da di du dos das del della la le ter ten zu y",
);

/// First names: the first word of the person names in CoNLL-2003 train that begins two or more
/// of them (`docs/first_names.py` derives the file). A person named by first name alone ("Shaun
/// said", a child, a witness) is a person even when no full name is written.
pub static FIRST_NAMES: WordList =
    WordList::new(include_str!("../../../assets/lexicon/first_names.txt"));
