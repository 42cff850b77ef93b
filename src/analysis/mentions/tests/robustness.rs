//! `merge` on input it cannot trust: spans outside the text, inside a character, reversed or
//! empty, and random spans over awkward text. It never panics and every mention it gives is a
//! non-empty range of the text without a possessive, never overlapping another.

use crate::analysis::entities::EntitySpan;
use crate::analysis::{EntityKind, Span};

fn span_of(text: &str, form: &str) -> Span {
    let start = text.find(form).unwrap_or(0);
    start..start + form.len()
}

#[test]
fn spans_that_do_not_fit_the_text_are_ignored() {
    let text = "Zoë Kravitz met Łukasz in Kraków.";
    let bad = [
        EntitySpan { span: 0..999, kind: EntityKind::Person },
        EntitySpan { span: 2..3, kind: EntityKind::Person },
        EntitySpan { span: Span { start: 7, end: 4 }, kind: EntityKind::Place },
        EntitySpan { span: 0..0, kind: EntityKind::Place },
    ];
    let good = EntitySpan { span: span_of(text, "Kraków"), kind: EntityKind::Place };
    let spans: Vec<EntitySpan> = bad.iter().cloned().chain([good]).collect();
    let entities = super::support::merge_spans(text, &spans);
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Kraków"]);
    assert!(super::support::merge_spans("", &spans).is_empty());
}

#[test]
fn arbitrary_spans_give_valid_non_overlapping_mentions() {
    let text = "Zoë’s U.S.-Russia talks: President Putin-Xi met Gen. Lee’s team; \"The\" NATO (North \
                Atlantic Treaty Organization) said, or NAT, ‘Kyiv’s’ — Driscoll, the Army secretary";
    let kinds = [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Misc];
    let mut seed: u64 = 7;
    let mut next = |bound: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % bound.max(1)
    };
    for _ in 0..300 {
        let spans: Vec<EntitySpan> = (0..next(12))
            .map(|_| {
                let start = next(text.len() + 4);
                EntitySpan { span: start..start + next(40), kind: kinds[next(kinds.len())] }
            })
            .collect();
        let entities = super::support::merge_spans(text, &spans);
        let mut all: Vec<&Span> = entities.iter().flat_map(|e| &e.mentions).collect();
        all.sort_by_key(|m| m.start);
        for m in &all {
            let surface = text.get((*m).clone()).unwrap_or_else(|| panic!("{m:?} not in text"));
            assert!(!surface.trim().is_empty() && !surface.ends_with("’s"), "{surface:?}");
        }
        assert!(all.windows(2).all(|w| w[0].end <= w[1].start), "overlap in {all:?}");
        assert!(entities.iter().enumerate().all(|(i, e)| e.id == i && !e.name.is_empty()));
    }
}
