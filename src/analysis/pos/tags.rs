//! The Penn Treebank tag set as CoNLL-2003 writes it (44 tags and the odd `NN|SYM`), as a
//! one-byte [`Tag`], with the coarse classes the timeline reads (verb, noun, preposition).

/// Tag names by index.
pub const TAG_NAMES: [&str; NUM_TAGS] = [
    "NNP", "NN", "CD", "IN", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN", "RB", "CC", "TO",
    "PRP", ")", "(", "VBG", "VBZ", ":", "\"", "POS", "PRP$", "VBP", "MD", "NNPS", "WP", "RP",
    "WDT", "SYM", "$", "WRB", "JJR", "JJS", "FW", "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$",
    "LS", "NN|SYM",
];

/// Number of tags.
pub const NUM_TAGS: usize = 45;

/// One part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(u8);

impl Tag {
    pub const NNP: Tag = Tag(0);
    pub const NN: Tag = Tag(1);
    pub const CD: Tag = Tag(2);
    pub const IN: Tag = Tag(3);
    pub const DT: Tag = Tag(4);
    pub const JJ: Tag = Tag(5);
    pub const NNS: Tag = Tag(6);
    pub const VBD: Tag = Tag(7);
    pub const VB: Tag = Tag(10);
    pub const VBN: Tag = Tag(11);
    pub const RB: Tag = Tag(12);
    pub const CC: Tag = Tag(13);
    pub const TO: Tag = Tag(14);
    pub const PRP: Tag = Tag(15);
    pub const VBG: Tag = Tag(18);
    pub const VBZ: Tag = Tag(19);
    pub const POS: Tag = Tag(22);
    pub const PRP_S: Tag = Tag(23);
    pub const VBP: Tag = Tag(24);
    pub const MD: Tag = Tag(25);
    pub const NNPS: Tag = Tag(26);
    pub const WP: Tag = Tag(27);
    pub const WDT: Tag = Tag(29);

    /// The tag named `name`, if it is one.
    pub fn parse(name: &str) -> Option<Tag> {
        TAG_NAMES.iter().position(|&t| t == name).map(|i| Tag(i as u8))
    }

    /// The tag with index `i` (`0..NUM_TAGS`).
    pub fn from_index(i: usize) -> Option<Tag> {
        (i < NUM_TAGS).then_some(Tag(i as u8))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn as_str(self) -> &'static str {
        TAG_NAMES.get(self.index()).copied().unwrap_or("?")
    }

    /// Any verb form or a modal (VB, VBD, VBG, VBN, VBP, VBZ, MD).
    pub fn is_verb(self) -> bool {
        self.as_str().starts_with("VB") || self == Tag::MD
    }

    /// A finite verb or modal: one that can head a clause with a subject.
    pub fn is_finite_verb(self) -> bool {
        matches!(self, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD)
    }

    /// Nouns and proper nouns, singular or plural.
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// Words that can sit inside a noun phrase: determiners, possessives, adjectives, nouns,
    /// numbers.
    pub fn in_noun_phrase(self) -> bool {
        self.is_noun()
            || matches!(self, Tag::DT | Tag::PRP_S | Tag::JJ | Tag::CD | Tag::POS | Tag::PRP)
            || matches!(self.as_str(), "JJR" | "JJS" | "PDT" | "$" | "NN|SYM")
    }

    /// Prepositions and subordinating conjunctions (IN) and "to" (TO).
    pub fn is_preposition(self) -> bool {
        matches!(self, Tag::IN | Tag::TO)
    }

    /// Punctuation tags.
    pub fn is_punct(self) -> bool {
        matches!(self.as_str(), "." | "," | ":" | "\"" | "''" | "(" | ")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_constants_match() {
        for (i, name) in TAG_NAMES.iter().enumerate() {
            assert_eq!(Tag::parse(name).map(Tag::index), Some(i));
        }
        let named = [
            (Tag::NNP, "NNP"),
            (Tag::VBD, "VBD"),
            (Tag::VB, "VB"),
            (Tag::VBN, "VBN"),
            (Tag::TO, "TO"),
            (Tag::PRP_S, "PRP$"),
            (Tag::MD, "MD"),
            (Tag::WDT, "WDT"),
            (Tag::VBZ, "VBZ"),
            (Tag::POS, "POS"),
        ];
        for (tag, name) in named {
            assert_eq!(tag.as_str(), name);
        }
        assert_eq!(Tag::parse("XYZ"), None);
        assert!(Tag::MD.is_verb() && Tag::VBG.is_verb() && !Tag::NN.is_verb());
    }
}
