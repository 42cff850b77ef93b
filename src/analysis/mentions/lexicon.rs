//! The mention stage's word tests: title and role head words, honorifics, the lower-case words
//! that may modify a title, the function words that never start a name or a role (the lists are
//! shared, in [`crate::analysis::lexicon`]), and the particles inside personal names. All
//! lookups are case-insensitive unless a function says otherwise.

use crate::analysis::lexicon::calendar::SEASONS;
use crate::analysis::lexicon::closed_class::FUNCTION_WORDS;
use crate::analysis::lexicon::names::NAME_PARTICLES;
use crate::analysis::lexicon::titles::{
    COURTESY_TITLES, HONORIFICS, ORGANIZATION_MODIFIERS, ROLE_MODIFIERS, TITLE_HEADS,
    TITLE_OF_OBJECTS,
};
use crate::analysis::lexicon::WordList;

pub use crate::analysis::lexicon::nationalities::looks_like_demonym;

fn key(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// `list` contains `word` exactly.
fn listed(list: &WordList, word: &str) -> bool {
    list.contains_exact(word)
}

/// "president", "Secretary", "spokesman": a word that heads a title.
pub fn is_title_head(word: &str) -> bool {
    let word = key(word);
    if listed(&TITLE_HEADS, &word) {
        return true;
    }
    // "Secretary-General", "President-elect", "commander-in-chief", "vice-chairman": a head
    // joined to a word that qualifies the post.
    let Some((first, rest)) = word.split_once('-') else { return false };
    let qualified = matches!(rest, "general" | "elect" | "designate" | "in-chief");
    qualified && listed(&TITLE_HEADS, first)
        || matches!(first, "vice" | "deputy" | "co") && listed(&TITLE_HEADS, rest)
}

/// "Staff" in "Chief of Staff": a word that completes a title after "of".
pub fn is_title_of_object(word: &str) -> bool {
    listed(&TITLE_OF_OBJECTS, &key(word))
}

/// "Gen", "Gen.", "Dr", "Colonel": an honorific written before a name that is a role.
pub fn is_honorific(word: &str) -> bool {
    listed(&HONORIFICS, &key(word))
}

/// "Mr.", "Mrs": a courtesy title, stripped from names but not a role.
pub fn is_courtesy_title(word: &str) -> bool {
    listed(&COURTESY_TITLES, &key(word))
}

/// A lower-case word allowed before a title head ("foreign", "special").
pub fn is_role_modifier(word: &str) -> bool {
    listed(&ROLE_MODIFIERS, word) || listed(&ORGANIZATION_MODIFIERS, word)
}

/// A capitalised word in a title that describes the post, not a name in it ("Prime", "Foreign";
/// not "Army").
pub fn is_descriptive_modifier(word: &str) -> bool {
    listed(&ROLE_MODIFIERS, &word.to_lowercase())
}

/// "bin", "von", "de": a lower-case particle inside a personal name (exact case).
pub fn is_name_particle(word: &str) -> bool {
    listed(&NAME_PARTICLES, word)
}

/// A surname as compared across mentions: without an Arabic article ("al-Dhari", "Al-Dhari"
/// and "Dhari" are one name).
pub fn surname_form(word: &str) -> &str {
    for article in ["al-", "Al-", "el-", "El-", "ad-", "as-", "ash-"] {
        if let Some(rest) = word.strip_prefix(article).filter(|r| is_capitalised(r)) {
            return rest;
        }
    }
    word
}

/// "The", "Meanwhile", "during", "Spring": never part of a name or a role.
pub fn is_function_word(word: &str) -> bool {
    let key = key(word);
    listed(&FUNCTION_WORDS, &key) || listed(&SEASONS, &key)
}

/// Starts with an upper-case letter or a digit-free acronym ("US", "Kyiv", "U.S.").
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "'s", "’s", "'" and "’": the possessive ending the tokenizer splits off.
pub fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_final_dot() {
        assert!(is_title_head("Secretary") && is_title_head("spokesman"));
        assert!(is_honorific("Gen.") && is_honorific("Gen") && !is_title_head("General"));
        assert!(is_courtesy_title("Mr.") && !is_title_head("Driscoll"));
        assert!(is_function_word("Meanwhile") && !is_function_word("Kyiv"));
    }

    #[test]
    fn hyphenated_posts_are_title_heads() {
        for w in ["Secretary-General", "President-elect", "commander-in-chief", "vice-chairman"] {
            assert!(is_title_head(w), "{w}");
        }
        for w in ["Secretary-Treasurer-X", "well-known", "ex-wife", "Kim-General"] {
            assert!(!is_title_head(w), "{w}");
        }
    }

    #[test]
    fn demonyms_by_ending() {
        for w in ["Ukrainian", "Russian", "European", "Chinese", "Turkish", "American", "German"] {
            assert!(looks_like_demonym(w), "{w}");
        }
        for w in ["Kyiv", "Army", "Putin", "US", "Ian"] {
            assert!(!looks_like_demonym(w), "{w}");
        }
    }
}
