//! Names that end in a number: "Channel 4", "Radio 1", "S&P 500", "PlayStation 2", "Maroon 5",
//! "Formula 1". An organization's or a thing's name followed by a short number (one to three
//! digits, not a year) takes it, unless the number opens something else: a share or a unit
//! ("5%", "3 km"), a score ("2-1", "United 2 Chelsea 1"), or, after a place, a count ("visited
//! Iraq 3 times"). The quantity stage then leaves the number to the name
//! ([`crate::analysis::facts::Quantities::without_numbers_in`]).

use crate::analysis::document::Document;
use crate::analysis::entities::EntitySpan;
use crate::analysis::EntityKind;

/// Words after a number that make it an amount or a score, not part of the name before it.
const AMOUNT_WORDS: &[&str] = &["%", "per", "percent", "-", "–", "/", "to"];

/// Extends each organization, misc or place span over a short number right after it.
pub(super) fn names_with_numbers(doc: &Document, spans: &mut [EntitySpan]) {
    for s in spans.iter_mut() {
        if !matches!(s.kind, EntityKind::Organization | EntityKind::Misc | EntityKind::Place) {
            continue;
        }
        let Some(last) = doc.token_ending_at(s.span.end) else { continue };
        let n = last + 1;
        let Some(number) = doc.tokens().get(n) else { continue };
        let word = doc.word(n);
        let short = (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
        if !short
            || doc.touches_previous(n)
            || doc.sentence_at(number.span.start) != doc.sentence_at(s.span.start)
        {
            continue;
        }
        let next = doc.word(n + 1);
        let amount = AMOUNT_WORDS.contains(&next)
            || next.starts_with(|c: char| c.is_ascii_digit())
            || doc.capital(n + 1) && !doc.is_sentence_initial(n + 1);
        // "visited Iraq 3 times": after a place a word may say what is counted.
        let counted = s.kind == EntityKind::Place && next.starts_with(char::is_lowercase);
        if amount || counted {
            continue;
        }
        s.span.end = number.span.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names after the repair, given (name, kind) spans written into `text`.
    fn extended(text: &str, names: &[(&str, EntityKind)]) -> Vec<String> {
        let doc = Document::new(text.to_string(), None);
        let mut spans: Vec<EntitySpan> = names
            .iter()
            .map(|(n, kind)| {
                let at = text.find(n).unwrap_or_default();
                EntitySpan { span: at..at + n.len(), kind: *kind }
            })
            .collect();
        names_with_numbers(&doc, &mut spans);
        spans.iter().map(|s| text[s.span.clone()].to_string()).collect()
    }

    #[test]
    fn a_name_takes_the_short_number_after_it() {
        use EntityKind::{Misc, Organization};
        let text = "It aired on Channel 4 and the S&P 500 fell as Maroon 5 played PlayStation 2.";
        let names = [
            ("Channel", Organization),
            ("S&P", Organization),
            ("Maroon", Organization),
            ("PlayStation", Misc),
        ];
        assert_eq!(extended(text, &names), ["Channel 4", "S&P 500", "Maroon 5", "PlayStation 2"]);
    }

    #[test]
    fn no_share_score_year_person_or_count_after_a_place() {
        use EntityKind::{Organization, Person, Place};
        let text = "Acme 5% rose. United 2 Chelsea 1. Euro 2004 began. Ann Lee 3 times. He \
                    visited Iraq 3 times. Acme 2-1 won.";
        let names = [
            ("Acme", Organization),
            ("United", Organization),
            ("Euro", Organization),
            ("Ann Lee", Person),
            ("Iraq", Place),
        ];
        assert_eq!(extended(text, &names), ["Acme", "United", "Euro", "Ann Lee", "Iraq"]);
    }
}
