//! Where the help overlay's lines go: each scope a section (heading, then one entry per binding
//! with its description wrapped under itself), packed into as few columns as the terminal
//! allows (up to three), sections kept whole unless one is taller than a column, the columns
//! as even as possible. When no layout fits the height, the compact one (no blank lines between
//! sections) in the most columns is used and scrolls.

use crate::tui::keymap::{Keymap, HELP_ORDER};
use crate::tui::screen::centered;
use crate::tui::text_layout::display_width;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The narrowest column worth splitting the width for, the widest column, the space between
/// columns, and the most columns.
const MIN_COLUMN: u16 = 36;
const MAX_COLUMN: u16 = 60;
pub(crate) const GAP: u16 = 2;
const MAX_COLUMNS: u16 = 3;

/// What is said about the mouse, after the keys.
const MOUSE_NOTE: &str = "Mouse: the wheel scrolls; a click on a name selects it.";

/// One section: its heading (none for the mouse note) and its entries, each already wrapped.
struct Section {
    title: Option<&'static str>,
    entries: Vec<Vec<Line<'static>>>,
}

/// The overlay laid out for one terminal size.
pub(crate) struct HelpLayout {
    /// The overlay, border included.
    pub rect: Rect,
    /// Each column's lines, all scrolled together.
    pub columns: Vec<Vec<Line<'static>>>,
    pub column_width: u16,
    /// Lines shown inside the border.
    pub visible: usize,
}

impl HelpLayout {
    /// The layout for a terminal of `area`.
    pub fn compute(area: Rect, keymap: &Keymap, th: &Theme) -> HelpLayout {
        let inner = area.width.saturating_sub(4);
        let most =
            (1..=MAX_COLUMNS).rev().find(|&n| column_width(inner, n) >= MIN_COLUMN).unwrap_or(1);
        let room = usize::from(area.height.saturating_sub(4)).max(1);
        let candidates =
            [false, true].into_iter().flat_map(|compact| (1..=most).map(move |n| (n, compact)));
        let lay = |(n, compact): (u16, bool)| {
            let width = column_width(inner, n);
            (width, pack(&sections(width, keymap, th), usize::from(n), compact, th))
        };
        let (column_width, columns) = candidates
            .map(lay)
            .find(|(_, columns)| tallest(columns) <= room)
            .unwrap_or_else(|| lay((most, true)));
        let n = columns.len().max(1) as u16;
        let width = column_width * n + GAP * (n - 1) + 4;
        let height = (tallest(&columns) as u16).saturating_add(2);
        let rect = centered(area, width, height.min(area.height.saturating_sub(2)));
        let visible = usize::from(rect.height.saturating_sub(2));
        HelpLayout { rect, columns, column_width, visible }
    }

    /// The largest scroll that still fills the overlay.
    pub fn max_scroll(&self) -> usize {
        tallest(&self.columns).saturating_sub(self.visible)
    }
}

/// The width of each of `n` columns in `inner` columns of room.
fn column_width(inner: u16, n: u16) -> u16 {
    (inner.saturating_sub(GAP * (n - 1)) / n).min(MAX_COLUMN)
}

fn tallest(columns: &[Vec<Line<'static>>]) -> usize {
    columns.iter().map(Vec::len).max().unwrap_or(0)
}

/// Every scope's section, and the mouse note, for columns `width` wide.
fn sections(width: u16, keymap: &Keymap, th: &Theme) -> Vec<Section> {
    let width = usize::from(width);
    let mut out: Vec<Section> = HELP_ORDER
        .iter()
        .map(|scope| {
            let rows = keymap.help_rows(&[*scope]);
            let keys_w = rows.iter().map(|(_, k, _)| display_width(k)).max().unwrap_or(0) + 1;
            let entries =
                rows.iter().map(|(_, keys, help)| entry(keys, help, keys_w, width, th)).collect();
            Section { title: Some(scope.title()), entries }
        })
        .collect();
    let note = textwrap::wrap(MOUSE_NOTE, width.max(1));
    let note = note.iter().map(|l| Line::styled(l.to_string(), th.dim())).collect();
    out.push(Section { title: None, entries: vec![note] });
    out
}

/// One binding: ` keys  description`, the description wrapped under itself.
fn entry(keys: &str, help: &str, keys_w: usize, width: usize, th: &Theme) -> Vec<Line<'static>> {
    let indent = 1 + keys_w;
    let wrapped = textwrap::wrap(help, width.saturating_sub(indent).max(8));
    let key_style = th.mention(crate::analysis::EntityKind::Person);
    wrapped
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let lead = if i == 0 {
                let pad = keys_w.saturating_sub(display_width(keys));
                Span::styled(format!(" {keys}{}", " ".repeat(pad)), key_style)
            } else {
                Span::raw(" ".repeat(indent))
            };
            Line::from(vec![lead, Span::raw(part.to_string())])
        })
        .collect()
}

/// One line or block of lines of a column, named rather than drawn while the packing is tried.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Blank,
    Heading { section: usize, continued: bool },
    Entry { section: usize, entry: usize },
}

/// The sections in at most `n` columns of the least height that holds them; more columns only
/// when even one line per column is too little.
fn pack(sections: &[Section], n: usize, compact: bool, th: &Theme) -> Vec<Vec<Line<'static>>> {
    let total: usize = sections.iter().map(|s| height(s) + 1).sum();
    let start = total.div_ceil(n.max(1)).max(1);
    let mut slots = Vec::new();
    for h in start..=total.max(start) {
        slots = pack_at(sections, h, compact);
        if slots.len() <= n {
            break;
        }
    }
    slots.iter().map(|column| draw(sections, column, th)).collect()
}

fn height(section: &Section) -> usize {
    usize::from(section.title.is_some()) + section.entries.iter().map(Vec::len).sum::<usize>()
}

/// Fills columns of `h` lines in order: a section that fits in a fresh column but not in the
/// rest of this one starts the next column; one taller than a column is split, its heading
/// repeated as "(cont.)".
fn pack_at(sections: &[Section], h: usize, compact: bool) -> Vec<Vec<Slot>> {
    let gap = usize::from(!compact);
    let mut columns: Vec<Vec<Slot>> = vec![Vec::new()];
    let mut used = 0;
    for (s, section) in sections.iter().enumerate() {
        let titled = usize::from(section.title.is_some());
        if used > 0 && used + gap + height(section) > h && height(section) <= h {
            columns.push(Vec::new());
            used = 0;
        }
        for (e, entry) in section.entries.iter().enumerate() {
            let first = e == 0;
            let head = if first || used == 0 { titled } else { 0 };
            let sep = if first && used > 0 { gap } else { 0 };
            if used > 0 && used + sep + head + entry.len() > h {
                columns.push(Vec::new());
                used = 0;
            }
            let Some(column) = columns.last_mut() else { continue };
            if first && used > 0 && gap > 0 {
                column.push(Slot::Blank);
                used += 1;
            }
            if section.title.is_some() && (first || used == 0) {
                column.push(Slot::Heading { section: s, continued: !first });
                used += 1;
            }
            column.push(Slot::Entry { section: s, entry: e });
            used += entry.len();
        }
    }
    columns
}

/// The lines of one packed column.
fn draw(sections: &[Section], column: &[Slot], th: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for slot in column {
        match *slot {
            Slot::Blank => out.push(Line::raw("")),
            Slot::Heading { section, continued } => {
                let title = sections.get(section).and_then(|s| s.title).unwrap_or_default();
                let title = if continued { format!("{title} (cont.)") } else { title.to_string() };
                out.push(Line::styled(title, th.heading()));
            }
            Slot::Entry { section, entry } => {
                let lines = sections.get(section).and_then(|s| s.entries.get(entry));
                out.extend(lines.into_iter().flatten().cloned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::BINDINGS;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    /// All the overlay's words in reading order (column after column), single-spaced.
    fn words(layout: &HelpLayout) -> String {
        let all: Vec<String> = layout.columns.iter().flatten().map(text).collect();
        all.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn at(w: u16, h: u16) -> HelpLayout {
        HelpLayout::compute(Rect::new(0, 0, w, h), &Keymap::default(), &Theme::dark())
    }

    #[test]
    fn every_binding_is_laid_out_whole_at_every_size() {
        for (w, h) in [(120, 40), (100, 30), (80, 24), (60, 20), (50, 20), (40, 12)] {
            let all = words(&at(w, h));
            for bind in BINDINGS.iter().filter(|b| !b.help.is_empty()) {
                let label = bind.label.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(all.contains(&format!("{label} {}", bind.help)), "{w}x{h}: {label}");
            }
            assert!(all.contains(MOUSE_NOTE), "{w}x{h}: the mouse note");
        }
    }

    #[test]
    fn three_columns_hold_everything_at_160x50_and_smaller_sizes_scroll() {
        let wide = at(160, 50);
        assert_eq!(wide.max_scroll(), 0, "everything fits at 160x50");
        assert!(!words(&wide).contains("(cont.)"), "sections stay whole when they fit");
        assert_eq!(at(120, 40).columns.len(), 3);
        let medium = at(80, 24);
        assert_eq!(medium.columns.len(), 2);
        assert!(medium.max_scroll() > 0);
        assert_eq!(at(50, 20).columns.len(), 1);
    }

    #[test]
    fn the_overlay_and_its_lines_stay_inside_the_terminal() {
        for (w, h) in [(120, 40), (119, 40), (80, 24), (79, 24), (50, 20), (20, 6), (3, 2)] {
            let area = Rect::new(0, 0, w, h);
            let layout = HelpLayout::compute(area, &Keymap::default(), &Theme::dark());
            assert_eq!(layout.rect.intersection(area), layout.rect, "{w}x{h}");
            if w < 40 {
                continue; // too narrow for whole lines: they are cut at the border
            }
            let n = layout.columns.len() as u16;
            assert!(layout.column_width * n + GAP * (n - 1) + 4 <= w, "{w}x{h}: columns fit");
            for line in layout.columns.iter().flatten() {
                let width = display_width(&text(line));
                assert!(width <= usize::from(layout.column_width), "{w}x{h}: {width}");
            }
        }
    }

    #[test]
    fn a_section_taller_than_a_column_continues_under_its_heading() {
        let th = Theme::dark();
        let sections = sections(40, &Keymap::default(), &th);
        let columns: Vec<_> =
            pack_at(&sections, 8, true).iter().map(|c| draw(&sections, c, &th)).collect();
        let headings: Vec<String> = columns.iter().filter_map(|c| c.first()).map(text).collect();
        assert!(headings.iter().any(|h| h == "Reading (cont.)"), "{headings:?}");
        assert!(columns.iter().all(|c| c.len() <= 8));
    }
}
