//! The rules that say what an amount, a share or a number is about, and the numbers that are
//! not quantities, each as a table of hand-written sentences: (sentence, quantity text, about).

use crate::analysis::document::Document;
use crate::analysis::{facts, timex};

fn found(text: &str) -> Vec<(String, String)> {
    let doc = Document::new(text.to_string(), None);
    let dates = timex::find(&doc);
    facts::quantities(&doc, &dates).into_vec().into_iter().map(|q| (q.text, q.about)).collect()
}

/// Every row's quantity is found with exactly that `about`.
fn check(table: &[(&str, &str, &str)]) {
    for (sentence, number, about) in table {
        let all = found(sentence);
        let hit = all.iter().find(|(t, _)| t == number);
        assert_eq!(hit.map(|(_, a)| a.as_str()), Some(*about), "{sentence}: {all:?}");
    }
}

#[test]
fn numbers_that_are_codes_ranks_or_dates_are_not_quantities() {
    for sentence in [
        "The curfew ends at 0600 every day.",
        "The song went to number three in the chart.",
        "The song reached the top 20 last week.",
        "The festival runs between 12 and 14 June in the park.",
        "The show is held from 3 to 5 May.",
        "The operator launched its 4G network.",
    ] {
        assert_eq!(found(sentence), Vec::<(String, String)>::new(), "{sentence}");
    }
}

#[test]
fn scales_and_nouns_that_look_like_verbs() {
    check(&[
        ("Hundreds of thousands of fans queued.", "Hundreds of thousands of fans", "fans queued"),
        ("The index closed at 5,120 points on the day.", "5,120 points", "points"),
        ("The firm runs 40 state-owned mines.", "40 state-owned mines", "state-owned mines"),
        ("They won two awards last week.", "two awards", "awards won"),
        ("He is one of the top five sprinters.", "five sprinters", "sprinters"),
    ]);
}

#[test]
fn an_amount_is_about_the_noun_it_modifies() {
    check(&[
        ("The club signed a £5m deal with the bank.", "£5m", "deal"),
        ("Investors bought a 12% stake in Acme Foods.", "12%", "stake in Acme Foods"),
        ("It won a $300m (£160m) contract last week.", "$300m", "contract"),
        ("It won a $300m (£160m) contract last week.", "£160m", "contract"),
        ("The family is claiming $2bn in damages.", "$2bn", "damages"),
        ("Output showed 4% growth in the spring.", "4%", "growth"),
        ("Members pay a £9 monthly fee to join.", "£9", "monthly fee"),
        ("Staff earn £9 monthly from the fund.", "£9", "Staff earn"),
    ]);
}

#[test]
fn a_share_is_about_what_follows_of() {
    check(&[
        ("Nearly 40% of the workforce went on strike.", "Nearly 40%", "workforce"),
        ("Tourism makes up 8% of the region's income.", "8%", "region's income"),
        ("Police said 12 of the protesters were arrested.", "12", "protesters"),
        ("The port handled £2bn worth of grain.", "£2bn", "grain"),
    ]);
}

#[test]
fn a_measure_is_about_its_subject() {
    check(&[
        ("The pound has fallen by 8% against the yen.", "8%", "pound has fallen"),
        ("The economy, which could grow by 3%, is weak.", "3%", "economy could grow"),
        ("Exports for the year rose by 9%.", "9%", "Exports for the year rose"),
        ("Unemployment stood at 7% in March.", "7%", "Unemployment stood"),
        ("The council bought the old factory for £12m.", "£12m", "old factory"),
    ]);
}

#[test]
fn a_verb_alone_says_nothing() {
    check(&[
        ("He now hopes to raise £2m from friends.", "£2m", ""),
        ("Then it quickly took $40m at the box office.", "$40m", ""),
    ]);
}

#[test]
fn neighbours_share_what_they_are_about() {
    check(&[
        // A conversion in brackets.
        ("Profits rose to $40m (£21m) last year.", "£21m", "Profits rose"),
        // A series compared along a sentence.
        ("Inflation rose to 3.1% from 2.9% in May.", "2.9%", "Inflation rose"),
        ("Jobless rates rose to 9% in Spain, 7% in Italy.", "7%", "Jobless rates rose"),
        // The lower end of a range and a list before a count.
        ("The plant employs between 300 and 400 workers.", "300", "workers"),
        ("We had 50, 60, 70 callers a day.", "50", "callers"),
    ]);
}

#[test]
fn ages() {
    check(&[
        ("The 52-year-old teacher was praised.", "52-year-old", "age of teacher"),
        ("The 52-year-old denied the charge.", "52-year-old", "age"),
        ("Most 18 to 24-year-olds own a phone.", "24-year-olds", "people of that age"),
        ("The poet died aged 88 in Rome.", "88", "age"),
        ("She retired at the age of 60 last spring.", "60", "age"),
    ]);
}

#[test]
fn a_lone_verb_finds_its_subject_across_a_clause() {
    check(&[
        // Apposition between commas.
        ("Blue Harbour, starring Ann Cole, took $9m last weekend.", "$9m", "Blue Harbour took"),
        // A participle clause hangs on the sentence's subject.
        ("The comedy fell to third place, taking $4m.", "$4m", "comedy taking"),
        // A verb taking "to", with its auxiliaries.
        (
            "The regional economy is likely to grow by 3%.",
            "3%",
            "regional economy is likely to grow",
        ),
        ("Acme plans to raise £40m from investors.", "£40m", "Acme plans to raise"),
        ("In a bid to raise £2m, it sold land.", "£2m", ""),
    ]);
}

#[test]
fn comparisons_and_spending() {
    check(&[
        (
            "Sales rose to £9m in the spring, the best in years, compared with £7m.",
            "£7m",
            "Sales rose",
        ),
        ("The council spent £3m on road repairs.", "£3m", "road repairs"),
        ("Shares were up 2% on the day.", "2%", "Shares"),
    ]);
}
