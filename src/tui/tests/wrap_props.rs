//! Property tests of the line layout (issue 12) on random text mixing ASCII, CJK, emoji
//! sequences, combining marks and right-to-left words: the wrapped lines reproduce the text
//! (only whitespace is left between them, none is wider than the pane unless it holds a single
//! character), and every cell of a mention, at any width, belongs to that mention.

use crate::analysis::EntityKind;
use crate::tui::doc::Mention;
use crate::tui::text_layout::{display_width, TextLayout};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

const WORDS: &[&str] = &[
    "Kyiv",
    "officials",
    "a",
    "東京都",
    "小池百合子",
    "🙂",
    "👨\u{200d}👩\u{200d}👧",
    "🇺🇦",
    "cafe\u{301}",
    "שלום",
    "مرحبا",
    "Zoe\u{308}",
    "supercalifragilistic",
    "記者會上，",
    "x",
    "—",
    "👍🏽",
];
const GAPS: &[&str] = &[" ", " ", " ", "", "  ", "\n", "\n\n", " \n"];

/// Random text and the byte spans of some runs of its words (in order, never overlapping).
fn text_and_mentions() -> impl Strategy<Value = (String, Vec<Mention>)> {
    let piece = (0..WORDS.len(), 0..GAPS.len(), 0u8..4);
    prop::collection::vec(piece, 1..60).prop_map(|pieces| {
        let (mut text, mut mentions) = (String::new(), Vec::new());
        let mut open: Option<(usize, u8)> = None;
        for (w, g, mark) in pieces {
            let start = text.len();
            text.push_str(WORDS[w]);
            let end = text.len();
            // mark 0 opens a mention of up to three words; it ends at a gap with a newline.
            let (from, left) = open.take().unwrap_or((start, if mark == 0 { 3 } else { 0 }));
            if left > 0 {
                let gap = GAPS[g];
                if left == 1 || gap.contains('\n') {
                    let span = from..end;
                    mentions.push(Mention {
                        span,
                        entity: mentions.len(),
                        kind: EntityKind::Person,
                    });
                } else {
                    open = Some((from, left - 1));
                }
            }
            text.push_str(GAPS[g]);
        }
        if let Some((from, _)) = open {
            let end = text.trim_end().len();
            mentions.push(Mention {
                span: from..end,
                entity: mentions.len(),
                kind: EntityKind::Place,
            });
        }
        (text, mentions)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn wrapped_lines_reproduce_the_text((text, mentions) in text_and_mentions(), width in 1u16..50) {
        let layout = TextLayout::build(&text, width, &mentions);
        let mut pos = 0;
        for line in &layout.lines {
            prop_assert!(pos <= line.start && line.start <= line.end, "lines in order");
            let gap = text.get(pos..line.start).expect("a gap on char boundaries");
            prop_assert!(gap.chars().all(char::is_whitespace), "{gap:?} dropped at width {width}");
            let shown = text.get(line.start..line.end).expect("a line on char boundaries");
            let single = shown.graphemes(true).count() <= 1;
            prop_assert!(
                display_width(shown) <= usize::from(width) || single,
                "{shown:?} wider than {width}"
            );
            pos = line.end;
        }
        let rest = text.get(pos..).unwrap_or("");
        prop_assert!(rest.chars().all(char::is_whitespace), "{rest:?} dropped at the end");
    }

    #[test]
    fn every_cell_of_a_mention_is_highlighted_as_that_mention(
        (text, mentions) in text_and_mentions(),
        width in 2u16..50,
    ) {
        let layout = TextLayout::build(&text, width, &mentions);
        for (i, m) in mentions.iter().enumerate() {
            let shown = &text[m.span.clone()];
            for (at, g) in shown.grapheme_indices(true) {
                if g.trim().is_empty() || display_width(g) == 0 {
                    continue;
                }
                let at = m.span.start + at;
                let line_no = layout.line_of(at);
                let line = &layout.lines[line_no];
                let col = display_width(&text[line.start..at]);
                let seg = layout.segment_at(&text, line_no, col);
                prop_assert_eq!(seg.and_then(|s| s.mention), Some(i), "{:?} at column {}", g, col);
                // The whole grapheme's cells belong to it.
                let last = layout.segment_at(&text, line_no, col + display_width(g) - 1);
                prop_assert_eq!(last.and_then(|s| s.mention), Some(i));
            }
        }
    }
}
