//! TextRank: PageRank over the graph of sentences, edges weighted by similarity. Two edge
//! weights: cosine over term-frequency vectors (what the ranker uses) and the word-overlap
//! similarity of Mihalcea & Tarau (2004), the plain baseline `eval-summary` compares against.

use super::similarity::{cosine, shared_terms, SentenceTerms};

const DAMPING: f32 = 0.85;
const MAX_ITERATIONS: usize = 50;
const TOLERANCE: f32 = 1e-5;

/// A symmetric similarity matrix, row-major.
pub struct SimilarityMatrix {
    pub n: usize,
    pub weights: Vec<f32>,
}

impl SimilarityMatrix {
    /// Cosine similarity of the given unit vectors.
    pub fn cosine(vectors: &[Vec<(usize, f32)>]) -> Self {
        Self::build(vectors.len(), |i, j| cosine(&vectors[i], &vectors[j]))
    }

    /// Mihalcea & Tarau's overlap: shared words / (ln |Si| + ln |Sj|).
    pub fn overlap(terms: &SentenceTerms) -> Self {
        let sizes: Vec<f32> =
            terms.terms.iter().map(|s| s.iter().map(|&(_, c)| c).sum::<f32>()).collect();
        Self::build(terms.terms.len(), |i, j| {
            let denominator = (sizes[i] + 1.0).ln() + (sizes[j] + 1.0).ln();
            let shared = shared_terms(&terms.terms[i], &terms.terms[j]) as f32;
            if denominator > 0.0 {
                shared / denominator
            } else {
                0.0
            }
        })
    }

    fn build(n: usize, sim: impl Fn(usize, usize) -> f32) -> Self {
        let mut weights = vec![0.0; n * n];
        for i in 0..n {
            for j in i + 1..n {
                let w = sim(i, j);
                weights[i * n + j] = w;
                weights[j * n + i] = w;
            }
        }
        SimilarityMatrix { n, weights }
    }

    pub fn get(&self, i: usize, j: usize) -> f32 {
        self.weights.get(i * self.n + j).copied().unwrap_or(0.0)
    }
}

/// PageRank scores of every sentence (they sum to 1; all equal when no edges exist).
pub fn pagerank(matrix: &SimilarityMatrix) -> Vec<f32> {
    let n = matrix.n;
    if n == 0 {
        return Vec::new();
    }
    let out_weight: Vec<f32> =
        (0..n).map(|i| matrix.weights[i * n..(i + 1) * n].iter().sum()).collect();
    let mut scores = vec![1.0 / n as f32; n];
    let base = (1.0 - DAMPING) / n as f32;
    for _ in 0..MAX_ITERATIONS {
        // Sentences without edges spread their score evenly, so the total stays 1.
        let dangling: f32 =
            (0..n).filter(|&j| out_weight[j] <= 0.0).map(|j| scores[j]).sum::<f32>() / n as f32;
        let next: Vec<f32> = (0..n)
            .map(|i| {
                let incoming: f32 = (0..n)
                    .filter(|&j| out_weight[j] > 0.0)
                    .map(|j| matrix.get(j, i) / out_weight[j] * scores[j])
                    .sum();
                base + DAMPING * (incoming + dangling)
            })
            .collect();
        let change: f32 = next.iter().zip(&scores).map(|(a, b)| (a - b).abs()).sum();
        scores = next;
        if change < TOLERANCE {
            break;
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_sentence_ranks_first_and_scores_sum_to_one() {
        // 0 is linked to 1 and 2; 1 and 2 are not linked to each other.
        let m =
            SimilarityMatrix { n: 3, weights: vec![0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0] };
        let s = pagerank(&m);
        assert!(s[0] > s[1] && s[0] > s[2]);
        assert!((s.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }

    #[test]
    fn no_edges_gives_equal_scores() {
        let m = SimilarityMatrix { n: 2, weights: vec![0.0; 4] };
        let s = pagerank(&m);
        assert!((s[0] - s[1]).abs() < 1e-6);
    }
}
