//! Unit tests of the shared document: tokens, lower-cased forms, sentences, tags and lookups.

use super::*;

fn doc(text: &str) -> Document {
    Document::new(text.to_string(), None)
}

#[test]
fn tokens_sentences_and_tags_line_up() {
    let d = doc("US envoy Steve Witkoff met Zelenskyy in Kyiv. He left on Wednesday.");
    assert_eq!(d.sentences().len(), 2);
    assert_eq!(
        d.sentence_spans().iter().map(|s| d.slice(s)).collect::<Vec<_>>(),
        ["US envoy Steve Witkoff met Zelenskyy in Kyiv.", "He left on Wednesday."]
    );
    let second = &d.sentences()[1];
    assert_eq!(d.word(second.tokens.start), "He");
    assert_eq!(d.sentence_of(second.tokens.start), 1);
    assert_eq!(d.sentence_tokens(second.tokens.start), second.tokens);
    let tagged: usize = (0..2).filter_map(|k| d.sentence_tags(k)).map(<[Tag]>::len).sum();
    assert_eq!(tagged, d.len(), "one tag per token");
    assert_eq!(d.tag(d.len() - 1).map(Tag::as_str), Some("."));
    assert_eq!(d.tag(second.tokens.start), Some(Tag::PRP));
}

#[test]
fn lower_forms_follow_the_tokens_whatever_their_length() {
    // "İ" lower-cases to two characters; the forms after it must still line up.
    let d = doc("İSTANBUL and KYIV, then ÉCOLE.");
    let lower: Vec<&str> = (0..d.len()).map(|i| d.lower(i)).collect();
    assert_eq!(lower, ["i̇stanbul", "and", "kyiv", ",", "then", "école", "."]);
    assert!(d.is(2, "kyiv") && d.is_any(5, &["école", "x"]) && d.capital(0));
    assert_eq!(d.lower(99), "");
    assert_eq!(d.word(99), "");
}

#[test]
fn lookups_by_byte_position() {
    let d = doc("Dan Driscoll landed. Trump-Putin talks.");
    assert_eq!(d.token_at(4), 1);
    assert_eq!(d.token_starting_at(4), Some(1));
    assert_eq!(d.token_starting_at(5), None);
    assert_eq!(d.token_ending_at(12), Some(1));
    assert_eq!(d.token_span(0, 2), 0..12);
    assert_eq!(d.token_span(3, 3), 19..19, "an empty range is empty");
    assert_eq!(d.sentence_at(22), Some(1));
    assert_eq!(d.sentence_at(500), None);
    let compound = d.text().find("Putin").unwrap();
    assert_eq!(d.words_in(&(compound..compound + 5)), vec![compound..compound + 5]);
    assert_eq!(d.tokens_in(&(0..12)), 0..2);
}

#[test]
fn casing_across_the_text() {
    let d = doc("Senior officials met. A senior aide and Reporting staff left. Reporting ended.");
    let first = 0;
    assert!(d.is_sentence_initial(first) && d.is_common_word_at_start(first));
    let reporting = (0..d.len()).rfind(|&i| d.word(i) == "Reporting").unwrap();
    assert!(!d.only_starts_sentences(reporting), "also capitalised inside a sentence");
    assert!(d.seen_in_lower_case("senior") && !d.seen_in_lower_case("officials!"));
}

#[test]
fn no_model_means_no_tags_but_everything_else() {
    let d = Document::with_tagger("It rained. Then it stopped.".into(), None, None);
    assert_eq!(d.sentences().len(), 2);
    assert_eq!(d.sentence_tags(0), None);
    assert_eq!(d.tag(0), None);
}

#[test]
fn empty_and_blank_texts() {
    for text in ["", "   \n\n  "] {
        let d = doc(text);
        assert!(d.is_empty() && d.sentences().is_empty());
        assert_eq!(d.sentence_tokens(0), 0..0);
        assert_eq!(d.token_span(0, 1), d.text().len()..d.text().len());
    }
}
