//! What an amount measures when the sentence names it away from the number: the head of a
//! qualified subject ("demand for oil in China rose 15%"), a thing valued ("the deal, valued
//! at $1.2bn"), the whole a part is taken from ("43 of the 60 seats"), a fraction ("a quarter
//! of all households"), and no adjective, comparative or period as the thing ("20% cheaper",
//! "a loss of $15m for the three months"). Sentences written for these tests.

use super::quantity_classes::{check, found};

#[test]
fn the_head_of_a_qualified_subject() {
    check(&[
        ("Demand for oil in China rose 15% last year.", "15%", "Demand"),
        ("The price of a barrel of crude hit $55 on Friday.", "$55", "price"),
        ("The cost of the repairs could reach £5m.", "£5m", "cost"),
        ("Sales of new homes in the US had fallen 12%.", "12%", "Sales"),
    ]);
    // "ahead of" is a preposition: no head before it.
    let all = found("The film earned $42m, ahead of Ann Lee's film took £23m.");
    assert!(all.iter().all(|(_, a)| !a.starts_with("ahead")), "{all:?}");
}

#[test]
fn the_thing_a_value_link_prices() {
    check(&[
        ("The deal, valued at $1.2bn, was signed on Monday.", "$1.2bn", "deal"),
        ("It won a contract worth £50m.", "£50m", "contract"),
        ("Total investment in the project is put at £1bn.", "£1bn", "investment"),
        ("It agreed a rescue package estimated at £200m.", "£200m", "package"),
        ("The family controls the group, which is worth $17bn.", "$17bn", "group"),
    ]);
    // A verb of being after an aside: the aside is not the thing.
    let all = found("Tourism, according to the Acme Commission, is now worth $3bn.");
    assert!(all.iter().all(|(_, a)| !a.contains("Commission")), "{all:?}");
}

#[test]
fn the_whole_a_part_is_taken_from() {
    check(&[
        ("The party won 43 of the 60 seats.", "43", "seats"),
        ("He has lost 14 of his last 16 matches.", "14", "matches"),
        ("Some 8,000 of its 10,000 staff will go.", "Some 8,000", "staff"),
        ("The cuts will affect about 9% of the 55,000 staff of the firm.", "about 9%", "staff"),
        ("A quarter of all households have broadband.", "A quarter", "households"),
        ("Three quarters of the land is forest.", "Three quarters", "land"),
    ]);
}

#[test]
fn no_adjective_comparative_or_period_is_the_thing() {
    check(&[
        ("The new model is 20% cheaper than the old one.", "20%", "model"),
        ("It posted a loss of $15m for the three months to June.", "$15m", "loss"),
        ("It made an initial £1.3bn offer.", "£1.3bn", "offer"),
        ("Acme owns a 30% shareholder stake.", "30%", "shareholder"),
    ]);
    let all = found("The vaccine was 70% effective in trials.");
    assert!(all.iter().all(|(_, a)| !a.contains("effective")), "{all:?}");
}
