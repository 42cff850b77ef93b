//! Named-entity recognition for the product: runs the trained tagger ([`super::ner`]) over the
//! article as one document and maps its CoNLL types to entity kinds: PER -> person, ORG ->
//! organization, LOC -> place, MISC -> group for nationalities and other named groups
//! ("Ukrainian", "Europeans", "Democrats"), other MISC -> misc.

use super::ner::{self, EntityType, NerModel, Tagger};
use super::tokens::Token;
use super::{EntityKind, Span};

/// A recognised entity mention before mentions are merged into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    pub span: Span,
    pub kind: EntityKind,
}

/// Named groups that do not look like demonyms.
const GROUP_WORDS: &[&str] = &[
    "Arab",
    "Arabs",
    "Basque",
    "Basques",
    "Catholic",
    "Catholics",
    "Croat",
    "Croats",
    "Democrat",
    "Democrats",
    "Greek",
    "Greeks",
    "Jew",
    "Jews",
    "Jewish",
    "Kurd",
    "Kurds",
    "Muslim",
    "Muslims",
    "Serb",
    "Serbs",
    "Shiite",
    "Shiites",
    "Sunni",
    "Sunnis",
    "Swiss",
    "Thai",
    "Turk",
    "Turks",
    "Briton",
    "Britons",
    "Pole",
    "Poles",
    "Scots",
    "Welsh",
    "Dane",
    "Danes",
    "Swede",
    "Swedes",
    "Finn",
    "Finns",
    "Tory",
    "Tories",
    "Republicans",
    "Republican",
    "Labour",
    "Conservatives",
];
const DEMONYM_ENDINGS: &[&str] = &["an", "ans", "ese", "ish", "i", "is", "ch"];

/// Whether a MISC mention names a group of people: a nationality or demonym ("Ukrainian",
/// "South Koreans", "pro-Russian") or a named group ("Democrats").
fn is_group(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let last = last.rsplit('-').next().unwrap_or(last);
    let lower = last.to_lowercase();
    words.len() <= 2
        && last.chars().next().is_some_and(char::is_uppercase)
        && (GROUP_WORDS.iter().any(|g| g.eq_ignore_ascii_case(last))
            || DEMONYM_ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e)))
}

/// Places that the news names for the institution seated there ("the Kremlin said").
const SEATS_OF_POWER: &[&str] =
    &["White House", "Kremlin", "Pentagon", "Downing Street", "Elysee", "Élysée", "Whitehall"];

fn kind_of(ty: EntityType, words: &[&str]) -> EntityKind {
    let name = words.join(" ");
    if SEATS_OF_POWER.contains(&name.as_str()) {
        return EntityKind::Organization;
    }
    match ty {
        EntityType::Misc | EntityType::Org
            if matches!(name.as_str(), "US" | "U.S." | "UK" | "U.K.") =>
        {
            EntityKind::Place
        }
        EntityType::Per => EntityKind::Person,
        EntityType::Org
            if words.len() == 1
                && matches!(words.first(), Some(&("Democrats" | "Republicans"))) =>
        {
            EntityKind::Group
        }
        EntityType::Org => EntityKind::Organization,
        EntityType::Loc => EntityKind::Place,
        EntityType::Misc if is_group(words) => EntityKind::Group,
        EntityType::Misc => EntityKind::Misc,
    }
}

/// Finds entity spans in `text` with the shipped model (none if it cannot be loaded).
pub fn recognize(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<EntitySpan> {
    match ner::embedded_model() {
        Ok(model) => recognize_with(model, text, tokens, sentences),
        Err(_) => Vec::new(),
    }
}

/// Finds entity spans with a given model; the whole text is one document.
pub fn recognize_with(
    model: &NerModel,
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
) -> Vec<EntitySpan> {
    let mut k = 0;
    let mut spans: Vec<Vec<Span>> = Vec::with_capacity(sentences.len());
    for s in sentences {
        while tokens.get(k).is_some_and(|t| t.span.start < s.start) {
            k += 1;
        }
        let start = k;
        while tokens.get(k).is_some_and(|t| t.span.start < s.end) {
            k += 1;
        }
        spans.push(conll_words(text, tokens.get(start..k).unwrap_or(&[])));
    }
    let words: Vec<Vec<&str>> = spans
        .iter()
        .map(|ws| ws.iter().map(|w| text.get(w.clone()).unwrap_or("")).collect())
        .collect();
    let labels = Tagger::new(model).tag(&words);
    let mut out = Vec::new();
    for ((word_spans, ws), ls) in spans.iter().zip(&words).zip(&labels) {
        for (range, ty) in ner::labels::spans(ls) {
            let names = ws.get(range.clone()).unwrap_or(&[]);
            for (part, kind) in split_at_title(names, kind_of(ty, names)) {
                let (Some(first), Some(last)) = (
                    word_spans.get(range.start + part.start),
                    word_spans.get(range.start + part.end.saturating_sub(1)),
                ) else {
                    continue;
                };
                out.push(EntitySpan { span: first.start..last.end, kind });
            }
        }
    }
    surnames_follow_full_names(text, &mut out);
    out
}

/// A one-word misc or organization mention that is the first or last word of a person's full
/// name elsewhere in the article ("the Trump administration" after "Donald Trump") is that person.
fn surnames_follow_full_names(text: &str, spans: &mut [EntitySpan]) {
    let mut name_words: Vec<&str> = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityKind::Person) {
        let words: Vec<&str> = text.get(s.span.clone()).unwrap_or("").split(' ').collect();
        if words.len() >= 2 {
            name_words.extend(words.first().into_iter().chain(words.last()));
        }
    }
    for s in spans.iter_mut() {
        let word = text.get(s.span.clone()).unwrap_or("");
        if matches!(s.kind, EntityKind::Misc | EntityKind::Organization)
            && !word.contains(' ')
            && name_words.contains(&word)
        {
            s.kind = EntityKind::Person;
        }
    }
}

/// Titles written before a person's name ("Gen. Randy George").
const PERSON_TITLES: &[&str] = &[
    "Gen.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Adm.", "Cmdr.", "Mr.", "Mrs.", "Ms.", "Dr.",
    "Prof.", "Sen.", "Rep.", "Gov.", "Rev.",
];
/// Words that start a job title, which is not part of an organization's name.
const ROLE_WORDS: &[&str] = &[
    "Chief",
    "Secretary",
    "Minister",
    "President",
    "Spokesman",
    "Spokeswoman",
    "Director",
    "Commander",
    "Ambassador",
    "Envoy",
    "Adviser",
    "Advisor",
    "Head",
    "Deputy",
    "Chairman",
];

/// Titles are not part of names: a span that runs through a person's title ("Army Chief of Staff
/// Gen. Randy George") is split into the person after the title and, before it, the name up
/// to the first role word ("Army"), which keeps the span's kind.
fn split_at_title(words: &[&str], kind: EntityKind) -> Vec<(std::ops::Range<usize>, EntityKind)> {
    let Some(title) = words.iter().position(|w| PERSON_TITLES.contains(w)) else {
        return vec![(0..words.len(), kind)];
    };
    let mut out = Vec::new();
    let before = words.iter().take(title).position(|w| ROLE_WORDS.contains(w)).unwrap_or(title);
    if before > 0 {
        out.push((0..before, kind));
    }
    if title + 1 < words.len() {
        out.push((title + 1..words.len(), EntityKind::Person));
    }
    out
}

/// Abbreviations that CoNLL text writes as one token with their period ("Gen.", "Corp.").
const ABBREVIATIONS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Mr", "Mrs",
    "Ms", "Dr", "Prof", "Rev", "St", "Jr", "Sr", "Corp", "Inc", "Co", "Ltd", "Mt", "Ft", "Jan",
    "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "No",
];

/// Two or more capitalised names joined by hyphens ("Trump-Putin", "US-Russia").
fn is_name_compound(word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|p| {
            p.chars().count() >= 2
                && p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().all(char::is_alphabetic)
        })
}

/// The spans of a sentence's words as the tagger reads them: the product's tokens, except that
/// an abbreviation and the period right after it are one word unless the period ends the
/// sentence (as in CoNLL), and a compound of names not followed by a capitalised word is split
/// at its hyphens ("the Trump-Putin summit" -> Trump, -, Putin; "Jean-Claude Juncker" stays).
fn conll_words(text: &str, toks: &[Token]) -> Vec<Span> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        let dot = toks
            .get(i + 1)
            .filter(|d| d.text(text) == "." && d.span.start == t.span.end && i + 2 < toks.len());
        let next_capitalised = toks
            .get(i + 1)
            .is_some_and(|n| n.text(text).chars().next().is_some_and(char::is_uppercase));
        match dot {
            Some(d) if ABBREVIATIONS.contains(&t.text(text)) => {
                out.push(t.span.start..d.span.end);
                i += 2;
            }
            _ if !next_capitalised && is_name_compound(t.text(text)) => {
                let mut start = t.span.start;
                for part in t.text(text).split('-') {
                    out.push(start..start + part.len());
                    if start + part.len() < t.span.end {
                        out.push(start + part.len()..start + part.len() + 1);
                    }
                    start += part.len() + 1;
                }
                i += 1;
            }
            _ => {
                out.push(t.span.clone());
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_keeps_its_period_unless_it_ends_the_sentence() {
        let text = "Gen. Randy George met Acme Corp.";
        let toks = crate::analysis::tokens::tokenize(text);
        let words: Vec<&str> = conll_words(text, &toks).into_iter().map(|s| &text[s]).collect();
        assert_eq!(words, ["Gen.", "Randy", "George", "met", "Acme", "Corp", "."]);
    }

    #[test]
    fn name_compounds_split_but_hyphenated_first_names_stay() {
        let text = "the Trump-Putin summit; Jean-Claude Juncker; a well-known US-EU-Russia deal";
        let toks = crate::analysis::tokens::tokenize(text);
        let words: Vec<&str> = conll_words(text, &toks).into_iter().map(|s| &text[s]).collect();
        assert_eq!(
            words,
            [
                "the",
                "Trump",
                "-",
                "Putin",
                "summit",
                ";",
                "Jean-Claude",
                "Juncker",
                ";",
                "a",
                "well-known",
                "US",
                "-",
                "EU",
                "-",
                "Russia",
                "deal"
            ]
        );
    }

    #[test]
    fn titles_split_names() {
        let words = ["Army", "Chief", "of", "Staff", "Gen.", "Randy", "George"];
        assert_eq!(
            split_at_title(&words, EntityKind::Organization),
            vec![(0..1, EntityKind::Organization), (5..7, EntityKind::Person)]
        );
        assert_eq!(
            split_at_title(&["Dr.", "Smith"], EntityKind::Misc),
            vec![(1..2, EntityKind::Person)]
        );
        assert_eq!(
            split_at_title(&["Acme"], EntityKind::Organization),
            vec![(0..1, EntityKind::Organization)]
        );
    }

    #[test]
    fn demonyms_and_parties_are_groups() {
        assert_eq!(kind_of(EntityType::Misc, &["Ukrainian"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["South", "Koreans"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["pro-Russian"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["GERMAN"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Org, &["Democrats"]), EntityKind::Group);
        assert_eq!(kind_of(EntityType::Misc, &["World", "Cup"]), EntityKind::Misc);
        assert_eq!(kind_of(EntityType::Misc, &["Nobel"]), EntityKind::Misc);
        assert_eq!(kind_of(EntityType::Loc, &["Kyiv"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Loc, &["White", "House"]), EntityKind::Organization);
        assert_eq!(kind_of(EntityType::Misc, &["US"]), EntityKind::Place);
        assert_eq!(kind_of(EntityType::Org, &["U.S."]), EntityKind::Place);
    }
}
