//! Word lists for fact finding: reporting verbs, words that end a noun phrase, pronouns and the
//! auxiliaries and adverbs that may sit between a speaker and the verb.

use crate::analysis::lexicon::WordList;

/// Finite reporting verbs: "X said", "said X", "X described it as".
static REPORT_VERBS: WordList = WordList::new(
    "\
    said says say told tells noted notes added adds described describes called calls warned \
    warns referenced references stated states explained explains insisted insists argued \
    argues claimed claims asked asks replied replies wrote writes declared declares announced \
    announces acknowledged acknowledges admitted admits confirmed confirms suggested suggests \
    stressed stresses emphasised emphasized emphasises emphasizes urged urges cautioned \
    predicted predicts recalled continued concluded commented remarked observed tweeted posted \
    term termed terms dubbed dubs labelled labeled hailed hails branded quipped joked conceded \
    maintained promised vowed pledged boasted complained lamented praised criticised \
    criticized denounced agreed believes believed cited quoted reiterated recounted whispered \
    shouted responded answered countered estimated revealed characterised \
    characterized concedes recalls continues concludes comments remarks observes reckons \
    reckoned maintains promises vows boasts complains laments agrees cites responds counters \
    reveals pointed points",
);

/// Reporting verbs in `-ing` form: their speaker is the subject of the clause they hang on.
static REPORT_PARTICIPLES: WordList = WordList::new(
    "\
    saying telling noting adding describing calling warning referencing stating explaining \
    insisting arguing claiming asking writing declaring announcing acknowledging admitting \
    confirming suggesting stressing emphasising emphasizing urging terming dubbing labelling \
    labeling hailing branding praising citing characterising characterizing joking recalling \
    conceding replying responding commenting pointing",
);

/// Words that cannot be inside a speaker's noun phrase: clause words, prepositions (except
/// "of"), verbs of being, sentence adverbs.
static BOUNDARY: WordList = WordList::new(
    "\
    as what that which who whom whose when while where if because but and or nor so than then \
    is was were are be been being am in on at to for from with by into about after before \
    during since until over under against through amid meanwhile however separately earlier \
    later today yesterday now still also although though once why how not it this there here \
    would could should will may might must can do does did has have had very more most whether",
);

/// Words allowed between a speaker and the verb ("X has also said").
static BETWEEN_SPEAKER_AND_VERB: WordList = WordList::new(
    "\
    has have had also later then previously recently again once publicly reportedly repeatedly \
    separately himself herself would will further already first earlier simply just only \
    even often allegedly quickly subsequently",
);

/// Reporting verbs that are also nouns ("the Armenian term for", "his claims"): after a
/// determiner they are not verbs.
static NOUN_LIKE_VERBS: WordList = WordList::new(
    "\
    term terms claims calls notes states references quotes answers",
);

static DETERMINERS: WordList =
    WordList::new("a an the its his her their our this that these those");

/// A verb that reads as a noun after a subject phrase starting with `first`.
pub fn is_noun_reading(verb: &str, first: &str) -> bool {
    NOUN_LIKE_VERBS.contains(verb) && DETERMINERS.contains(first)
}

/// Words of a time phrase that may open a clause before its subject ("Last month Marsh").
static TIME_WORDS: WordList = WordList::new(
    "\
    last this next past month week year weekend monday tuesday wednesday thursday friday \
    saturday sunday january february march april june july august september october \
    november december morning afternoon evening tonight",
);

pub fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(word) || !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Nouns for people, heads of speaker descriptions ("a Jive spokeswoman").
pub static PERSON_NOUNS: WordList = WordList::new(
    "\
    spokesman spokeswoman spokesperson official minister director executive chief analyst \
    economist lawyer attorney president chairman chairwoman chair secretary manager boss \
    founder head editor consultant expert researcher professor doctor man woman aide adviser \
    advisor envoy governor mayor senator judge prosecutor officer commander general leader \
    member owner strategist correspondent producer singer actor actress star player coach \
    source organiser organizer witness resident student teacher worker campaigner",
);

/// Personal pronouns that may stand for a speaker.
pub static PERSON_PRONOUNS: WordList = WordList::new("he she");
pub static GROUP_PRONOUNS: WordList = WordList::new("they we");

/// Whether `word` is one of the few space-separated `words` written at the call, ignoring ASCII
/// case; longer lists are [`WordList`]s.
pub fn one_of(word: &str, words: &str) -> bool {
    words.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
}

pub fn is_report_verb(word: &str) -> bool {
    REPORT_VERBS.contains(word)
}

pub fn is_report_participle(word: &str) -> bool {
    REPORT_PARTICIPLES.contains(word)
}

pub fn is_boundary(word: &str) -> bool {
    BOUNDARY.contains(word)
}

pub fn may_stand_between_speaker_and_verb(word: &str) -> bool {
    BETWEEN_SPEAKER_AND_VERB.contains(word)
}

/// A token that can be part of a noun phrase: a word, a number, a possessive clitic or an
/// initialism ("U.S.").
pub fn is_wordlike(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric) || matches!(token, "’s" | "'s" | "’" | "&")
}

/// Opening or closing quotation marks as tokens.
pub fn is_quote_mark(token: &str) -> bool {
    matches!(token, "“" | "”" | "\"" | "„" | "«" | "»")
}

/// Lower-cases a leading article so a description reads mid-sentence: "A Ukrainian official"
/// -> "a Ukrainian official".
pub fn as_description(phrase: &str) -> String {
    for article in ["A ", "An ", "The "] {
        if let Some(rest) = phrase.strip_prefix(article) {
            return format!("{}{}", article.to_lowercase(), rest);
        }
    }
    phrase.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_matches_whole_words_only() {
        assert!(REPORT_VERBS.contains("Said"));
        assert!(!REPORT_VERBS.contains("ai"));
        assert_eq!(as_description("A Ukrainian official"), "a Ukrainian official");
        assert!(is_noun_reading("term", "the") && !is_noun_reading("said", "the"));
    }
}
