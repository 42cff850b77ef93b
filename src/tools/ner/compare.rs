//! Measuring the choice of learner: the first pass trained as an averaged perceptron and as a
//! CRF on the same jack-knifed features, both scored on a development file
//! (`train-ner --compare-crf`).

use super::conll::ConllDoc;
use super::crf::Crf;
use super::eval::Evaluation;
use super::perceptron::{predict, Averaged, Instance, Perceptron};
use super::train::{labelled_names, Interner, TrainOptions};
use crate::analysis::ner::decode::Decoder;
use crate::analysis::ner::document::DocContext;
use crate::analysis::ner::features::{extract, Resources, TokenFeatures};
use crate::analysis::ner::labels::Label;
use std::time::Instant;

/// Trains both learners for `opts.epochs` and reports dev F1 and training time of each.
pub fn compare_learners(
    train: &[ConllDoc],
    dev: &[ConllDoc],
    opts: &TrainOptions,
    crf_rate: f32,
) -> String {
    let folds = opts.folds.max(2);
    let fold_names: Vec<_> =
        (0..folds).map(|k| labelled_names(train, &|d| d % folds != k)).collect();
    let all_names = labelled_names(train, &|_| true);
    let mut interner = Interner::default();
    let instances = |interner: &mut Interner,
                     docs: &[ConllDoc],
                     names_of: &dyn Fn(usize) -> usize|
     -> Vec<Vec<Instance>> {
        docs.iter()
            .enumerate()
            .map(|(d, doc)| {
                let sentences = doc.sentences();
                let ctx = DocContext::new(&sentences);
                let names = fold_names.get(names_of(d)).unwrap_or(&all_names);
                let res = Resources { names, places: &opts.places, clusters: &opts.clusters };
                let mut f = TokenFeatures::default();
                extract(res, &ctx, &mut f);
                interner.instances(&ctx, &f, None, &doc.gold.concat())
            })
            .collect()
    };
    let train_instances = instances(&mut interner, train, &|d| d % folds);
    let features = interner.keys.len();
    let dev_instances = instances(&mut interner, dev, &|_| usize::MAX);
    let all: Vec<&Instance> = train_instances.iter().flatten().collect();
    let score = |model: &Averaged| {
        let mut e = Evaluation::default();
        let mut decoder = Decoder::default();
        let mut out: Vec<Label> = Vec::new();
        for inst in dev_instances.iter().flatten() {
            predict(model, inst, &mut decoder, &mut out);
            e.add_sentence(&inst.gold, &out);
        }
        e.overall().f1()
    };
    let t = Instant::now();
    let mut p = Perceptron::new(features);
    p.train(&all, opts.epochs, 0x5eed);
    let (p_time, p_f1) = (t.elapsed().as_secs_f64(), score(&p.averaged()));
    let t = Instant::now();
    let mut c = Crf::new(features, crf_rate);
    c.train(&all, opts.epochs, 0x5eed);
    let (c_time, c_f1) = (t.elapsed().as_secs_f64(), score(&c.averaged()));
    format!(
        "first pass only, {} epochs, {features} features:\n\
         | learner | dev F1 | training time |\n|---|---|---|\n\
         | averaged perceptron | {p_f1:.4} | {p_time:.1} s |\n\
         | CRF (averaged SGD, rate {crf_rate}) | {c_f1:.4} | {c_time:.1} s |",
        opts.epochs
    )
}
