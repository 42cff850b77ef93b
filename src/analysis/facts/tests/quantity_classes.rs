//! The quantity classes seen failing on news the rules had never seen (issue #10), each on
//! sentences written for this test: (sentence, quantity text, a word its `about` must have).
//! A word of the `about`, not the whole phrase: what matters to a reader is that the counted
//! thing is named.

use crate::analysis::document::Document;
use crate::analysis::{facts, timex};

pub(super) fn found(text: &str) -> Vec<(String, String)> {
    let doc = Document::new(text.to_string(), None);
    let dates = timex::find(&doc);
    facts::quantities(&doc, &dates).into_vec().into_iter().map(|q| (q.text, q.about)).collect()
}

/// Every row's quantity is found and its `about` has the word.
pub(super) fn check(table: &[(&str, &str, &str)]) {
    for (sentence, number, word) in table {
        let all = found(sentence);
        let hit = all.iter().find(|(t, _)| t == number);
        let has = hit.is_some_and(|(_, a)| a.split_whitespace().any(|w| w == *word));
        assert!(has, "{sentence}: want {number:?} about {word:?}, got {all:?}");
    }
}

#[test]
fn a_figure_given_for_each_of_several_things() {
    check(&[
        ("Oil fell 2.1%, against 1.4% for the euro and 0.8% for gold.", "1.4%", "euro"),
        ("Oil fell 2.1%, against 1.4% for the euro and 0.8% for gold.", "0.8%", "gold"),
        ("Prices start at 9,000 compared with 7,500 for the older vans.", "7,500", "vans"),
    ]);
}

#[test]
fn a_change_restated_in_another_unit_and_the_level_reached() {
    check(&[
        ("The main index dropped 41.2, or 0.9%, to 4,511.3 on Monday.", "0.9%", "index"),
        ("The main index dropped 41.2, or 0.9%, to 4,511.3 on Monday.", "4,511.3", "index"),
        ("The bank earned $3m, or 12 cents a share, in May.", "12 cents", "bank"),
    ]);
}

#[test]
fn the_subject_past_a_period_modal_or_adverb() {
    check(&[
        ("Group sales for last year's fourth quarter were $82m.", "$82m", "sales"),
        ("Exports for the period were about £3bn.", "about £3bn", "Exports"),
        ("Inflation would be just 1.1% next year, it said.", "just 1.1%", "Inflation"),
        ("Our takings so far have been 4% higher.", "4%", "takings"),
    ]);
}

#[test]
fn currencies_in_words() {
    check(&[
        ("The shortfall reached 40 billion US dollars last year.", "40 billion", "shortfall"),
        ("Each ticket costs 60 cents more than before.", "60 cents", "ticket"),
    ]);
}

#[test]
fn fractions_share_of_what_follows() {
    check(&[
        ("Nearly half of the nurses voted to strike.", "Nearly half", "nurses"),
        (
            "The region holds more than one-third of the reserves.",
            "more than one-third",
            "reserves",
        ),
        ("A new bike costs a third of the price of a scooter.", "a third", "price"),
    ]);
}

#[test]
fn counted_nouns_with_participles_initials_and_units() {
    check(&[
        ("Hackers used 300 hijacked home computers.", "300 hijacked home computers", "computers"),
        ("The laptop has a 2.4GHz chip.", "2.4GHz chip", "chip"),
        (
            "The fund lent nearly one billion dollars to farmers.",
            "nearly one billion dollars",
            "fund",
        ),
        ("Sales reached two million worldwide.", "two million", "Sales"),
    ]);
}

#[test]
fn a_bare_number_counts_what_the_count_before_it_counted() {
    check(&[
        ("The blast killed 31 people and injured over 200.", "over 200", "people"),
        (
            "About 9,000 fans came on Friday and a further 4,000 on Saturday.",
            "a further 4,000",
            "fans",
        ),
    ]);
}

#[test]
fn names_inside_a_count_stay_names() {
    let all = found("Police arrested two U.S. sailors and five Danes.");
    let texts: Vec<&str> = all.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["two", "five"], "{all:?}");
    assert!(all[0].1.contains("sailors"), "{all:?}");
    // A verb after a count is no adjective.
    let all = found("Of the 18 regions, 11 reported growth.");
    assert!(all.iter().all(|(t, _)| !t.contains("reported")), "{all:?}");
}

#[test]
fn a_unit_of_measure_measures_what_its_of_phrase_names() {
    check(&[
        ("Farmers harvested 300,000 tonnes of barley last year.", "300,000 tonnes", "barley"),
        (
            "The field pumps close to 900,000 barrels of crude a day.",
            "close to 900,000 barrels",
            "crude",
        ),
        ("The tanker spilled 2 million litres of diesel.", "2 million litres", "diesel"),
        ("They bought 40 acres of farmland in May.", "40 acres", "farmland"),
    ]);
    // Not the rate after it.
    let all = found("The field pumps close to 900,000 barrels of crude a day.");
    assert!(all.iter().all(|(_, a)| !a.contains("day")), "{all:?}");
}

#[test]
fn a_change_measures_what_changed() {
    check(&[
        ("Harlow Foods raised its stake in Pellam Mills to 8.5%, it said.", "8.5%", "stake"),
        ("The bank cut its holding of gilts to 3% in May.", "3%", "holding"),
        ("Sales of the new drink rose 12% to $40m last year.", "12%", "Sales"),
        ("Sales of the new drink rose 12% to $40m last year.", "$40m", "Sales"),
        ("Profits at the bank jumped 20%.", "20%", "Profits"),
    ]);
}
