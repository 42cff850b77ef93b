//! Training weights of the greedy tagger: a sparse row of (tag, weight) per feature, with the
//! running sums that averaging needs. Features are interned on first update, in the order they
//! are met, so training is deterministic.

use crate::analysis::ner::hash::HashKeyMap;
use crate::analysis::pos::tags::{Tag, NUM_TAGS};

#[derive(Debug, Clone, Copy)]
struct Entry {
    tag: u8,
    weight: f32,
    /// Sum of `step * change`, so that the average is `weight - sum / steps`.
    sum: f32,
}

/// Weights being trained.
#[derive(Default)]
pub struct Training {
    ids: HashKeyMap<u32>,
    keys: Vec<u64>,
    rows: Vec<Vec<Entry>>,
    step: f32,
}

/// Averaged weights: per feature key, its non-zero (tag, weight) pairs.
pub struct Averaged {
    pub rows: Vec<(u64, Vec<(Tag, f32)>)>,
}

impl Training {
    pub fn new() -> Training {
        Training { step: 1.0, ..Default::default() }
    }

    /// Adds the current weights of `features` to `scores`.
    pub fn score(&self, features: &[u64], scores: &mut [f32; NUM_TAGS]) {
        for f in features {
            let Some(row) = self.ids.get(f).and_then(|&id| self.rows.get(id as usize)) else {
                continue;
            };
            for e in row {
                if let Some(s) = scores.get_mut(e.tag as usize) {
                    *s += e.weight;
                }
            }
        }
    }

    /// One token seen: rewards `gold` and penalises `guess` when they differ.
    pub fn update(&mut self, features: &[u64], gold: Tag, guess: Tag) {
        if gold != guess {
            for &f in features {
                let next = self.keys.len() as u32;
                let id = *self.ids.entry(f).or_insert(next);
                if id == next {
                    self.keys.push(f);
                    self.rows.push(Vec::new());
                }
                if let Some(row) = self.rows.get_mut(id as usize) {
                    bump(row, gold, 1.0, self.step);
                    bump(row, guess, -1.0, self.step);
                }
            }
        }
        self.step += 1.0;
    }

    pub fn feature_count(&self) -> usize {
        self.keys.len()
    }

    /// The weights averaged over every step.
    pub fn averaged(&self) -> Averaged {
        let rows = self
            .keys
            .iter()
            .zip(&self.rows)
            .map(|(&key, row)| {
                let mut avg: Vec<(Tag, f32)> = row
                    .iter()
                    .filter_map(|e| {
                        let w = e.weight - e.sum / self.step;
                        Some((Tag::from_index(e.tag as usize)?, w)).filter(|_| w != 0.0)
                    })
                    .collect();
                avg.sort_by_key(|(t, _)| *t);
                (key, avg)
            })
            .collect();
        Averaged { rows }
    }
}

fn bump(row: &mut Vec<Entry>, tag: Tag, change: f32, step: f32) {
    let tag = tag.index() as u8;
    let at = match row.iter().position(|e| e.tag == tag) {
        Some(at) => at,
        None => {
            row.push(Entry { tag, weight: 0.0, sum: 0.0 });
            row.len() - 1
        }
    };
    if let Some(e) = row.get_mut(at) {
        e.weight += change;
        e.sum += step * change;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::pos::tagger::best;

    #[test]
    fn an_early_mistake_weighs_more_than_a_late_one_after_averaging() {
        let mut t = Training::new();
        t.update(&[7], Tag::NN, Tag::VB);
        for _ in 0..8 {
            t.update(&[7], Tag::NN, Tag::NN);
        }
        t.update(&[9], Tag::VB, Tag::NN);
        let avg = t.averaged();
        let weight = |key: u64, tag: Tag| {
            avg.rows
                .iter()
                .find(|(k, _)| *k == key)
                .and_then(|(_, r)| r.iter().find(|(t, _)| *t == tag).map(|(_, w)| *w))
        };
        let (early, late) = (weight(7, Tag::NN).unwrap(), weight(9, Tag::VB).unwrap());
        assert!(early > late && late > 0.0, "{early} {late}");
        let mut scores = [0.0; NUM_TAGS];
        t.score(&[7], &mut scores);
        assert_eq!(best(&scores), Tag::NN);
    }
}
