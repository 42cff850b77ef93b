//! Facts: quotations with their speakers, and quantities with what they count.

use super::tokens::Token;
use super::{Entity, EntityKind, Quantity, Quote, Span};

/// Finds quotations in curly or straight double quotes; the speaker is the nearest person entity
/// in the same sentence.
pub fn quotes(text: &str, sentences: &[Span], entities: &[Entity]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(open_rel) = text[search..].find(['“', '"']) {
        let open = search + open_rel;
        let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close_rel) = text[open + open_len..].find(['”', '"']) else { break };
        let inner = open + open_len..open + open_len + close_rel;
        let close_len = text[inner.end..].chars().next().map_or(1, char::len_utf8);
        search = inner.end + close_len;
        let quoted = text[inner.clone()].trim().trim_end_matches([',', '.']).to_string();
        if quoted.is_empty() {
            continue;
        }
        let sentence = sentences
            .iter()
            .find(|s| s.start <= open && open < s.end)
            .cloned()
            .unwrap_or(0..text.len());
        let speaker = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
            .filter(|(_, m)| sentence.start <= m.start && m.end <= sentence.end)
            .min_by_key(|(_, m)| m.start.abs_diff(open));
        out.push(Quote {
            text: quoted,
            span: inner,
            speaker: speaker.map(|(e, _)| e.name.clone()),
            speaker_entity: speaker.map(|(e, _)| e.id),
        });
    }
    out
}

/// Numbers written with digits, with the next few words as what they count.
pub fn quantities(text: &str, tokens: &[Token], _sentences: &[Span]) -> Vec<Quantity> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        if !w.starts_with(|c: char| c.is_ascii_digit()) || looks_like_date(w) {
            continue;
        }
        let about: Vec<&str> = tokens[i + 1..]
            .iter()
            .map(|t| t.text(text))
            .take_while(|w| w.chars().all(char::is_alphanumeric))
            .take(3)
            .collect();
        out.push(Quantity { text: w.to_string(), span: t.span.clone(), about: about.join(" ") });
    }
    out
}

fn looks_like_date(w: &str) -> bool {
    w.len() == 10 && w.as_bytes()[4] == b'-'
        || (w.len() == 4 && w.starts_with(['1', '2']) && w.parse::<u32>().is_ok())
}
