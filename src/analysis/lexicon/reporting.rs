//! Reporting verbs: the finite forms that introduce a quote or reported speech, their `-ing`
//! forms, and those that also read as nouns.

use super::WordList;

/// Finite reporting verbs: "X said", "said X", "X described it as".
pub static REPORT_VERBS: WordList = WordList::new(
    "said says say told tells noted notes added adds described describes called calls warned \
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
     reveals pointed points thinks",
);

/// Reporting verbs in `-ing` form: their speaker is the subject of the clause they hang on.
pub static REPORT_PARTICIPLES: WordList = WordList::new(
    "saying telling noting adding describing calling warning referencing stating explaining \
     insisting arguing claiming asking writing declaring announcing acknowledging admitting \
     confirming suggesting stressing emphasising emphasizing urging terming dubbing labelling \
     labeling hailing branding praising citing characterising characterizing joking recalling \
     conceding replying responding commenting pointing",
);

/// Reporting verbs that are also nouns ("the Armenian term for", "his claims"): after a
/// determiner they are not verbs.
pub static NOUN_LIKE_VERBS: WordList =
    WordList::new("term terms claims calls notes states references quotes answers");

/// Reporting verbs that also give a thing its name ("links called “trackers”"): right before a
/// quote they may name rather than report.
pub static NAMING_VERBS: WordList =
    WordList::new("called calls dubbed dubs termed terms labelled labeled named branded");
