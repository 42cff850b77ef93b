//! `add_dates_and_quantities`: dates merged by value, quantities with what they count, and name
//! mentions that a date or a quantity covers dropped.

use crate::analysis::entities::EntitySpan;
use crate::analysis::{EntityKind, Quantity, Span, Timex, TimexKind};

fn timex(text: &str, form: &str, nth: usize, value: &str) -> Timex {
    let start = text.match_indices(form).nth(nth).map_or(0, |(at, _)| at);
    let span = start..start + form.len();
    Timex { span, text: form.to_string(), kind: TimexKind::Date, value: value.to_string() }
}

fn span_of(text: &str, form: &str) -> Span {
    let start = text.find(form).unwrap_or(0);
    start..start + form.len()
}

#[test]
fn dates_are_merged_by_value_and_names_under_dates_dropped() {
    let text = "Vance met Kallas on Friday. On 2025-11-21, Friday talks ended with 12 deals.";
    let spans = [
        EntitySpan { span: span_of(text, "Vance"), kind: EntityKind::Person },
        EntitySpan { span: span_of(text, "Friday"), kind: EntityKind::Misc },
        EntitySpan { span: span_of(text, "Kallas"), kind: EntityKind::Person },
    ];
    let mut entities = super::support::merge_spans(text, &spans);
    assert_eq!(entities.len(), 3);
    let timexes = [
        timex(text, "Friday", 0, "2025-11-21"),
        timex(text, "2025-11-21", 0, "2025-11-21"),
        timex(text, "Friday", 1, "2025-11-21"),
    ];
    let quantity = Quantity { text: "12".into(), span: span_of(text, "12"), about: "deals".into() };
    crate::analysis::mentions::add_dates_and_quantities(text, &mut entities, &timexes, &[quantity]);
    let entities = crate::analysis::mentions::Entities::numbered(entities).into_vec();

    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    use EntityKind::{Date, Person, Quantity as Number};
    assert_eq!(kinds, [Person, Person, Date, Number], "the Misc \"Friday\" is gone");
    assert!(entities.iter().enumerate().all(|(i, e)| e.id == i));
    let date = &entities[2];
    assert_eq!(
        (date.name.as_str(), date.roles.as_slice()),
        ("Friday", &["2025-11-21".to_string()][..])
    );
    assert_eq!(date.mentions.len(), 3);
    assert!(date.mentions.windows(2).all(|w| w[0].start < w[1].start), "in reading order");
    assert_eq!(
        (entities[3].name.as_str(), entities[3].roles.as_slice()),
        ("12", &["deals".to_string()][..])
    );
}
