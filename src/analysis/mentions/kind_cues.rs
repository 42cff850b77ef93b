//! A second look at one-word "people": the tagger often takes a company written alone ("Yukos
//! said", "Nokia's shares") for a person. The words around the mentions decide: a company is
//! "Yukos, which", "Yukos said its", "Yukos's shares", "shares in Yukos", "analysts at
//! Gartner", "Sony shares"; a person is "Usher, who", "Usher said he", "Usher's album"; an award
//! is "Oscar nomination". Only a one-word name with no role is judged, and only clear cues with
//! no person cue change its kind.

mod company_phrases;
mod employer;

use crate::analysis::document::Document;
use crate::analysis::lexicon::organizations::is_kind_before_name;
use crate::analysis::pos::Tag;
use crate::analysis::{EntityKind, Span};
use company_phrases::company_phrase_cue;
use employer::employer_cue;

/// What a company owns or has, written after "X's".
const COMPANY_POSSESSIONS: &[&str] = &[
    "shares",
    "share",
    "stock",
    "profits",
    "profit",
    "sales",
    "revenue",
    "revenues",
    "earnings",
    "chief",
    "boss",
    "chairman",
    "executive",
    "executives",
    "customers",
    "subscribers",
    "shareholders",
    "board",
    "headquarters",
    "subsidiary",
    "unit",
    "division",
    "brand",
    "products",
    "website",
    "network",
    "services",
    "staff",
    "workers",
    "employees",
    "market",
    "stores",
    "shops",
    "branches",
    "outlets",
];

/// What a person has, written after "X's".
const PERSON_POSSESSIONS: &[&str] = &[
    "wife",
    "husband",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "family",
    "career",
    "album",
    "song",
    "songs",
    "single",
    "death",
    "lawyer",
    "lawyers",
    "manager",
    "debut",
    "band",
    "girlfriend",
    "boyfriend",
    "life",
    "birthday",
    "fans",
];

/// Nouns a company's name stands before ("Sony shares", "Siemens plant", "Jupiter analyst"); a
/// person's name rarely does ("Bush administration", "Trapp family" are not listed).
const COMPANY_NOUNS_AFTER: &[&str] = &[
    "shares",
    "stock",
    "sales",
    "profits",
    "chief",
    "boss",
    "bosses",
    "executive",
    "executives",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "analysts",
    "economist",
    "plant",
    "factory",
    "stores",
    "subscribers",
    "customers",
    "shareholders",
    "consortium",
    "subsidiary",
];

/// Nouns an award's name stands before ("Oscar nomination", "Grammy winners"); an award also
/// stands before "-nominated" ("Oscar-nominated").
const AWARD_NOUNS_AFTER: &[&str] = &[
    "nomination",
    "nominations",
    "nominee",
    "nominees",
    "ceremony",
    "ceremonies",
    "award",
    "awards",
    "winner",
    "winners",
    "hopefuls",
    "contender",
    "contenders",
    "nod",
    "nods",
    "glory",
    "race",
    "statuette",
];

/// Words right before a name that make it a company ("shares in Yukos", "analysts at Gartner").
const COMPANY_BEFORE: &[[&str; 2]] = &[
    ["shares", "in"],
    ["shares", "of"],
    ["stake", "in"],
    ["analysts", "at"],
    ["analyst", "at"],
    ["bosses", "at"],
    ["executives", "at"],
    ["bid", "for"],
    ["takeover", "of"],
];

/// A cue read at the first mention of `name` in `text` (its first and last tokens), for the
/// cue modules' tests.
#[cfg(test)]
fn cue_at_name(text: &str, name: &str, cue: fn(&Document, usize, usize) -> bool) -> bool {
    let doc = Document::new(text.to_string(), None);
    let start = doc.text().find(name).unwrap_or(0);
    let first = doc.token_starting_at(start).unwrap_or(0);
    let last = doc.token_ending_at(start + name.len()).unwrap_or(0);
    cue(&doc, first, last)
}

/// Organization when the mentions carry company cues and no person cue, misc (an award) when
/// they carry award cues ("Oscar nomination") and neither; `None` to keep the kind.
pub fn kind_by_cues(doc: &Document, name: &str, mentions: &[Span]) -> Option<EntityKind> {
    if name.contains(char::is_whitespace) {
        return None;
    }
    let (mut company, mut person, mut award) = (0, 0, 0);
    for m in mentions {
        // "Oscar-nominated": the name is the front of a word.
        if doc.text().get(m.end..).is_some_and(|rest| rest.starts_with("-nominated")) {
            award += 1;
        }
        let Some(last) = doc.token_ending_at(m.end) else { continue };
        let after = |k: usize| doc.tokens().get(last + k).map_or("", |t| doc.slice(&t.span));
        let lower = |k: usize| doc.lower(last + k);
        if COMPANY_NOUNS_AFTER.contains(&after(1)) {
            company += 1;
        }
        if AWARD_NOUNS_AFTER.contains(&after(1)) {
            award += 1;
        }
        match (after(1), lower(2)) {
            (",", "which") => company += 1,
            (",", "who") => person += 1,
            ("'s" | "’s", w) if COMPANY_POSSESSIONS.contains(&w) => company += 1,
            ("'s" | "’s", w) if PERSON_POSSESSIONS.contains(&w) => person += 1,
            _ => {}
        }
        // "Yukos said its ..." is a company; "said it" is not a cue ("Emily said it would be
        // ..."), "said he/she" is a person.
        if matches!(lower(1), "said" | "says" | "added" | "announced") {
            match lower(2) {
                "its" => company += 1,
                "he" | "she" | "his" | "her" => person += 1,
                _ => {}
            }
        }
        let first = doc.token_starting_at(m.start);
        let before = |k: usize| {
            first
                .and_then(|f| f.checked_sub(k))
                .and_then(|i| doc.tokens().get(i))
                .map_or(String::new(), |t| doc.slice(&t.span).to_lowercase())
        };
        if COMPANY_BEFORE.iter().any(|[a, b]| before(2) == *a && before(1) == *b)
            || first.is_some_and(|f| employer_cue(doc, f, last) || company_phrase_cue(doc, f, last))
        {
            company += 1;
        }
        if matches!(before(1).as_str(), "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr") {
            person += 1;
        }
    }
    match (company, person, award) {
        (0, 0, a) if a > 0 => Some(EntityKind::Misc),
        (c, 0, a) if c > 0 && c >= a => Some(EntityKind::Organization),
        _ => None,
    }
}

/// Nouns after a bare name that only a company takes (a subset of [`COMPANY_NOUNS_AFTER`]
/// that a country or a city does not: "Gartner analyst", not "Texas plant").
const STRICT_NOUNS_AFTER: &[&str] = &[
    "shares",
    "stock",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "analysts",
    "subscribers",
    "shareholders",
];
/// What only a company has after "X's" ("Amazon's shares", not "Britain's workers").
const STRICT_POSSESSIONS: &[&str] =
    &["shares", "stock", "profits", "profit", "revenue", "revenues", "earnings", "shareholders"];
/// Words before a name that only a company follows ("analysts at Gartner", not "a bid for
/// London").
const STRICT_BEFORE: &[[&str; 2]] = &[
    ["shares", "in"],
    ["shares", "of"],
    ["analysts", "at"],
    ["analyst", "at"],
    ["executives", "at"],
    ["bosses", "at"],
];

/// Whether the mentions of a name the tagger took for a place, a misc name or a person of
/// several words carry a cue only a company takes, anywhere in the article, and no person cue.
pub fn company_by_strict_cues(doc: &Document, mentions: &[Span]) -> bool {
    let (mut company, mut person) = (0, 0);
    for m in mentions {
        let Some(last) = doc.token_ending_at(m.end) else { continue };
        let after = |k: usize| doc.lower(last + k);
        if STRICT_NOUNS_AFTER.contains(&after(1))
            || (matches!(after(1), "'s" | "’s") && STRICT_POSSESSIONS.contains(&after(2)))
        {
            company += 1;
        }
        if person_cue_after(doc, last) {
            person += 1;
        }
        let Some(first) = doc.token_starting_at(m.start) else { continue };
        let before = |k: usize| first.checked_sub(k).map_or("", |i| doc.lower(i));
        if STRICT_BEFORE.iter().any(|[a, b]| before(2) == *a && before(1) == *b)
            || employer_cue(doc, first, last)
            || company_phrase_cue(doc, first, last)
        {
            company += 1;
        }
    }
    company > 0 && person == 0
}

/// A person cue right after a name ending at token `last`: ", who" or "'s wife".
fn person_cue_after(doc: &Document, last: usize) -> bool {
    let after = |k: usize| doc.lower(last + k);
    (after(1) == "," && after(2) == "who")
        || (matches!(after(1), "'s" | "’s") && PERSON_POSSESSIONS.contains(&after(2)))
}

/// Whether a mention stands right after a common noun for an organization written before its
/// name ("online bank Cahoot", "watchdog Spamhaus", "rock band Franz Ferdinand") and no mention
/// carries a person cue ("Mr", ", who", "'s wife", "said he"). The noun must be tagged a
/// singular noun and not follow a plural noun or a pronoun: "critics label Blair a liar".
pub fn organization_by_apposition(doc: &Document, mentions: &[Span]) -> bool {
    let before = |m: &Span| doc.token_starting_at(m.start).and_then(|f| f.checked_sub(1));
    let noun_before = |m: &Span| before(m).is_some_and(|b| is_kind_before_name(doc.word(b)));
    // Most names have no such noun: the tags below are read only for those that do.
    if !mentions.iter().any(noun_before) {
        return false;
    }
    let mut apposition = false;
    for m in mentions {
        let (Some(before), Some(last)) = (before(m), doc.token_ending_at(m.end)) else { continue };
        if matches!(doc.lower(before), "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr") {
            return false;
        }
        let after = |k: usize| doc.lower(last + k);
        if person_cue_after(doc, last)
            || (matches!(after(1), "said" | "says") && matches!(after(2), "he" | "she"))
        {
            return false;
        }
        // The noun opens or continues a noun phrase ("the", "online", "junk mail"), not a
        // plural subject's verb ("critics label").
        let opens_phrase = || {
            before.checked_sub(1).and_then(|p| doc.tag(p)).is_none_or(|t| {
                t != Tag::NNS && t != Tag::NNPS && t.in_noun_phrase()
                    || !t.is_noun() && t != Tag::PRP
            })
        };
        // A capitalised word after it: the name goes on ("broadcaster France Televisions"); a
        // noun after it: the name qualifies the noun ("the giant US budget deficit").
        let cut_short = || {
            doc.capital(last + 1)
                || doc.tag(last + 1).is_some_and(|t| t == Tag::NN || t == Tag::NNS)
        };
        if !apposition
            && noun_before(m)
            && doc.tag(before) == Some(Tag::NN)
            && opens_phrase()
            && !cut_short()
        {
            apposition = true;
        }
    }
    apposition
}

#[cfg(test)]
mod tests;
