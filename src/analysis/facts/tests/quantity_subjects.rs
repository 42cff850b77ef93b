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
fn the_subject_of_be_or_a_modal_is_qualified_too() {
    check(&[
        ("Shares in Kelvar were down 3.1% at 220p.", "3.1%", "Shares"),
        ("Shares in Kelvar were down 3.1% at 220p.", "220p", "Shares"),
        ("Growth in Japan was 1.2% in the last quarter.", "1.2%", "Growth"),
        ("Spending on roads will rise to £4bn next year.", "£4bn", "Spending"),
        // A time before the qualifier heads nothing.
        ("It made $2m in the year to March on sales which fell 8%.", "8%", "sales"),
    ]);
}

#[test]
fn raising_verbs_averages_and_surveys() {
    check(&[
        ("Exports are also expected to grow by 6%.", "6%", "Exports"),
        ("Military spending is also set to rise by 4.8%.", "4.8%", "spending"),
        ("Rents rose by an average of 8% in the capital.", "8%", "Rents"),
        ("Some 45% of those polled said the economy was weak.", "Some 45%", "those"),
        ("Half of those asked said no.", "Half", "those"),
    ]);
}

#[test]
fn a_sum_that_is_the_subject_of_a_passive_verb() {
    check(&[
        ("About £2m will be spent on new trains.", "About £2m", "trains"),
        ("Earlier, £500,000 was set aside to repair the pier.", "£500,000", "pier"),
        ("More than $1bn was wiped off the value of the bank.", "More than $1bn", "value"),
    ]);
    // An active verb after the sum: nothing is read after it.
    let all = found("About £2m went on new trains.");
    assert!(all.iter().all(|(_, a)| !a.contains("trains")), "{all:?}");
}

#[test]
fn a_place_after_the_figure_before_is_not_what_the_next_measures() {
    check(&[
        ("Profits grew 5% in Spain and 9% in Italy.", "9%", "Profits"),
        ("Its jobless rate is 4%, against 9.1% in Spain and 7% in Greece.", "7%", "rate"),
    ]);
}

#[test]
fn a_change_after_a_comma_measures_the_figure_before() {
    check(&[
        ("The firm pumped 3.9 billion barrels of oil, up 10% on 2003.", "10%", "oil"),
        ("Exports reached $45bn last year, down 3% from 2003.", "3%", "Exports"),
        (
            "The carmaker sold 1.3 million vehicles last year, 5% more than in 2003.",
            "5%",
            "vehicles",
        ),
        ("Its debt stood at £2bn, up by 12%.", "12%", "debt"),
    ]);
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
