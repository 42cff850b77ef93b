//! The event phrase each date is tied to, on hand-written sentences: one row per construction
//! the part-of-speech tags let the timeline read (verb groups, subjects, asides, dates before
//! nouns, infinitives and passives).

use chrono::NaiveDate;
use newslens::analysis::analyze_text;

/// (sentence, date as written, expected event phrase).
const CASES: &[(&str, &str, &str)] = &[
    // The clause: subject, verb group and predicate up to the date.
    ("The delegation landed in Kyiv on Wednesday.", "Wednesday", "the delegation landed in Kyiv"),
    ("Ministers will meet again in March.", "March", "Ministers will meet again"),
    ("Prices rose sharply in 2003.", "2003", "Prices rose sharply"),
    // A date before the clause dates the verb after it; a sentence adverb is no subject.
    (
        "However, on Tuesday the chairman denied the allegations.",
        "Tuesday",
        "the chairman denied the allegations",
    ),
    ("On Friday, the minister resigned after a vote.", "Friday", "the minister resigned"),
    (
        "However during the trial on Tuesday Mr Smith denied the charges.",
        "Tuesday",
        "Mr Smith denied the charges",
    ),
    // A date inside the subject noun phrase is left out of it.
    (
        "The court's controversial 2002 ruling was overturned.",
        "2002",
        "the court's controversial ruling was overturned",
    ),
    // A date before a noun dates the noun phrase.
    ("The firm said its 2003 results were strong.", "2003", "its results"),
    ("Voters are angry ahead of the 2004 election.", "2004", "the election"),
    ("Thousands attended Sunday's ceremony in the capital.", "Sunday", "the ceremony"),
    ("The minister's March visit to Paris was cancelled.", "March", "the minister's visit"),
    // Infinitives and passives keep their whole verb group.
    (
        "About 2.5 million tickets are expected to be sold by the end of 2006.",
        "the end of 2006",
        "2.5 million tickets are expected to be sold",
    ),
    ("The group plans to create 500 jobs in 2006.", "2006", "the group plans to create 500 jobs"),
    (
        "The airline is due to resume flights in June.",
        "June",
        "the airline is due to resume flights",
    ),
    // Asides between commas or dashes.
    ("The bank, which was founded in 1998, grew quickly.", "1998", "the bank was founded"),
    ("The plant, closed since 2001, will reopen.", "2001", "the plant closed"),
    (
        "The chief executive - appointed in March - resigned on Monday.",
        "March",
        "the chief executive appointed",
    ),
    (
        "The chief executive - appointed in March - resigned on Monday.",
        "Monday",
        "the chief executive resigned",
    ),
    ("Sales rose 4% in 2004, the best result in a decade.", "2004", "Sales rose 4%"),
    // A date inside the subject keeps the subject's head.
    (
        "In 2003 only 4% of the people in the region took a holiday abroad.",
        "2003",
        "4% of the people took a holiday abroad",
    ),
    (
        "The most popular searches of 2004 included football and music.",
        "2004",
        "the most popular searches included football",
    ),
    // A date that opens a subordinate clause dates that clause, not the verb before it.
    (
        "Analysts predict that by the end of 2006 the figure will have doubled.",
        "the end of 2006",
        "the figure will have doubled",
    ),
    (
        "The survey showed that in 2003, most farmers in the valley had no loans.",
        "2003",
        "most farmers in the valley had no loans",
    ),
    // Not when the date ends the clause: "that" opened it before.
    (
        "Studios haven't produced films that people adore this year, he said.",
        "this year",
        "Studios haven't produced films",
    ),
    // A modal split from its verb by the date.
    ("Bus fares will from 1 June be higher.", "1 June", "Bus fares will be higher"),
    // A participle clause opening the sentence is about the subject after it.
    ("Born in May 1950, Smith became a painter.", "May 1950", "Smith born"),
    // "more than half of": the comparison stays in the subject.
    (
        "More than half of the traffic during June was for video.",
        "June",
        "More than half of the traffic was for video",
    ),
];

#[test]
fn event_phrases() {
    let dct = NaiveDate::from_ymd_opt(2005, 3, 1);
    let mut failures = Vec::new();
    for (sentence, date, expected) in CASES {
        let analysis = analyze_text(sentence.to_string(), dct);
        let got = analysis.timeline.iter().find(|e| e.text == *date).map(|e| e.event.as_str());
        if got != Some(*expected) {
            failures.push(format!("{sentence:?} [{date}]: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
