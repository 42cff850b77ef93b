//! The article pane: the visible lines of the wrapped text, each mention coloured by kind, the
//! selected entity reversed, search matches and the jump mark overlaid; or what stands in for
//! the text when there is none (the library's hints, a load error).

use crate::analysis::{EntityKind, Span as TextSpan};
use crate::tui::app::Search;
use crate::tui::doc::Mention;
use crate::tui::render::{fit, printable, put_line, put_str};
use crate::tui::text_layout::{LineLayout, TextLayout};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// What the article pane says on the library before an article is opened (wrapped to the
/// pane).
const LIBRARY_HINTS: &str = "Enter opens the article under the cursor. / searches the whole \
library, r refreshes the feeds, u goes to the next unread article, m marks read, * stars, o \
opens it in the browser; ? lists every key.";

/// What fills the pane.
pub(crate) enum Body<'a> {
    /// The text, with its shown mentions (none while the analysis runs).
    Text { text: &'a str, mentions: &'a [Mention] },
    /// The library before an article is opened.
    LibraryHints,
    /// No article to show, and why.
    Error(&'static str),
}

/// What the article pane draws.
pub(crate) struct ArticleView<'a> {
    pub body: Body<'a>,
    pub layout: &'a TextLayout,
    pub scroll: usize,
    /// The text's area inside the pane.
    pub text_area: Rect,
    pub focused: bool,
    /// The selected mention, and the kinds whose highlighting is off.
    pub selected: Option<usize>,
    pub hidden: [bool; 6],
    pub search: &'a Search,
    pub mark: Option<&'a TextSpan>,
    /// Said on the bottom border while the analysis runs ("analysing… 40%").
    pub progress: Option<String>,
    pub theme: Theme,
}

pub(crate) fn render(view: &ArticleView, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    let total = view.layout.lines.len();
    let height = usize::from(view.text_area.height.max(1));
    let shown_to = (view.scroll + height).min(total);
    let pct = (shown_to * 100).checked_div(total).unwrap_or(100);
    let mut block = Block::bordered()
        .title(" Article ")
        .title_bottom(Line::from(format!(" {pct}% ")).right_aligned());
    if let Some(progress) = &view.progress {
        block = block.title_bottom(Line::styled(format!(" {progress} "), th.heading()));
    }
    if view.focused {
        block = block.border_style(th.focused_border());
    }
    block.render(area, buf);
    let text_area = view.text_area;
    let width = usize::from(text_area.width);
    let (text, mentions) = match view.body {
        Body::Text { text, mentions } => (text, mentions),
        Body::LibraryHints => {
            let lines = textwrap::wrap(LIBRARY_HINTS, width.max(1));
            for (y, msg) in (text_area.y..text_area.y + text_area.height).zip(lines) {
                put_str(buf, text_area.x, y, &fit(&msg, width), width, th.dim());
            }
            return;
        }
        Body::Error(msg) => {
            put_str(buf, text_area.x, text_area.y, msg, width, th.error());
            return;
        }
    };
    let selected_entity = view.selected.and_then(|s| mentions.get(s)).map(|m| m.entity);
    let lines = view.layout.lines.iter().skip(view.scroll).take(usize::from(text_area.height));
    for (row, line) in lines.enumerate() {
        let styled = styled_line(view, text, mentions, line, selected_entity);
        put_line(buf, text_area.x, text_area.y + row as u16, &styled, text_area.width);
    }
}

/// The style of mention `i`, or plain text when its kind is switched off.
fn mention_style(
    view: &ArticleView,
    mentions: &[Mention],
    i: usize,
    selected_entity: Option<usize>,
) -> Style {
    let th = &view.theme;
    let Some(m) = mentions.get(i) else { return Style::new() };
    let toggled = EntityKind::TOGGLED.iter().position(|k| *k == m.kind);
    if toggled.is_some_and(|t| view.hidden[t]) {
        return Style::new();
    }
    if view.selected == Some(i) {
        th.selected_mention(m.kind)
    } else if selected_entity == Some(m.entity) {
        th.selected_entity(m.kind)
    } else {
        th.mention(m.kind)
    }
}

/// One visible line as styled spans: segments cut further at search-match and mark boundaries.
fn styled_line(
    view: &ArticleView,
    text: &str,
    mentions: &[Mention],
    line: &LineLayout,
    selected_entity: Option<usize>,
) -> Line<'static> {
    let th = &view.theme;
    let matches = &view.search.matches;
    let first_match = view.search.first_match_from(line.start);
    let mut spans = Vec::new();
    for seg in view.layout.segments(line) {
        let base =
            seg.mention.map_or(Style::new(), |i| mention_style(view, mentions, i, selected_entity));
        let mut cuts = vec![seg.start, seg.end];
        let overlays = matches.iter().skip(first_match).take_while(|m| m.start < line.end);
        for m in overlays.clone().chain(view.mark) {
            cuts.extend([m.start, m.end].into_iter().filter(|&c| c > seg.start && c < seg.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        for piece in cuts.windows(2) {
            let (a, b) = (piece[0], piece[1]);
            let mut style = base;
            if view.mark.is_some_and(|m| m.start <= a && b <= m.end) {
                style = style.patch(th.jump_mark());
            }
            let hit = overlays.clone().enumerate().find(|(_, m)| m.start <= a && b <= m.end);
            if let Some((k, _)) = hit {
                let current = first_match + k == view.search.current;
                style = style.patch(if current { th.current_match() } else { th.search_match() });
            }
            let s = text.get(a..b).unwrap_or("");
            spans.push(Span::styled(printable(s).into_owned(), style));
        }
    }
    Line::from(spans)
}
