//! Speakers written as descriptions and patterns of reported speech: "the striker said" and
//! "the 45-year-old added" point back to the person named before; "a spokesman for the
//! Ministry of Defence" and "a source close to the minister" are one unnamed speaker each; "quoted X as saying" is X's; "said the firm's
//! boss, Ann Lee" is Ann Lee's; "said the claims were" holds no reporting verb "claims"; a
//! title in quotes ("his film "The Aviator"") has no speaker.

use super::quotes::{entity, one, smith};
use crate::analysis::EntityKind;

#[test]
fn a_description_points_back_to_the_person_named_before() {
    for description in ["the striker", "the 45-year-old", "the Frenchman", "the former minister"] {
        let t = format!("John Smith scored twice. \"It was a good day,\" {description} said.");
        assert_eq!(one(&t, &smith(&t)).1.as_deref(), Some("John Smith"), "{description}");
    }
    // A bare job two sentences on: someone else may hold it.
    let t = "John Smith scored twice. The crowd sang. Fans left. \"It was fine,\" the doctor said.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("the doctor"));
    // An office alone may speak for an unnamed holder.
    let t = "John Smith scored twice. \"We are pleased,\" the spokesman said.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("the spokesman"));
}

#[test]
fn a_spokesman_for_a_named_organization_is_the_speaker() {
    let t = "A spokesman for the Ministry of Defence said the troops were \"acting in \
             self-defence\".";
    let ministry = vec![entity(
        0,
        "Ministry of Defence",
        EntityKind::Organization,
        t,
        &["Ministry of Defence"],
    )];
    assert_eq!(one(t, &ministry).1.as_deref(), Some("a spokesman for the Ministry of Defence"));
}

#[test]
fn an_unnamed_speaker_described_after_the_noun() {
    for speaker in [
        "a source close to the minister",
        "one diplomat familiar with the matter",
        "an official at the embassy",
        "officials close to the talks",
    ] {
        let t = format!("\"The plan is dead,\" {speaker} said.");
        assert_eq!(one(&t, &[]).1.as_deref(), Some(speaker), "{t}");
    }
    // A time after the preposition is no part of the speaker.
    let t = "\"The plan is dead,\" an official at the weekend said.";
    assert_ne!(one(t, &[]).1.as_deref(), Some("an official at the weekend"));
}

#[test]
fn a_possessor_after_the_quote_is_not_the_speaker() {
    let t = "John Smith lost. \"It is over,\" Smith's lawyer, Ann Gale, said.";
    let mut people = smith(t);
    people.push(entity(1, "Ann Gale", EntityKind::Person, t, &["Ann Gale"]));
    assert_eq!(one(t, &people).1.as_deref(), Some("Ann Gale"));
}

#[test]
fn the_one_quoted_as_saying_speaks_not_the_paper() {
    let t = "The Daily Post quoted John Smith as saying: \"We have no choice.\"";
    let mut named = smith(t);
    named.push(entity(1, "Daily Post", EntityKind::Organization, t, &["Daily Post"]));
    assert_eq!(one(t, &named).1.as_deref(), Some("John Smith"));
    let t = "John Smith was quoted by the Daily Post as saying he would \"never give up\".";
    let mut named = smith(t);
    named.push(entity(1, "Daily Post", EntityKind::Organization, t, &["Daily Post"]));
    assert_eq!(one(t, &named).1.as_deref(), Some("John Smith"));
}

#[test]
fn the_name_in_an_appositive_after_said_the_description() {
    let t = "\"Demand has been strong,\" said the company's chief executive, John Smith.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_reporting_word_after_a_determiner_is_a_noun() {
    let t = "John Smith said the claims were \"simply untrue\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "John Smith said his comments had been \"taken out of context\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_title_in_quotes_is_no_ones_words() {
    let t = "John Smith said his film \"The Aviator\" took five years.";
    let mut named = smith(t);
    named.push(entity(1, "Aviator", EntityKind::Misc, t, &["Aviator"]));
    assert_eq!(one(t, &named).1, None, "a misc name covering the quote is a title");
    // The same words with no title named: the speaker's.
    let t = "John Smith said his film was \"a big risk\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn a_participle_after_a_titled_subject_is_the_subjects() {
    let t = "Tory leader John Smith attacked the tax, calling it \"a tax on success\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "But novelist John Smith defended the film, saying it was \"barrier-breaking\".";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    // A clause before the subject: its name is not the speaker.
    let t = "When John Smith died, the mayor led the tributes, saying he \"had a profound \
             influence\".";
    assert_ne!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}
