//! Viterbi decoding over valid IOB2 label sequences: the best-scoring sequence in which every
//! `I-X` follows a `B-X` or `I-X`.

use super::labels::{Label, NUM_LABELS};

/// Transition scores: `[prev][next]`, with row [`NUM_LABELS`] for the sentence start.
pub type Transitions = [[f32; NUM_LABELS]; NUM_LABELS + 1];

const FORBIDDEN: f32 = f32::NEG_INFINITY;

/// Reusable buffers for [`Decoder::viterbi`].
#[derive(Default)]
pub struct Decoder {
    scores: Vec<[f32; NUM_LABELS]>,
    back: Vec<[u8; NUM_LABELS]>,
}

impl Decoder {
    /// The best label sequence for per-token label scores `emissions`, written to `out`.
    pub fn viterbi(
        &mut self,
        emissions: &[[f32; NUM_LABELS]],
        trans: &Transitions,
        out: &mut Vec<Label>,
    ) {
        out.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        self.scores.clear();
        self.back.clear();
        self.scores.resize(n, [FORBIDDEN; NUM_LABELS]);
        self.back.resize(n, [0; NUM_LABELS]);
        for y in 0..NUM_LABELS {
            if Label(y as u8).may_start() {
                self.scores[0][y] = emissions[0][y] + trans[NUM_LABELS][y];
            }
        }
        // The transitions with the invalid ones forbidden, so the inner loop has no branch on
        // validity: a forbidden score stays forbidden through the addition.
        let mut allowed = [[FORBIDDEN; NUM_LABELS]; NUM_LABELS];
        for (p, row) in allowed.iter_mut().enumerate() {
            for (y, t) in row.iter_mut().enumerate() {
                if Label(p as u8).allows(Label(y as u8)) {
                    *t = trans[p][y];
                }
            }
        }
        for i in 1..n {
            let (done, rest) = self.scores.split_at_mut(i);
            let prev = &done[i - 1];
            let cur = &mut rest[0];
            for y in 0..NUM_LABELS {
                let mut best = FORBIDDEN;
                let mut arg = 0u8;
                for (p, &ps) in prev.iter().enumerate() {
                    let s = ps + allowed[p][y];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                cur[y] = best + emissions[i][y];
                self.back[i][y] = arg;
            }
        }
        let last = &self.scores[n - 1];
        let mut y = (0..NUM_LABELS).fold(0, |b, k| if last[k] > last[b] { k } else { b });
        out.resize(n, Label::O);
        for i in (0..n).rev() {
            out[i] = Label(y as u8);
            y = self.back[i][y] as usize;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::labels::EntityType;

    #[test]
    fn invalid_inside_is_never_chosen() {
        // Emissions prefer I-ORG after B-PER; the decoder must pick a valid sequence.
        let mut e = [[0.0; NUM_LABELS]; 2];
        e[0][Label::begin(EntityType::Per).index()] = 5.0;
        e[1][Label::inside(EntityType::Org).index()] = 4.0;
        e[1][Label::begin(EntityType::Org).index()] = 3.0;
        let mut out = Vec::new();
        Decoder::default().viterbi(&e, &[[0.0; NUM_LABELS]; NUM_LABELS + 1], &mut out);
        assert_eq!(out, vec![Label::begin(EntityType::Per), Label::begin(EntityType::Org)]);
    }

    #[test]
    fn transitions_change_the_best_path() {
        let mut e = [[0.0; NUM_LABELS]; 2];
        e[0][Label::begin(EntityType::Loc).index()] = 2.0;
        e[1][Label::begin(EntityType::Loc).index()] = 1.0;
        e[1][Label::inside(EntityType::Loc).index()] = 0.5;
        let mut t = [[0.0; NUM_LABELS]; NUM_LABELS + 1];
        t[Label::begin(EntityType::Loc).index()][Label::inside(EntityType::Loc).index()] = 1.0;
        let mut out = Vec::new();
        Decoder::default().viterbi(&e, &t, &mut out);
        assert_eq!(out[1], Label::inside(EntityType::Loc));
    }
}
