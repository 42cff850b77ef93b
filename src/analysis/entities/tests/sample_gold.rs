//! The tagger's spans on the sample article against the hand-made reference
//! (tests/data/pentagon-officials-kyiv.json): every entity name and alias is found as a span of the
//! reference kind, and no `not_entities` string is a span. (Merging and roles are checked
//! with the mention stage.)

use crate::analysis::document::Document;
use crate::analysis::entities::recognize;
use crate::analysis::EntityKind;
use serde_json::Value;

fn kind(label: &str) -> Option<EntityKind> {
    EntityKind::TOGGLED.into_iter().chain([EntityKind::Misc]).find(|k| k.label() == label)
}

#[test]
fn sample_article_spans_match_the_reference() {
    let gold: Value =
        serde_json::from_str(include_str!("../../../../tests/data/pentagon-officials-kyiv.json"))
            .unwrap();
    let article = crate::article::bundled()
        .into_iter()
        .find(|a| a.title.starts_with("Pentagon officials in Kyiv"))
        .expect("bundled sample article");
    let doc = Document::new(article.text(), None);
    let text = doc.text();
    let names = recognize(&doc);
    let found: Vec<(&str, EntityKind)> =
        names.spans().iter().map(|s| (&text[s.span.clone()], s.kind)).collect();
    let mut missing = Vec::new();
    for e in gold["entities"].as_array().unwrap() {
        let want = kind(e["kind"].as_str().unwrap()).unwrap();
        let names = std::iter::once(&e["name"]).chain(e["aliases"].as_array().unwrap());
        for name in names.map(|n| n.as_str().unwrap()) {
            if !found.contains(&(name, want)) {
                missing.push(format!("{name} ({})", want.label()));
            }
        }
    }
    assert!(missing.is_empty(), "missing {missing:?}; found {found:?}");
    for not in gold["not_entities"].as_array().unwrap() {
        let not = not.as_str().unwrap();
        assert!(!found.iter().any(|(n, _)| *n == not), "{not} reported; found {found:?}");
    }
}
