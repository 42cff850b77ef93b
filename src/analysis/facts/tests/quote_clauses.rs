//! Quote attribution across clauses: a relative clause holding a list, a second reporting verb
//! after "and", an apostrophe inside a name, a pronoun opening a sentence, a name that spells a
//! reporting verb, a determiner that opens the speaker phrase.

use super::quotes::{entity, one, smith};
use crate::analysis::EntityKind;

#[test]
fn a_relative_clause_holding_a_list_keeps_the_subject() {
    let t = "John Smith, who has worked with Ann Lee, Tom Baxter and Joe Bloggs, said: \"We will \
             strike.\"";
    let mut people = smith(t);
    for (id, name) in [(1, "Ann Lee"), (2, "Tom Baxter"), (3, "Joe Bloggs")] {
        people.push(entity(id, name, EntityKind::Person, t, &[name]));
    }
    assert_eq!(one(t, &people).1.as_deref(), Some("John Smith"));
    let t = "John Smith, whose clients include Acme, Globex and Initech, said “we will strike”.";
    let mut named = smith(t);
    for (id, name) in [(1, "Acme"), (2, "Globex"), (3, "Initech")] {
        named.push(entity(id, name, EntityKind::Organization, t, &[name]));
    }
    assert_eq!(one(t, &named).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_second_reporting_verb_after_and_shares_the_subject() {
    let t = "John Smith said he would attend and warned the other members they \"had better \
             come too\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "John Smith won the prize. He thanked the crew and described the film as \"a \
             labour of love\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_name_with_an_apostrophe_is_one_speaker() {
    let t = "Talk show host Bill O'Reilly said the stars \"had better deliver\".";
    let host = vec![entity(0, "Bill O'Reilly", EntityKind::Person, t, &["Bill O'Reilly"])];
    assert_eq!(one(t, &host).1.as_deref(), Some("Bill O'Reilly"));
    let t = "Later O'Reilly said the stars \"had better deliver\".";
    let host = vec![entity(0, "Bill O'Reilly", EntityKind::Person, t, &["O'Reilly"])];
    assert_eq!(one(t, &host).1.as_deref(), Some("Bill O'Reilly"));
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_person_who_opened_the_one_before() {
    let t = "John Smith beat rivals including Tom Baxter and Joe Bloggs. He thanked the crew and \
             described the film as \"a labour of love\".";
    let mut people = smith(t);
    for (id, name) in [(1, "Tom Baxter"), (2, "Joe Bloggs")] {
        people.push(entity(id, name, EntityKind::Person, t, &[name]));
    }
    assert_eq!(one(t, &people).1.as_deref(), Some("John Smith"));
    // A name that only qualifies the subject is not it: the last person named, as before.
    let t = "John Smith's sister Ann Lee met Tom Baxter. She said \"it went well\".";
    let people = vec![
        entity(0, "John Smith", EntityKind::Person, t, &["John Smith"]),
        entity(1, "Ann Lee", EntityKind::Person, t, &["Ann Lee"]),
        entity(2, "Tom Baxter", EntityKind::Person, t, &["Tom Baxter"]),
    ];
    assert_ne!(one(t, &people).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_speaker_described_with_the_organization_they_speak_for() {
    let t = "\"We will appeal,\" a spokeswoman for the firm said. \"Rates will rise,\" an \
             analyst at the Dutch bank said on Monday. \"It is done,\" said a spokesman at the \
             weekend.";
    let found: Vec<Option<String>> =
        super::quotes::attributed(t, &[]).into_iter().map(|(_, s, _)| s).collect();
    assert_eq!(
        found,
        [
            Some("a spokeswoman for the firm".to_string()),
            Some("an analyst at the Dutch bank".to_string()),
            Some("a spokesman".to_string()),
        ]
    );
}

#[test]
fn a_person_listed_inside_the_subjects_relative_clause_does_not_speak() {
    // A film the tagger read as a person, listed after a comma in a "whose" clause.
    let t = "Actor Ann Vole returned to Leeds. The veteran actor, whose films include Dark \
             Harbour, Tom Baxter and Silent Run, said: \"It is home.\"";
    let mut vole = entity(0, "Ann Vole", EntityKind::Person, t, &["Ann Vole"]);
    vole.roles = vec!["Actor".to_string()];
    let named = [vole, entity(1, "Tom Baxter", EntityKind::Person, t, &["Tom Baxter"])];
    assert_eq!(one(t, &named).1.as_deref(), Some("Ann Vole"));
}

#[test]
fn a_manner_adverb_before_the_verb_is_not_part_of_the_speaker() {
    let t = "\"We will appeal,\" John Smith firmly said.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "A short statement specifically warned \"against all travel\" to the region.";
    assert_eq!(one(t, &[]).1.as_deref(), Some("a short statement"));
}

#[test]
fn it_and_which_stand_for_the_organization_they_follow() {
    let org =
        |id: usize, name: &str, t: &str| entity(id, name, EntityKind::Organization, t, &[name]);
    let t = "Corvex faces lawsuits. It says it wants \"fair terms\" on costs.";
    assert_eq!(one(t, &[org(0, "Corvex", t)]).1.as_deref(), Some("Corvex"));
    let t = "The show angered the Vale Trust, which said it \"exploits\" viewers.";
    assert_eq!(one(t, &[org(0, "Vale Trust", t)]).1.as_deref(), Some("Vale Trust"));
    // The subject of the sentence before, not the last organization named in it.
    let t = "Acme rejected the Globex offer. But it agreed to consider \"a better proposal\".";
    let both = [org(0, "Acme", t), org(1, "Globex", t)];
    assert_eq!(one(t, &both).1.as_deref(), Some("Acme"));
    let t = "Acme rejected the Globex offer. \"We will wait,\" it said.";
    let both = [org(0, "Acme", t), org(1, "Globex", t)];
    assert_eq!(one(t, &both).1.as_deref(), Some("Acme"));
    // "said it believes": the one who said it.
    let t = "Globex fell. Acme has said it believes there is \"no basis\" for the claim.";
    let both = [org(0, "Globex", t), org(1, "Acme", t)];
    assert_eq!(one(t, &both).1.as_deref(), Some("Acme"));
    // "It quoted a spokesman": the one quoted.
    let t = "Acme fell. It quoted a spokesman complaining of \"empire-building\".";
    assert_ne!(one(t, &[org(0, "Acme", t)]).1.as_deref(), Some("Acme"));
}

#[test]
fn a_name_that_spells_a_reporting_verb_reports_nothing() {
    // "States" in "the United States" is no verb: the speaker is the one who said it.
    let t = "John Smith said the bombings would not stop the United States from building \"a \
             new relationship\".";
    let mut named = smith(t);
    named.push(entity(1, "United States", EntityKind::Place, t, &["United States"]));
    assert_eq!(one(t, &named).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_determiner_after_a_lower_case_word_opens_the_speaker_phrase() {
    let t = "In a statement announcing its plan to seek protection the company said it \"could \
             not go on\".";
    assert_eq!(one(t, &[]).1.as_deref(), Some("the company"));
    let t = "The head of the agency said it was \"a disgrace\".";
    assert_eq!(one(t, &[]).1.as_deref(), Some("the head of the agency"));
    let t = "John Smith won the prize. When the film was screened he said it was \"a joy\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}
