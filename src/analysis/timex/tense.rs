//! The tense of the clause around an expression, from auxiliaries and verb forms nearby: it
//! decides whether "Friday" or "August" lies before or after the publication date.

use crate::analysis::document::Document;

/// Which way from the publication date the clause points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo",
    "going",
    "expected",
    "expects",
    "scheduled",
    "plans",
    "planning",
    "planned",
    "due",
    "upcoming",
    "next",
    "hopes",
    "intends",
    "must",
    "slated",
    "payable",
    "expire",
    "expires",
    "begins",
    "starts",
    "soon",
    "effective",
];

/// Verbs of deciding or promising: with "to" they point to an act still ahead.
const INTENT: &[&str] = &[
    "decided",
    "agreed",
    "promised",
    "pledged",
    "vowed",
    "voted",
    "asked",
    "invited",
    "urged",
    "offered",
    "threatened",
    "ordered",
];

const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "ago", "went", "came", "met", "told", "took", "gave",
    "made", "saw", "found", "left", "began", "won", "lost", "held", "sent", "got", "fell", "rose",
    "paid", "sold", "bought", "led", "fled", "struck", "spoke", "wrote", "broke", "chose", "flew",
    "drove", "ran", "thought", "brought", "caught", "fought", "knew", "grew", "threw", "became",
    "felt", "kept", "built", "spent", "stood", "shot", "quit", "last", "earlier", "former", "been",
    "since", "ended", "closed", "sank", "shrank", "sought", "taught", "meant", "heard", "dealt",
    "lent", "slept", "swept", "drew", "withdrew", "blew", "stole", "tore", "wore", "rode", "hid",
    "shook", "woke", "arose", "froze", "swore", "rang", "sang", "swam", "stuck", "swung", "spun",
    "laid", "upheld", "withheld", "overtook", "oversaw", "forgave", "forgot", "overcame", "slid",
    "sprang", "dug", "hung", "bled", "sped",
];

/// Past forms written like their base form ("hit", "cut").
const SAME_PAST_FORMS: &[&str] = &["hit", "cut", "put", "shut", "cast", "hurt", "bid", "beat"];

/// Words before a base form or an adjective: a modal, "to", "did", "does", "stay" ("will
/// stay shut").
const BEFORE_BASE_FORM: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "did",
    "does", "do", "'ll", "’ll", "not", "n't", "stay", "stays", "remain", "remains", "keep",
    "keeps",
];

/// Document ending in "-ed" that are not past forms.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "feed",
    "red",
    "bed",
    "hundred",
    "seed",
    "shed",
    "led",
    "fed",
    "indeed",
    "proceed",
    "succeed",
    "exceed",
    "weed",
    "deed",
    "heed",
    "reed",
    "breed",
    "greed",
    "creed",
    "ted",
    "ned",
    "fred",
    "united",
    "limited",
    "proposed",
    "related",
    "based",
    "reduced",
    "increased",
    "added",
];

/// Document before an "-ed" form that make it a participle or adjective, not a past verb.
const BEFORE_PARTICIPLE: &[&str] = &[
    "be", "being", "is", "are", "to", "the", "a", "an", "its", "their", "his", "her", "our", "'s",
    "’s", "get", "gets", "will",
];

/// How sure a cue is: auxiliaries and listed verbs are sure; a bare "-ed" form may be an
/// adjective ("preferred shares") and only counts when nothing surer is near.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    Sure,
    Weak,
}

/// The tense token `i` signals, if any.
fn cue(words: &Document, i: usize) -> Option<(Tense, Strength)> {
    let word = words.lower(i);
    // "expected 150,000 shoppers to have visited by Sunday", "will have left": a perfect
    // seen from ahead.
    // Not a plan already past: "was due to have had".
    let was_before =
        (i.saturating_sub(5)..i.saturating_sub(2)).any(|k| words.is_any(k, &["was", "were"]));
    let perfect_ahead = i > 1
        && words.is(i - 1, "have")
        && words.is_any(i - 2, &["to", "will", "'ll", "’ll"])
        && !was_before;
    let participle = i > 0 && words.is_any(i - 1, BEFORE_PARTICIPLE) || perfect_ahead;
    // "next to the embassy" is a place.
    let place = word == "next" && words.is(i + 1, "to");
    // "decided to admit them in March": the act decided on lies ahead.
    let intent = words.is(i + 1, "to") && INTENT.contains(&word);
    // "had been scheduled to expire Friday", "as previously planned": a plan already past.
    let planned_before = (i.saturating_sub(4)..i)
        .any(|k| words.is_any(k, &["previously", "originally", "had"]))
        && !(i.saturating_sub(4)..i).any(|k| words.is_any(k, &[",", ";", "will", "would"]));
    if planned_before && (FUTURE.contains(&word) || word == "set") {
        return Some((Tense::Past, Strength::Sure));
    }
    if (FUTURE.contains(&word) && !place) || (word == "set" && participle) || intent {
        return Some((Tense::Future, Strength::Sure));
    }
    if PAST.contains(&word) && !participle {
        return Some((Tense::Past, Strength::Sure));
    }
    // "The bank cut its rate on Thursday": a past form like the base form, past unless a
    // modal, "to" or "did" stands before it ("will cut", "to cut", "did not cut").
    let base_before = i > 0 && words.is_any(i - 1, BEFORE_BASE_FORM);
    if SAME_PAST_FORMS.contains(&word) && !participle && !base_before {
        return Some((Tense::Past, Strength::Sure));
    }
    let past_form = word.len() > 3 && word.ends_with("ed") && !NOT_PAST.contains(&word);
    (past_form && !participle).then_some((Tense::Past, Strength::Weak))
}

/// The tense governing tokens `start..end`. A deadline preposition right before it ("by",
/// "until") points forward; else a weak cue within three tokens to the left, else the nearest
/// sure cue to the left in the sentence, else the nearest weak one, else the nearest cue to
/// the right within the clause.
pub fn around(words: &Document, start: usize, end: usize) -> Tense {
    let sentence = words.sentence_tokens(start);
    let (s0, s1) = (sentence.start, sentence.end);
    // "Wednesday's ruling", "Thursday's closing price": news names a day by what happened on it.
    let weekday = end > 0 && super::lexicon::weekday(words.lower(end - 1)).is_some();
    if weekday && words.is_any(end, &["'s", "’s"]) {
        return Tense::Past;
    }
    if start > 0 && words.is_any(start - 1, &["by", "until", "till", "effective"]) {
        // "had filed reports by Wednesday", "until Thursday, they had not": a past perfect
        // looks back from the deadline.
        // A "had" before, with an infinitive between ("had been expected, is part of a
        // program to pay down the loan by February"), governs another verb.
        let governs = |k: usize| k >= end || !(k..start).any(|j| words.is(j, "to"));
        let perfect = (s0..s1).any(|k| words.is(k, "had") && governs(k));
        return if perfect { Tense::Past } else { Tense::Future };
    }
    let mut weak = None;
    for i in (s0.max(start.saturating_sub(12))..start).rev() {
        if matches!(words.lower(i), ";" | ":") {
            break;
        }
        // "said they would meet Friday": a future seen from the past lies either side of the
        // publication date.
        if weak.is_none() && words.is(i, "would") {
            return Tense::Unknown;
        }
        // "said it is calling the bonds on Dec. 7": a present clause nearer than any past cue.
        if weak.is_none() && words.is_any(i, &["is", "are"]) && words.lower(i + 1).ends_with("ing")
        {
            return Tense::Future;
        }
        match cue(words, i) {
            Some((t, Strength::Sure)) => return t,
            Some((t, Strength::Weak)) if weak.is_none() && start - i <= 3 => return t,
            Some((t, Strength::Weak)) if weak.is_none() => weak = Some(t),
            _ => {}
        }
    }
    if let Some(t) = weak {
        return t;
    }
    // A fronted date ("On Sunday, the police said") is dated by the main clause after the comma.
    let fronted = start <= s0 + 2;
    let reach = if fronted { 12 } else { 5 };
    for i in end..s1.min(end + reach) {
        // ... but not by a clause of its own ("On Friday, when she set aside her plans").
        if fronted && i == end + 1 && words.is_any(i, &["when", "as", "while", "after", "before"]) {
            break;
        }
        let comma_goes_on = fronted && words.is(i, ",");
        if matches!(words.lower(i), ";" | ":" | "," | "\"" | "``" | "''") && !comma_goes_on {
            break;
        }
        if let Some((t, _)) = cue(words, i) {
            return t;
        }
    }
    Tense::Unknown
}
