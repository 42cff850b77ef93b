//! Parts of personal names: the lower-case particles written inside them ("Osama bin Laden",
//! "Ursula von der Leyen", "Jean de la Fontaine"), English words left out.

use super::WordList;

/// Lower-case particles inside personal names that are not English words (exact case).
pub static NAME_PARTICLES: WordList = WordList::new(
    "bin ibn bint al el ad ash van von der den de da di du dos das del della la le ter ten zu y",
);
