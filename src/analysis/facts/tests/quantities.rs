//! Quantities: every number form with its modifier and unit, what it counts, and the numbers
//! that are not quantities (years, dates, times, ordinals, names).

use crate::analysis::document::Document;
use crate::analysis::facts::quantities;
use crate::analysis::{Quantity, Timex, TimexKind};

fn quantities_with(text: &str, timexes: &[Timex]) -> Vec<Quantity> {
    quantities::find(&Document::new(text.to_string(), None), timexes)
}

fn found(text: &str) -> Vec<(String, String)> {
    quantities_with(text, &[]).into_iter().map(|q| (q.text, q.about)).collect()
}

fn one(text: &str) -> (String, String) {
    let all = found(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap_or_default()
}

#[test]
fn counted_people_with_verb_before_and_place() {
    let t = "Ukraine faces pressure, with a recent Russian missile attack killing at least 26 \
             people in Ternopil, underscoring the urgency.";
    assert_eq!(one(t), ("at least 26 people".into(), "people killed in Ternopil".into()));
}

#[test]
fn hyphenated_adjective_is_about_the_noun_and_its_makers() {
    let t = "Background efforts involve a reported 28-point peace plan developed by US envoy \
             Steve Witkoff and Russian adviser Kirill Dmitriev, though both sides are cautious.";
    assert_eq!(
        one(t),
        (
            "28-point".into(),
            "peace plan developed by US envoy Steve Witkoff and Russian adviser Kirill Dmitriev"
                .into()
        )
    );
}

#[test]
fn verb_after_the_counted_noun() {
    assert_eq!(
        one("Three soldiers were wounded near Bakhmut on patrol."),
        ("Three soldiers".into(), "soldiers wounded near Bakhmut".into())
    );
    assert_eq!(
        one("More than two million people fled the country."),
        ("More than two million people".into(), "people fled".into())
    );
}

#[test]
fn plural_scale_words() {
    assert_eq!(
        one("Thousands of people marched in London."),
        ("Thousands of people".into(), "people marched in London".into())
    );
}

#[test]
fn money_and_percent_with_subject_and_verb() {
    let (text, about) = one("The firm said quarterly profits jumped 40% last year.");
    assert_eq!(text, "40%");
    assert_eq!(about, "quarterly profits jumped");
    assert_eq!(one("Exports rose 3 per cent.").0, "3 per cent");
    assert_eq!(one("The deal is worth $1.5 billion.").0, "$1.5 billion");
    assert_eq!(one("Sales reached £600m in Europe.").0, "£600m");
    assert_eq!(one("Growth of about 5% is expected.").0, "about 5%");
}

#[test]
fn number_words_with_a_noun() {
    assert_eq!(one("The team signed three players.").0, "three players");
    assert_eq!(one("Twenty-five villages lost power.").0, "Twenty-five villages");
    assert_eq!(one("Nearly 1,200 homes were flooded.").1, "homes flooded");
}

#[test]
fn numbers_that_are_not_quantities() {
    for t in [
        "In 2019 the company moved.",
        "The talks began on 3 March and ended March 5.",
        "They met at 10 a.m. sharp.",
        "It is the 21st century.",
        "He loved Formula 1 racing.",
        "Covid-19 cases fell.",
        "Music of the 1990s returned.",
        "They won 3-1 at home.",
        "The 3D graphics engine is new.",
        "It is one of the biggest firms.",
        "The odds were 5/4 at best.",
    ] {
        assert_eq!(found(t), Vec::<(String, String)>::new(), "{t}");
    }
}

#[test]
fn numbers_inside_a_temporal_expression_are_skipped() {
    let t = "The war has lasted three years and killed 500 people.";
    let start = t.find("three years").unwrap_or_default();
    let timex = Timex {
        span: start..start + "three years".len(),
        text: "three years".into(),
        kind: TimexKind::Duration,
        value: "P3Y".into(),
    };
    let texts: Vec<String> = quantities_with(t, &[timex]).into_iter().map(|q| q.text).collect();
    assert_eq!(texts, ["500 people"]);
}

#[test]
fn spans_match_text_on_odd_input() {
    for t in ["", "1", "$", "at least", "£ 5 ×× 東京 3 人", "26-", "-26", "1,,2.. 3%%"] {
        for q in quantities_with(t, &[]) {
            assert_eq!(t.get(q.span.clone()), Some(q.text.as_str()), "{t}");
        }
    }
}

#[test]
fn durations_titles_and_adverbs() {
    assert_eq!(found("The talks lasted five years."), Vec::<(String, String)>::new());
    assert_eq!(found("Fans of Six Feet Under cheered."), Vec::<(String, String)>::new());
    assert_eq!(found("Shares in the FTSE 100 fell."), Vec::<(String, String)>::new());
    assert_eq!(one("It hires 8,000 annually.").0, "8,000");
    let both = found("It will cut between 7,000 and 8,000 jobs.");
    assert_eq!(both.len(), 2);
    // The lower end of a range counts what the upper end counts.
    assert_eq!(both[0].1, both[1].1);
    assert!(both[0].1.starts_with("jobs"), "{both:?}");
}

#[test]
fn currency_words_ratios_and_ages() {
    let all = found("Dortmund posted a record loss of 68m euros ($89m) in the year.");
    let texts: Vec<&str> = all.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["68m euros", "$89m"]);
    assert_eq!(all[1].1, "record loss");
    assert_eq!(one("Prices fell in seven out of 10 regions.").0, "seven out of 10 regions");
    assert_eq!(one("Mr Sullivan, 42, pleaded guilty."), ("42".into(), "age of Mr Sullivan".into()));
    assert_eq!(one("In 2003 the figure was 29%.").1, "figure");
}
