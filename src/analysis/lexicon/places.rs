//! Place words written in short: the abbreviations of US states that news (AP style) writes after
//! a city, with a period ("Milpitas, Calif.", "Newark, N.J.").

use super::WordList;

/// US state abbreviations with their period left off, as the tokenizer gives them (exact case).
/// Those written with inner periods ("N.J.", "D.C.") are one token with their period already.
pub static STATE_ABBREVIATIONS: WordList = WordList::new(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo \
     Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wisc Wyo",
);

/// Whether `word`, written after `before_comma` and a comma, is a state abbreviation after its
/// city ("Milpitas" "," "Calif"): its period is the abbreviation's, not a sentence end.
pub fn is_state_after_city(before_comma: &str, comma: &str, word: &str) -> bool {
    comma == ","
        && before_comma.chars().next().is_some_and(char::is_uppercase)
        && STATE_ABBREVIATIONS.contains_exact(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_follows_a_capitalised_city_and_a_comma() {
        assert!(is_state_after_city("Milpitas", ",", "Calif"));
        assert!(!is_state_after_city("Milpitas", ",", "calif"), "exact case");
        assert!(!is_state_after_city("attended", ",", "Mass"), "no city before it");
        assert!(!is_state_after_city("Boston", "and", "Mass"));
    }
}
