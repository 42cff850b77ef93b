//! Unit tests of the part-of-speech tagger: the shipped model on hand-written news sentences, its file format
//! (round trip, corrupt files rejected with a typed error) and deterministic training.

use crate::analysis::pos::{self, PosError, PosModel, PosTagger, Tag};
use crate::analysis::tokens::tokenize;
use crate::tools::pos::{corpus, train};

fn tags(sentence: &str) -> Vec<(String, &'static str)> {
    let model = pos::embedded_model().expect("the shipped model loads");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let tags = PosTagger::new(model).tag(&words);
    words.iter().zip(tags).map(|(w, t)| (w.to_string(), t.as_str())).collect()
}

fn tag_of(tagged: &[(String, &'static str)], word: &str) -> &'static str {
    tagged.iter().find(|(w, _)| w == word).map_or("?", |(_, t)| *t)
}

#[test]
fn a_simple_news_sentence() {
    let t = tags("The delegation landed in Kyiv on Wednesday .");
    let got: Vec<&str> = t.iter().map(|(_, t)| *t).collect();
    assert_eq!(got, ["DT", "NN", "VBD", "IN", "NNP", "IN", "NNP", "."]);
}

#[test]
fn modals_infinitives_and_passives() {
    let t = tags("The factory is expected to be sold by the end of next year , officials said .");
    assert_eq!(tag_of(&t, "is"), "VBZ");
    assert_eq!(tag_of(&t, "expected"), "VBN");
    assert_eq!(tag_of(&t, "to"), "TO");
    assert_eq!(tag_of(&t, "be"), "VB");
    assert_eq!(tag_of(&t, "sold"), "VBN");
    assert_eq!(tag_of(&t, "said"), "VBD");
    let t = tags("Ministers will meet again in March .");
    assert_eq!(tag_of(&t, "will"), "MD");
    assert_eq!(tag_of(&t, "meet"), "VB");
}

#[test]
fn sentence_adverbs_and_possessives() {
    let t = tags("However , the bank denied the allegations in its 2003 report .");
    assert_eq!(tag_of(&t, "However"), "RB");
    assert_eq!(tag_of(&t, "denied"), "VBD");
    assert_eq!(tag_of(&t, "its"), "PRP$");
    assert_eq!(tag_of(&t, "2003"), "CD");
    assert_eq!(tag_of(&t, "allegations"), "NNS");
}

#[test]
fn the_same_word_as_noun_and_verb() {
    let noun = tags("The vote was delayed .");
    let verb = tags("They will vote on Friday .");
    assert!(noun[1].1.starts_with("NN"), "{noun:?}");
    assert!(verb[2].1.starts_with("VB"), "{verb:?}");
}

#[test]
fn product_tokens_are_tagged_one_to_one() {
    let text = "“We won’t sell,” the chairman said on Tuesday.";
    let toks = tokenize(text);
    let doc = crate::analysis::document::Document::new(text.to_string(), None);
    let tags = doc.sentence_tags(0).expect("model loads");
    assert_eq!(tags.len(), toks.len());
    let said = toks.iter().position(|t| t.text(text) == "said").unwrap();
    assert!(tags[said].is_verb());
    assert_eq!(tags[0].as_str(), "\"");
}

#[test]
fn the_model_file_round_trips() {
    let bytes = pos::EMBEDDED_MODEL;
    let model = PosModel::from_bytes(bytes).unwrap();
    assert_eq!(model.to_bytes().unwrap(), bytes);
    assert!(model.feature_count() > 0 && model.dictionary_len() > 0);
}

#[test]
fn corrupt_models_are_typed_errors() {
    let good = pos::EMBEDDED_MODEL;
    let mut flipped = good.to_vec();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x55;
    for bad in [&b"not a model"[..], &good[..good.len() / 2], &flipped, &good[..12]] {
        match PosModel::from_bytes(bad) {
            Err(PosError::CorruptModel(_)) => {}
            other => panic!("expected a corrupt-model error, got {:?}", other.map(|_| ())),
        }
    }
    let ner = crate::analysis::ner::EMBEDDED_MODEL;
    assert!(matches!(PosModel::from_bytes(ner), Err(PosError::CorruptModel(_))));
}

#[test]
fn a_missing_model_file_names_the_file() {
    let err = PosModel::load(std::path::Path::new("/nonexistent/pos.bin")).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/pos.bin"), "{err}");
}

#[test]
fn training_is_deterministic_and_learns_a_toy_corpus() {
    let mut text = String::new();
    for (a, b) in [("dogs", "bark"), ("cats", "sleep"), ("birds", "sing"), ("cows", "graze")] {
        for _ in 0..5 {
            text.push_str(&format!("The DT\n{a} NNS\n{b} VBP\nloudly RB\n. .\n\n"));
            text.push_str(&format!("A DT\n{b} NN\nwoke VBD\n{a} NNS\n. .\n\n"));
        }
    }
    let sentences = corpus::parse(&text, "toy").unwrap();
    let opts = train::TrainOptions { epochs: 5, dictionary_min_count: 1000, ..Default::default() };
    let a = train::train(&sentences, &opts, |_| {}).unwrap();
    let b = train::train(&sentences, &opts, |_| {}).unwrap();
    assert_eq!(a.to_bytes().unwrap(), b.to_bytes().unwrap());
    let e = crate::tools::pos::eval::evaluate(&a, &sentences);
    assert_eq!(e.accuracy(), 1.0, "{:?}", e.top_confusions(5));
    let mut tagger = PosTagger::new(&a);
    // "bark" is a verb after a plural noun and a noun after a determiner.
    assert_eq!(tagger.tag(&["The", "dogs", "bark", "loudly", "."])[2], Tag::VBP);
    assert_eq!(tagger.tag(&["A", "bark", "woke", "dogs", "."])[1], Tag::NN);
}

#[test]
fn training_on_nothing_is_an_error() {
    let r = train::train(&[], &train::TrainOptions::default(), |_| {});
    assert!(matches!(r, Err(PosError::Training(_))));
}
