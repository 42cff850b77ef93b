//! The article pane: the visible lines of the wrapped text, each mention coloured by kind, the
//! selected entity reversed, search matches and the jump mark overlaid.

use crate::tui::app::{App, Focus};
use crate::tui::doc::Analysed;
use crate::tui::render::{fit, printable};
use crate::tui::render::{put_line, put_str};
use crate::tui::text_layout::LineLayout;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// What the article pane says on the library before an article is opened.
const LIBRARY_HINTS: [&str; 4] = [
    "Enter opens the article under the cursor.",
    "/ searches the whole library, r refreshes",
    "the feeds, m marks read, * stars, o opens",
    "it in the browser; ? lists every key.",
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let total = app.layout.lines.len();
    let shown_to = (app.scroll + app.text_height()).min(total);
    let pct = (shown_to * 100).checked_div(total).unwrap_or(100);
    let mut block = Block::bordered()
        .title(" Article ")
        .title_bottom(Line::from(format!(" {pct}% ")).right_aligned());
    if app.focus == Focus::Text && app.popup.is_none() {
        block = block.border_style(theme::focused_border());
    }
    block.render(area, buf);
    let text_area = app.screen.text;
    let Some(doc) = app.doc() else {
        if app.library.is_some() {
            let width = usize::from(text_area.width);
            for (y, msg) in (text_area.y..text_area.y + text_area.height).zip(LIBRARY_HINTS) {
                put_str(buf, text_area.x, y, &fit(msg, width), width, theme::dim());
            }
            return;
        }
        let msg = if app.docs.is_empty() {
            "No articles."
        } else {
            "No article could be loaded: see the list (l)."
        };
        put_str(buf, text_area.x, text_area.y, msg, usize::from(text_area.width), theme::error());
        return;
    };
    let selected_entity = app.selected.and_then(|s| doc.mentions.get(s)).map(|m| m.entity);
    for (row, line) in
        app.layout.lines.iter().skip(app.scroll).take(usize::from(text_area.height)).enumerate()
    {
        let styled = styled_line(app, doc, line, selected_entity);
        let y = text_area.y + row as u16;
        put_line(buf, text_area.x, y, &styled, text_area.width);
    }
}

/// The style of mention `i`, or plain text when its kind is switched off.
fn mention_style(app: &App, doc: &Analysed, i: usize, selected_entity: Option<usize>) -> Style {
    let Some(m) = doc.mentions.get(i) else { return Style::new() };
    let toggled = crate::analysis::EntityKind::TOGGLED.iter().position(|k| *k == m.kind);
    if toggled.is_some_and(|t| app.hidden[t]) {
        return Style::new();
    }
    if app.selected == Some(i) {
        theme::selected_mention(m.kind)
    } else if selected_entity == Some(m.entity) {
        theme::selected_entity(m.kind)
    } else {
        theme::mention(m.kind)
    }
}

/// One visible line as styled spans: segments cut further at search-match and mark boundaries.
fn styled_line(
    app: &App,
    doc: &Analysed,
    line: &LineLayout,
    selected_entity: Option<usize>,
) -> Line<'static> {
    let text = doc.text();
    let matches = &app.search.matches;
    let first_match = app.search.first_match_from(line.start);
    let mut spans = Vec::new();
    for seg in app.layout.segments(line) {
        let base =
            seg.mention.map_or(Style::new(), |i| mention_style(app, doc, i, selected_entity));
        let mut cuts = vec![seg.start, seg.end];
        let overlays = matches.iter().skip(first_match).take_while(|m| m.start < line.end);
        for m in overlays.clone().chain(app.mark.iter()) {
            cuts.extend([m.start, m.end].into_iter().filter(|&c| c > seg.start && c < seg.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        for piece in cuts.windows(2) {
            let (a, b) = (piece[0], piece[1]);
            let mut style = base;
            if app.mark.as_ref().is_some_and(|m| m.start <= a && b <= m.end) {
                style = style.patch(theme::jump_mark());
            }
            let hit = overlays.clone().enumerate().find(|(_, m)| m.start <= a && b <= m.end);
            if let Some((k, _)) = hit {
                let current = first_match + k == app.search.current;
                style = style.patch(if current {
                    theme::current_match()
                } else {
                    theme::search_match()
                });
            }
            let s = text.get(a..b).unwrap_or("");
            spans.push(Span::styled(printable(s).into_owned(), style));
        }
    }
    Line::from(spans)
}
