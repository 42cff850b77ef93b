//! The words the tagger reads for a sentence of product tokens, in CoNLL's conventions.

use super::kinds::is_group;
use crate::analysis::lexicon::calendar::{MONTHS, WEEKDAYS};
use crate::analysis::lexicon::places::is_state_after_city;
use crate::analysis::lexicon::titles::ABBREVIATIONS;
use crate::analysis::mentions::lexicon::is_function_word;
use crate::analysis::tokens::Token;
use crate::analysis::Span;
use rustc_hash::FxHashSet as HashSet;

/// An abbreviation CoNLL writes as one token with its period: a title-cased word of the
/// abbreviations list ("Gen", "Corp", "Jan"; not "MS" or "no").
fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && ABBREVIATIONS.contains(word)
}

/// Two or more capitalised names joined by hyphens ("Trump-Putin", "US-Russia").
pub(super) fn is_name_compound(word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|p| {
            p.chars().count() >= 2
                && p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().all(char::is_alphabetic)
        })
}

/// Compounds of names the tagger should read whole in this text:
///
/// - one surname: written right after a capitalised word that could be a first name ("Peter
///   Brabeck-Letmathe", "Hillary Rodham-Clinton"), kept whole wherever it occurs, so a later
///   "Brabeck-Letmathe said" is the same person;
/// - one name: no part of it occurs on its own in the text ("Wal-Mart", "Coca-Cola",
///   "Rolls-Royce"), unlike "Trump-Putin" beside "Trump", "US-Russia" beside "Russia", or a
///   pair of nationalities ("Iraqi-German").
pub(super) fn whole_compounds<'t>(text: &'t str, toks: &[Token]) -> HashSet<&'t str> {
    let standalone: HashSet<&str> = toks
        .iter()
        .map(|t| t.text(text))
        .filter(|w| !w.contains('-') && w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let mut out = HashSet::default();
    for (i, t) in toks.iter().enumerate() {
        let word = t.text(text);
        if !is_name_compound(word) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| toks.get(p));
        let after_first_name = prev.is_some_and(|p| {
            let w = p.text(text);
            p.span.end < t.span.start
                && w.chars().count() >= 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && !MONTHS.contains(w)
                && !WEEKDAYS.contains(w)
                && !is_function_word(w)
        });
        // "Iraqi-German", "Anglo-Swedish": nationalities, read one by one.
        let demonyms = word.split('-').any(|part| is_group(&[part]));
        let unseen_parts = !word.split('-').any(|part| standalone.contains(part));
        if after_first_name || (unseen_parts && !demonyms) {
            out.insert(word);
        }
    }
    out
}

/// Participles written after a name with a hyphen that are not "-ed" forms ("Ballymena-born",
/// "Czech-made", "US-led").
const IRREGULAR_PARTICIPLES: [&str; 9] =
    ["born", "made", "run", "led", "built", "grown", "held", "written", "driven"];

/// Where the name ends in a name and a participle joined by a hyphen ("UN-mandated",
/// "Czech-made", "Diego-based", "U.S.-led"): the byte length of the name part, which the tagger
/// reads as a word of its own, as a reader does.
fn name_before_participle(word: &str) -> Option<usize> {
    let (name, participle) = word.rsplit_once('-')?;
    let is_participle = participle.len() >= 3
        && participle.bytes().all(|b| b.is_ascii_lowercase())
        && (participle.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&participle));
    let is_name = name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().any(char::is_alphabetic)
        && name.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase));
    (is_participle && is_name).then_some(name.len())
}

/// A single capital letter: with its period, a middle initial ("Jane Q. Public").
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The end of a name written as one capital letter, an apostrophe and a capitalised word with no
/// space between ("O'Reilly", "D'Angelo", "N'Dour"), which the product splits in three and
/// CoNLL writes as one word; `None` when token `i` does not start one.
fn apostrophe_name(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let [a, q, b] = toks.get(i..i + 3)? else { return None };
    let glued = a.span.end == q.span.start && q.span.end == b.span.start;
    let rest = b.text(text);
    (glued
        && is_initial(a.text(text))
        && matches!(q.text(text), "'" | "’")
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().count() >= 2)
        .then_some(b.span.end)
}

/// The spans of a sentence's words as the tagger reads them: the product's tokens, except that
/// an abbreviation (or a state after its city, "Milpitas, Calif.") and the period right after
/// it are one word unless the period ends the sentence (as in CoNLL), a compound of names not
/// followed by a capitalised word is split at its hyphens ("the Trump-Putin summit" -> Trump,
/// -, Putin; "Jean-Claude Juncker" stays) unless it is one of the text's `whole` compounds, and
/// a name joined to a participle is read as the name, the hyphen and the participle
/// ("UN-mandated" -> UN, -, mandated).
pub(super) fn conll_words(text: &str, toks: &[Token], whole: &HashSet<&str>) -> Vec<Span> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        let dot = toks
            .get(i + 1)
            .filter(|d| d.text(text) == "." && d.span.start == t.span.end && i + 2 < toks.len());
        let next_capitalised = toks
            .get(i + 1)
            .is_some_and(|n| n.text(text).chars().next().is_some_and(char::is_uppercase));
        if let Some(end) = apostrophe_name(text, toks, i) {
            out.push(t.span.start..end);
            i += 3;
            continue;
        }
        let state = i >= 2
            && is_state_after_city(toks[i - 2].text(text), toks[i - 1].text(text), t.text(text));
        let participle = name_before_participle(t.text(text));
        match dot {
            Some(d) if is_abbreviation(t.text(text)) || is_initial(t.text(text)) || state => {
                out.push(t.span.start..d.span.end);
                i += 2;
            }
            _ if participle.is_some() => {
                let name_end = t.span.start + participle.unwrap_or(0);
                out.extend([t.span.start..name_end, name_end..name_end + 1]);
                out.push(name_end + 1..t.span.end);
                i += 1;
            }
            _ if !next_capitalised
                && is_name_compound(t.text(text))
                && !whole.contains(t.text(text)) =>
            {
                let mut start = t.span.start;
                for part in t.text(text).split('-') {
                    out.push(start..start + part.len());
                    if start + part.len() < t.span.end {
                        out.push(start + part.len()..start + part.len() + 1);
                    }
                    start += part.len() + 1;
                }
                i += 1;
            }
            _ => {
                out.push(t.span.clone());
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tagger's words of `text`, with no whole compounds.
    fn plain_words(text: &str) -> Vec<&str> {
        let toks = crate::analysis::tokens::tokenize(text);
        conll_words(text, &toks, &HashSet::default()).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn abbreviation_keeps_its_period_unless_it_ends_the_sentence() {
        let text = "Gen. Randy George met Acme Corp.";
        let words = plain_words(text);
        assert_eq!(words, ["Gen.", "Randy", "George", "met", "Acme", "Corp", "."]);
    }

    #[test]
    fn a_state_after_its_city_keeps_its_period() {
        let text = "a firm in Milpitas, Calif., and one in Boston, Mass.";
        let words = plain_words(text);
        assert!(words.contains(&"Calif."), "{words:?}");
        assert_eq!(words[words.len() - 2..], ["Mass", "."], "the sentence's end stays apart");
    }

    #[test]
    fn a_name_joined_to_a_participle_is_read_apart() {
        let text = "the UN-mandated plan, a Czech-made car, a San Diego-based firm, a U.S.-led \
                    force, a State-owned bank, a well-known word";
        let words = plain_words(text);
        for part in ["UN", "mandated", "Czech", "made", "Diego", "based", "U.S.", "led"] {
            assert!(words.contains(&part), "{part}: {words:?}");
        }
        assert!(words.contains(&"State"), "a capitalised opener is the tagger's to judge");
        assert!(words.contains(&"well-known"), "no name before the hyphen: {words:?}");
    }

    #[test]
    fn initials_and_apostrophe_names_are_one_word() {
        let text = "Senator Jane Q. Public met Bill O'Reilly and Youssou N’Dour in Plan B.";
        let words = plain_words(text);
        assert!(words.contains(&"Q.") && words.contains(&"O'Reilly"), "{words:?}");
        assert!(words.contains(&"N’Dour"), "{words:?}");
        // A letter whose period ends the sentence keeps it apart, as an abbreviation does.
        assert_eq!(words[words.len() - 2..], ["B", "."]);
    }

    #[test]
    fn name_compounds_split_but_hyphenated_first_names_stay() {
        let text = "the Trump-Putin summit; Jean-Claude Juncker; a well-known US-EU-Russia deal";
        let words = plain_words(text);
        assert_eq!(
            words,
            [
                "the",
                "Trump",
                "-",
                "Putin",
                "summit",
                ";",
                "Jean-Claude",
                "Juncker",
                ";",
                "a",
                "well-known",
                "US",
                "-",
                "EU",
                "-",
                "Russia",
                "deal"
            ]
        );
    }

    #[test]
    fn compounds_stay_whole_after_a_first_name_or_when_no_part_stands_alone() {
        let text = "Peter Brabeck-Letmathe spoke. Later, Brabeck-Letmathe left the August \
                    Trump-Putin summit of Trump and Putin; the Smith-Jones deal. The US-German \
                    talks in the US. Wal-Mart sold Coca-Cola. An Iraqi-German deal.";
        let toks = crate::analysis::tokens::tokenize(text);
        let whole = whole_compounds(text, &toks);
        let expected = ["Brabeck-Letmathe", "Smith-Jones", "Wal-Mart", "Coca-Cola"];
        assert_eq!(whole, expected.into_iter().collect::<HashSet<_>>());
        let words: Vec<&str> =
            conll_words(text, &toks, &whole).into_iter().map(|s| &text[s]).collect();
        assert_eq!(words.iter().filter(|w| **w == "Brabeck-Letmathe").count(), 2);
        for part in ["Trump", "Putin", "US", "German", "Iraqi"] {
            assert!(words.iter().filter(|w| **w == part).count() >= 1, "{part}: {words:?}");
        }
        assert!(!words.contains(&"Mart") && words.contains(&"Wal-Mart"));
    }
}
