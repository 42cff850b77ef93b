//! Tagging a document with a loaded model in two passes: the first pass labels every sentence;
//! the second adds, for each word, how the first pass labelled the same word elsewhere in the
//! document, and labels again.

use super::decode::Decoder;
use super::document::DocContext;
use super::features::{extract_majority, extract_sentence, TokenFeatures};
use super::labels::{Label, NUM_LABELS};
use super::model::{NerModel, STRIDE};

/// A tagger with reusable buffers.
pub struct Tagger<'m> {
    model: &'m NerModel,
    features: TokenFeatures,
    majority: TokenFeatures,
    rows: Vec<u32>,
    scores: Vec<[i32; STRIDE]>,
    emissions: Vec<[f32; NUM_LABELS]>,
    decoder: Decoder,
    sentence_labels: Vec<Label>,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m NerModel) -> Tagger<'m> {
        Tagger {
            model,
            features: TokenFeatures::default(),
            majority: TokenFeatures::default(),
            rows: Vec::new(),
            scores: Vec::new(),
            emissions: Vec::new(),
            decoder: Decoder::default(),
            sentence_labels: Vec::new(),
        }
    }

    /// IOB2 labels for every word of a document given as sentences of words.
    pub fn tag(&mut self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        self.tag_passes(sentences, 2)
    }

    /// Like [`Tagger::tag`], but `passes == 1` stops after the first pass (for measuring what
    /// the second pass adds).
    pub fn tag_passes(&mut self, sentences: &[Vec<&str>], passes: usize) -> Vec<Vec<Label>> {
        let doc = DocContext::new(sentences);
        // Scores of both passes from the first-pass features, one sentence at a time: only
        // the scores (not the features) of the whole document are held.
        self.scores.clear();
        for range in &doc.sentences {
            self.features.hashes.clear();
            self.features.offsets.clear();
            extract_sentence(self.model.resources(), &doc, range.clone(), &mut self.features);
            self.model.add_sentence_scores(&self.features, &mut self.rows, &mut self.scores);
        }
        let first = self.decode_pass(&doc, 0);
        if passes < 2 {
            return doc
                .sentences
                .iter()
                .map(|r| first.get(r.clone()).unwrap_or(&[]).to_vec())
                .collect();
        }
        extract_majority(&doc, &first, &mut self.majority);
        for (i, s) in self.scores.iter_mut().enumerate() {
            self.model.add_scores(self.majority.of(i), s);
        }
        let second = self.decode_pass(&doc, 1);
        doc.sentences.iter().map(|r| second.get(r.clone()).unwrap_or(&[]).to_vec()).collect()
    }

    /// Decodes every sentence with pass `pass`'s weights; labels for the whole document.
    fn decode_pass(&mut self, doc: &DocContext, pass: usize) -> Vec<Label> {
        let mut all = Vec::with_capacity(doc.tokens.len());
        for range in &doc.sentences {
            self.emissions.clear();
            for s in self.scores.get(range.clone()).unwrap_or(&[]) {
                let mut e = [0f32; NUM_LABELS];
                for (y, v) in e.iter_mut().enumerate() {
                    *v = s[pass * NUM_LABELS + y] as f32;
                }
                self.emissions.push(e);
            }
            self.decoder.viterbi(
                &self.emissions,
                self.model.transitions(pass),
                &mut self.sentence_labels,
            );
            all.extend_from_slice(&self.sentence_labels);
        }
        all
    }
}
