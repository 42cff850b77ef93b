//! Nationalities and other named groups of people: the endings that make a demonym
//! ("Ukrainian", "Chinese", "Turkish"), the demonyms those endings miss, and group names that
//! do not look like demonyms ("Democrats", "Sunnis").

use super::WordList;

/// Nationality adjectives that the endings in [`looks_like_demonym`] miss (exact case).
pub static IRREGULAR_DEMONYMS: WordList = WordList::new(
    "German Greek Thai Swiss Israeli Saudi Czech Dutch Arab Soviet Western Yemeni Omani Qatari \
     Emirati Somali Malian Nepali Bangladeshi Pakistani Afghan Filipino Kuwaiti Bahraini Welsh \
     Scottish Irish Kurdish Basque",
);

/// Nationality and other group adjectives by their ending ("Ukrainian", "Chinese", "Turkish").
pub fn looks_like_demonym(word: &str) -> bool {
    IRREGULAR_DEMONYMS.contains_exact(word)
        || word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && ["ian", "ean", "ese", "ish", "can", "ran", "ani", "ali", "ari", "qi", "ch"]
                .iter()
                .any(|end| word.ends_with(end))
            && word.chars().count() > 4
}
