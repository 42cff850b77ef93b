//! The bundled sample against its hand-made gold (tests/data/pentagon-officials-kyiv.json): the
//! four quotes with their speakers and the two quantities with what they count.

use crate::analysis::document::Document;
use crate::analysis::facts::quotes;
use crate::analysis::{self, Entity, EntityKind};
use serde_json::Value;

fn gold() -> Value {
    let raw = include_str!("../../../../tests/data/pentagon-officials-kyiv.json");
    serde_json::from_str(raw).unwrap_or(Value::Null)
}

fn sample_text() -> String {
    crate::article::bundled().first().map(|a| a.text()).unwrap_or_default()
}

fn kind(s: &str) -> EntityKind {
    match s {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        "group" => EntityKind::Group,
        _ => EntityKind::Misc,
    }
}

fn is_word_at(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// The gold entities, as the merging stage should produce them: every whole-word occurrence of
/// the name or an alias is a mention, longest surface first.
fn gold_entities(text: &str, gold: &Value) -> Vec<Entity> {
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut out = Vec::new();
    let list = gold["entities"].as_array().cloned().unwrap_or_default();
    let mut surfaces: Vec<(usize, String)> = Vec::new();
    for (id, e) in list.iter().enumerate() {
        surfaces.push((id, e["name"].as_str().unwrap_or_default().to_string()));
        for a in e["aliases"].as_array().cloned().unwrap_or_default() {
            surfaces.push((id, a.as_str().unwrap_or_default().to_string()));
        }
    }
    surfaces.sort_by_key(|(_, s)| std::cmp::Reverse(s.len()));
    let mut mentions: Vec<Vec<std::ops::Range<usize>>> = vec![Vec::new(); list.len()];
    for (id, s) in &surfaces {
        for (i, m) in text.match_indices(s.as_str()) {
            let r = i..i + m.len();
            if is_word_at(text, r.start, r.end)
                && !taken.iter().any(|t| t.start < r.end && r.start < t.end)
            {
                taken.push(r.clone());
                mentions[*id].push(r);
            }
        }
    }
    for (id, e) in list.iter().enumerate() {
        let mut m = mentions[id].clone();
        m.sort_by_key(|r| r.start);
        out.push(Entity {
            id,
            name: e["name"].as_str().unwrap_or_default().to_string(),
            kind: kind(e["kind"].as_str().unwrap_or_default()),
            roles: vec![],
            mentions: m,
        });
    }
    out
}

fn gold_pairs(gold: &Value, list: &str, key: &str) -> Vec<(String, String)> {
    gold[list]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap_or_default().into(),
                q[key].as_str().unwrap_or_default().into(),
            )
        })
        .collect()
}

#[test]
fn sample_quotes_with_gold_entities_match_gold_speakers() {
    let text = sample_text();
    let gold = gold();
    let entities = gold_entities(&text, &gold);
    let found: Vec<(String, String)> = quotes::find(&Document::new(text.clone(), None), &entities)
        .into_iter()
        .map(|q| (q.text, q.speaker.unwrap_or_default()))
        .collect();
    let expected = gold_pairs(&gold, "quotes", "speaker");
    assert_eq!(expected.len(), 4);
    assert_eq!(found, expected);
}

#[test]
fn sample_quotes_through_the_pipeline() {
    let analysis = crate::analyze(&crate::article::bundled()[0]);
    let gold = gold();
    let expected = gold_pairs(&gold, "quotes", "speaker");
    assert_eq!(analysis.quotes.len(), expected.len());
    for (q, (text, speaker)) in analysis.quotes.iter().zip(&expected) {
        assert_eq!(&q.text, text);
        assert_eq!(q.speaker.as_deref(), Some(speaker.as_str()), "{text}");
        match q.speaker_entity {
            Some(id) => assert_eq!(&analysis.entities[id].name, speaker),
            // Only the description "a Ukrainian official" is no entity.
            None => assert!(speaker.starts_with("a ")),
        }
    }
}

#[test]
fn sample_quantities_match_gold() {
    let analysis = crate::analyze(&crate::article::bundled()[0]);
    let texts: Vec<&str> = analysis.quantities.iter().map(|q| q.text.as_str()).collect();
    let expected = gold_pairs(&gold(), "quantities", "about");
    let expected_texts: Vec<&str> = expected.iter().map(|(t, _)| t.as_str()).collect();
    let mut sorted = expected_texts.clone();
    sorted.sort_by_key(|t| analysis.text.find(t));
    assert_eq!(texts, sorted);
    let about = |t: &str| {
        analysis
            .quantities
            .iter()
            .find(|q| q.text == t)
            .map(|q| q.about.clone())
            .unwrap_or_default()
    };
    assert_eq!(about("at least 26 people"), "people killed in Ternopil");
    assert!(about("28-point").starts_with("peace plan developed by US envoy Steve Witkoff"));
    assert!(about("28-point").ends_with("Kirill Dmitriev"));
}

#[test]
fn analysis_json_carries_quotes_and_quantities() {
    let analysis = analysis::analyze(&crate::article::bundled()[0]);
    let json = serde_json::to_value(&analysis).unwrap_or(Value::Null);
    assert_eq!(json["quotes"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["quotes"][2]["speaker"], "Dmitry Peskov");
}
