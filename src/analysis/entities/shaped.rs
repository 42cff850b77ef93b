//! Names the tagger cannot see, found by their shape. The tagger learnt on 1996 news, before
//! "eBay", "iPod" or "PayPal": a word with a capital inside it after a small letter, and a bare
//! web address ("Rent.com", "suprnova.org"), is a name that no common word is written like.
//! Each such word the tagger left out becomes a mention:
//! - a web address is an organization (a website named as a company);
//! - a word with an inner capital is an organization or a product (misc), from the cues of all its
//!   mentions in the article: a company's ("eBay said", "eBay's shares", "eBay, which", "analysts
//!   at eBay", "eBay has bought") against a product's ("Apple's iPod", "its iPod", "the iPod", "the
//!   iTunes store", a plural "iPods"). Without cues, a word that starts in lower case ("iPod") is
//!   a product and one that starts with a capital ("PayPal") a company.
//!
//! Surname shapes ("McDonald", "DiCaprio", "MacLeod") are the tagger's to read, and words that are
//! mostly capitals ("DDoS", "VoIP", "PhD") or units ("kWh", "mAh") are abbreviations, not names.

use super::products::{acts, product_noun_follows};
use super::EntitySpan;
use crate::analysis::document::Document;
use crate::analysis::lexicon::organizations::is_kind_before_name;
use crate::analysis::lexicon::products::PRODUCT_NOUNS;
use crate::analysis::mentions::kind_cues::{company_by_strict_cues, kind_by_cues};
use crate::analysis::{EntityKind, Span};
use rustc_hash::FxHashMap as HashMap;

/// Endings of a web address written as a name.
const DOMAIN_ENDINGS: &[&str] =
    &[".com", ".org", ".net", ".co.uk", ".org.uk", ".gov", ".edu", ".io", ".info", ".tv", ".fm"];

/// Surname prefixes written with a capital after them ("McDonald", "DiCaprio", "LaBeouf").
const SURNAME_PREFIXES: &[&str] = &["Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "Du"];

/// Units written in mixed case: amounts, not names.
const MIXED_CASE_UNITS: &[&str] = &["kWh", "mAh", "kHz", "mWh", "dBm", "kVA", "MWh", "GWh", "TWh"];

/// Words before a name that make it a thing owned or used: "its iPod", "the iPod".
const PRODUCT_DETERMINERS: &[&str] =
    &["its", "their", "his", "her", "my", "your", "our", "the", "a", "an", "new", "this", "that"];

/// Adds a span for every shaped name the tagger left out; `spans` are in reading order and do
/// not overlap, and so is the result.
pub(super) fn add_shaped_names(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    let spans = with_web_addresses(doc, spans);
    let mut found: HashMap<&str, Vec<Span>> = HashMap::default();
    let mut next = 0;
    for (i, token) in doc.tokens().iter().enumerate() {
        while spans.get(next).is_some_and(|s| s.span.end <= token.span.start) {
            next += 1;
        }
        if spans.get(next).is_some_and(|s| s.span.start < token.span.end) {
            continue;
        }
        let word = doc.word(i);
        if is_mixed_case_name(word) {
            found.entry(word).or_default().push(token.span.clone());
        }
    }
    if found.is_empty() {
        return spans;
    }
    let stems: Vec<&str> = found.keys().copied().collect();
    let organizations = Organizations::of(doc, &spans);
    let mut out = spans;
    for (word, mentions) in found {
        let plural = word.strip_suffix('s').is_some_and(|stem| stems.contains(&stem));
        let kind = shaped_kind(doc, word, &mentions, plural, &organizations);
        out.extend(mentions.into_iter().map(|span| EntitySpan { span, kind }));
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// Makes every web address an organization: the tokens "Rent", ".", "com" written together
/// are one name, and a span the tagger gave part of it ("Rent") gives way to it.
fn with_web_addresses(doc: &Document, spans: Vec<EntitySpan>) -> Vec<EntitySpan> {
    let mut addresses: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let mut last = i;
        while doc.word(last + 1) == "."
            && doc.touches_previous(last + 1)
            && doc.touches_previous(last + 2)
            && doc.word(last + 2).chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            last += 2;
        }
        let span = doc.token_span(i, last + 1);
        if last > i && is_web_address(doc.slice(&span)) && !doc.touches_previous(i) {
            addresses.push(span);
        }
        i = last + 1;
    }
    if addresses.is_empty() {
        return spans;
    }
    let overlaps =
        |s: &EntitySpan| addresses.iter().any(|a| a.start < s.span.end && s.span.start < a.end);
    let mut out: Vec<EntitySpan> = spans.into_iter().filter(|s| !overlaps(s)).collect();
    out.extend(
        addresses.into_iter().map(|span| EntitySpan { span, kind: EntityKind::Organization }),
    );
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// The kind of a mixed-case name from the cues of its mentions; `plural` when the article also
/// has it without its final "s" ("iPods" beside "iPod").
fn shaped_kind(
    doc: &Document,
    word: &str,
    mentions: &[Span],
    plural: bool,
    organizations: &Organizations,
) -> EntityKind {
    let company = usize::from(
        kind_by_cues(doc, word, mentions) == Some(EntityKind::Organization)
            || company_by_strict_cues(doc, mentions),
    ) + mentions
        .iter()
        .filter(|m| acts(doc, m) || named_as_company(doc, m) || organizations.listed_beside(doc, m))
        .count();
    let product = usize::from(plural)
        + mentions
            .iter()
            .filter(|m| {
                product_noun_follows(doc, m)
                    || owned_or_determined(doc, m)
                    || named_as_product(doc, m)
            })
            .count();
    match company.cmp(&product) {
        std::cmp::Ordering::Greater => EntityKind::Organization,
        std::cmp::Ordering::Less => EntityKind::Misc,
        std::cmp::Ordering::Equal if word.starts_with(char::is_lowercase) => EntityKind::Misc,
        std::cmp::Ordering::Equal => EntityKind::Organization,
    }
}

/// The first and last tokens of the organizations the tagger found, to tell a name listed
/// beside one ("Amazon, Google and eBay").
struct Organizations {
    firsts: Vec<usize>,
    lasts: Vec<usize>,
}

impl Organizations {
    fn of(doc: &Document, spans: &[EntitySpan]) -> Organizations {
        let orgs = spans.iter().filter(|s| s.kind == EntityKind::Organization);
        let (mut firsts, mut lasts) = (Vec::new(), Vec::new());
        for s in orgs {
            if let (Some(f), Some(l)) =
                (doc.token_starting_at(s.span.start), doc.token_ending_at(s.span.end))
            {
                firsts.push(f);
                lasts.push(l);
            }
        }
        Organizations { firsts, lasts }
    }

    /// Whether the mention is a member of a list ("," "and" "or") next to an organization.
    fn listed_beside(&self, doc: &Document, mention: &Span) -> bool {
        let list_word = |i: usize| matches!(doc.word(i), "," | "and" | "or");
        let (Some(first), Some(last)) =
            (doc.token_starting_at(mention.start), doc.token_ending_at(mention.end))
        else {
            return false;
        };
        let before = first >= 2 && list_word(first - 1) && self.lasts.contains(&(first - 2));
        let after = list_word(last + 1) && self.firsts.contains(&(last + 2));
        before || after
    }
}

/// Whether a common noun for a company or a website stands right before the mention:
/// "auction site eBay", "payments firm PayPal".
fn named_as_company(doc: &Document, mention: &Span) -> bool {
    let Some(mut before) = doc.token_starting_at(mention.start).and_then(|f| f.checked_sub(1))
    else {
        return false;
    };
    // "auction site, eBay," and "sites such as eBay" name the kind before a comma or "such as".
    if doc.word(before) == ","
        || doc.lower(before) == "as" && doc.lower(before.saturating_sub(1)) == "such"
    {
        before = before.saturating_sub(if doc.word(before) == "," { 1 } else { 2 });
    }
    let noun = doc.word(before);
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    [noun, singular].iter().any(|w| is_kind_before_name(w) || matches!(*w, "site" | "service"))
}

/// Whether a product noun stands right before the mention: "the software suite iLife", "games
/// console PlayStation".
fn named_as_product(doc: &Document, mention: &Span) -> bool {
    let Some(before) = doc.token_starting_at(mention.start).and_then(|f| f.checked_sub(1)) else {
        return false;
    };
    PRODUCT_NOUNS.contains_exact(doc.word(before)) || doc.word(before) == "suite"
}

/// Whether a possessive or a determiner stands right before the mention: "Apple's iPod", "its
/// iPod", "the iPod".
fn owned_or_determined(doc: &Document, mention: &Span) -> bool {
    let Some(first) = doc.token_starting_at(mention.start) else { return false };
    let Some(before) = first.checked_sub(1) else { return false };
    matches!(doc.word(before), "'s" | "’s") || PRODUCT_DETERMINERS.contains(&doc.lower(before))
}

/// A word with a capital right after a small letter and at least two small letters in all
/// ("eBay", "iPod", "PayPal", "OptInRealBig"), that is no surname or unit.
fn is_mixed_case_name(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 || !chars.iter().all(|c| c.is_alphanumeric()) {
        return false;
    }
    let inner_capital = chars.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let small = chars.iter().filter(|c| c.is_lowercase()).count();
    let surname = SURNAME_PREFIXES.iter().any(|p| {
        word.strip_prefix(p).and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
    });
    inner_capital && small >= 2 && !surname && !MIXED_CASE_UNITS.contains(&word)
}

/// A bare web address: letters, digits and hyphens in dotted parts, ending in a common ending
/// ("Rent.com", "buildyourown.org.uk"), with no "www." and no path.
pub(crate) fn is_web_address(word: &str) -> bool {
    // Most spans and tokens have no period: no copy is made for them.
    if !word.contains('.') {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let Some(ending) = DOMAIN_ENDINGS.iter().find(|e| lower.ends_with(*e)) else { return false };
    let head = &lower[..lower.len() - ending.len()];
    !head.is_empty()
        && !head.starts_with("www.")
        && head.starts_with(|c: char| c.is_ascii_alphabetic())
        && head.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;

    /// The kind and mention count of every entity named `name` in the analysis of `text`.
    fn found(text: &str, name: &str) -> Option<(EntityKind, usize)> {
        let a = analyze_text(text.to_string(), None);
        a.entities.into_iter().find(|e| e.name == name).map(|e| (e.kind, e.mentions.len()))
    }

    #[test]
    fn shapes_of_names_and_of_other_words() {
        for name in ["eBay", "iPod", "iPods", "PayPal", "OptInRealBig", "BitTorrent", "YouTube"] {
            assert!(is_mixed_case_name(name), "{name}");
        }
        for word in ["McDonald", "DiCaprio", "MacLeod", "DDoS", "VoIP", "PhD", "kWh", "mRNA", "Ok"]
        {
            assert!(!is_mixed_case_name(word), "{word}");
        }
        for address in ["Rent.com", "suprnova.org", "buildyourown.org.uk", "bbc.co.uk"] {
            assert!(is_web_address(address), "{address}");
        }
        for word in ["www.bbc.co.uk", ".com", "e.g", "3com.com.", "U.S."] {
            assert!(!is_web_address(word), "{word}");
        }
    }

    #[test]
    fn a_company_shaped_name_with_company_cues_is_an_organization() {
        let text = "Online auction firm Zwopp said on Monday that zBidder had bought the site. \
                    zBidder said its profits rose. Shares in zBidder fell.";
        assert_eq!(found(text, "zBidder"), Some((EntityKind::Organization, 3)));
        let text = "Payments group TrustPath reported higher sales.";
        assert_eq!(found(text, "TrustPath"), Some((EntityKind::Organization, 1)));
        let text = "Bidders use auction site zBidder. Rivals such as Amazon, Google and zBidder \
                    grew.";
        assert_eq!(found(text, "zBidder"), Some((EntityKind::Organization, 2)));
        let text = "Online auction site, zBidder, stopped it. Sites such as zBidder grew.";
        assert_eq!(found(text, "zBidder"), Some((EntityKind::Organization, 2)));
    }

    #[test]
    fn a_product_shaped_name_owned_or_counted_is_misc() {
        let text = "Sales of iBlobs doubled. Its iBlob music player is small, and the \
                    iBlob costs $200.";
        assert_eq!(found(text, "iBlob").map(|f| f.0), Some(EntityKind::Misc));
        assert_eq!(found(text, "iBlobs").map(|f| f.0), Some(EntityKind::Misc));
        let text = "Users of GameDeck software can also buy the GameDeck console.";
        assert_eq!(found(text, "GameDeck").map(|f| f.0), Some(EntityKind::Misc));
    }

    #[test]
    fn a_web_address_is_an_organization() {
        let text = "The site was bought by Zimmo.com last year.";
        assert_eq!(found(text, "Zimmo.com"), Some((EntityKind::Organization, 1)));
    }

    #[test]
    fn words_the_tagger_took_are_left_to_it() {
        // The shape pass adds nothing where a span exists, and nothing for ordinary words.
        let a = analyze_text("Microsoft said it would cut prices in Seattle.".into(), None);
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Microsoft", "Seattle"]);
    }
}
