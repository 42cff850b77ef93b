//! The timeline on the bundled sample and on hand-written sentences: which event each date is
//! tied to, and the date order.

use chrono::NaiveDate;
use newslens::analysis::analyze_text;

fn dct() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 11, 20)
}

/// (date, event) pairs of the timeline of `text`, in timeline order.
fn timeline(text: &str) -> Vec<(String, String)> {
    analyze_text(text.to_string(), dct()).timeline.into_iter().map(|e| (e.date, e.event)).collect()
}

#[test]
fn sample_article_timeline() {
    let article = newslens::article::bundled().into_iter().next().expect("bundled sample");
    let analysis = newslens::analyze(&article);
    let got: Vec<(&str, &str, &str)> = analysis
        .timeline
        .iter()
        .map(|e| (e.date.as_str(), e.text.as_str(), e.event.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("2025-08", "August", "the Trump-Putin summit"),
            ("2025-11-19", "Wednesday", "the delegation landed in Kyiv"),
        ]
    );
    for e in &analysis.timeline {
        let sentence = &analysis.text[e.sentence.clone()];
        assert!(sentence.contains(&e.text), "{sentence:?} lacks {:?}", e.text);
        assert_eq!(&analysis.text[e.span.clone()], e.text);
    }
}

#[test]
fn events_are_in_date_order_at_their_precision() {
    let text = "The talks will resume on Friday. The company was founded in 2019. \
                The ministers met in March. Prices rose on March 3.";
    let got = timeline(text);
    let dates: Vec<&str> = got.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(dates, ["2019", "2025-03", "2025-03-03", "2025-11-21"]);
    assert_eq!(got[0].1, "the company was founded");
    assert_eq!(got[1].1, "the ministers met");
    assert_eq!(got[2].1, "Prices rose");
    assert_eq!(got[3].1, "the talks will resume");
}

#[test]
fn date_before_the_clause_dates_the_following_verb() {
    let got = timeline("On Tuesday, the minister resigned after a vote.");
    assert_eq!(got, [("2025-11-18".to_string(), "the minister resigned".to_string())]);
}

#[test]
fn possessive_date_dates_its_noun() {
    let got = timeline("Observers criticised Sunday's election in the region.");
    assert_eq!(got, [("2025-11-16".to_string(), "the election".to_string())]);
}

#[test]
fn undated_references_durations_and_sets_stay_out() {
    let text = "Officials recently said the war has lasted three years. \
                Trains run every Monday. The future is unclear.";
    assert!(timeline(text).is_empty());
}

#[test]
fn relative_pronoun_subject_is_its_antecedent() {
    let got = timeline("The company, which was founded in 1998 by two engineers, grew fast.");
    assert_eq!(got, [("1998".to_string(), "the company was founded".to_string())]);
}

#[test]
fn participle_clause_takes_the_noun_before_it() {
    let got = timeline("The election, scheduled for March 2026, is expected to be close.");
    assert_eq!(got, [("2026-03".to_string(), "the election scheduled".to_string())]);
}

#[test]
fn verb_after_a_modal_is_found() {
    let got = timeline("The European Union will impose new sanctions next month.");
    assert_eq!(
        got,
        [("2025-12".to_string(), "the European Union will impose new sanctions".to_string())]
    );
}

#[test]
fn possessor_stands_for_the_determiner() {
    let got = timeline("The minister's March visit to Washington was cancelled.");
    assert_eq!(got, [("2025-03".to_string(), "the minister's visit".to_string())]);
}

#[test]
fn date_inside_the_subject_keeps_the_subject_head() {
    let got = timeline("A previous round of talks in Istanbul in May produced a prisoner swap.");
    assert_eq!(
        got,
        [("2025-05".to_string(), "a previous round of talks produced a prisoner swap".to_string())]
    );
}
