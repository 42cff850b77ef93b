//! The averaged structured perceptron: for each training sentence, decode with the current
//! weights and, where the best path differs from the gold path, add the gold path's features
//! and subtract the predicted path's. The averaged weights (over every step) are the model.

use crate::analysis::ner::decode::{Decoder, Transitions};
use crate::analysis::ner::labels::{Label, NUM_LABELS};

/// A training sentence: interned feature ids per token (`offsets` as in `TokenFeatures`) and
/// its gold labels.
#[derive(Debug, Clone, Default)]
pub struct Instance {
    pub features: Vec<u32>,
    pub offsets: Vec<u32>,
    pub gold: Vec<Label>,
}

impl Instance {
    pub fn token(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.features.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

const START: usize = NUM_LABELS;

/// Weights being trained, with the sums needed for averaging.
pub struct Perceptron {
    weights: Vec<f32>,
    sums: Vec<f32>,
    trans: Vec<f32>,
    trans_sums: Vec<f32>,
    step: f32,
}

/// Averaged weights: `features * 9` emission weights and transition scores.
pub struct Averaged {
    pub weights: Vec<f32>,
    pub transitions: Transitions,
}

fn transitions_from(flat: &[f32]) -> Transitions {
    let mut t = [[0.0; NUM_LABELS]; NUM_LABELS + 1];
    for (k, &v) in flat.iter().enumerate() {
        t[k / NUM_LABELS][k % NUM_LABELS] = v;
    }
    t
}

/// Per-token label scores of an instance under `weights`.
pub fn emissions(weights: &[f32], inst: &Instance, out: &mut Vec<[f32; NUM_LABELS]>) {
    out.clear();
    for i in 0..inst.gold.len() {
        let mut e = [0f32; NUM_LABELS];
        for &f in inst.token(i) {
            let base = f as usize * NUM_LABELS;
            if let Some(row) = weights.get(base..base + NUM_LABELS) {
                for (s, w) in e.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        out.push(e);
    }
}

impl Perceptron {
    pub fn new(feature_count: usize) -> Perceptron {
        Perceptron {
            weights: vec![0.0; feature_count * NUM_LABELS],
            sums: vec![0.0; feature_count * NUM_LABELS],
            trans: vec![0.0; (NUM_LABELS + 1) * NUM_LABELS],
            trans_sums: vec![0.0; (NUM_LABELS + 1) * NUM_LABELS],
            step: 1.0,
        }
    }

    /// Trains for `epochs` passes over `instances`, in an order shuffled by a fixed seed.
    pub fn train(&mut self, instances: &[&Instance], epochs: usize, seed: u64) {
        let mut order: Vec<usize> = (0..instances.len()).collect();
        let mut rng = seed | 1;
        let mut decoder = Decoder::default();
        let (mut em, mut pred) = (Vec::new(), Vec::new());
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &k in &order {
                let Some(inst) = instances.get(k) else { continue };
                emissions(&self.weights, inst, &mut em);
                decoder.viterbi(&em, &transitions_from(&self.trans), &mut pred);
                self.update(inst, &pred);
                self.step += 1.0;
            }
        }
    }

    fn update(&mut self, inst: &Instance, pred: &[Label]) {
        let step = self.step;
        let bump = |w: &mut Vec<f32>, s: &mut Vec<f32>, at: usize, d: f32| {
            if let (Some(w), Some(s)) = (w.get_mut(at), s.get_mut(at)) {
                *w += d;
                *s += step * d;
            }
        };
        let mut prev = (START, START);
        for (i, (&g, &p)) in inst.gold.iter().zip(pred).enumerate() {
            let (g, p) = (g.index(), p.index());
            if g != p {
                for &f in inst.token(i) {
                    let base = f as usize * NUM_LABELS;
                    bump(&mut self.weights, &mut self.sums, base + g, 1.0);
                    bump(&mut self.weights, &mut self.sums, base + p, -1.0);
                }
            }
            if (prev.0, g) != (prev.1, p) {
                bump(&mut self.trans, &mut self.trans_sums, prev.0 * NUM_LABELS + g, 1.0);
                bump(&mut self.trans, &mut self.trans_sums, prev.1 * NUM_LABELS + p, -1.0);
            }
            prev = (g, p);
        }
    }

    pub fn averaged(&self) -> Averaged {
        let avg = |w: &[f32], s: &[f32]| -> Vec<f32> {
            w.iter().zip(s).map(|(w, s)| w - s / self.step).collect()
        };
        Averaged {
            weights: avg(&self.weights, &self.sums),
            transitions: transitions_from(&avg(&self.trans, &self.trans_sums)),
        }
    }
}

/// Decodes an instance with averaged weights.
pub fn predict(model: &Averaged, inst: &Instance, decoder: &mut Decoder, out: &mut Vec<Label>) {
    let mut em = Vec::new();
    emissions(&model.weights, inst, &mut em);
    decoder.viterbi(&em, &model.transitions, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::labels::EntityType;

    #[test]
    fn learns_a_separable_toy_problem() {
        // Feature 0 marks a person, feature 1 an ordinary word.
        let per = Label::begin(EntityType::Per);
        let inst = Instance {
            features: vec![0, 1, 1],
            offsets: vec![0, 1, 2, 3],
            gold: vec![per, Label::O, Label::O],
        };
        let mut p = Perceptron::new(2);
        p.train(&[&inst], 3, 7);
        let mut out = Vec::new();
        predict(&p.averaged(), &inst, &mut Decoder::default(), &mut out);
        assert_eq!(out, inst.gold);
    }
}
