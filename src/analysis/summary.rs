//! The extractive summary: ranks every sentence of an article, best first; the caller takes the
//! top k in reading order ([`crate::analysis::Analysis::summary`]).
//!
//! A sentence's score mixes centrality (TextRank over term-frequency cosine, and the average
//! spread of its words across the article), position, coverage of the article's main entities and
//! a preference for self-contained sentences of ordinary length (no quotations, no opening
//! pronoun). Selection is MMR-style: each pick is penalised by its similarity to the sentences
//! already picked, and near-duplicates of a picked sentence go to the end of the ranking.

pub mod similarity;
#[cfg(test)]
mod tests;
pub mod textrank;

use super::document::Document;
use super::{Entity, EntityKind, Span, SummarySentence};
use similarity::{cosine, SentenceTerms};
use textrank::SimilarityMatrix;

/// How much each feature counts; [`Weights::default`] holds the values measured best on the
/// BBC development set (see BENCHMARKS.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// TextRank centrality (scaled so the best sentence has 1).
    pub textrank: f32,
    /// Average number of sentences sharing each of the sentence's words (scaled to max 1).
    pub word_spread: f32,
    /// `1 / (1 + index)`.
    pub position: f32,
    /// Share of the main entities' weight that the sentence mentions.
    pub entities: f32,
    /// Bonus for a sentence of ordinary length (12-40 words).
    pub length: f32,
    /// Penalty for a sentence holding a quotation or opening with a pronoun or connective.
    pub dependent: f32,
    /// MMR penalty: times the highest similarity to an already picked sentence.
    pub redundancy: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            textrank: 1.0,
            word_spread: 0.0,
            position: 0.02,
            entities: 0.1,
            length: 0.02,
            dependent: 0.02,
            redundancy: 0.1,
        }
    }
}

/// A `--weights` string that is not `name=value,...` over the known feature names.
#[derive(Debug, thiserror::Error)]
#[error("bad weights `{0}`: expected name=value,... with names textrank, word_spread, position, entities, length, dependent, redundancy")]
pub struct WeightsError(String);

impl std::str::FromStr for Weights {
    type Err = WeightsError;

    /// Parses `name=value,...`; unnamed features keep their default.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut w = Weights::default();
        for part in s.split(',').filter(|p| !p.trim().is_empty()) {
            let err = || WeightsError(s.to_string());
            let (name, value) = part.split_once('=').ok_or_else(err)?;
            let value: f32 = value.trim().parse().map_err(|_| err())?;
            let slot = match name.trim() {
                "textrank" => &mut w.textrank,
                "word_spread" => &mut w.word_spread,
                "position" => &mut w.position,
                "entities" => &mut w.entities,
                "length" => &mut w.length,
                "dependent" => &mut w.dependent,
                "redundancy" => &mut w.redundancy,
                _ => return Err(err()),
            };
            *slot = value;
        }
        Ok(w)
    }
}

/// Sentences in the TextRank graph (its cost is quadratic); later ones get no centrality.
pub const MAX_GRAPH_SENTENCES: usize = 600;

/// Picks made one by one with the redundancy penalty; the rest follow by score.
const MMR_PICKS: usize = 50;

/// Cosine above which a sentence counts as a near-duplicate of one already picked.
pub const NEAR_DUPLICATE: f32 = 0.8;

/// What the ranking reads from the document alone (term vectors, centrality, word spread): it
/// needs no entity, so a long text computes it beside the mention merging.
pub struct DocumentScores {
    /// Whether the document opens the text (a later part of a long text does not: no lead, no
    /// place in the graph, no picks against redundancy).
    opens_text: bool,
    sentences: Vec<Span>,
    vectors: Vec<Vec<(usize, f32)>>,
    centrality: Vec<f32>,
    spread: Vec<f32>,
}

/// The document's part of the ranking. A document that does not open its text (a later part of
/// a long text, see `analysis::long_text`) is ranked as the tail of one long document is: by
/// the features other than position and centrality, without picks against redundancy.
pub fn document_scores(doc: &Document, opens_text: bool) -> DocumentScores {
    let sentences = doc.sentence_spans();
    let terms = SentenceTerms::new(doc);
    let vectors = terms.unit_vectors(false);
    // The graph is quadratic in sentences: a very long text is ranked by its first part only,
    // later sentences keep the other features.
    let graph = if opens_text { MAX_GRAPH_SENTENCES } else { 0 };
    let in_graph = vectors.get(..graph).unwrap_or(&vectors);
    let mut centrality = scaled(textrank::pagerank(&SimilarityMatrix::cosine(in_graph)));
    centrality.resize(sentences.len(), 0.0);
    let spread = scaled(word_spread(&terms));
    DocumentScores { opens_text, sentences, vectors, centrality, spread }
}

/// Ranks all sentences, best first, with the given weights.
pub fn rank_with(doc: &Document, entities: &[Entity], weights: &Weights) -> Vec<SummarySentence> {
    rank_scored(doc, document_scores(doc, true), entities, weights)
}

/// Ranks all sentences from the document's part of the ranking and the entities.
pub fn rank_scored(
    doc: &Document,
    scored: DocumentScores,
    entities: &[Entity],
    weights: &Weights,
) -> Vec<SummarySentence> {
    let text = doc.text();
    let DocumentScores { opens_text, sentences, vectors, centrality, spread } = scored;
    let position = if opens_text { weights.position } else { 0.0 };
    let sentences = &sentences;
    let coverage = entity_coverage(sentences, entities);
    let scores: Vec<f32> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sentence = &text[s.clone()];
            let words = sentence.split_whitespace().count();
            let length = if (12..=40).contains(&words) {
                1.0
            } else if words >= 8 {
                0.6
            } else {
                0.2
            };
            weights.textrank * centrality[i]
                + weights.word_spread * spread[i]
                + position / (1.0 + i as f32)
                + weights.entities * coverage[i]
                + weights.length * length
                - weights.dependent * f32::from(u8::from(is_dependent(sentence)))
        })
        .collect();
    let picks = if opens_text { MMR_PICKS } else { 0 };
    select(sentences, &scores, &vectors, weights.redundancy, picks)
}

/// The lead baseline: sentences in reading order.
pub fn rank_lead(doc: &Document) -> Vec<SummarySentence> {
    let sentences = &doc.sentence_spans();
    let n = sentences.len() as f32;
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SummarySentence { sentence: i, span: s.clone(), score: n - i as f32 })
        .collect()
}

/// The plain TextRank baseline (Mihalcea & Tarau's overlap similarity, no other feature).
pub fn rank_textrank(doc: &Document) -> Vec<SummarySentence> {
    let sentences = &doc.sentence_spans();
    let terms = SentenceTerms::new(doc);
    let scores = textrank::pagerank(&SimilarityMatrix::overlap(&terms));
    let mut ranked: Vec<SummarySentence> = sentences
        .iter()
        .zip(scores)
        .enumerate()
        .map(|(i, (s, score))| SummarySentence { sentence: i, span: s.clone(), score })
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.sentence.cmp(&b.sentence)));
    ranked
}

/// Greedy MMR: `picks` times takes the best score minus `redundancy` times the highest
/// similarity to a picked sentence; near-duplicates of picked sentences are ranked after all
/// others, the rest by score.
fn select(
    sentences: &[Span],
    scores: &[f32],
    vectors: &[Vec<(usize, f32)>],
    redundancy: f32,
    picks: usize,
) -> Vec<SummarySentence> {
    let n = sentences.len();
    let mut max_similarity = vec![0.0f32; n];
    let mut remaining: Vec<usize> = (0..n).collect();
    let mut ranked = Vec::with_capacity(n);
    let mut duplicates = Vec::new();
    while !remaining.is_empty() && ranked.len() < picks {
        let adjusted = |i: usize| scores[i] - redundancy * max_similarity[i];
        // Ties go to the earlier sentence, so the ranking is deterministic.
        let Some(pos) = (0..remaining.len()).max_by(|&a, &b| {
            let (a, b) = (remaining[a], remaining[b]);
            adjusted(a).total_cmp(&adjusted(b)).then(b.cmp(&a))
        }) else {
            break;
        };
        let best = remaining.swap_remove(pos);
        ranked.push(SummarySentence {
            sentence: best,
            span: sentences[best].clone(),
            score: adjusted(best),
        });
        remaining.retain(|&i| {
            let sim = cosine(&vectors[i], &vectors[best]);
            max_similarity[i] = max_similarity[i].max(sim);
            if sim > NEAR_DUPLICATE {
                duplicates.push(i);
            }
            sim <= NEAR_DUPLICATE
        });
    }
    // Past the picks, the rest by adjusted score; near-duplicates last.
    let adjusted = |i: usize| scores[i] - redundancy * max_similarity[i];
    remaining.sort_by(|&a, &b| adjusted(b).total_cmp(&adjusted(a)).then(a.cmp(&b)));
    ranked.extend(remaining.into_iter().chain(duplicates).map(|i| SummarySentence {
        sentence: i,
        span: sentences[i].clone(),
        score: adjusted(i),
    }));
    ranked
}

/// For each sentence, the mean over its words of the number of sentences containing the word.
fn word_spread(terms: &SentenceTerms) -> Vec<f32> {
    let df = terms.sentence_frequency();
    terms
        .terms
        .iter()
        .map(|s| {
            let count: f32 = s.iter().map(|&(_, c)| c).sum();
            let total: f32 = s.iter().map(|&(id, c)| c * df.get(id).copied().unwrap_or(0.0)).sum();
            if count > 0.0 {
                total / count
            } else {
                0.0
            }
        })
        .collect()
}

/// For each sentence, the share of the main entities' mention weight it mentions. Main entities
/// are names (not dates or numbers) mentioned at least twice, weighted by mention count.
fn entity_coverage(sentences: &[Span], entities: &[Entity]) -> Vec<f32> {
    let main: Vec<&Entity> = entities
        .iter()
        .filter(|e| !matches!(e.kind, EntityKind::Date | EntityKind::Quantity))
        .filter(|e| e.mentions.len() >= 2)
        .collect();
    let total: f32 = main.iter().map(|e| e.mentions.len() as f32).sum();
    let mut covered = vec![0.0f32; sentences.len()];
    if total == 0.0 {
        return covered;
    }
    for e in main {
        // Each sentence counts an entity once, however often it names it.
        let mut last = None;
        for m in &e.mentions {
            let at = sentences.partition_point(|s| s.end < m.end);
            let inside = sentences.get(at).is_some_and(|s| s.start <= m.start);
            if inside && last != Some(at) {
                covered[at] += e.mentions.len() as f32 / total;
                last = Some(at);
            }
        }
    }
    covered
}

/// A sentence that leans on its context: it quotes someone, or opens with a pronoun or a
/// connective that needs the sentence before it.
fn is_dependent(sentence: &str) -> bool {
    const OPENERS: &[&str] =
        &["He", "She", "It", "They", "This", "That", "These", "But", "And", "However,"];
    sentence.contains(['"', '“', '”'])
        || sentence.split_whitespace().next().is_some_and(|w| OPENERS.contains(&w))
}

/// Divides by the maximum so the best value is 1 (all zero stays zero).
fn scaled(values: Vec<f32>) -> Vec<f32> {
    let max = values.iter().copied().fold(0.0f32, f32::max);
    if max > 0.0 {
        values.into_iter().map(|v| v / max).collect()
    } else {
        values
    }
}
