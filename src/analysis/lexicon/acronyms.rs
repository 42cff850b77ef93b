//! Acronyms of common nouns: things written in capitals that are no names ("a TV", "PC sales",
//! "three DVDs", "the USB port"). The guideline marks none of them (`docs/annotation.md`); the
//! tagger, which learnt that a word in capitals is a name, takes them for organizations.

use super::WordList;

/// Common nouns written as acronyms, singular (exact case): devices and media, formats, and
/// terms of business. Names of products ("iPod", "Xbox") and of diseases are left out.
pub static COMMON_NOUN_ACRONYMS: WordList =
    WordList::new("TV HDTV PC CD DVD VCR LCD USB GPS SMS MMS DSL DIY IPO CEO CFO GDP VAT");

/// Whether `word` is a common noun written as an acronym, singular or plural ("DVD", "DVDs").
pub fn is_common_noun_acronym(word: &str) -> bool {
    COMMON_NOUN_ACRONYMS.contains_exact(word.strip_suffix('s').unwrap_or(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_count_and_case_is_exact() {
        assert!(is_common_noun_acronym("DVDs") && is_common_noun_acronym("TV"));
        assert!(!is_common_noun_acronym("Tv") && !is_common_noun_acronym("BBC"));
    }
}
