//! Named-entity recognition: finds spans of people, organizations, places and groups.
//!
//! This first version is a heuristic: runs of capitalised words, minus sentence-initial function
//! words and titles, typed by small word lists. The trained model replaces it behind
//! [`recognize`].

use super::tokens::Token;
use super::{EntityKind, Span};

/// A recognised entity mention before mentions are merged into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    pub span: Span,
    pub kind: EntityKind,
}

const DEMONYMS: &[&str] = &[
    "American",
    "British",
    "Chinese",
    "European",
    "French",
    "German",
    "Israeli",
    "Palestinian",
    "Russian",
    "Ukrainian",
    "Iranian",
    "Japanese",
    "Indian",
    "Turkish",
    "Polish",
    "Korean",
    "Syrian",
    "Iraqi",
    "Afghan",
    "Canadian",
    "Mexican",
    "Italian",
    "Spanish",
    "African",
    "Arab",
    "Western",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
];
const PLACES: &[&str] = &[
    "US",
    "U.S.",
    "USA",
    "UK",
    "Ukraine",
    "Russia",
    "Kyiv",
    "Moscow",
    "Washington",
    "Turkey",
    "China",
    "Europe",
    "London",
    "Paris",
    "Berlin",
    "Beijing",
    "Israel",
    "Gaza",
    "Iran",
    "India",
    "Anchorage",
    "Ternopil",
    "France",
    "Germany",
    "Poland",
    "Japan",
    "Brussels",
    "United States",
];
const ORG_WORDS: &[&str] = &[
    "Pentagon",
    "Kremlin",
    "White House",
    "Army",
    "Navy",
    "NATO",
    "UN",
    "EU",
    "Congress",
    "Senate",
    "Ministry",
    "Department",
    "Council",
    "Commission",
    "Bank",
    "Party",
    "Inc",
    "Corp",
    "University",
    "Agency",
    "Court",
    "Reuters",
    "Committee",
    "Union",
    "Company",
    "Group",
];
const TITLES: &[&str] = &[
    "President",
    "Secretary",
    "Gen.",
    "General",
    "Minister",
    "Prime",
    "Chief",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "Spokesman",
    "Spokeswoman",
    "Envoy",
    "Adviser",
    "Staff",
    "Chancellor",
    "King",
    "Queen",
    "Pope",
    "Judge",
    "Mayor",
];
const STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Their",
    "His",
    "Her",
    "Its",
    "Our",
    "We",
    "They",
    "He",
    "She",
    "It",
    "I",
    "In",
    "On",
    "At",
    "As",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "During",
    "After",
    "Before",
    "Meanwhile",
    "Background",
    "Next",
    "Senior",
    "Since",
    "For",
    "From",
    "With",
    "By",
    "To",
    "Of",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Such",
    "According",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Earlier",
];

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Finds entity spans in `text`.
pub fn recognize(text: &str, tokens: &[Token], _sentences: &[Span]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let w = tokens[i].text(text);
        if !is_capitalised(w) || STOP.contains(&w) || TITLES.contains(&w) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() {
            let n = tokens[j].text(text);
            let adjacent_space = text[tokens[j - 1].span.end..tokens[j].span.start] == *" ";
            if adjacent_space && is_capitalised(n) && !STOP.contains(&n) && !DEMONYMS.contains(&n) {
                j += 1;
            } else {
                break;
            }
        }
        let span = tokens[i].span.start..tokens[j - 1].span.end;
        let words: Vec<&str> = tokens[i..j].iter().map(|t| t.text(text)).collect();
        let phrase = &text[span.clone()];
        let kind = if words.len() == 1 && DEMONYMS.contains(&words[0]) {
            EntityKind::Group
        } else if PLACES.contains(&phrase) {
            EntityKind::Place
        } else if words.iter().any(|w| ORG_WORDS.contains(w)) || ORG_WORDS.contains(&phrase) {
            EntityKind::Organization
        } else if words.len() >= 2 {
            EntityKind::Person
        } else {
            EntityKind::Misc
        };
        out.push(EntitySpan { span, kind });
        i = j;
    }
    out
}
