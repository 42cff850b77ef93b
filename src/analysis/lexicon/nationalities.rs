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

/// Named groups that do not look like demonyms: peoples, religions and the members of parties
/// (exact case).
pub static GROUP_NAMES: WordList = WordList::new(
    "Arab Arabs Basque Basques Catholic Catholics Croat Croats Greek Greeks Jew Jews Jewish Kurd \
     Kurds Muslim Muslims Serb Serbs Shiite Shiites Sunni Sunnis Swiss Thai Turk Turks Briton \
     Britons Pole Poles Scot Scots Welsh Dane Danes Swede Swedes Finn Finns Tory Tories Labour \
     Conservatives Democrat Democrats Republican Republicans",
);

/// Members of a party written after their state ("a Maryland Democrat").
pub static PARTY_MEMBERS: WordList = WordList::new("Democrat Democrats Republican Republicans");

/// Whether a name the recogniser calls miscellaneous names a group of people: a group name or
/// a demonym by a looser ending than [`looks_like_demonym`] (the recogniser has already said it
/// is a name: "Ukrainian", "South Koreans", "pro-Russian", "Israelis").
pub fn is_group_name(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let last = last.rsplit('-').next().unwrap_or(last);
    let lower = last.to_lowercase();
    words.len() <= 2
        && last.chars().next().is_some_and(char::is_uppercase)
        && (GROUP_NAMES.contains(last)
            || ["an", "ans", "ese", "ish", "i", "is", "ch"]
                .iter()
                .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e)))
}

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
