//! The line layout cache: the article text wrapped once per (article, width) into lines that are
//! byte ranges, each cut into segments at mention boundaries. Rendering then only styles the
//! visible lines; nothing is re-wrapped on a keystroke.

use super::doc::Mention;
use textwrap::WordSeparator;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A piece of one line: a byte range, and the shown mention it belongs to, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// Index into [`super::doc::Analysed::mentions`].
    pub mention: Option<usize>,
}

/// One screen line: a byte range of the text and its segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineLayout {
    pub start: usize,
    pub end: usize,
    segments: std::ops::Range<usize>,
}

/// The wrapped text of one article at one width.
#[derive(Debug, Clone, Default)]
pub struct TextLayout {
    pub width: u16,
    pub lines: Vec<LineLayout>,
    /// Only a part of the text (see [`TextLayout::build_range`]), shown until the whole arrives.
    pub partial: bool,
    segments: Vec<Segment>,
}

/// Display width of `s` in terminal cells, counted the way the screen buffer counts them.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).filter(|g| !g.contains(char::is_control)).map(UnicodeWidthStr::width).sum()
}

impl TextLayout {
    /// Wraps `text` at `width` columns; each `\n`-separated line is wrapped on its own.
    pub fn build(text: &str, width: u16, mentions: &[Mention]) -> Self {
        Self::build_range(text, 0..text.len(), width, mentions)
    }

    /// Wraps only the part `range` of `text` (which starts and ends at line boundaries), its
    /// lines keeping their offsets into the whole text: what is shown of a big text while the
    /// whole of it is wrapped on another thread.
    pub fn build_range(
        text: &str,
        range: std::ops::Range<usize>,
        width: u16,
        mentions: &[Mention],
    ) -> Self {
        let max = usize::from(width.max(1));
        let mut ranges = Vec::new();
        let mut line_start = range.start;
        for raw in text.get(range.clone()).unwrap_or("").split('\n') {
            wrap_line(raw, line_start, max, &mut ranges);
            line_start += raw.len() + 1;
        }
        let lines = Vec::with_capacity(ranges.len());
        let partial = range.start > 0 || range.end < text.len();
        let mut layout = TextLayout { width, lines, partial, segments: Vec::new() };
        let mut next_mention = mentions.partition_point(|m| m.span.end <= range.start);
        for (start, end) in ranges {
            let first = layout.segments.len();
            next_mention = cut_segments(start, end, mentions, next_mention, &mut layout.segments);
            layout.lines.push(LineLayout { start, end, segments: first..layout.segments.len() });
        }
        layout
    }

    pub fn segments(&self, line: &LineLayout) -> &[Segment] {
        self.segments.get(line.segments.clone()).unwrap_or(&[])
    }

    /// The line showing byte offset `pos` (the last line if `pos` is past the end).
    pub fn line_of(&self, pos: usize) -> usize {
        // Offsets in the whitespace at a wrap point belong to the line that follows it.
        let i = self.lines.partition_point(|l| l.end < pos || (l.end == pos && l.start < pos));
        i.min(self.lines.len().saturating_sub(1))
    }

    /// The segment at display column `col` of line `line`, if any.
    pub fn segment_at(&self, text: &str, line: usize, col: usize) -> Option<&Segment> {
        let line = self.lines.get(line)?;
        let mut x = 0;
        for seg in self.segments(line) {
            let w = display_width(text.get(seg.start..seg.end).unwrap_or(""));
            if col < x + w {
                return Some(seg);
            }
            x += w;
        }
        None
    }
}

/// Greedy first-fit wrap of one line at `max` columns, breaking between words (and, in lines
/// with wide scripts, where the Unicode line-breaking rules allow: between CJK ideographs and
/// emoji) and inside a word only when it is wider than the line. Pushes `(start, end)` byte ranges, trailing spaces excluded.
fn wrap_line(raw: &str, base: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    if raw.trim().is_empty() {
        out.push((base, base));
        return;
    }
    let origin = raw.as_ptr() as usize;
    let mut cur: Option<(usize, usize)> = None; // (start, end) of the current line in `raw`
    let mut cur_width = 0;
    let mut pending_space = 0;
    // The Unicode line-breaking rules matter for scripts written without spaces (CJK, emoji,
    // ...), all at U+1100 and above; other lines break at spaces, which is much faster.
    let separator = if raw.chars().any(|c| c >= '\u{1100}') {
        WordSeparator::UnicodeBreakProperties
    } else {
        WordSeparator::AsciiSpace
    };
    for word in separator.find_words(raw) {
        let Some(off) = (word.word.as_ptr() as usize).checked_sub(origin) else { continue };
        let (w_start, w_end) = (off, off + word.word.len());
        let width = display_width(word.word);
        match cur {
            Some((s, _)) if cur_width + pending_space + width <= max => {
                cur = Some((s, w_end));
                cur_width += pending_space + width;
            }
            _ => {
                if let Some((s, e)) = cur.take() {
                    out.push((base + s, base + e));
                }
                if width <= max {
                    cur = Some((w_start, w_end));
                    cur_width = width;
                } else {
                    let (s, e, w) = break_long_word(raw, w_start, w_end, max, base, out);
                    cur = Some((s, e));
                    cur_width = w;
                }
            }
        }
        pending_space = display_width(word.whitespace);
    }
    if let Some((s, e)) = cur {
        out.push((base + s, base + e));
    }
}

/// Pushes full-width pieces of an over-long word; returns the last piece to continue from.
fn break_long_word(
    raw: &str,
    start: usize,
    end: usize,
    max: usize,
    base: usize,
    out: &mut Vec<(usize, usize)>,
) -> (usize, usize, usize) {
    let word = raw.get(start..end).unwrap_or("");
    let (mut piece_start, mut width) = (start, 0);
    for (i, g) in word.grapheme_indices(true) {
        let w = display_width(g);
        if width > 0 && width + w > max {
            out.push((base + piece_start, base + start + i));
            piece_start = start + i;
            width = 0;
        }
        width += w;
    }
    (piece_start, end, width)
}

/// Cuts `start..end` into segments at mention boundaries; returns the first mention not yet
/// finished, to resume from on the next line.
fn cut_segments(
    start: usize,
    end: usize,
    mentions: &[Mention],
    mut next: usize,
    out: &mut Vec<Segment>,
) -> usize {
    while mentions.get(next).is_some_and(|m| m.span.end <= start) {
        next += 1;
    }
    let mut pos = start;
    let mut i = next;
    while let Some(m) = mentions.get(i).filter(|m| m.span.start < end) {
        let (ms, me) = (m.span.start.max(start), m.span.end.min(end));
        if ms > pos {
            out.push(Segment { start: pos, end: ms, mention: None });
        }
        if me > ms {
            out.push(Segment { start: ms, end: me, mention: Some(i) });
        }
        pos = pos.max(me);
        if m.span.end > end {
            break;
        }
        i += 1;
    }
    if pos < end {
        out.push(Segment { start: pos, end, mention: None });
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityKind;

    fn texts<'t>(text: &'t str, layout: &TextLayout) -> Vec<&'t str> {
        layout.lines.iter().map(|l| &text[l.start..l.end]).collect()
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line_and_words_never_split_when_they_fit() {
        let text = "one two three\n\nfour";
        let layout = TextLayout::build(text, 8, &[]);
        assert_eq!(texts(text, &layout), ["one two", "three", "", "four"]);
    }

    #[test]
    fn a_word_wider_than_the_pane_is_cut_into_full_width_pieces() {
        let text = "ab abcdefghij cd";
        let layout = TextLayout::build(text, 4, &[]);
        assert_eq!(texts(text, &layout), ["ab", "abcd", "efgh", "ij", "cd"]);
    }

    #[test]
    fn a_mention_across_a_wrap_point_is_highlighted_on_both_lines() {
        let text = "met Dan Driscoll today";
        let span = text.find("Dan").unwrap()..text.find(" today").unwrap();
        let m = Mention { span, entity: 0, kind: EntityKind::Person };
        let layout = TextLayout::build(text, 8, std::slice::from_ref(&m));
        let marked: Vec<&str> = layout
            .lines
            .iter()
            .flat_map(|l| layout.segments(l).iter())
            .filter(|s| s.mention == Some(0))
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(marked, ["Dan", "Driscoll"]);
    }

    #[test]
    fn a_range_is_wrapped_as_the_same_lines_of_the_whole_text() {
        let text = "one two three\n\nfour five six seven\n\neight nine";
        let m = Mention { span: 20..24, entity: 0, kind: EntityKind::Place };
        let whole = TextLayout::build(text, 9, std::slice::from_ref(&m));
        let part = TextLayout::build_range(text, 15..34, 9, std::slice::from_ref(&m));
        let inside: Vec<_> =
            whole.lines.iter().filter(|l| l.start >= 15 && l.end <= 34).cloned().collect();
        let starts = |l: &TextLayout| l.lines.iter().map(|x| (x.start, x.end)).collect::<Vec<_>>();
        assert_eq!(starts(&part), inside.iter().map(|x| (x.start, x.end)).collect::<Vec<_>>());
        let marked = |l: &TextLayout| {
            l.lines.iter().flat_map(|x| l.segments(x)).filter(|s| s.mention.is_some()).count()
        };
        assert_eq!((marked(&part), &text[20..24]), (1, "five"));
        assert_eq!(part.line_of(25), whole.line_of(25) - whole.line_of(15));
    }

    #[test]
    fn an_offset_in_the_space_at_a_wrap_point_belongs_to_the_next_line() {
        let text = "aaaa bbbb";
        let layout = TextLayout::build(text, 4, &[]);
        assert_eq!(layout.line_of(4), 1);
        assert_eq!(layout.line_of(0), 0);
        assert_eq!(layout.line_of(text.len() + 10), 1);
    }
}
