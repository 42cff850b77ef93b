//! Mention merging on hand-made sentences: one test per rule that links mentions into one
//! entity (names, aliases, acronyms, compounds) or settles its kind.

use super::support;

use crate::analysis::EntityKind::{Group, Misc, Organization, Person, Place};
use support::{merged, named, surfaces};

#[test]
fn surname_and_first_name_join_the_full_name() {
    let text = "Angela Merkel met reporters. Merkel said little. Angela left early.";
    let entities = merged(text, &[("Angela Merkel", Person), ("Merkel", Misc), ("Angela", Person)]);
    assert_eq!(entities.len(), 1, "{entities:#?}");
    let e = named(&entities, "Angela Merkel");
    assert_eq!((e.kind, surfaces(text, e)), (Person, vec!["Angela Merkel", "Merkel", "Angela"]));
}

#[test]
fn a_shared_surname_goes_to_the_person_named_last_before_it() {
    let text = "Donald Trump spoke. Trump waved. Melania Trump smiled. Trump left.";
    let forms = [("Donald Trump", Person), ("Melania Trump", Person), ("Trump", Person)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "Donald Trump")), ["Donald Trump", "Trump"]);
    assert_eq!(surfaces(text, named(&entities, "Melania Trump")), ["Melania Trump", "Trump"]);
    assert_eq!(entities.len(), 2);
}

#[test]
fn country_aliases_are_one_place_named_as_the_article_names_it_most() {
    let text = "U.S. aid resumed. The United States said U.S. troops stay. America agreed with \
                Britain, and the UK too.";
    let forms = [
        ("U.S.", Place),
        ("United States", Place),
        ("America", Place),
        ("Britain", Place),
        ("UK", Organization),
    ];
    let entities = merged(text, &forms);
    let us = named(&entities, "U.S.");
    assert_eq!(surfaces(text, us), ["U.S.", "United States", "U.S.", "America"]);
    let uk = named(&entities, "Britain");
    assert_eq!((uk.kind, surfaces(text, uk)), (Place, vec!["Britain", "UK"]));
    assert_eq!(entities.len(), 2);
}

#[test]
fn acronyms_defined_in_the_text_join_their_long_form() {
    let text = "Monitors from the Organization for Security and Co-operation in Europe (OSCE) \
                arrived. The Syrian Observatory for Human Rights, or SOHR, counted losses. \
                The IAEA (International Atomic Energy Agency) agreed. OSCE staff left.";
    let forms = [
        ("Organization for Security and Co-operation in Europe", Organization),
        ("Syrian Observatory for Human Rights", Organization),
        ("IAEA", Organization),
    ];
    let entities = merged(text, &forms);
    let osce = named(&entities, "Organization for Security and Co-operation in Europe");
    assert_eq!(surfaces(text, osce)[1..], ["OSCE", "OSCE"]);
    assert_eq!(surfaces(text, named(&entities, "Syrian Observatory for Human Rights"))[1], "SOHR");
    let iaea = named(&entities, "International Atomic Energy Agency");
    assert_eq!(surfaces(text, iaea), ["IAEA", "International Atomic Energy Agency"]);
    assert_eq!(entities.len(), 3);
}

#[test]
fn a_name_typed_differently_gets_the_majority_kind() {
    let text = "Jordan closed its border. Talks in Jordan stalled. Jordan said no.";
    let mut spans = support::spans(text, &[("Jordan", Place)]);
    spans[2].kind = Person;
    let entities = support::merge_spans(text, &spans);
    assert_eq!(entities.len(), 1);
    assert_eq!((entities[0].kind, entities[0].mentions.len()), (Place, 3));
}

#[test]
fn an_organization_named_without_its_country_joins_it() {
    let text = "The British Army sent troops. Later the Army withdrew.";
    let entities = merged(text, &[("British Army", Organization), ("Army", Organization)]);
    assert_eq!(surfaces(text, named(&entities, "British Army")), ["British Army", "Army"]);
    assert_eq!(entities.len(), 1);

    let text = "The British Army and the US Army trained. The Army said so.";
    let forms = [("British Army", Organization), ("US Army", Organization), ("Army", Organization)];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Army").mentions.len(), 1, "ambiguous: stays apart");
}

#[test]
fn hyphenated_compounds_give_one_mention_per_part() {
    let text = "Joe Biden flew in for the Biden-Xi meeting. Jean-Pierre came.";
    let forms = [("Joe Biden", Person), ("Biden-Xi", Misc), ("Jean-Pierre", Person)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "Joe Biden")), ["Joe Biden", "Biden"]);
    let xi = named(&entities, "Xi");
    assert_eq!((xi.kind, surfaces(text, xi)), (Person, vec!["Xi"]));
    assert_eq!(named(&entities, "Jean-Pierre").kind, Person, "no known part: kept whole");
    assert_eq!(entities.len(), 3);
}

#[test]
fn an_untagged_compound_of_known_names_is_split() {
    let text = "France and Germany signed, and France-Germany ties improved.";
    let compound = text.find("France-Germany").unwrap_or(0);
    let mut spans = support::spans(text, &[("France", Place), ("Germany", Place)]);
    spans.retain(|s| s.span.start < compound);
    let entities = support::merge_spans(text, &spans);
    assert_eq!(surfaces(text, named(&entities, "France")), ["France", "France"]);
    assert_eq!(surfaces(text, named(&entities, "Germany")), ["Germany", "Germany"]);
    assert_eq!(entities.len(), 2);
}

#[test]
fn a_first_name_joins_only_when_typed_as_a_person() {
    let text = "Victoria Beckham arrived and fans cheered for Victoria.";
    let untyped = merged(text, &[("Victoria Beckham", Person), ("Victoria", Misc)]);
    assert_eq!(untyped.len(), 2, "an untyped first word may be a place or a firm");
    let typed = merged(text, &[("Victoria Beckham", Person), ("Victoria", Person)]);
    assert_eq!(surfaces(text, named(&typed, "Victoria Beckham")), ["Victoria Beckham", "Victoria"]);
}

#[test]
fn name_particles_and_arabic_articles() {
    let text = "Osama bin Laden hid. Bin Laden was found. Cleric Harith al-Dhari spoke; Dhari, \
                65, left, and Al-Dhari returned. The US-led force and Shiite-dominated bloc met.";
    let forms = [
        ("Osama bin Laden", Person),
        ("Bin Laden", Person),
        ("Harith al-Dhari", Person),
        ("Dhari", Person),
        ("Al-Dhari", Person),
        ("US-led", Place),
        ("Shiite-dominated", Misc),
    ];
    let entities = merged(text, &forms);
    let bin_laden = named(&entities, "Osama bin Laden");
    assert_eq!(surfaces(text, bin_laden), ["Osama bin Laden", "Bin Laden"]);
    let dhari = named(&entities, "Harith al-Dhari");
    assert_eq!(surfaces(text, dhari), ["Harith al-Dhari", "Dhari", "Al-Dhari"]);
    assert_eq!(surfaces(text, named(&entities, "US")), ["US"]);
    assert_eq!(surfaces(text, named(&entities, "Shiite")), ["Shiite"]);
    assert_eq!(entities.len(), 4);
}

#[test]
fn a_seat_of_government_is_an_organization_whatever_the_recogniser_says() {
    let text = "The Kremlin and the White House replied from Moscow.";
    let forms = [("Kremlin", Place), ("White House", Place), ("Moscow", Place)];
    let entities = merged(text, &forms);
    let kinds: Vec<_> = entities.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Organization, Organization, Place]);
}

#[test]
fn a_surname_typed_as_a_group_still_joins_its_person() {
    let text = "Cleric Harith al-Dhari spoke. Iraqi officials said al-Dhari left.";
    let mut spans = support::spans(text, &[("Harith al-Dhari", Person), ("Iraqi", Group)]);
    let second = support::occurrences(text, "al-Dhari").pop().unwrap_or(0..0);
    spans.push(crate::analysis::entities::EntitySpan { span: second, kind: Group });
    let entities = support::merge_spans(text, &spans);
    assert_eq!(
        surfaces(text, named(&entities, "Harith al-Dhari")),
        ["Harith al-Dhari", "al-Dhari"]
    );
    assert_eq!(named(&entities, "Iraqi").kind, Group);
}

#[test]
fn the_alias_table_settles_a_tie_between_kinds() {
    let text = "US troops left. The US said so.";
    let mut spans = support::spans(text, &[("US", Organization)]);
    spans[1].kind = Place;
    let entities = support::merge_spans(text, &spans);
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].kind, Place);
}

#[test]
fn a_compound_of_an_untyped_name_is_split_too() {
    let text = "Trump spoke before the Trump-Kim summit.";
    let entities = merged(text, &[("Trump", Misc), ("Trump-Kim", Misc)]);
    assert_eq!(surfaces(text, named(&entities, "Trump")), ["Trump", "Trump"]);
    assert_eq!(surfaces(text, named(&entities, "Kim")), ["Kim"]);
}

#[test]
fn a_dateline_in_capitals_and_a_plural_demonym_join_their_usual_form() {
    let text = "OSLO, Norway (AP) _ Talks in Oslo went on. Norwegians voted; a Norwegian said so.";
    let forms = [("OSLO", Place), ("Oslo", Place), ("Norwegians", Group), ("Norwegian", Group)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "Oslo")), ["OSLO", "Oslo"]);
    assert_eq!(surfaces(text, named(&entities, "Norwegians")), ["Norwegians", "Norwegian"]);
}

#[test]
fn a_company_shortened_to_its_first_words_joins_it_but_a_place_does_not() {
    let text = "Halden Marine Services cut jobs at Lesotho Textiles in Lesotho. Halden said the \
                BBC and BBC Two will report it. Rita Moss of Moss Brothers Ltd spoke; Moss left.";
    let forms = [
        ("Halden Marine Services", Organization),
        ("Lesotho Textiles", Organization),
        ("Lesotho", Place),
        ("Halden", Person),
        ("BBC", Organization),
        ("BBC Two", Organization),
        ("Rita Moss", Person),
        ("Moss Brothers Ltd", Organization),
        ("Moss", Person),
    ];
    let entities = merged(text, &forms);
    let halden = named(&entities, "Halden Marine Services");
    assert_eq!(surfaces(text, halden), ["Halden Marine Services", "Halden"]);
    assert_eq!(surfaces(text, named(&entities, "Lesotho")), ["Lesotho"]);
    assert_eq!(surfaces(text, named(&entities, "BBC")), ["BBC"], "written before BBC Two");
    assert_eq!(surfaces(text, named(&entities, "Rita Moss")), ["Rita Moss", "Moss"]);
}

#[test]
fn people_sharing_a_first_name_stay_apart() {
    let text = "John Abel met John Brody. Abel said John Brody was late.";
    let forms = [("John Abel", Person), ("John Brody", Person), ("Abel", Person)];
    let entities = merged(text, &forms);
    assert_eq!(surfaces(text, named(&entities, "John Abel")), ["John Abel", "Abel"]);
    assert_eq!(surfaces(text, named(&entities, "John Brody")), ["John Brody", "John Brody"]);
}

#[test]
fn an_undefined_acronym_joins_the_one_name_it_spells() {
    let text = "The National Audit Office published a report. The NAO said costs rose.";
    let forms = [("National Audit Office", Organization), ("NAO", Organization)];
    let entities = merged(text, &forms);
    let e = named(&entities, "National Audit Office");
    assert_eq!(surfaces(text, e), ["National Audit Office", "NAO"], "{entities:#?}");
    // Two names spelt by the same letters: the acronym stands alone.
    let text = "Fresh Start bought Fine Spirits on Monday. Analysts said FS would grow.";
    let forms =
        [("Fresh Start", Organization), ("Fine Spirits", Organization), ("FS", Organization)];
    let entities = merged(text, &forms);
    assert_eq!(entities.len(), 3, "{entities:#?}");
    // A place's acronym spells no company, and a name holding an acronym is spelt by none.
    let text = "Universal Studio opened in the US. UBS Securities said the US grew.";
    let forms =
        [("Universal Studio", Organization), ("UBS Securities", Organization), ("US", Place)];
    assert_eq!(merged(text, &forms).len(), 3);
}
