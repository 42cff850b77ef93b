//! The tagged view of one sentence the event finder reads: each token's text and
//! part-of-speech tag, where the date is, and the tests on a token (verb, noun-phrase word,
//! boundary of a clause or aside).

pub use crate::analysis::lexicon::closed_class::DETERMINERS;
use crate::analysis::lexicon::closed_class::{AUXILIARIES, AUXILIARY_CLITICS};
use crate::analysis::pos::Tag;
use crate::analysis::tokens::Token;

/// Conjunctions tagged IN that open a clause rather than a prepositional phrase.
const SUBORDINATORS: &[&str] = &[
    "that", "because", "if", "although", "though", "while", "whether", "as", "since", "after",
    "before", "until", "unless", "so", "despite",
];

/// Marks that end a clause or open or close an aside: commas, dashes, colons, semicolons,
/// brackets; not the period of "Gen.", nor quotation marks, which mostly hold a word or two in
/// news text ("is \"unlikely\" in Europe").
const BOUNDARIES: &[&str] =
    &[",", ";", ":", "(", ")", "[", "]", "-", "--", "—", "–", "?", "!", "...", "…"];

/// One sentence: its tokens, their tags and the date's first and last token.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub tags: &'a [Tag],
    pub first: usize,
    pub last: usize,
}

impl Sentence<'_> {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.text.get(t.span.clone()).unwrap_or(""))
    }

    /// Whether token `i` is one of `words` (given in lower case), ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.word(i);
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    }

    pub fn tag(&self, i: usize) -> Option<Tag> {
        self.tags.get(i).copied()
    }

    fn tag_is(&self, i: usize, test: fn(Tag) -> bool) -> bool {
        self.tag(i).is_some_and(test)
    }

    pub fn in_date(&self, i: usize) -> bool {
        (self.first..=self.last).contains(&i)
    }

    /// Punctuation, by its characters (a tag can be wrong about it).
    pub fn is_punct(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty() && w != "%" && !w.chars().any(char::is_alphanumeric)
    }

    /// A mark that ends a clause or opens or closes an aside (`BOUNDARIES`).
    pub fn is_boundary(&self, i: usize) -> bool {
        BOUNDARIES.contains(&self.word(i))
    }

    /// A boundary or a period: where a phrase stops.
    pub fn is_stop(&self, i: usize) -> bool {
        self.is_boundary(i) || self.word(i) == "."
    }

    /// A verb that can carry a clause: any verb form outside the date, except a participle
    /// used as an adjective before a noun ("the most requested search terms", "the closing
    /// months", "the French animated feature").
    pub fn is_verb(&self, i: usize) -> bool {
        if self.in_date(i) || !self.tag_is(i, Tag::is_verb) || self.is_punct(i) {
            return false;
        }
        let before = i.checked_sub(1).and_then(|p| self.tag(p)).map_or("", Tag::as_str);
        let participle = matches!(self.tag(i), Some(Tag::VBN | Tag::VBG | Tag::VBD));
        let noun_after = self.tag_is(i + 1, Tag::is_noun) && !self.in_date(i + 1);
        // "Slumping share prices ...": a gerund opening the clause before a noun.
        let opens = self.tag(i) == Some(Tag::VBG) && (i == 0 || self.is_boundary(i - 1));
        let modifier_before =
            opens || matches!(before, "DT" | "PRP$" | "RBS" | "RBR" | "JJ" | "POS");
        // "open for viewing": a gerund after a preposition is a noun.
        let gerund = self.tag(i) == Some(Tag::VBG) && i > 0 && self.is_preposition(i - 1);
        !(participle && noun_after && modifier_before || gerund)
    }

    /// Modals and the forms of "be", "have" and "do": verbs that can open a verb group.
    pub fn is_auxiliary(&self, i: usize) -> bool {
        self.tag(i) == Some(Tag::MD)
            || (AUXILIARIES.contains(self.word(i)) || AUXILIARY_CLITICS.contains(self.word(i)))
                && self.tag_is(i, Tag::is_verb)
    }

    pub fn is_adverb(&self, i: usize) -> bool {
        self.tag(i).is_some_and(|t| t.as_str().starts_with("RB"))
    }

    /// A preposition (IN, TO) that is not a subordinating conjunction.
    pub fn is_preposition(&self, i: usize) -> bool {
        self.tag_is(i, Tag::is_preposition) && !self.is_subordinator(i)
    }

    /// "than" after a comparative ("more than half"): part of the noun phrase.
    pub fn is_comparison(&self, i: usize) -> bool {
        self.is_any(i, &["than"])
            && i.checked_sub(1)
                .and_then(|p| self.tag(p))
                .is_some_and(|t| matches!(t.as_str(), "JJR" | "RBR"))
    }

    /// A word that opens a subordinate or relative clause: "that", "because", "which", "who",
    /// "when".
    pub fn is_subordinator(&self, i: usize) -> bool {
        let tag = self.tag(i).map_or("", Tag::as_str);
        matches!(tag, "WDT" | "WP" | "WRB" | "WP$") || tag == "IN" && self.is_any(i, SUBORDINATORS)
    }

    /// Determiners, possessives, adjectives, nouns and numbers.
    pub fn is_nominal(&self, i: usize) -> bool {
        let currency_or_possessive = matches!(self.word(i), "%" | "$" | "£" | "€" | "'s" | "’s");
        currency_or_possessive || self.tag_is(i, Tag::in_noun_phrase) && !self.is_punct(i)
    }

    pub fn is_noun(&self, i: usize) -> bool {
        self.tag_is(i, Tag::is_noun) && !self.is_punct(i)
    }

    pub fn is_determiner(&self, i: usize) -> bool {
        matches!(self.tag(i), Some(Tag::DT | Tag::PRP_S))
    }

    /// Text from token `a` to token `b` inclusive.
    pub fn slice(&self, a: usize, b: usize) -> String {
        let (Some(s), Some(e)) = (self.tokens.get(a), self.tokens.get(b)) else {
            return String::new();
        };
        self.text.get(s.span.start..e.span.end).unwrap_or("").to_string()
    }

    /// The words of tokens `a..=b` without the date's tokens, joined by their spacing.
    pub fn slice_without_date(&self, a: usize, b: usize) -> String {
        if b < self.first || a > self.last {
            return self.slice(a, b);
        }
        let left = (a < self.first).then(|| self.slice(a, self.first - 1));
        let right = (b > self.last).then(|| self.slice(self.last + 1, b));
        left.into_iter().chain(right).collect::<Vec<_>>().join(" ")
    }
}
