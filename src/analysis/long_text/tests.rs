//! Unit tests: where a long text is cut, and the joined analysis of its parts (small parts of a
//! few kilobytes stand in for the real size, so the tests stay fast).

use super::*;
use crate::analysis::{analyze_part, EntityKind};

const SAMPLE: &str = include_str!("../../../assets/articles/pentagon-officials-kyiv.md");

/// The sample's body (after its front matter), `copies` times, paragraphs kept.
fn long_text(copies: usize) -> String {
    let body = SAMPLE.splitn(3, "---\n").nth(2).unwrap().trim();
    vec![body; copies].join("\n\n")
}

fn published() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 11, 20)
}

#[test]
fn parts_cover_the_text_and_end_at_paragraph_breaks() {
    let text = long_text(3);
    let parts = parts(&text, 2000);
    assert!(parts.len() > 3, "{} parts", parts.len());
    assert_eq!(parts.first().unwrap().start, 0);
    assert_eq!(parts.last().unwrap().end, text.len());
    for pair in parts.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        assert!(text[pair[0].end..].starts_with("\n\n"), "cut at {}", pair[0].end);
    }
    assert!(parts.iter().all(|p| p.len() <= 3000));
}

#[test]
fn a_text_without_spaces_is_cut_on_character_boundaries() {
    let text = "данные🙂".repeat(400);
    let parts = parts(&text, 100);
    assert_eq!(parts.last().unwrap().end, text.len());
    for p in &parts {
        assert!(text.get(p.clone()).is_some(), "{p:?}");
        assert!(p.len() <= 150 && !p.is_empty());
    }
}

#[test]
fn a_short_text_is_one_part() {
    assert_eq!(parts("One sentence.", PART_BYTES), vec![0..13]);
    assert_eq!(parts("", PART_BYTES), vec![0..0]);
}

#[test]
fn the_joined_analysis_keeps_every_part_and_points_into_the_whole_text() {
    let text = long_text(3);
    let ranges = parts(&text, 3000);
    let joined = analyze_in_parts(text.clone(), published(), 3000, &mut |_| {});
    let alone: Vec<Analysis> = ranges
        .iter()
        .enumerate()
        .map(|(k, r)| analyze_part(text[r.clone()].to_string(), published(), k == 0))
        .collect();
    assert_eq!(joined.text, text);
    let count = |f: fn(&Analysis) -> usize| alone.iter().map(f).sum::<usize>();
    assert_eq!(joined.sentences.len(), count(|a| a.sentences.len()));
    assert_eq!(joined.ranked_sentences.len(), joined.sentences.len());
    assert_eq!(joined.quotes.len(), count(|a| a.quotes.len()));
    assert_eq!(joined.timexes.len(), count(|a| a.timexes.len()));
    assert_eq!(joined.timeline.len(), count(|a| a.timeline.len()));
    let mentions = |a: &Analysis| a.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
    assert_eq!(joined.entities.iter().map(|e| e.mentions.len()).sum::<usize>(), count(mentions));
    // Spans slice the whole text to what each part found.
    for (r, part) in ranges.iter().zip(&alone) {
        for q in &part.quotes {
            let at = q.span.start + r.start..q.span.end + r.start;
            assert!(joined.quotes.iter().any(|j| j.span == at && j.text == q.text));
        }
    }
    for s in &joined.sentences {
        assert!(text.get(s.clone()).is_some_and(|t| !t.trim().is_empty()));
    }
}

#[test]
fn a_name_in_several_parts_is_one_entity_with_every_mention() {
    let text = long_text(3);
    let joined = analyze_in_parts(text.clone(), published(), 3000, &mut |_| {});
    for (id, e) in joined.entities.iter().enumerate() {
        assert_eq!(e.id, id);
        assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start), "{}", e.name);
        assert!(e.mentions.iter().all(|m| text.get(m.clone()).is_some()));
    }
    let named = |kind, name: &str| {
        joined.entities.iter().filter(|e| e.kind == kind && e.name == name).collect::<Vec<_>>()
    };
    let driscoll = named(EntityKind::Person, "Dan Driscoll");
    assert_eq!(driscoll.len(), 1);
    let first_copy = text.len() / 3;
    assert!(driscoll[0].mentions.iter().any(|m| m.start < first_copy));
    assert!(driscoll[0].mentions.iter().any(|m| m.start > 2 * first_copy));
    // Names first, then dates, then quantities, as in one document.
    let kinds: Vec<u8> = joined
        .entities
        .iter()
        .map(|e| match e.kind {
            EntityKind::Date => 1,
            EntityKind::Quantity => 2,
            _ => 0,
        })
        .collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
    // One date entity per value.
    let mut values: Vec<&str> = joined
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Date)
        .map(|e| e.roles[0].as_str())
        .collect();
    let all = values.len();
    values.sort_unstable();
    values.dedup();
    assert_eq!(values.len(), all);
}

#[test]
fn quote_speakers_timeline_and_ranking_follow_the_join() {
    let text = long_text(3);
    let joined = analyze_in_parts(text, published(), 3000, &mut |_| {});
    let spoken: Vec<_> = joined.quotes.iter().filter(|q| q.speaker_entity.is_some()).collect();
    assert!(!spoken.is_empty());
    for q in spoken {
        let e = &joined.entities[q.speaker_entity.unwrap()];
        let name = q.speaker.as_deref().unwrap_or("");
        assert!(e.name.contains(name) || name.contains(e.name.as_str()), "{name} / {}", e.name);
    }
    let keys: Vec<_> = joined.timeline.iter().map(|e| order::key(&e.date)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
    let ranked = &joined.ranked_sentences;
    assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
    for s in ranked {
        assert_eq!(joined.sentences[s.sentence], s.span);
    }
}

#[test]
fn progress_rises_to_the_end() {
    let mut seen = Vec::new();
    analyze_in_parts(long_text(2), published(), 3000, &mut |share| seen.push(share));
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_eq!(seen.last().copied(), Some(1.0));
}

#[test]
fn the_summary_leads_with_the_opening_part_as_one_document_would() {
    let text = long_text(3);
    let first = parts(&text, 3000)[0].clone();
    let joined = analyze_in_parts(text, published(), 3000, &mut |_| {});
    for s in joined.summary(3) {
        assert!(s.span.end <= first.end, "{:?} is past the first part {first:?}", s.span);
    }
}

mod properties {
    //! The invariants of one document hold for a text read in parts, wherever the cuts fall.

    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "President ",
        "Donald Trump",
        " said ",
        "“",
        "”",
        " on Wednesday",
        " in Kyiv",
        ". ",
        "\n\n",
        "\n",
        "Nov. 19, 2025",
        " last week",
        " on March 3",
        "Russia",
        "’s ",
        " at least 26 people",
        " $4.5 billion",
        "東京",
        "👨\u{200d}👩\u{200d}👧",
        "cafe\u{301}",
        "Gen. ",
        "the Army",
        ", ",
        "Volodymyr Zelenskyy",
        " met ",
        " 99 kn",
        " Friday",
        "online bank Cahoot",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(0usize..WORDS.len(), 0..300)
            .prop_map(|picks| picks.iter().map(|&i| WORDS[i]).collect())
    }

    fn check(a: &Analysis) {
        let text = a.text.as_str();
        let slice = |s: &Span| text.get(s.clone()).unwrap_or_else(|| panic!("{s:?} in {text:?}"));
        for t in &a.timexes {
            assert_eq!(slice(&t.span), t.text);
        }
        for q in &a.quantities {
            assert_eq!(slice(&q.span), q.text);
        }
        for q in &a.quotes {
            assert!(slice(&q.span).contains(q.text.trim()));
            assert!(q.speaker_entity.is_none_or(|id| id < a.entities.len()));
        }
        assert!(a.sentences.windows(2).all(|w| w[0].end <= w[1].start), "sentences in order");
        for s in &a.sentences {
            slice(s);
        }
        let mut ranked: Vec<usize> = a.ranked_sentences.iter().map(|s| s.sentence).collect();
        ranked.sort_unstable();
        assert_eq!(ranked, (0..a.sentences.len()).collect::<Vec<_>>(), "each sentence ranked once");
        for (id, e) in a.entities.iter().enumerate() {
            assert_eq!(e.id, id);
            assert!(e.mentions.iter().all(|m| !slice(m).trim().is_empty()), "{}", e.name);
            assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start), "{}", e.name);
        }
        let mentions = a.mentions_in_order();
        assert!(mentions.windows(2).all(|w| w[0].0.end <= w[1].0.start), "{mentions:?}");
        let keys: Vec<_> = a.timeline.iter().map(|e| order::key(&e.date)).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "timeline in date order");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn spans_hold_and_mentions_never_overlap_across_parts(
            text in text(),
            part in 16usize..600,
            dated in any::<bool>(),
        ) {
            let date = if dated { published() } else { None };
            let a = analyze_in_parts(text.clone(), date, part, &mut |_| {});
            prop_assert_eq!(&a.text, &text);
            check(&a);
            // The same on every run, whatever order the threads finish in.
            prop_assert_eq!(a, analyze_in_parts(text, date, part, &mut |_| {}));
        }
    }
}
