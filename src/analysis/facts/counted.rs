//! What a quantity is about, from the words of its sentence: the counted noun after a number, the
//! verb that happened to it (before: "killing 26 people" -> "killed"; after: "26 people died")
//! and the place ("in Ternopil"); the noun phrase an adjective quantity modifies. Measures
//! ("76%", "$3bn") are [`super::measured`]'s.

use super::lexicon::{is_boundary, is_report_verb, one_of};
use super::numbers::is_number_word;
use crate::analysis::lexicon::closed_class::AUXILIARIES;
pub(super) use crate::analysis::lexicon::closed_class::DETERMINERS;
use crate::analysis::lexicon::WordList;
use crate::analysis::tokens::lower_cow;

/// An auxiliary, or an adverb that news puts between a subject and its verb ("were reportedly
/// killed", "have also been").
fn is_auxiliary_or_adverb(word: &str) -> bool {
    AUXILIARIES.contains(word) || super::lexicon::one_of(word, "reportedly also")
}

/// Past forms that do not end in "-ed", and the past participles of common "-ing" forms.
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("making", "made"),
    ("leaving", "left"),
    ("taking", "taken"),
    ("holding", "held"),
    ("giving", "given"),
    ("bringing", "brought"),
    ("selling", "sold"),
    ("buying", "bought"),
    ("hitting", "hit"),
    ("putting", "put"),
    ("cutting", "cut"),
    ("losing", "lost"),
    ("finding", "found"),
    ("sending", "sent"),
    ("building", "built"),
    ("spending", "spent"),
    ("paying", "paid"),
    ("seeing", "seen"),
    ("winning", "won"),
    ("getting", "got"),
    ("driving", "driven"),
    ("shooting", "shot"),
    ("fleeing", "fled"),
    ("having", "had"),
];
static PAST_WITHOUT_ED: WordList = WordList::new(
    "\
    made left took taken held gave given brought sold bought hit put cut lost found sent built \
    spent paid saw seen won got shot fled died hurt drove grew rose fell met led won began went \
    came became kept stood",
);
/// Words that end a counted noun phrase although they are not boundaries elsewhere.
static NOT_NOUNS: WordList = WordList::new(
    "such each other same own ago apiece per worth between among out via \
    within without ahead last next alone worldwide nationwide",
);
static PLACE_PREPOSITIONS: WordList = WordList::new("in at near across outside from on");

pub(super) fn is_plain_word(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-') && word.chars().any(char::is_alphabetic)
}

/// A verb form that reports what happened: "-ed", "-ing" or an irregular past.
pub(super) fn is_event_verb(word: &str) -> bool {
    // "ready-mixed", "state-owned": hyphenated forms are adjectives.
    if !word.chars().next().is_some_and(char::is_lowercase) || word.contains('-') {
        return false;
    }
    let lower = lower_cow(word);
    lower.len() > 4 && lower.ends_with("ed")
        || lower.len() > 5 && lower.ends_with("ing")
        || PAST_WITHOUT_ED.contains(&lower)
}

/// "killing" -> "killed", "carrying" -> "carried", "leaving" -> "left"; other forms unchanged.
fn as_past(word: &str) -> String {
    let lower = word.to_lowercase();
    if let Some(&(_, past)) = IRREGULAR_PAST.iter().find(|(ing, _)| *ing == lower) {
        return past.to_string();
    }
    match lower.strip_suffix("ing") {
        Some(stem) if stem.ends_with('y') && !stem.ends_with(['a', 'e', 'o', 'u']) => {
            format!("{}ied", &stem[..stem.len() - 1])
        }
        Some(stem) => format!("{stem}ed"),
        None => lower,
    }
}

/// An initialism written with periods inside a noun phrase: "U.S.", "U.K.".
fn is_initialism(word: &str) -> bool {
    word.len() >= 4
        && word.ends_with('.')
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && word.split('.').filter(|p| !p.is_empty()).all(|p| p.len() == 1)
}

/// A past participle used as an adjective before a noun ("used 514 compromised addresses",
/// "freed three injured miners"), not a verb ("26 killed in", "ten arrested were"); a count
/// that opens its clause is the verb's subject ("Of the 18, 11 reported growth").
fn is_participle_adjective(words: &[&str], at: usize) -> bool {
    let Some(&w) = words.get(at) else { return false };
    let numeric = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w) || one_of(w, "$ £ € ¥")
    };
    let mut k = at;
    while k > 0 && words.get(k - 1).is_some_and(|w| numeric(w)) {
        k -= 1;
    }
    let opens_clause =
        k.checked_sub(1).and_then(|p| words.get(p)).is_none_or(|p| one_of(p, ", ; :"));
    if opens_clause {
        return false;
    }
    let next = words.get(at + 1).copied().unwrap_or("");
    w.ends_with("ed")
        && is_event_verb(w)
        && !is_report_verb(w)
        && is_plain_word(next)
        && next.starts_with(|c: char| c.is_lowercase())
        && !(is_boundary(next)
            || DETERMINERS.contains(next)
            || is_auxiliary_or_adverb(next)
            || NOT_NOUNS.contains(next)
            || next == "of"
            || is_event_verb(next)
            || is_adverb(next))
}

/// Number of words of the counted noun phrase starting at `words[at]` (at most four; 0 when
/// the next word is not a noun-like word).
pub fn counted_noun(words: &[&str], at: usize) -> usize {
    let mut n = 0;
    while n < 4 {
        let Some(&w) = words.get(at + n) else { break };
        if n == 0 && is_participle_adjective(words, at) || is_initialism(w) && n < 3 {
            n += 1;
            continue;
        }
        let stop = !is_plain_word(w)
            || is_boundary(w)
            || DETERMINERS.contains(w)
            || is_auxiliary_or_adverb(w)
            || NOT_NOUNS.contains(w)
            || w.eq_ignore_ascii_case("of")
            || is_report_verb(w) && !(n == 0 && is_plural_noun_reading(w))
            || is_event_verb(w)
            || is_number_word(w)
            || is_adverb(w);
        if stop {
            break;
        }
        n += 1;
    }
    n
}

/// A reporting verb that reads as a plural noun right after a number ("24,997 points",
/// "three claims"); "says" never does.
fn is_plural_noun_reading(word: &str) -> bool {
    word.ends_with('s') && !word.eq_ignore_ascii_case("says")
}

/// "-ly" words other than a few nouns: "annually", "globally".
fn is_adverb(word: &str) -> bool {
    static LY_NOUNS: WordList =
        WordList::new("family supply rally ally assembly monopoly anomaly belly fly");
    let lower = word.to_lowercase();
    lower.len() > 4 && lower.ends_with("ly") && !LY_NOUNS.contains(&lower)
}

/// "people killed in Ternopil": the noun, the verb before or after it, the place after it.
pub fn about_counted(words: &[&str], start: usize, noun_start: usize, noun_end: usize) -> String {
    let noun = words.get(noun_start..noun_end).unwrap_or_default().join(" ");
    // A verb right before the number, unless a determiner makes it an adjective ("the
    // preceding three quarters").
    let before =
        start.checked_sub(1).and_then(|k| words.get(k)).filter(|w| is_event_verb(w)).filter(|_| {
            !start
                .checked_sub(2)
                .and_then(|k| words.get(k))
                .is_some_and(|d| DETERMINERS.contains(d))
        });
    let mut k = noun_end;
    while words.get(k).is_some_and(|w| is_auxiliary_or_adverb(w)) {
        k += 1;
    }
    let after = words.get(k).filter(|w| is_event_verb(w));
    let verb = match (before, after) {
        (Some(v), _) => Some(as_past(v)),
        (None, Some(v)) => {
            k += 1;
            Some(v.to_lowercase())
        }
        (None, None) => {
            k = noun_end;
            None
        }
    };
    let mut parts = vec![noun];
    parts.extend(verb);
    parts.extend(place_at(words, k));
    parts.join(" ")
}

/// "in Ternopil": a place preposition followed by capitalised words.
fn place_at(words: &[&str], at: usize) -> Option<String> {
    let prep = *words.get(at)?;
    if !PLACE_PREPOSITIONS.contains(prep) {
        return None;
    }
    let names: Vec<&str> = words
        .get(at + 1..)?
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && is_plain_word(w))
        .take(4)
        .copied()
        .collect();
    (!names.is_empty()).then(|| format!("{} {}", prep.to_lowercase(), names.join(" ")))
}

/// For "28-point peace plan developed by X and Y": "peace plan developed by X and Y".
pub fn about_adjective(words: &[&str], at: usize) -> String {
    let n = counted_noun(words, at);
    let mut parts: Vec<&str> = words.get(at..at + n).unwrap_or_default().to_vec();
    let verb = words.get(at + n).copied().unwrap_or("");
    if n > 0 && is_event_verb(verb) && words.get(at + n + 1).is_some_and(|w| *w == "by") {
        let agent: Vec<&str> = words
            .get(at + n + 2..)
            .unwrap_or_default()
            .iter()
            .take_while(|w| is_plain_word(w) && (!is_boundary(w) || **w == "and"))
            .take(12)
            .copied()
            .collect();
        if !agent.is_empty() {
            parts.push(verb);
            parts.push("by");
            parts.extend(agent);
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms() {
        assert_eq!(as_past("killing"), "killed");
        assert_eq!(as_past("injuring"), "injured");
        assert_eq!(as_past("carrying"), "carried");
        assert_eq!(as_past("leaving"), "left");
        assert_eq!(as_past("killed"), "killed");
    }
}
