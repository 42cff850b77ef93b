//! Names of many people acting as one, which the tagger reads as a person's name: a band
//! ("rock band Ashgrove Lane", "Ashgrove Lane have won") and companies in a list of companies
//! ("Merrill Lynch, Goldman Sachs and Kidder Peabody"). Each is an organization in every
//! mention, unless a mention carries a person's cue (a courtesy title or honorific before it,
//! ", who" or "said he" after it).

use super::{word_after, word_before, EntitySpan};
use crate::analysis::document::Document;
use crate::analysis::lexicon::collectives::{ENSEMBLE_NOUNS, PLURAL_VERBS, SINGULAR_VERBS};
use crate::analysis::lexicon::titles::{is_person_noun, COURTESY_TITLES, HONORIFICS};
use crate::analysis::{EntityKind, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Retypes as organizations the person names that the article shows as bands or as members
/// of a list of companies.
pub(super) fn mark_collectives(
    doc: &Document,
    case_bucket: &dyn Fn(&str) -> u8,
    spans: &mut [EntitySpan],
) {
    let in_company_lists = members_of_company_lists(doc, case_bucket, spans);
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, s) in spans.iter().enumerate() {
        if s.kind == EntityKind::Person {
            by_name.entry(doc.slice(&s.span)).or_default().push(k);
        }
    }
    let mut to_org = Vec::new();
    for idx in by_name.into_values() {
        let mentions: Vec<&Span> = idx.iter().map(|&k| &spans[k].span).collect();
        if mentions.iter().any(|m| person_cue(doc, m)) {
            continue;
        }
        let band = mentions.iter().any(|m| ENSEMBLE_NOUNS.contains(word_before(doc, m, 1)));
        let (plural, singular) = agreement(doc, &mentions);
        let listed = idx.iter().any(|k| in_company_lists.contains(k));
        if band || (plural >= 2 && singular == 0) || listed {
            to_org.extend(idx);
        }
    }
    for k in to_org {
        spans[k].kind = EntityKind::Organization;
    }
}

/// A courtesy title, honorific, title head or a noun for a person or a job right before the
/// mention ("actor Tom Baxter"), or ", who" / "said
/// he" right after it.
fn person_cue(doc: &Document, m: &Span) -> bool {
    let mut title = word_before(doc, m, 1);
    if title == "." {
        title = word_before(doc, m, 2);
    }
    COURTESY_TITLES.contains(title)
        || HONORIFICS.contains(title)
        || is_person_noun(title)
        || (word_after(doc, m, 1) == "," && word_after(doc, m, 2) == "who")
        || (matches!(word_after(doc, m, 1), "said" | "says")
            && matches!(word_after(doc, m, 2), "he" | "she"))
}

/// How many mentions open their clause as the subject of a plural verb and of a singular one
/// ("Ashgrove Lane have", "Later, Ashgrove Lane were"): a lower-case word before the name ("Smith
/// and Jones have", "would Smith have", "bets on the next Smith were") means the name is not the
/// whole subject.
fn agreement(doc: &Document, mentions: &[&Span]) -> (usize, usize) {
    let (mut plural, mut singular) = (0, 0);
    for m in mentions {
        let prev = doc.token_starting_at(m.start).and_then(|f| f.checked_sub(1));
        let opens = prev.is_none_or(|p| {
            let w = doc.word(p);
            doc.is_sentence_initial(p + 1) || !w.chars().any(char::is_lowercase)
        });
        let joined = word_before(doc, m, 1) == "&";
        if !opens || joined {
            continue;
        }
        let verb = word_after(doc, m, 1);
        plural += usize::from(PLURAL_VERBS.contains_exact(verb));
        singular += usize::from(SINGULAR_VERBS.contains_exact(verb));
    }
    (plural, singular)
}

/// The person spans inside a list of three or more names ("A, B and C") that are companies by
/// the company of the list: the one person among organizations only, or, in a list of at least
/// two organizations and no more people than organizations, a person name that ends in a word
/// written in lower case in news ("Lorillard Tobacco").
fn members_of_company_lists(
    doc: &Document,
    case_bucket: &dyn Fn(&str) -> u8,
    spans: &[EntitySpan],
) -> HashSet<usize> {
    let mut found = HashSet::default();
    let mut start = 0;
    while start < spans.len() {
        let mut end = start + 1;
        while end < spans.len() && joins(doc, &spans[end - 1].span, &spans[end].span) {
            end += 1;
        }
        let list = &spans[start..end];
        let count = |kind| list.iter().filter(|s| s.kind == kind).count();
        let (orgs, people) = (count(EntityKind::Organization), count(EntityKind::Person));
        let common_end = |s: &EntitySpan| {
            doc.slice(&s.span).split_whitespace().last().is_some_and(|w| case_bucket(w) <= 1)
        };
        if list.len() >= 3 && orgs >= 2 && people <= orgs {
            let one = orgs + 1 == list.len();
            found.extend((start..end).filter(|&k| {
                spans[k].kind == EntityKind::Person && (one || common_end(&spans[k]))
            }));
        }
        start = end;
    }
    found
}

/// Whether only ", ", " and ", ", and " or " or " stands between two names.
fn joins(doc: &Document, a: &Span, b: &Span) -> bool {
    let Some(gap) = doc.text().get(a.end..b.start) else { return false };
    matches!(gap, ", " | " and " | ", and " | " or " | ", or ")
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::kind_of;
    use crate::analysis::EntityKind;
    #[test]
    fn a_band_is_an_organization_in_every_mention() {
        let text = "The Scottish rock band Ashgrove Lane played first. Later Ashgrove Lane \
                    thanked the crowd.";
        assert_eq!(kind_of(text, "Ashgrove Lane"), Some(EntityKind::Organization));
        let text = "Ashgrove Lane have won the prize with their second album. Later, Ashgrove \
                    Lane were the only winners from Glasgow.";
        assert_eq!(kind_of(text, "Ashgrove Lane"), Some(EntityKind::Organization));
    }

    #[test]
    fn people_keep_their_kind() {
        let text = "Tom Baxter and Ann Lee have won the prize. Mr Baxter said he was pleased.";
        assert_eq!(kind_of(text, "Tom Baxter"), Some(EntityKind::Person));
        let text = "Would Tom Baxter have won? Tom Baxter is a singer.";
        assert_eq!(kind_of(text, "Tom Baxter"), Some(EntityKind::Person));
        let text = "Bets on the next Tom Baxter were dismissed. Odds on Tom Baxter are long.";
        assert_eq!(kind_of(text, "Tom Baxter"), Some(EntityKind::Person));
        let text = "Jane Smith, Peter Brown and Ann Lee met the board of Acme Corp.";
        assert_eq!(kind_of(text, "Peter Brown"), Some(EntityKind::Person));
    }

    #[test]
    fn a_person_name_in_a_list_of_companies_is_a_company() {
        let text = "Brokers such as Merrill Lynch, Goldman Sachs and Harlan Bixby trade \
                    for their clients.";
        assert_eq!(kind_of(text, "Harlan Bixby"), Some(EntityKind::Organization));
        let text = "The suit names Altmark Group, Renwick Tobacco, Lorne Tobacco and Dexter \
                    Holdings, which sell tobacco.";
        assert_eq!(kind_of(text, "Renwick Tobacco"), Some(EntityKind::Organization));
    }
}
