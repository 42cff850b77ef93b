//! Names joined to a participle by a hyphen ("a Cardiff-based charity", "the Ballymena-born
//! actor"), which the tagger reads as the name, the hyphen and the participle (`words.rs`). It
//! learnt its kinds on CoNLL, where such a word is one misc token, so the name alone gets
//! little context: "Cardiff" before "-based" reads as a company. What is based or born
//! somewhere names a place there: a name the model's place names hold, written before
//! "-based" or "-born", is a place ("Linux-based" is not one).

use super::EntitySpan;
use crate::analysis::document::Document;
use crate::analysis::EntityKind;

/// The participles after which a name is where something is.
const LOCATING_PARTICIPLES: [&str; 2] = ["-based", "-born"];

/// Retypes as places the known place names written right before "-based" or "-born".
pub(super) fn places_before_based(
    doc: &Document,
    known_place: &dyn Fn(&[&str]) -> bool,
    spans: &mut [EntitySpan],
) {
    for s in spans.iter_mut().filter(|s| s.kind != EntityKind::Place) {
        let rest = doc.text().get(s.span.end..).unwrap_or_default();
        if !LOCATING_PARTICIPLES.iter().any(|p| rest.starts_with(p)) {
            continue;
        }
        let words: Vec<&str> = doc.slice(&s.span).split(' ').collect();
        if known_place(&words) {
            s.kind = EntityKind::Place;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_place_before_based_or_born_is_a_place() {
        let doc = Document::new(
            "A Cardiff-based charity, a Linux-based phone and the Ballymena-born actor.".into(),
            None,
        );
        let span = |name: &str| {
            let start = doc.text().find(name).unwrap_or(0);
            EntitySpan { span: start..start + name.len(), kind: EntityKind::Organization }
        };
        let mut spans = vec![span("Cardiff"), span("Linux"), span("Ballymena")];
        let places = |w: &[&str]| matches!(w, ["Cardiff"] | ["Ballymena"]);
        places_before_based(&doc, &places, &mut spans);
        let kinds: Vec<EntityKind> = spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [EntityKind::Place, EntityKind::Organization, EntityKind::Place]);
    }
}
