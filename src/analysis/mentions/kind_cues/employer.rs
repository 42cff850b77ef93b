//! The employer cue: a name right after a job that is held at an organization and "at" ("an
//! economist at Halifax", "a manager at Symantec", "strategist at Miller Tabak") names that
//! organization, when the name ends its phrase. "a lecturer at London's Imperial College" and
//! "traders at US banking giant Citigroup" name the employer after the place.

use crate::analysis::document::Document;
use crate::analysis::lexicon::WordList;

/// Jobs held at an organization, singular and plural (lower case). Jobs held at events or
/// places as often ("protester", "singer", "worker at the plant") are left out.
static EMPLOYEE_NOUNS: WordList = WordList::new(
    "economist economists analyst analysts strategist strategists researcher researchers \
     scientist scientists professor professors lecturer lecturers trader traders banker bankers \
     executive executives boss bosses manager managers director directors engineer engineers \
     editor editors spokesman spokeswoman spokesperson employee employees",
);

/// Whether the name in tokens `first..=last` follows a job and "at", and ends its phrase: a
/// punctuation mark (not a possessive), a reporting verb, "and", "who" or "in" after it.
pub fn employer_cue(doc: &Document, first: usize, last: usize) -> bool {
    let Some(at) = first.checked_sub(1) else { return false };
    let job = at.checked_sub(1).is_some_and(|j| EMPLOYEE_NOUNS.contains(doc.lower(j)));
    let next = doc.lower(last + 1);
    let ends_phrase = match next {
        "'s" | "’s" => false,
        "" => true,
        w if !w.chars().next().is_some_and(char::is_alphanumeric) => true,
        w => matches!(w, "said" | "says" | "told" | "and" | "who" | "in"),
    };
    doc.lower(at) == "at" && job && ends_phrase
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str, name: &str) -> bool {
        super::super::cue_at_name(text, name, employer_cue)
    }

    #[test]
    fn a_job_at_a_name_that_ends_its_phrase() {
        assert!(cue("said Ann Lee, an economist at Farrow Brant.", "Farrow Brant"));
        assert!(cue("a manager at Quillon said sales fell", "Quillon"));
        assert!(!cue("a lecturer at London's Imperial College", "London"));
        assert!(!cue("traders at US banking giant Citigroup", "US"));
        assert!(!cue("a singer at Glastonbury, said", "Glastonbury"), "not a job held there");
    }
}
