//! Words that end an organization's name: the legal designations of a company ("Inc.", "plc",
//! "GmbH") and the nouns of a company's or a body's trade ("Records", "Airlines", "Committee").

use super::WordList;

/// A company's legal designation, with or without its period ("Co.", "Corp", "plc").
pub static COMPANY_DESIGNATIONS: WordList = WordList::new(
    "Co Co. Corp Corp. Inc Inc. Ltd Ltd. Plc plc PLC LLC AG GmbH Company Corporation \
     Incorporated Group Holdings",
);

/// Last words that make a name an organization's besides the designations ("Island Records",
/// "Warner Bros", "Delta Airlines", "Environment Committee"). Words that also end place names
/// ("Bank" in "West Bank") are left out.
pub static ORGANIZATION_NOUNS: WordList = WordList::new(
    "Records Bros Bros. Airlines Airways Motors Pictures Studios Entertainment Publishing \
     Technologies Foundation Institute University Association Federation Commission Committee \
     Council Agency Ministry Party",
);

/// Whether `word` (exact case) ends an organization's name.
pub fn is_organization_ending(word: &str) -> bool {
    COMPANY_DESIGNATIONS.contains_exact(word) || ORGANIZATION_NOUNS.contains_exact(word)
}

/// Common nouns a text uses for an organization it has named ("the company said"): its
/// speaker is that organization.
pub static ORGANIZATION_COMMON_NOUNS: WordList = WordList::new(
    "company firm organisation organization group corporation business bank agency charity \
     retailer carrier airline broadcaster network",
);

/// More kinds of organization, written right before a name ("independent label Domino",
/// "junk mail watchdog Spamhaus", "rock band Franz Ferdinand"). A text that refers back by
/// them ("the newspaper said") is most often citing a source it has not named, so they are
/// not antecedents.
pub static ORGANIZATION_KINDS: WordList = WordList::new(
    "band label watchdog newspaper magazine insurer lender regulator supermarket carmaker \
     chipmaker manufacturer website giant",
);

/// Whether `word` (exact case) names a kind of organization written right before its name
/// ("online bank Cahoot"): the common nouns and the kinds above, but not a person's trade too
/// ("fellow broadcaster Michael Pointon").
pub fn is_kind_before_name(word: &str) -> bool {
    word != "broadcaster"
        && (ORGANIZATION_COMMON_NOUNS.contains_exact(word)
            || ORGANIZATION_KINDS.contains_exact(word))
}

/// Whether `word` (exact case) is a common noun for an organization, of either list above ("the
/// firm", "the newspaper").
pub fn is_organization_noun(word: &str) -> bool {
    ORGANIZATION_COMMON_NOUNS.contains_exact(word) || ORGANIZATION_KINDS.contains_exact(word)
}
