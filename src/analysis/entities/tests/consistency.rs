//! The kind rules of `consistency.rs` on spans given by hand: the end of a title after "of",
//! party members beside places.

use crate::analysis::document::Document;
use crate::analysis::entities::consistency::{
    no_counted_acronyms, no_title_objects, party_members_beside_places,
};
use crate::analysis::entities::EntitySpan;
use crate::analysis::EntityKind;

fn span_of(doc: &Document, name: &str, kind: EntityKind) -> EntitySpan {
    let start = doc.text().find(name).unwrap_or(0);
    EntitySpan { span: start..start + name.len(), kind }
}

#[test]
fn a_party_member_beside_a_tagged_place_is_a_group() {
    let doc = Document::new(
        "Rep. Ann Cole, Democrat of Oregon, met a Texas Republican and the Democrat editor.".into(),
        None,
    );
    let mut spans = vec![
        span_of(&doc, "Ann Cole", EntityKind::Person),
        span_of(&doc, "Oregon", EntityKind::Place),
        span_of(&doc, "Texas", EntityKind::Place),
    ];
    party_members_beside_places(&doc, &mut spans);
    let groups: Vec<&str> =
        spans.iter().filter(|s| s.kind == EntityKind::Group).map(|s| doc.slice(&s.span)).collect();
    assert_eq!(groups, ["Democrat", "Republican"], "not the editor's paper: {spans:?}");
    assert!(spans.windows(2).all(|w| w[0].span.end <= w[1].span.start), "{spans:?}");
}

#[test]
fn the_end_of_a_title_after_of_is_no_name() {
    let doc = Document::new(
        "Chief of Staff Ann Cole met the Secretary of State and the Staff union.".into(),
        None,
    );
    let mut spans = vec![
        span_of(&doc, "Staff", EntityKind::Organization),
        span_of(&doc, "Ann Cole", EntityKind::Person),
        span_of(&doc, "State", EntityKind::Organization),
        span_of(&doc, "Staff union", EntityKind::Organization),
    ];
    no_title_objects(&doc, &mut spans);
    let names: Vec<&str> = spans.iter().map(|s| doc.slice(&s.span)).collect();
    assert_eq!(names, ["Ann Cole", "Staff union"]);
}

#[test]
fn a_common_noun_acronym_is_cut_off_an_acronym_or_a_nationality_only() {
    let doc = Document::new("US TV and British TV beat Court TV, and DVDs sold.".into(), None);
    let mut spans = vec![
        span_of(&doc, "US TV", EntityKind::Organization),
        span_of(&doc, "British TV", EntityKind::Organization),
        span_of(&doc, "Court TV", EntityKind::Organization),
        span_of(&doc, "DVDs", EntityKind::Misc),
    ];
    no_counted_acronyms(&doc, &mut spans);
    let names: Vec<&str> = spans.iter().map(|s| doc.slice(&s.span)).collect();
    assert_eq!(names, ["US", "British", "Court TV"]);
}
