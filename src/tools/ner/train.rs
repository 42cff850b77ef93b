//! Training the two-pass model from CoNLL documents, deterministically. Documents are split into
//! folds by their index; each document's name-gazetteer features come from the other folds'
//! entities, and the first-pass labels the second pass learns from come from models trained on
//! the other folds (jack-knifing), so training sees lists and first-pass labels as noisy as they
//! are on new text.

use super::conll::ConllDoc;
use super::perceptron::{predict, Averaged, Instance, Perceptron};
use crate::analysis::ner::clusters::Clusters;
use crate::analysis::ner::decode::{Decoder, Transitions};
use crate::analysis::ner::document::DocContext;
use crate::analysis::ner::features::{extract, extract_majority, Resources, TokenFeatures};
use crate::analysis::ner::gazetteer::Gazetteer;
use crate::analysis::ner::hash::HashKeyMap;
use crate::analysis::ner::labels::{Label, NUM_LABELS};
use crate::analysis::ner::model::{ModelParts, NerModel, PASSES, STRIDE};
use crate::analysis::ner::NerError;

/// Training settings.
pub struct TrainOptions {
    pub epochs: usize,
    pub folds: usize,
    pub places: Gazetteer,
    pub clusters: Clusters,
}

impl TrainOptions {
    /// Options with the place list and word clusters read from their files; a missing clusters
    /// file means training without clusters (the second value is then `false`).
    pub fn from_files(
        places: &std::path::Path,
        clusters: &std::path::Path,
        epochs: usize,
        folds: usize,
    ) -> Result<(TrainOptions, bool), NerError> {
        let places = Gazetteer::from_lines(
            &super::read_text(places)?,
            crate::analysis::ner::EntityType::Loc,
        );
        let found = clusters.exists();
        let clusters = if found {
            Clusters::parse(&super::read_text(clusters)?, &clusters.display().to_string())?
        } else {
            Clusters::default()
        };
        Ok((TrainOptions { epochs, folds, places, clusters }, found))
    }
}

/// Feature hashes interned to dense ids.
#[derive(Default)]
pub(super) struct Interner {
    ids: HashKeyMap<u32>,
    pub(super) keys: Vec<u64>,
}

impl Interner {
    pub(super) fn intern(&mut self, key: u64) -> u32 {
        let next = self.keys.len() as u32;
        *self.ids.entry(key).or_insert_with(|| {
            self.keys.push(key);
            next
        })
    }

    /// Instances (one per sentence) from a document's features, with extra features appended.
    pub(super) fn instances(
        &mut self,
        doc: &DocContext,
        base: &TokenFeatures,
        extra: Option<&TokenFeatures>,
        gold: &[Label],
    ) -> Vec<Instance> {
        doc.sentences
            .iter()
            .map(|range| {
                let mut inst = Instance { offsets: vec![0], ..Default::default() };
                for i in range.clone() {
                    let fs = base.of(i).iter().chain(extra.map_or(&[][..], |e| e.of(i)));
                    for &h in fs {
                        let id = self.intern(h);
                        inst.features.push(id);
                    }
                    inst.offsets.push(inst.features.len() as u32);
                    inst.gold.push(gold.get(i).copied().unwrap_or(Label::O));
                }
                inst
            })
            .collect()
    }
}

/// The entity strings of the documents `keep` accepts (by index).
pub(super) fn labelled_names(docs: &[ConllDoc], keep: &dyn Fn(usize) -> bool) -> Gazetteer {
    Gazetteer::from_labelled(
        docs.iter()
            .enumerate()
            .filter(|(d, _)| keep(*d))
            .flat_map(|(_, doc)| doc.words.iter().zip(&doc.gold).map(|(w, g)| (&w[..], &g[..]))),
    )
}

/// Trains a model; `log` receives progress lines.
pub fn train(
    docs: &[ConllDoc],
    opts: TrainOptions,
    mut log: impl FnMut(&str),
) -> Result<NerModel, NerError> {
    let folds = opts.folds.max(2);
    let fold_of = |d: usize| d % folds;
    let sentences: Vec<Vec<Vec<&str>>> = docs.iter().map(ConllDoc::sentences).collect();
    let gold: Vec<Vec<Label>> = docs.iter().map(|d| d.gold.concat()).collect();
    let labelled = |keep: &dyn Fn(usize) -> bool| labelled_names(docs, keep);
    let fold_names: Vec<Gazetteer> = (0..folds).map(|k| labelled(&|d| fold_of(d) != k)).collect();
    let contexts: Vec<DocContext> = sentences.iter().map(|s| DocContext::new(s)).collect();
    let mut interner = Interner::default();
    let mut first_features = Vec::with_capacity(docs.len());
    let mut first_instances = Vec::with_capacity(docs.len());
    for (d, doc) in contexts.iter().enumerate() {
        let names = fold_names
            .get(fold_of(d))
            .ok_or_else(|| NerError::Training("fold out of range".into()))?;
        let res = Resources { names, places: &opts.places, clusters: &opts.clusters };
        let mut f = TokenFeatures::default();
        extract(res, doc, &mut f);
        first_instances.push(interner.instances(doc, &f, None, &gold[d]));
        first_features.push(f);
    }
    log(&format!("{} documents, {} features in the first pass", docs.len(), interner.keys.len()));

    // Jack-knifed first pass over the training documents.
    let mut first_labels: Vec<Vec<Label>> = vec![Vec::new(); docs.len()];
    let mut decoder = Decoder::default();
    for k in 0..folds {
        let train: Vec<&Instance> = first_instances
            .iter()
            .enumerate()
            .filter(|(d, _)| fold_of(*d) != k)
            .flat_map(|(_, s)| s.iter())
            .collect();
        let mut p = Perceptron::new(interner.keys.len());
        p.train(&train, opts.epochs, 0x5eed + k as u64);
        let avg = p.averaged();
        for (d, insts) in first_instances.iter().enumerate().filter(|(d, _)| fold_of(*d) == k) {
            let mut labels = Vec::new();
            for inst in insts {
                let mut out = Vec::new();
                predict(&avg, inst, &mut decoder, &mut out);
                labels.extend(out);
            }
            first_labels[d] = labels;
        }
        log(&format!("first pass, fold {}/{folds} done", k + 1));
    }
    let all_first: Vec<&Instance> = first_instances.iter().flatten().collect();
    let mut p1 = Perceptron::new(interner.keys.len());
    p1.train(&all_first, opts.epochs, 0x5eed);
    log("first pass on all documents done");

    let mut second_instances = Vec::new();
    for (d, doc) in contexts.iter().enumerate() {
        let mut m = TokenFeatures::default();
        extract_majority(doc, &first_labels[d], &mut m);
        second_instances.extend(interner.instances(doc, &first_features[d], Some(&m), &gold[d]));
    }
    let all_second: Vec<&Instance> = second_instances.iter().collect();
    let mut p2 = Perceptron::new(interner.keys.len());
    p2.train(&all_second, opts.epochs, 0x5eed + 1000);
    log(&format!("second pass done, {} features", interner.keys.len()));

    let names = labelled(&|_| true);
    let info = format!(
        "averaged perceptron, {} epochs, {folds} folds, {} training documents, {} names, {} places, {} cluster words",
        opts.epochs,
        docs.len(),
        names.len(),
        opts.places.len(),
        opts.clusters.len()
    );
    let (a1, a2) = (p1.averaged(), p2.averaged());
    for (pass, a) in [&a1, &a2].into_iter().enumerate() {
        let max = a.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let nonzero = a.weights.chunks(NUM_LABELS).filter(|r| r.iter().any(|w| *w != 0.0)).count();
        log(&format!(
            "pass {}: {nonzero} features with weights, largest weight {max:.2}",
            pass + 1
        ));
    }
    let parts = quantize(&interner.keys, [&a1, &a2], names, &opts, info);
    NerModel::from_parts(parts)
}

/// Scales each pass's weights to 16 bits and drops features whose weights all round to zero.
fn quantize(
    keys: &[u64],
    passes: [&Averaged; PASSES],
    names: Gazetteer,
    opts: &TrainOptions,
    info: String,
) -> ModelParts {
    let scale = passes.map(|p| {
        let max_w = p.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let max_t = p.transitions.iter().flatten().fold(0f32, |m, w| m.max(w.abs()));
        32000.0 / max_w.max(max_t).max(1e-6)
    });
    let q = |w: f32, pass: usize| (w * scale[pass]).round().clamp(-32767.0, 32767.0) as i16;
    let mut parts = ModelParts { info, ..Default::default() };
    for (f, &key) in keys.iter().enumerate() {
        let mut row = [0i16; STRIDE];
        for (pass, p) in passes.iter().enumerate() {
            for y in 0..NUM_LABELS {
                row[pass * NUM_LABELS + y] =
                    q(p.weights.get(f * NUM_LABELS + y).copied().unwrap_or(0.0), pass);
            }
        }
        if row.iter().any(|&w| w != 0) {
            parts.keys.push(key);
            parts.weights.extend_from_slice(&row);
        }
    }
    for (pass, p) in passes.iter().enumerate() {
        let t: &Transitions = &p.transitions;
        parts.transitions.extend(t.iter().flatten().map(|&w| (w * scale[pass]).round() as i32));
    }
    parts.names = names;
    parts.places = opts.places.clone();
    parts.clusters = opts.clusters.clone();
    parts
}
