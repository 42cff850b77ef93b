//! Unit tests: CoNLL input/output, evaluation and the model file: round trips, a tiny trained model, known
//! precision/recall/F1 and the errors for damaged model files.

use crate::analysis::ner::{
    clusters::Clusters, gazetteer::Gazetteer, Label, NerError, NerModel, Tagger,
};
use crate::tools::ner::{self, conll::ConllFile, train};

const TINY: &str = include_str!("../../../tests/data/ner_tiny.conll");

fn tiny_model() -> NerModel {
    let docs = ConllFile::parse(TINY, "tiny").unwrap().documents();
    let opts = train::TrainOptions {
        epochs: 20,
        folds: 2,
        places: Gazetteer::default(),
        clusters: Clusters::default(),
    };
    train::train(&docs, opts, |_| {}).unwrap()
}

#[test]
fn tiny_model_learns_its_data_and_survives_bytes() {
    // The first pass fits its training sentences; both passes give valid IOB2.
    let model = NerModel::from_bytes(&tiny_model().to_bytes().unwrap()).unwrap();
    let mut tagger = Tagger::new(&model);
    for doc in ConllFile::parse(TINY, "tiny").unwrap().documents() {
        assert_eq!(tagger.tag_passes(&doc.sentences(), 1), doc.gold);
        for labels in tagger.tag(&doc.sentences()) {
            let mut prev = Label::O;
            for l in labels {
                assert!(prev.allows(l));
                prev = l;
            }
        }
    }
}

#[test]
fn training_is_deterministic() {
    assert_eq!(tiny_model().to_bytes().unwrap(), tiny_model().to_bytes().unwrap());
}

#[test]
fn damaged_model_bytes_are_a_typed_error() {
    let good = tiny_model().to_bytes().unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x55;
    let cases: Vec<Vec<u8>> =
        vec![Vec::new(), b"not a model at all".to_vec(), good[..good.len() / 3].to_vec(), flipped];
    for bytes in cases {
        assert!(matches!(NerModel::from_bytes(&bytes), Err(NerError::CorruptModel(_))));
    }
}

#[test]
fn missing_model_file_names_the_file() {
    let err = NerModel::load(std::path::Path::new("/no/such/ner.bin")).unwrap_err();
    assert!(err.to_string().contains("/no/such/ner.bin"));
}

#[test]
fn shipped_model_loads() {
    assert!(crate::analysis::ner::embedded_model().is_ok());
}

#[test]
fn eval_of_known_columns_gives_known_scores() {
    // Gold: Anna Berg PER, Oslo LOC, Acme Corp ORG, Nordic Group MISC (4).
    // Predicted: Anna Berg PER (right), Oslo ORG (wrong type), Acme ORG (wrong span),
    // Nordic Group MISC (right): 2 correct of 4 predicted and 4 gold.
    let e = ner::evaluate_columns(include_str!("../../../tests/data/ner_predicted.conll"), "p")
        .unwrap();
    let all = e.overall();
    assert_eq!((all.gold, all.predicted, all.correct), (4, 4, 2));
    assert!((all.f1() - 0.5).abs() < 1e-9);
}

#[test]
fn eval_without_tags_is_an_error_naming_the_file() {
    let err = ner::evaluate(
        &tiny_model(),
        &ConllFile::parse("Oslo\n", "words.txt").unwrap(),
        "words.txt",
    );
    assert!(err.unwrap_err().to_string().contains("words.txt"));
}
