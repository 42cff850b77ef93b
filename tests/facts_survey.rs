//! The quantity survey: kinds read from a quantity's text, the empty-`about` counts, the word
//! after the number, and a repeatable example draw.

use newslens::analysis::Quantity;
use newslens::tools::quantity_survey::{kind_of, quantities_of, survey, Pick, QuantityKind};

fn quantity(text: &str, about: &str) -> Quantity {
    Quantity { text: text.into(), span: 0..text.len(), about: about.into() }
}

#[test]
fn kinds_from_the_text() {
    let table = [
        ("$1.5 billion", "", QuantityKind::Money),
        ("£600m", "sales", QuantityKind::Money),
        ("68m euros", "", QuantityKind::Money),
        ("40%", "profits jumped", QuantityKind::Percent),
        ("about 3 per cent", "", QuantityKind::Percent),
        ("28-point", "plan", QuantityKind::Measure),
        ("5km", "", QuantityKind::Measure),
        ("42", "age of Mr Sullivan", QuantityKind::Age),
        ("at least 26 people", "people killed", QuantityKind::Count),
        ("Thousands of fans", "fans", QuantityKind::Count),
        ("8,000", "", QuantityKind::Bare),
        ("1.2m", "", QuantityKind::Bare),
    ];
    for (text, about, kind) in table {
        assert_eq!(kind_of(&quantity(text, about)), kind, "{text}");
    }
}

#[test]
fn counts_empty_abouts_and_the_word_after() {
    let texts = [
        "Profits rose 5% last year. The town has 300 houses.",
        "It paid $4m (£2m) for the rights.",
    ];
    let total: usize = texts.iter().map(|t| quantities_of(t).1.len()).sum();
    let report = survey(texts, Pick::All, 10, 7);
    assert_eq!(report.articles, 2);
    assert_eq!(report.quantities, total);
    let empty: usize =
        texts.iter().flat_map(|t| quantities_of(t).1).filter(|q| q.about.is_empty()).count();
    assert_eq!(report.empty, empty);
    assert_eq!(report.next_words.values().sum::<usize>(), empty);
    let by_kind: usize = report.kinds.values().map(|(n, _)| n).sum();
    assert_eq!(by_kind, total);
    assert_eq!(report.examples.len(), total.min(10));
    for e in &report.examples {
        assert!(e.sentence.contains(&e.number), "{e:?}");
    }
}

#[test]
fn the_example_draw_is_seeded_and_picks_the_asked_kind() {
    let text = "Sales rose 5%. It sold 300 cars, 20 vans and 40 bikes. \
                Costs fell 2%. It has 7 shops, 9 depots and 11 farms.";
    let texts = [text; 5];
    let a = survey(texts, Pick::FilledAbout, 4, 3);
    let b = survey(texts, Pick::FilledAbout, 4, 3);
    assert_eq!(a.examples, b.examples);
    assert_eq!(a.examples.len(), 4);
    assert!(a.examples.iter().all(|e| !e.about.is_empty()));
    let empty = survey(texts, Pick::EmptyAbout, 4, 3);
    assert!(empty.examples.iter().all(|e| e.about.is_empty()));
    assert!(a.to_string().contains("5 articles"));
}
