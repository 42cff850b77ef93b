//! The tag set: IOB2 labels over the four CoNLL entity types, their valid transitions, and the
//! conversion between label sequences and typed spans.

use std::ops::Range;

/// The four CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] =
        [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Number of labels: `O` and `B-`/`I-` for each type.
pub const NUM_LABELS: usize = 9;

/// An IOB2 label: 0 is `O`, `1 + 2t` is `B-t`, `2 + 2t` is `I-t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Label(pub u8);

impl Label {
    pub const O: Label = Label(0);

    pub fn begin(t: EntityType) -> Label {
        Label(1 + 2 * t as u8)
    }

    pub fn inside(t: EntityType) -> Label {
        Label(2 + 2 * t as u8)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self.0 {
            1 | 2 => Some(EntityType::Per),
            3 | 4 => Some(EntityType::Org),
            5 | 6 => Some(EntityType::Loc),
            7 | 8 => Some(EntityType::Misc),
            _ => None,
        }
    }

    pub fn is_begin(self) -> bool {
        self.0 % 2 == 1
    }

    pub fn is_inside(self) -> bool {
        self.0 != 0 && self.0.is_multiple_of(2)
    }

    /// `O`, `B-PER`, `I-LOC`, ...: the tag as written in CoNLL files.
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; NUM_LABELS] =
            ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
        NAMES.get(self.index()).copied().unwrap_or("O")
    }

    /// Parses `O`, `B-X` or `I-X` (X one of PER, ORG, LOC, MISC).
    pub fn parse(s: &str) -> Option<Label> {
        if s == "O" {
            return Some(Label::O);
        }
        let (prefix, ty) = s.split_once('-')?;
        let ty = EntityType::parse(ty)?;
        match prefix {
            "B" => Some(Label::begin(ty)),
            "I" => Some(Label::inside(ty)),
            _ => None,
        }
    }

    /// Whether `next` may follow `self` in IOB2 (`I-X` only after `B-X` or `I-X`).
    pub fn allows(self, next: Label) -> bool {
        !next.is_inside() || (self.0 != 0 && self.entity_type() == next.entity_type())
    }

    /// Whether a sentence may start with this label.
    pub fn may_start(self) -> bool {
        !self.is_inside()
    }
}

/// Rewrites IOB1 (`B-` only between two touching entities of one type) as IOB2 (every entity
/// starts with `B-`). IOB2 input is returned unchanged.
pub fn iob1_to_iob2(labels: &mut [Label]) {
    let mut prev = Label::O;
    for l in labels.iter_mut() {
        if l.is_inside() && !prev.allows(*l) {
            if let Some(t) = l.entity_type() {
                *l = Label::begin(t);
            }
        }
        prev = *l;
    }
}

/// The typed spans (token ranges) of an IOB2 sequence; a stray `I-X` starts a new span.
pub fn spans(labels: &[Label]) -> Vec<(Range<usize>, EntityType)> {
    let mut out: Vec<(Range<usize>, EntityType)> = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, l) in labels.iter().enumerate() {
        let continues = l.is_inside() && open.is_some_and(|(_, t)| Some(t) == l.entity_type());
        if continues {
            continue;
        }
        if let Some((start, t)) = open.take() {
            out.push((start..i, t));
        }
        if let Some(t) = l.entity_type() {
            open = Some((i, t));
        }
    }
    if let Some((start, t)) = open {
        out.push((start..labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(s: &str) -> Vec<Label> {
        s.split(' ').map(|t| Label::parse(t).unwrap_or(Label::O)).collect()
    }

    #[test]
    fn labels_round_trip_through_text() {
        for i in 0..NUM_LABELS as u8 {
            assert_eq!(Label::parse(Label(i).as_str()), Some(Label(i)));
        }
        assert_eq!(Label::parse("B-FOO"), None);
    }

    #[test]
    fn iob1_becomes_iob2() {
        let mut l = parse_all("I-PER I-PER B-PER O I-LOC I-ORG");
        iob1_to_iob2(&mut l);
        assert_eq!(l, parse_all("B-PER I-PER B-PER O B-LOC B-ORG"));
    }

    #[test]
    fn spans_split_at_type_change_and_begin() {
        let l = parse_all("B-PER I-PER B-PER I-LOC O B-MISC");
        assert_eq!(
            spans(&l),
            vec![
                (0..2, EntityType::Per),
                (2..3, EntityType::Per),
                (3..4, EntityType::Loc),
                (5..6, EntityType::Misc)
            ]
        );
    }

    #[test]
    fn transitions_forbid_inside_after_other_type() {
        let b_per = Label::begin(EntityType::Per);
        assert!(b_per.allows(Label::inside(EntityType::Per)));
        assert!(!b_per.allows(Label::inside(EntityType::Org)));
        assert!(!Label::O.allows(Label::inside(EntityType::Org)));
        assert!(!Label::inside(EntityType::Loc).may_start());
    }
}
