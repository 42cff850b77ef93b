//! Span cleaning on hand-made sentences: possessives, determiners, titles and adjectives at the
//! edges of a span, and spans that are not names at all.

use super::support;

use crate::analysis::EntityKind::{Group, Misc, Organization, Person, Place};
use support::{merged, named, surfaces};

#[test]
fn possessive_endings_never_belong_to_a_mention() {
    let text = "Emmanuel Macron's plan failed. Macron’s office said so. France’s budget is tight.";
    let forms = [("Emmanuel Macron's", Person), ("Macron’s", Misc), ("France’s", Place)];
    let entities = merged(text, &forms);
    let macron = named(&entities, "Emmanuel Macron");
    assert_eq!(surfaces(text, macron), ["Emmanuel Macron", "Macron"]);
    assert_eq!(surfaces(text, named(&entities, "France")), ["France"]);
}

#[test]
fn function_and_title_words_alone_are_never_entities() {
    let text = "Meanwhile the talks went on. In summary, nothing. President, Secretary and Gen. \
                Ray Odierno met Army Chief Staff. Officials met in Rome, where officials rested.";
    let forms = [
        ("Meanwhile", Misc),
        ("In summary", Misc),
        ("President", Misc),
        ("Secretary", Person),
        ("Gen", Misc),
        ("Ray Odierno", Person),
        ("Army Chief", Organization),
        ("Officials", Misc),
        ("Rome", Place),
    ];
    let entities = merged(text, &forms);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Ray Odierno", "Army", "Rome"]);
}

#[test]
fn titles_inside_a_span_become_roles_and_names_inside_titles_stay_mentions() {
    let text = "German Chancellor Olaf Scholz met Foreign Minister Sergei Lavrov. General Motors \
                gained. The White House was silent.";
    let forms = [
        ("German Chancellor Olaf Scholz", Organization),
        ("Foreign Minister Sergei Lavrov", Person),
        ("General Motors", Organization),
        ("The White House", Organization),
    ];
    let entities = merged(text, &forms);
    let names: Vec<(&str, _)> = entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert_eq!(
        names,
        [
            ("German", Group),
            ("Olaf Scholz", Person),
            ("Sergei Lavrov", Person),
            ("General Motors", Organization),
            ("White House", Organization),
        ]
    );
    assert_eq!(named(&entities, "Olaf Scholz").roles, ["German Chancellor"]);
    assert_eq!(named(&entities, "Sergei Lavrov").roles, ["Foreign Minister"]);
    assert!(entities.iter().enumerate().all(|(i, e)| e.id == i));
}

#[test]
fn adjectives_at_the_edge_of_a_span_are_trimmed() {
    let text = "State-owned Rosneft bought Moscow-based Yukos from Al-Qaeda-linked men.";
    let forms = [("State-owned Rosneft", Organization), ("Moscow-based Yukos", Organization)];
    let entities = merged(text, &forms);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Rosneft", "Yukos"]);
}

#[test]
fn untyped_words_capitalised_only_at_sentence_start_are_dropped() {
    let text =
        "Reporting from Kyiv, she said so. Worries grew. Catwoman flopped as Catwoman had to.";
    let forms = [("Reporting", Misc), ("Worries", Misc), ("Kyiv", Place), ("Catwoman", Misc)];
    let entities = merged(text, &forms);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Kyiv", "Catwoman"]);
}

#[test]
fn a_middle_initial_joins_the_two_halves_of_a_name() {
    let text = "George W. Bush spoke. Bush left.";
    let forms = [("George W", Person), ("Bush", Person)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "George W. Bush")), ["George W. Bush", "Bush"]);
    assert_eq!(entities.len(), 1);
}

#[test]
fn a_title_with_an_honorific_at_the_end_of_a_span_leaves_its_organization() {
    let text = "The US Navy said Navy Chief of Staff Adm. Lisa Franchetti agreed.";
    let forms = [("US Navy", Organization), ("Navy Chief of Staff Adm", Organization)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "US Navy")), ["US Navy", "Navy"]);
    assert_eq!(entities.len(), 1);
}

#[test]
fn an_organization_named_after_a_title_is_kept_whole() {
    let text = "The Office of the Prime Minister said the Prime Minister and the Foreign \
                Minister agreed.";
    let forms = [
        ("Office of the Prime Minister", Organization),
        ("Prime Minister", Misc),
        ("Foreign Minister", Person),
    ];
    let entities = merged(text, &forms);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Office of the Prime Minister"]);
}

#[test]
fn a_descriptive_word_alone_is_a_name_unless_a_title_follows() {
    let text = "The ministers of Economy, Trade and Industry met Italy's Defence Minister.";
    let forms = [
        ("Economy", Organization),
        ("Trade and Industry", Organization),
        ("Defence", Organization),
    ];
    let entities = merged(text, &forms);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Economy", "Trade and Industry"]);
}
