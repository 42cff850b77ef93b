//! Parts of personal names: the lower-case particles written inside them ("Osama bin Laden",
//! "Ursula von der Leyen", "Jean de la Fontaine"), English words left out.

use super::WordList;

/// Lower-case particles inside personal names that are not English words (exact case).
pub static NAME_PARTICLES: WordList = WordList::new(
    "bin ibn bint al el ad ash van von der den de da di du dos das del della la le ter ten zu y",
);

/// Second parts of hyphenated adjectives after a name ("Kyiv-based", "Bush-era", "Iraq-born"),
/// besides participles in "-ed", "-en" and "-ing".
static ADJECTIVE_PARTS: WordList = WordList::new(
    "born led run made built held known grown bred era style type like wide free only level \
     scale rich proof bound",
);

/// "Moo-hyun", "Ki-moon", "Jong-il": a hyphenated given name (a capital and one to four
/// letters, a hyphen, one to five lower-case letters), not an adjective ("Kyiv-based",
/// "Bush-era").
pub fn is_hyphenated_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else { return false };
    let mut chars = first.chars();
    let shape = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
        && (2..=5).contains(&first.len())
        && (1..=5).contains(&second.len())
        && second.chars().all(|c| c.is_ascii_lowercase());
    let adjective = second.ends_with("ed")
        || second.ends_with("en")
        || second.ends_with("ing")
        || ADJECTIVE_PARTS.contains(second);
    shape && !adjective
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_given_names_are_not_adjectives() {
        for w in ["Moo-hyun", "Ki-moon", "Jong-il", "Ying-jeou", "Dae-ho"] {
            assert!(is_hyphenated_given_name(w), "{w}");
        }
        for w in ["Kyiv-based", "Bush-era", "Iraq-born", "US-led", "Moscow-based", "Co-Op", "X-ray"]
        {
            assert!(!is_hyphenated_given_name(w), "{w}");
        }
    }
}
