//! The entity card popup: name, kind and roles, then every mention with its sentence (the
//! mention highlighted), the other open articles that name the entity, and the library's
//! articles naming it ("In your library"); or, after `t`, its timeline across the library.

use crate::analysis::EntityKind;
use crate::library::mentions::{LibraryEvent, MentionHit};
use crate::tui::app::{Card, CardRow};
use crate::tui::doc::{Analysed, Doc};
use crate::tui::render::{fit, printable};
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::screen::centered;
use crate::tui::text_layout::display_width;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// What the card draws.
pub(crate) struct CardView<'a> {
    pub card: &'a Card,
    /// The article the card's mentions are in.
    pub doc: &'a Analysed,
    /// Every open item, for the titles of the other articles listed.
    pub docs: &'a [Doc],
    /// A library is at hand, so `t` shows the timeline across it.
    pub timeline_key: bool,
    /// Said under the rows while other articles are still being searched.
    pub progress: Option<String>,
    pub theme: Theme,
}

pub(crate) fn render(view: &CardView, area: Rect, buf: &mut Buffer) {
    let th = &view.theme;
    let (card, doc) = (view.card, view.doc);
    let head = 3;
    let mut lines = card_lines(card);
    if let Some(progress) = &view.progress {
        lines.push(CardLine::Heading(progress.clone()));
    }
    let wanted = lines.len() + head + 2;
    let rect = centered(
        area,
        96.min(area.width.saturating_sub(4)),
        (wanted as u16).min(area.height.saturating_sub(2)),
    );
    Clear.render(rect, buf);
    let title = format!(" {} · {} ", card.name, card.kind.label());
    let keys = if view.timeline_key {
        " j/k move · Enter jump · t timeline · Esc close "
    } else {
        " j/k move · Enter jump · Esc close "
    };
    Block::bordered()
        .title(Line::styled(
            fit(&title, usize::from(rect.width.saturating_sub(4))),
            th.mention(card.kind),
        ))
        .title_bottom(Line::from(keys).right_aligned())
        .border_style(th.focused_border())
        .render(rect, buf);
    let (x, w) = (rect.x + 2, rect.width.saturating_sub(4));
    let width = usize::from(w);
    let y = rect.y + 1;
    // A number's card says what it counts; a name's card, the roles found for it.
    let label = if card.kind == EntityKind::Quantity { "About" } else { "Roles" };
    let roles =
        if card.roles.is_empty() { "none found".to_string() } else { card.roles.join(", ") };
    put_str(buf, x, y, &fit(&format!("{label}: {roles}"), width), width, Style::new());
    let here = card.here_count();
    let s = if here == 1 { "" } else { "s" };
    put_str(buf, x, y + 1, &format!("{here} mention{s} in this article"), width, th.dim());
    let y = y + head as u16;
    let rows_h = usize::from((rect.y + rect.height).saturating_sub(y + 1));
    let cursor_line = lines.iter().position(|l| *l == CardLine::Row(card.cursor)).unwrap_or(0);
    let offset = cursor_line
        .saturating_sub(rows_h.saturating_sub(1) / 2)
        .min(lines.len().saturating_sub(rows_h));
    for (row, line) in lines.iter().skip(offset).take(rows_h).enumerate() {
        let yy = y + row as u16;
        let i = match line {
            CardLine::Heading(text) => {
                put_str(buf, x, yy, &fit(text, width), width, th.heading());
                continue;
            }
            CardLine::Row(i) => *i,
        };
        let text = match (&card.timeline, card.rows.get(i)) {
            (Some(events), _) => event_line(events.get(i), width, th),
            (None, Some(CardRow::Here(span))) => {
                mention_line(doc, span, width.saturating_sub(2), card.kind, th)
            }
            (None, Some(CardRow::Elsewhere { doc: d, count, .. })) => {
                other_line(view.docs.get(*d), *count, width)
            }
            (None, Some(CardRow::Library(hit))) => library_line(hit, width, th),
            (None, None) => Line::raw(""),
        };
        if i == card.cursor {
            put_style(buf, Rect::new(x, yy, w, 1), th.cursor());
            put_str(buf, x.saturating_sub(1), yy, "›", 1, th.heading());
        }
        put_line(buf, x, yy, &text, w);
    }
}

/// One line of the card's list: a section heading, or row `i` (of the rows or the timeline).
#[derive(Debug, Clone, PartialEq, Eq)]
enum CardLine {
    Heading(String),
    Row(usize),
}

/// The card's list with its section headings.
fn card_lines(card: &Card) -> Vec<CardLine> {
    if let Some(events) = &card.timeline {
        let mut lines = vec![CardLine::Heading(format!(
            "Timeline across your library: {} dated events (t: back)",
            events.len()
        ))];
        lines.extend((0..events.len()).map(CardLine::Row));
        return lines;
    }
    let mut lines = Vec::new();
    for (i, row) in card.rows.iter().enumerate() {
        let first_of_kind = match (row, i.checked_sub(1).and_then(|p| card.rows.get(p))) {
            (CardRow::Elsewhere { .. }, Some(CardRow::Elsewhere { .. })) => false,
            (CardRow::Library(_), Some(CardRow::Library(_))) => false,
            (CardRow::Elsewhere { .. }, _) => true,
            (CardRow::Library(_), _) => true,
            (CardRow::Here(_), _) => false,
        };
        if first_of_kind {
            lines.push(CardLine::Heading(match row {
                CardRow::Library(_) => {
                    let n = card.library_count();
                    format!("In your library: {n} article{}", if n == 1 { "" } else { "s" })
                }
                _ => "Also named in other open articles:".to_string(),
            }));
        }
        lines.push(CardLine::Row(i));
    }
    lines
}

/// `2025-11-19  title — sentence` for a library article naming the entity.
fn library_line(hit: &MentionHit, width: usize, th: &Theme) -> Line<'static> {
    let date = hit
        .published
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map_or("undated   ".to_string(), |d| d.format("%Y-%m-%d").to_string());
    let title = fit(&hit.title, 32.min(width / 3));
    // "  date " before the title, " — " after it.
    let used = display_width(&date) + display_width(&title) + 6;
    let sentence = fit(&hit.sentence, width.saturating_sub(used));
    Line::from(vec![
        Span::styled(format!("  {date} "), th.dim()),
        Span::styled(title, th.heading()),
        Span::raw(format!(" — {sentence}")),
    ])
}

/// `2025-11  event (title)` for one event of the timeline across the library.
fn event_line(event: Option<&LibraryEvent>, width: usize, th: &Theme) -> Line<'static> {
    let Some(ev) = event else { return Line::raw("") };
    let date = format!("  {:<10} ", ev.date);
    let rest = fit(&format!("{} ({})", ev.event, ev.title), width.saturating_sub(date.len()));
    Line::from(vec![Span::styled(date, th.dim()), Span::raw(rest)])
}

fn other_line(doc: Option<&Doc>, count: usize, width: usize) -> Line<'static> {
    let title = doc.and_then(Doc::article).map_or("?", |a| a.title.as_str());
    let s = if count == 1 { "" } else { "s" };
    Line::raw(fit(&format!("  {title} — {count} mention{s} (Enter: open)"), width))
}

/// `¶N …left context [mention] right context…`, cut to `width` around the mention.
fn mention_line(
    doc: &Analysed,
    span: &crate::analysis::Span,
    width: usize,
    kind: crate::analysis::EntityKind,
    th: &Theme,
) -> Line<'static> {
    let text = doc.text();
    let a = &doc.analysis;
    let sentence =
        a.sentence_at(span.start).and_then(|i| a.sentences.get(i)).cloned().unwrap_or(span.clone());
    let para = format!("¶{:<3}", doc.paragraph_of(span.start));
    let mid = printable(text.get(span.clone()).unwrap_or("")).into_owned();
    let left = text.get(sentence.start.min(span.start)..span.start).unwrap_or("");
    let right = text.get(span.end..sentence.end.max(span.end)).unwrap_or("");
    let budget = width.saturating_sub(display_width(&para) + display_width(&mid));
    let left_budget = (budget / 3).max(budget.saturating_sub(display_width(right)));
    let left = tail(left, left_budget);
    let right = fit(right, budget.saturating_sub(display_width(&left)));
    Line::from(vec![
        Span::styled(para, th.dim()),
        Span::raw(left),
        Span::styled(mid, th.selected_entity(kind)),
        Span::raw(right),
    ])
}

/// The end of `s` that fits in `width` columns, starting with `…` when cut.
fn tail(s: &str, width: usize) -> String {
    let s = printable(s);
    if display_width(&s) <= width {
        return s.into_owned();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        let w = display_width(c.encode_utf8(&mut [0; 4]));
        if used + w > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}
