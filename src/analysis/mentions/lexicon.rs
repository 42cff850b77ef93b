//! Word lists the mention stage reasons with: title and role head words, honorifics, the
//! lower-case words that may modify a title, and the function words that never start a name or a
//! role. All lookups are case-insensitive unless a function says otherwise.

use crate::analysis::lexicon::WordList;

/// Head words of a title or role ("US Army *Secretary*", "Kremlin *spokesman*").
static TITLE_HEADS: WordList = WordList::new(
    "\
    adviser advisor aide ambassador attorney cardinal ceo chair chairman chairperson \
    chairwoman chancellor chief commander commissioner congressman congresswoman coordinator \
    councillor councilman councilwoman deputy director diplomat emir emperor envoy executive \
    founder governor head judge king lawmaker leader mayor minister negotiator official \
    officer pope premier president prince princess prosecutor queen representative secretary \
    senator speaker spokesman spokesperson spokeswoman sultan treasurer vice-president",
);

/// Words that complete a title after "of" ("Chief of *Staff*", "Secretary of *State*") and are
/// part of the title rather than a name.
static TITLE_OF_OBJECTS: WordList = WordList::new(
    "\
    staff state defense defence treasury",
);

/// Abbreviated or military honorifics written before a name; they become a role of their own
/// ("Gen."), except the courtesy ones in [`COURTESY_TITLES`].
static HONORIFICS: WordList = WordList::new(
    "\
    adm brig capt cmdr col cpl dr gen gov lt maj pres prof rep rev sen sgt general admiral \
    captain colonel corporal lieutenant major sergeant marshal professor rabbi sheikh sir \
    dame lord",
);

/// Honorifics that carry no role ("Mr. Smith" has no role "Mr.").
static COURTESY_TITLES: WordList = WordList::new(
    "\
    mr mrs ms miss mx madam",
);

/// Lower-case words that may stand before a title head ("*foreign* minister", "*special* envoy").
static ROLE_MODIFIERS: WordList = WordList::new(
    "\
    acting assistant associate commanding defence defense deputy economy energy executive \
    finance foreign former general health home interim interior justice military national \
    presidential press prime principal security senior special state top trade vice chief \
    first supreme lead peace economic climate policy intelligence communications campaign \
    party opposition government cabinet police union parliamentary regional",
);

/// Role modifiers that name an organization when capitalised ("*Army* Chief of Staff", "the
/// *army* spokesman"): in a title they are both a modifier and a name.
static ORGANIZATION_MODIFIERS: WordList = WordList::new("army navy police");

/// Closed-class and discourse words that are never (part of) a name, in any case. A span made
/// only of these and titles is not an entity.
static FUNCTION_WORDS: WordList = WordList::new(
    "\
    a about according after again all also although an and any as at background because \
    before both but by during each earlier either even every for from further he her here \
    his however i if in instead it its last later many meanwhile more most moreover my next \
    no nor not now of on once or our overall previously senior she since so some still such \
    summary that the their them then there these they this those though thus to today \
    tomorrow under until we when where whether which while who why with yesterday yet you \
    your despite amid among between through via what how indeed first finally additionally \
    notably separately elsewhere nevertheless \
    likewise similarly consequently accordingly therefore otherwise besides nonetheless \
    furthermore hence spring summer autumn winter",
);

/// Nationality adjectives that the endings in [`looks_like_demonym`] miss.
static DEMONYMS: WordList = WordList::new(
    "\
    German Greek Thai Swiss Israeli Saudi Czech Dutch Arab Soviet Western Yemeni Omani Qatari \
    Emirati Somali Malian Nepali Bangladeshi Pakistani Afghan Filipino Kuwaiti Bahraini Welsh \
    Scottish Irish Kurdish Basque",
);

/// Lower-case particles inside personal names ("Osama *bin* Laden", "Ursula *von der* Leyen").
static NAME_PARTICLES: WordList = WordList::new(
    "\
    al el ad as at ash bin ibn abu da das de del della der di do dos du la le ter ten van von y",
);

fn key(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// `list` contains `word` exactly.
fn listed(list: &WordList, word: &str) -> bool {
    list.contains_exact(word)
}

/// "president", "Secretary", "spokesman": a word that heads a title.
pub fn is_title_head(word: &str) -> bool {
    listed(&TITLE_HEADS, &key(word))
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

/// "The", "Meanwhile", "during": never part of a name or a role.
pub fn is_function_word(word: &str) -> bool {
    listed(&FUNCTION_WORDS, &key(word))
}

/// Starts with an upper-case letter or a digit-free acronym ("US", "Kyiv", "U.S.").
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "'s", "’s", "'" and "’": the possessive ending the tokenizer splits off.
pub fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

/// Nationality and other group adjectives by their ending ("Ukrainian", "Chinese", "Turkish").
pub fn looks_like_demonym(word: &str) -> bool {
    listed(&DEMONYMS, word)
        || is_capitalised(word)
            && word.chars().all(char::is_alphabetic)
            && ["ian", "ean", "ese", "ish", "can", "ran", "ani", "ali", "ari", "qi", "ch"]
                .iter()
                .any(|end| word.ends_with(end))
            && word.chars().count() > 4
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
    fn demonyms_by_ending() {
        for w in ["Ukrainian", "Russian", "European", "Chinese", "Turkish", "American", "German"] {
            assert!(looks_like_demonym(w), "{w}");
        }
        for w in ["Kyiv", "Army", "Putin", "US", "Ian"] {
            assert!(!looks_like_demonym(w), "{w}");
        }
    }
}
