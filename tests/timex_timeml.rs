//! The TimeML reader on a small hand-made file, and the TempEval-3 scoring arithmetic on a
//! tiny hand-made case.

use newslens::analysis::{Timex, TimexKind};
use newslens::tools::timex::eval::{score, Prf, Report};
use newslens::tools::timex::timeml::{self, GoldTimex};
use std::path::Path;

#[test]
fn reads_dct_text_and_gold_offsets() {
    let doc = timeml::read_file(Path::new("tests/data/tiny.tml")).expect("tiny.tml parses");
    assert_eq!(doc.name, "tiny");
    assert_eq!(doc.dct.to_string(), "2025-11-20");
    assert!(doc.text.contains("The mayor resigned yesterday after three years in office & a row."));
    assert!(!doc.text.contains('<'));
    let gold: Vec<(&str, TimexKind, &str)> =
        doc.gold.iter().map(|g| (g.text.as_str(), g.kind, g.value.as_str())).collect();
    assert_eq!(
        gold,
        [
            ("yesterday", TimexKind::Date, "2025-11-19"),
            ("three years", TimexKind::Duration, "P3Y"),
            ("every Monday", TimexKind::Set, "XXXX-WXX-1"),
        ]
    );
    for g in &doc.gold {
        assert_eq!(&doc.text[g.span.clone()], g.text, "span of {:?}", g.text);
    }
}

#[test]
fn tagger_finds_the_tiny_gold() {
    let doc = timeml::read_file(Path::new("tests/data/tiny.tml")).expect("tiny.tml parses");
    let report = newslens::tools::timex::eval::evaluate(std::slice::from_ref(&doc), |d| {
        newslens::analysis::find_dates(&d.text, Some(d.dct))
    });
    assert_eq!(report.counts.strict, 3, "{report}");
    assert_eq!(report.counts.value, 3, "{report}");
}

#[test]
fn bad_files_are_errors_naming_the_problem() {
    let err = timeml::parse("x", "<TimeML><TEXT>no dct</TEXT></TimeML>").unwrap_err();
    assert!(err.contains("DCT"), "{err}");
    let dct = r#"<DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-02" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>"#;
    let err = timeml::parse("x", &format!("{dct}<TEXT>a <TIMEX3 type=\"DATE\">b")).unwrap_err();
    assert!(err.contains("TEXT"), "{err}");
    let err = timeml::parse("x", &format!("{dct}<TEXT>a </TIMEX3> b</TEXT>")).unwrap_err();
    assert!(err.contains("TIMEX3"), "{err}");
    assert!(timeml::read_file(Path::new("tests/data/missing.tml")).is_err());
}

fn gold(span: std::ops::Range<usize>, kind: TimexKind, value: &str) -> GoldTimex {
    GoldTimex { text: String::new(), span, kind, value: value.into() }
}

fn found(span: std::ops::Range<usize>, kind: TimexKind, value: &str) -> Timex {
    Timex { text: String::new(), span, kind, value: value.into() }
}

#[test]
fn scoring_follows_tempeval3() {
    use TimexKind::*;
    let text = "x".repeat(100);
    // Gold: four expressions. System: one exact with the right value, one overlapping with a
    // wrong value and type, one exact with a wrong value, one spurious; one gold is missed.
    let gold = [
        gold(0..5, Date, "2025"),
        gold(10..20, Date, "2025-11"),
        gold(30..35, Duration, "P3Y"),
        gold(50..55, Date, "PAST_REF"),
    ];
    let system = [
        found(0..5, Date, "2025"),
        found(12..25, Duration, "P1M"),
        found(30..35, Duration, "P2Y"),
        found(70..75, Date, "2024"),
    ];
    let mut report = Report::default();
    score(&mut report, &text, &gold, &system);
    let c = report.counts;
    assert_eq!((c.gold, c.system, c.strict, c.relaxed, c.value, c.kind), (4, 4, 2, 3, 1, 2));
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let strict = c.strict();
    assert!(close(strict.precision, 0.5) && close(strict.recall, 0.5) && close(strict.f1, 0.5));
    assert!(close(c.relaxed().f1, 0.75));
    assert!(close(c.value().f1, 0.25));
    assert!(close(c.type_accuracy(), 2.0 / 3.0));
    assert_eq!(report.missed.len(), 1);
    assert_eq!(report.spurious.len(), 1);
    assert_eq!(report.wrong_value.len(), 2);
    // One `ok` line per right value, one detail line per error (1 missed, 1 spurious, 1 extent,
    // 2 values).
    assert_eq!(report.correct.len(), 1);
    assert!(report.correct[0].starts_with("ok\t"));
    assert_eq!(report.details.len(), 5);
    let uneven = Prf::new(1, 2, 4);
    assert!(close(uneven.f1, 2.0 * 0.5 * 0.25 / 0.75));
    assert_eq!(Prf::new(0, 0, 3).f1, 0.0);
}
