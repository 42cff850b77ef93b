//! Products named by what they are. The tagger learnt its kinds on 1996 news, with few
//! products: "BitTorrent" reads as a company and "Exeem" as a person. A name that the article
//! writes right before the noun of a kind of product ("the Exeem software", "a 2.6ghz Intel
//! Celeron chip", "the Kazaa file-sharing system") names a product, a misc name, in every
//! mention, unless a mention shows an actor ("Dell said", "Dell's shares", "a spokesman for
//! Dell") or the model's lists know the name as a company's: then it stays as it was.

use super::{word_after, word_before, EntitySpan};
use crate::analysis::document::Document;
use crate::analysis::lexicon::products::{ACTOR_VERBS, PRODUCT_NOUNS, SYSTEM_NOUNS, TRADE_NOUNS};
use crate::analysis::mentions::kind_cues::{company_by_strict_cues, kind_by_cues};
use crate::analysis::{EntityKind, Span};
use rustc_hash::FxHashMap as HashMap;

/// Retypes as misc every name of a person, an organization or a place that the article uses as a
/// product's and never as an actor's.
pub(super) fn mark_products(
    doc: &Document,
    known: &dyn Fn(&[&str]) -> bool,
    spans: &mut [EntitySpan],
) {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, s) in spans.iter().enumerate() {
        if matches!(s.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place) {
            by_name.entry(doc.slice(&s.span)).or_default().push(k);
        }
    }
    let mut products = Vec::new();
    for (name, idx) in by_name {
        let mentions: Vec<Span> = idx.iter().map(|&k| spans[k].span.clone()).collect();
        if !mentions.iter().any(|m| product_noun_follows(doc, m)) {
            continue;
        }
        // A company the model's lists know ("Apple software") keeps its kind.
        let words: Vec<&str> = name.split_whitespace().collect();
        if idx.iter().any(|&k| spans[k].kind == EntityKind::Organization) && known(&words) {
            continue;
        }
        let actor = mentions.iter().any(|m| acts(doc, m))
            || company_by_strict_cues(doc, &mentions)
            || kind_by_cues(doc, name, &mentions) == Some(EntityKind::Organization);
        if !actor {
            products.extend(idx);
        }
    }
    for k in products {
        spans[k].kind = EntityKind::Misc;
    }
}

/// Whether a product noun follows the mention, after at most one hyphenated modifier for the
/// nouns that need one ("file-sharing system").
pub(super) fn product_noun_follows(doc: &Document, mention: &Span) -> bool {
    let Some(last) = doc.token_ending_at(mention.end) else { return false };
    let mut i = last + 1;
    let mut modified = false;
    // A modifier of lower-case words joined by hyphens: "file-sharing", "peer-to-peer" (one
    // token, or words and hyphens).
    if is_hyphenated(doc.word(i)) {
        i += 1;
        modified = true;
    }
    while doc.word(i + 1) == "-" && doc.touches_previous(i + 1) && is_lower_word(doc.word(i)) {
        i += 2;
        modified = true;
    }
    let noun = doc.word(i);
    if !is_lower_word(noun) {
        return false;
    }
    let product =
        PRODUCT_NOUNS.contains_exact(noun) || (modified && SYSTEM_NOUNS.contains_exact(noun));
    // "the Taiwan chip industry": the name modifies a trade, not a product.
    product && !TRADE_NOUNS.contains_exact(doc.lower(i + 1))
}

/// Whether the mention acts: a verb of an actor (after "has", "had" or "will") or a possessive
/// follows it, or it is what a spokesman speaks for.
pub(super) fn acts(doc: &Document, mention: &Span) -> bool {
    let mut next = word_after(doc, mention, 1);
    if matches!(next, "has" | "have" | "had" | "will") {
        next = word_after(doc, mention, 2);
    }
    let spokesman = word_before(doc, mention, 2).starts_with("spokes")
        && matches!(word_before(doc, mention, 1), "for" | "at");
    ACTOR_VERBS.contains_exact(next) || matches!(next, "'s" | "’s") || spokesman
}

/// A lower-case compound written with hyphens ("file-sharing").
fn is_hyphenated(w: &str) -> bool {
    w.contains('-') && w.split('-').all(is_lower_word)
}

fn is_lower_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::kind_of;
    use crate::analysis::EntityKind;
    #[test]
    fn a_name_before_a_product_noun_is_a_product_in_every_mention() {
        let text = "Fans of the Zorblax software say it is fast. Zorblax will be free. \
                    Critics say Zorblax is slow.";
        assert_eq!(kind_of(text, "Zorblax"), Some(EntityKind::Misc));
        let text = "The Quellix file-sharing system grew. Users of Quellix swap films.";
        assert_eq!(kind_of(text, "Quellix"), Some(EntityKind::Misc));
        let text = "The laptop has a 2.6ghz Intel Celeron chip and a large disk.";
        assert_eq!(kind_of(text, "Intel Celeron"), Some(EntityKind::Misc));
    }

    #[test]
    fn a_name_that_acts_stays_a_company() {
        let text = "Microsoft said it would cut prices. Microsoft software runs on most PCs.";
        assert_ne!(kind_of(text, "Microsoft"), Some(EntityKind::Misc));
        let text = "A spokesman for Grundel denied it. The Grundel console sells well.";
        assert_ne!(kind_of(text, "Grundel"), Some(EntityKind::Misc));
    }

    #[test]
    fn system_and_network_need_a_technical_modifier() {
        let text = "Viewers of the Fox network saw the game. Fox will show it again.";
        assert_ne!(kind_of(text, "Fox"), Some(EntityKind::Misc));
        let text = "Taiwan chip makers grew fast. Exports from Taiwan rose.";
        assert_eq!(kind_of(text, "Taiwan"), Some(EntityKind::Place));
    }
}
