//! A linear-chain CRF over the same features and IOB2 constraints as the perceptron, trained by
//! averaged stochastic gradient ascent on the log-likelihood (forward-backward in log space).
//! Only used to measure the choice of learner (`train-ner --compare-crf`); the shipped model is
//! the perceptron.

use super::perceptron::{emissions, Averaged, Instance};
use crate::analysis::ner::decode::Transitions;
use crate::analysis::ner::labels::{Label, NUM_LABELS};

const START: usize = NUM_LABELS;
const NEG: f32 = f32::NEG_INFINITY;

fn log_sum_exp(xs: impl Iterator<Item = f32> + Clone) -> f32 {
    let m = xs.clone().fold(NEG, f32::max);
    if m == NEG {
        return NEG;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f32>().ln()
}

fn allowed(p: usize, y: usize) -> bool {
    if p == START {
        Label(y as u8).may_start()
    } else {
        Label(p as u8).allows(Label(y as u8))
    }
}

/// CRF weights being trained, averaged like the perceptron's.
pub struct Crf {
    weights: Vec<f32>,
    sums: Vec<f32>,
    trans: Vec<f32>,
    trans_sums: Vec<f32>,
    step: f32,
    rate: f32,
}

impl Crf {
    pub fn new(feature_count: usize, rate: f32) -> Crf {
        Crf {
            weights: vec![0.0; feature_count * NUM_LABELS],
            sums: vec![0.0; feature_count * NUM_LABELS],
            trans: vec![0.0; (NUM_LABELS + 1) * NUM_LABELS],
            trans_sums: vec![0.0; (NUM_LABELS + 1) * NUM_LABELS],
            step: 1.0,
            rate,
        }
    }

    /// Trains for `epochs` passes in an order shuffled by a fixed seed.
    pub fn train(&mut self, instances: &[&Instance], epochs: usize, seed: u64) {
        let mut order: Vec<usize> = (0..instances.len()).collect();
        let mut rng = seed | 1;
        let mut em = Vec::new();
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
                self.gradient_step(inst, &em);
                self.step += 1.0;
            }
        }
    }

    fn gradient_step(&mut self, inst: &Instance, em: &[[f32; NUM_LABELS]]) {
        let n = em.len();
        if n == 0 {
            return;
        }
        let t =
            |p: usize, y: usize| if allowed(p, y) { self.trans[p * NUM_LABELS + y] } else { NEG };
        let mut alpha = vec![[NEG; NUM_LABELS]; n];
        let mut beta = vec![[0f32; NUM_LABELS]; n];
        for y in 0..NUM_LABELS {
            alpha[0][y] = t(START, y) + em[0][y];
        }
        for i in 1..n {
            for y in 0..NUM_LABELS {
                let prev = alpha[i - 1];
                alpha[i][y] = log_sum_exp((0..NUM_LABELS).map(|p| prev[p] + t(p, y))) + em[i][y];
            }
        }
        for i in (0..n - 1).rev() {
            for p in 0..NUM_LABELS {
                let next = beta[i + 1];
                beta[i][p] = log_sum_exp((0..NUM_LABELS).map(|y| t(p, y) + em[i + 1][y] + next[y]));
            }
        }
        let z = log_sum_exp(alpha[n - 1].iter().copied());
        let (rate, step) = (self.rate, self.step);
        let mut trans_grad = vec![0f32; (NUM_LABELS + 1) * NUM_LABELS];
        for i in 0..n {
            let gold = inst.gold.get(i).map_or(0, |l| l.index());
            let mut g = [0f32; NUM_LABELS];
            for (y, gy) in g.iter_mut().enumerate() {
                *gy = (y == gold) as u8 as f32 - (alpha[i][y] + beta[i][y] - z).exp();
            }
            for &f in inst.token(i) {
                let base = f as usize * NUM_LABELS;
                for (y, gy) in g.iter().enumerate() {
                    if gy.abs() > 1e-4 {
                        if let (Some(w), Some(s)) =
                            (self.weights.get_mut(base + y), self.sums.get_mut(base + y))
                        {
                            *w += rate * gy;
                            *s += step * rate * gy;
                        }
                    }
                }
            }
            let prev_gold =
                if i == 0 { START } else { inst.gold.get(i - 1).map_or(0, |l| l.index()) };
            trans_grad[prev_gold * NUM_LABELS + gold] += 1.0;
            for y in 0..NUM_LABELS {
                if i == 0 {
                    trans_grad[START * NUM_LABELS + y] -= (alpha[0][y] + beta[0][y] - z).exp();
                } else {
                    for p in 0..NUM_LABELS {
                        let m = alpha[i - 1][p] + t(p, y) + em[i][y] + beta[i][y] - z;
                        trans_grad[p * NUM_LABELS + y] -= m.exp();
                    }
                }
            }
        }
        for (k, g) in trans_grad.into_iter().enumerate() {
            self.trans[k] += rate * g;
            self.trans_sums[k] += step * rate * g;
        }
    }

    pub fn averaged(&self) -> Averaged {
        let avg = |w: &[f32], s: &[f32]| -> Vec<f32> {
            w.iter().zip(s).map(|(w, s)| w - s / self.step).collect()
        };
        let flat = avg(&self.trans, &self.trans_sums);
        let mut transitions: Transitions = [[0.0; NUM_LABELS]; NUM_LABELS + 1];
        for (k, v) in flat.into_iter().enumerate() {
            transitions[k / NUM_LABELS][k % NUM_LABELS] = v;
        }
        Averaged { weights: avg(&self.weights, &self.sums), transitions }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::decode::Decoder;
    use crate::analysis::ner::labels::EntityType;
    use crate::tools::ner::perceptron::predict;

    #[test]
    fn learns_a_separable_toy_problem() {
        let per = Label::begin(EntityType::Per);
        let inst = Instance {
            features: vec![0, 1, 1],
            offsets: vec![0, 1, 2, 3],
            gold: vec![per, Label::O, Label::O],
        };
        let mut crf = Crf::new(2, 0.5);
        crf.train(&[&inst], 10, 7);
        let mut out = Vec::new();
        predict(&crf.averaged(), &inst, &mut Decoder::default(), &mut out);
        assert_eq!(out, inst.gold);
    }
}
