//! Mention merging: groups entity spans that name the same thing ("Zelenskyy" and "Volodymyr
//! Zelenskyy") into one [`Entity`] with a canonical name, and attaches roles found before a name
//! ("US envoy Steve Witkoff").

use super::entities::EntitySpan;
use super::tokens::Token;
use super::{Entity, EntityKind, Quantity, Timex};
use std::collections::HashMap;

/// Merges spans into entities. A single-word person or misc mention that is the last or first
/// word of an earlier multi-word person name joins that person.
pub fn merge(text: &str, tokens: &[Token], spans: &[EntitySpan]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_name: HashMap<(String, EntityKind), usize> = HashMap::new();
    let mut spans: Vec<&EntitySpan> = spans.iter().collect();
    // Longest names first so that short forms can find their full form.
    spans.sort_by_key(|s| std::cmp::Reverse(text[s.span.clone()].split(' ').count()));
    for s in spans {
        let name = text[s.span.clone()].to_string();
        let existing = by_name.get(&(name.clone(), s.kind)).copied().or_else(|| {
            (!name.contains(' ')).then(|| {
                entities.iter().position(|e| {
                    e.kind == EntityKind::Person
                        && matches!(s.kind, EntityKind::Person | EntityKind::Misc)
                        && e.name.split(' ').any(|w| w == name)
                })
            })?
        });
        match existing {
            Some(id) => entities[id].mentions.push(s.span.clone()),
            None => {
                let id = entities.len();
                by_name.insert((name.clone(), s.kind), id);
                entities.push(Entity {
                    id,
                    name,
                    kind: s.kind,
                    roles: vec![],
                    mentions: vec![s.span.clone()],
                });
            }
        }
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| m.start);
        if e.kind == EntityKind::Person {
            e.roles = roles_before(text, tokens, &e.mentions);
        }
    }
    entities.sort_by_key(|e| e.mentions[0].start);
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

/// Capitalised words right before a person mention ("US Army Secretary", "President").
fn roles_before(text: &str, tokens: &[Token], mentions: &[super::Span]) -> Vec<String> {
    let mut roles = Vec::new();
    for m in mentions {
        let idx = tokens.partition_point(|t| t.span.end <= m.start);
        let mut k = idx;
        while k > 0 {
            let w = tokens[k - 1].text(text);
            if w.chars().next().is_some_and(|c| c.is_uppercase()) && !matches!(w, "The" | "A") {
                k -= 1;
            } else {
                break;
            }
        }
        if k < idx {
            let role = text[tokens[k].span.start..tokens[idx - 1].span.end].to_string();
            if !roles.contains(&role) {
                roles.push(role);
            }
        }
    }
    roles
}

/// Adds one date entity per distinct timex value and one quantity entity per quantity.
pub fn add_dates_and_quantities(
    text: &str,
    entities: &mut Vec<Entity>,
    timexes: &[Timex],
    quantities: &[Quantity],
) {
    let mut date_ids: HashMap<&str, usize> = HashMap::new();
    for t in timexes {
        if let Some(&id) = date_ids.get(t.value.as_str()) {
            entities[id].mentions.push(t.span.clone());
            continue;
        }
        let id = entities.len();
        date_ids.insert(&t.value, id);
        entities.push(Entity {
            id,
            name: t.text.clone(),
            kind: EntityKind::Date,
            roles: vec![t.value.clone()],
            mentions: vec![t.span.clone()],
        });
    }
    for q in quantities {
        let id = entities.len();
        entities.push(Entity {
            id,
            name: text[q.span.clone()].to_string(),
            kind: EntityKind::Quantity,
            roles: vec![],
            mentions: vec![q.span.clone()],
        });
    }
}
