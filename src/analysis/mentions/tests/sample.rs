//! The mention stage on the bundled sample article, checked against the hand-made gold file
//! (tests/data/pentagon-officials-kyiv.json): spans are built from the gold surface forms, once
//! exactly and once the way a recogniser may give them (titles and possessives inside spans,
//! compounds whole, stray capitalised words), and `merge` must give back every gold entity with
//! its kind, all its aliases merged, its roles, and none of the `not_entities`.

use super::support as spans;

use crate::analysis::entities::EntitySpan;
use crate::analysis::{Entity, EntityKind};
use serde::Deserialize;
use spans::occurrences;

#[derive(Deserialize)]
struct Gold {
    entities: Vec<GoldEntity>,
    not_entities: Vec<String>,
}

#[derive(Deserialize)]
struct GoldEntity {
    name: String,
    kind: String,
    aliases: Vec<String>,
    roles: Vec<String>,
}

fn gold() -> Gold {
    serde_json::from_str(include_str!("../../../../tests/data/pentagon-officials-kyiv.json"))
        .unwrap()
}

fn sample_text() -> String {
    crate::article::bundled().first().map(|a| a.text()).unwrap_or_default()
}

fn kind(label: &str) -> EntityKind {
    match label {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        "group" => EntityKind::Group,
        other => panic!("unexpected gold kind {other}"),
    }
}

/// Gold spans: every name and alias occurrence, longest forms first, never overlapping, each
/// with the index of its gold entity.
fn gold_spans(text: &str, gold: &Gold) -> Vec<(EntitySpan, usize)> {
    let mut forms: Vec<(&str, usize)> = Vec::new();
    for (i, e) in gold.entities.iter().enumerate() {
        forms.push((&e.name, i));
        forms.extend(e.aliases.iter().map(|a| (a.as_str(), i)));
    }
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let mut out: Vec<(EntitySpan, usize)> = Vec::new();
    for (form, i) in forms {
        for span in occurrences(text, form) {
            if !out.iter().any(|(s, _)| s.span.start < span.end && span.start < s.span.end) {
                let kind = kind(&gold.entities[i].kind);
                out.push((EntitySpan { span, kind }, i));
            }
        }
    }
    out.sort_by_key(|(s, _)| s.span.start);
    out
}

/// Replaces the spans under each occurrence of `form` by one span of `kind` over the whole form.
fn widen(text: &str, spans: &mut Vec<EntitySpan>, form: &str, kind: EntityKind) {
    for span in occurrences(text, form) {
        spans.retain(|s| s.span.end <= span.start || span.end <= s.span.start);
        spans.push(EntitySpan { span, kind });
    }
}

fn check(text: &str, gold: &Gold, spans: &[EntitySpan], expected: &[(EntitySpan, usize)]) {
    let entities = spans::merge_spans(text, spans);
    for (i, g) in gold.entities.iter().enumerate() {
        let found: Vec<&Entity> = entities.iter().filter(|e| e.name == g.name).collect();
        assert_eq!(found.len(), 1, "{}: want one entity named so, got {found:?}", g.name);
        let e = found[0];
        assert_eq!(e.kind, kind(&g.kind), "kind of {}", g.name);
        for (s, _) in expected.iter().filter(|(_, j)| *j == i) {
            assert!(
                e.mentions.contains(&s.span),
                "{}: {:?} not merged",
                g.name,
                &text[s.span.clone()]
            );
        }
        let mut want: Vec<&String> = g.roles.iter().collect();
        let mut got: Vec<&String> = e.roles.iter().collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "roles of {}", g.name);
    }
    for e in &entities {
        for m in &e.mentions {
            let surface = &text[m.clone()];
            assert!(!gold.not_entities.iter().any(|n| n == surface), "{surface:?} in {e:?}");
            assert!(!surface.ends_with("’s") && !surface.ends_with("'s"), "possessive in {e:?}");
        }
    }
    assert_eq!(entities.len(), gold.entities.len(), "extra entities: {entities:#?}");
}

#[test]
fn gold_surface_spans_merge_into_the_gold_entities() {
    let (text, gold) = (sample_text(), gold());
    let expected = gold_spans(&text, &gold);
    let spans: Vec<EntitySpan> = expected.iter().map(|(s, _)| s.clone()).collect();
    check(&text, &gold, &spans, &expected);
}

#[test]
fn recogniser_style_spans_with_titles_and_possessives_give_the_same_entities() {
    let (text, gold) = (sample_text(), gold());
    let expected = gold_spans(&text, &gold);
    let mut spans: Vec<EntitySpan> = expected.iter().map(|(s, _)| s.clone()).collect();
    use EntityKind::{Misc, Organization, Person};
    for (form, kind) in [
        ("US Army Secretary Dan Driscoll", Organization),
        ("Army Chief", Organization),
        ("Gen", Misc),
        ("Ukrainian President Volodymyr Zelenskyy", Person),
        ("President Zelenskyy", Person),
        ("Zelenskyy’s", Misc),
        ("Secretary Driscoll", Misc),
        ("Trump-Putin", Misc),
        ("US-Russia", Misc),
        ("Senior", Misc),
        ("Background", Misc),
        ("Meanwhile", Misc),
        ("During", Misc),
        ("Next", Misc),
        ("In summary", Misc),
        ("Their", Misc),
        ("This", Misc),
        ("The White House", Organization),
    ] {
        widen(&text, &mut spans, form, kind);
    }
    spans.sort_by_key(|s| s.span.start);
    check(&text, &gold, &spans, &expected);
}

#[test]
fn other_recogniser_splits_and_a_minority_of_wrong_kinds_give_the_same_entities() {
    let (text, gold) = (sample_text(), gold());
    let expected = gold_spans(&text, &gold);
    let mut spans: Vec<EntitySpan> = expected.iter().map(|(s, _)| s.clone()).collect();
    use EntityKind::{Misc, Organization, Person, Place};
    for (form, kind) in [
        ("Army Chief of Staff", Organization),
        ("Gen. Randy George", Person),
        ("President Donald Trump", Person),
        ("President Volodymyr Zelenskyy", Person),
        ("Russian adviser Kirill Dmitriev", Person),
        ("Trump-Putin summit", Misc),
    ] {
        widen(&text, &mut spans, form, kind);
    }
    spans.sort_by_key(|s| s.span.start);
    // Fewer than half the mentions of a name typed wrongly, as a tagger may.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in spans.iter_mut() {
        let surface = &text[s.span.clone()];
        let n = seen.entry(surface).or_default();
        *n += 1;
        s.kind = match (surface, *n) {
            ("Ukraine", 2) | ("US", 3) | ("Zelenskyy", 2) => Organization,
            ("Kyiv", 1) => Organization,
            ("Russian", 2) | ("Russian", 4) => Place,
            ("Ukrainian", 1) => Misc,
            _ => s.kind,
        };
    }
    check(&text, &gold, &spans, &expected);
}

#[derive(Deserialize)]
struct RecordedSpans {
    spans: Vec<(usize, usize, String)>,
}

#[test]
fn spans_recorded_from_the_trained_tagger_give_the_gold_entities() {
    let (text, gold) = (sample_text(), gold());
    let recorded: RecordedSpans = serde_json::from_str(include_str!(
        "../../../../tests/data/pentagon-officials-kyiv.tagger-spans.json"
    ))
    .unwrap();
    let spans: Vec<EntitySpan> = recorded
        .spans
        .into_iter()
        .map(|(start, end, kind)| EntitySpan {
            span: start..end,
            kind: match kind.as_str() {
                "Person" => EntityKind::Person,
                "Organization" => EntityKind::Organization,
                "Place" => EntityKind::Place,
                "Group" => EntityKind::Group,
                _ => EntityKind::Misc,
            },
        })
        .collect();
    check(&text, &gold, &spans, &gold_spans(&text, &gold));
}
