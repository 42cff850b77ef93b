//! End to end on the bundled sample: the whole pipeline (`newslens::analyze`) against the
//! hand-made reference `tests/data/pentagon-officials-kyiv.json` — every listed entity found with
//! its kind, its aliases merged into it, its roles found, and no `not_entities` reported.

use newslens::analysis::Analysis;
use serde_json::Value;

fn sample() -> Analysis {
    let articles = newslens::article::bundled();
    let article = articles.iter().find(|a| a.source.contains("sample")).expect("bundled sample");
    newslens::analyze(article)
}

fn gold() -> Value {
    serde_json::from_str(include_str!("data/pentagon-officials-kyiv.json")).unwrap()
}

#[test]
fn every_gold_entity_found_with_kind_aliases_and_roles() {
    let analysis = sample();
    let gold = gold();
    let mut problems = Vec::new();
    for g in gold["entities"].as_array().unwrap() {
        let name = g["name"].as_str().unwrap();
        let kind = g["kind"].as_str().unwrap();
        let Some(e) = analysis.entities.iter().find(|e| e.name == name) else {
            problems.push(format!("{name}: not found"));
            continue;
        };
        if e.kind.label() != kind {
            problems.push(format!("{name}: kind {} instead of {kind}", e.kind.label()));
        }
        let surfaces: Vec<&str> = e.mentions.iter().map(|m| &analysis.text[m.clone()]).collect();
        for alias in g["aliases"].as_array().unwrap() {
            let alias = alias.as_str().unwrap();
            if !surfaces.contains(&alias) {
                problems
                    .push(format!("{name}: alias {alias:?} not merged (mentions {surfaces:?})"));
            }
        }
        for role in g["roles"].as_array().unwrap() {
            let role = role.as_str().unwrap();
            if !e.roles.iter().any(|r| r == role) {
                problems.push(format!("{name}: role {role:?} missing (roles {:?})", e.roles));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_gold_non_entity_is_reported() {
    let analysis = sample();
    for bad in gold()["not_entities"].as_array().unwrap() {
        let bad = bad.as_str().unwrap();
        for e in &analysis.entities {
            assert_ne!(e.name, bad, "{bad:?} reported as an entity");
            for m in &e.mentions {
                assert_ne!(
                    &analysis.text[m.clone()],
                    bad,
                    "{bad:?} reported as a mention of {}",
                    e.name
                );
            }
        }
    }
}
