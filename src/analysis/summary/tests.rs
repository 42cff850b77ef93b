//! Unit tests: properties of the summary ranker: every sentence ranked once, k respected, reading order,
//! deterministic, no near-duplicates, central sentences before off-topic ones.

use crate::analysis::document::Document;
use crate::analysis::summary::{self, similarity::SentenceTerms, Weights, NEAR_DUPLICATE};
use crate::analysis::{analyze_text, Analysis, SummarySentence, DEFAULT_SUMMARY_LEN};

fn sample() -> Analysis {
    crate::analyze(&crate::article::bundled()[0])
}

/// Ranks the sentences of `text` with no entities.
fn rank(doc: &Document) -> Vec<SummarySentence> {
    summary::rank_with(doc, &[], &Weights::default())
}

#[test]
fn every_sentence_is_ranked_once() {
    let a = sample();
    let mut seen: Vec<usize> = a.ranked_sentences.iter().map(|s| s.sentence).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..a.sentences.len()).collect::<Vec<_>>());
    for s in &a.ranked_sentences {
        assert_eq!(s.span, a.sentences[s.sentence]);
    }
}

#[test]
fn k_is_respected_and_summary_is_in_reading_order() {
    let a = sample();
    for k in 0..a.sentences.len() + 3 {
        let picked = a.summary(k);
        assert_eq!(picked.len(), k.min(a.sentences.len()));
        assert!(picked.windows(2).all(|w| w[0].sentence < w[1].sentence));
    }
    assert_eq!(a.summary(DEFAULT_SUMMARY_LEN).len(), DEFAULT_SUMMARY_LEN);
}

#[test]
fn ranking_is_deterministic() {
    assert_eq!(sample().ranked_sentences, sample().ranked_sentences);
}

#[test]
fn near_duplicates_are_not_picked_together() {
    let text = "Flood waters swept through the valley town overnight. \
                Flood waters swept through the valley town overnight. \
                Rescue teams pulled families from flooded homes in the valley. \
                Flood waters swept through the small valley town overnight. \
                The town council met to plan repairs to flooded homes. \
                A local bakery won a regional prize for bread.";
    let doc = Document::new(text.to_string(), None);
    let vectors = SentenceTerms::new(&doc).unit_vectors(false);
    let ranked = rank(&doc);
    let top: Vec<usize> = ranked.iter().take(3).map(|s| s.sentence).collect();
    for (i, &a) in top.iter().enumerate() {
        for &b in &top[i + 1..] {
            let sim = summary::similarity::cosine(&vectors[a], &vectors[b]);
            assert!(sim <= NEAR_DUPLICATE, "sentences {a} and {b} are near-duplicates ({sim})");
        }
    }
}

#[test]
fn off_topic_sentence_is_ranked_last_among_peers() {
    let text = "The central bank raised interest rates again. \
                Higher interest rates slow bank lending. \
                A cat climbed a tree. \
                Bank lending fell as interest rates rose.";
    let a = analyze_text(text.to_string(), None);
    assert_eq!(a.sentences.len(), 4);
    assert_ne!(a.ranked_sentences[0].sentence, 2);
    assert_eq!(a.ranked_sentences.last().map(|s| s.sentence), Some(2));
}

#[test]
fn empty_and_single_sentence_texts() {
    assert!(rank(&Document::new(String::new(), None)).is_empty());
    let a = analyze_text("Only one sentence here.".to_string(), None);
    assert_eq!(a.summary(3).len(), 1);
}

#[test]
fn long_texts_rank_every_sentence_once() {
    // More sentences than the TextRank graph and the MMR picks hold.
    let text: String = (0..700)
        .map(|i| format!("Report number {i} covers topic {} in region {}. ", i % 13, i % 7))
        .collect();
    let doc = Document::new(text, None);
    assert!(doc.sentences().len() > summary::MAX_GRAPH_SENTENCES);
    let ranked = rank(&doc);
    let mut seen: Vec<usize> = ranked.iter().map(|s| s.sentence).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..doc.sentences().len()).collect::<Vec<_>>());
}

#[test]
fn a_part_that_does_not_open_its_text_is_ranked_by_score_alone() {
    let a = sample();
    let doc = Document::new(a.text.clone(), None);
    let weights = Weights::default();
    let opening = summary::rank_scored(&doc, summary::document_scores(&doc, true), &[], &weights);
    let later = summary::rank_scored(&doc, summary::document_scores(&doc, false), &[], &weights);
    // No centrality (it weighs 1 and the best sentence has it all) and no lead.
    assert!(opening[0].score > 0.8, "{:?}", opening[0]);
    assert!(later[0].score < 0.5, "{:?}", later[0]);
    // No picks against redundancy: scores fall (near-duplicates, if any, last).
    let near_duplicates = later.windows(2).filter(|w| w[0].score < w[1].score).count();
    assert!(near_duplicates <= 1, "{later:?}");
    let mut seen: Vec<usize> = later.iter().map(|s| s.sentence).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..doc.sentences().len()).collect::<Vec<_>>());
}
