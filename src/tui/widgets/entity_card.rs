//! The entity card popup: name, kind and roles, then every mention with its sentence (the
//! mention highlighted), then the other open articles that name the entity.

use crate::tui::app::{App, Card, CardRow};
use crate::tui::doc::{Analysed, Doc};
use crate::tui::render::{centered, fit, printable};
use crate::tui::render::{put_line, put_str, put_style};
use crate::tui::text_layout::display_width;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

pub fn render(app: &App, card: &Card, area: Rect, buf: &mut Buffer) {
    let Some(doc) = app.doc() else { return };
    let head = 3;
    let elsewhere = card.rows.len() - card.here_count();
    let wanted = card.rows.len() + head + 2 + usize::from(elsewhere > 0);
    let rect = centered(
        area,
        96.min(area.width.saturating_sub(4)),
        (wanted as u16).min(area.height.saturating_sub(2)),
    );
    Clear.render(rect, buf);
    let title = format!(" {} · {} ", card.name, card.kind.label());
    Block::bordered()
        .title(Line::styled(
            fit(&title, usize::from(rect.width.saturating_sub(4))),
            theme::mention(card.kind),
        ))
        .title_bottom(Line::from(" j/k move · Enter jump · Esc close ").right_aligned())
        .border_style(theme::focused_border())
        .render(rect, buf);
    let (x, w) = (rect.x + 2, rect.width.saturating_sub(4));
    let width = usize::from(w);
    let mut y = rect.y + 1;
    let roles =
        if card.roles.is_empty() { "none found".to_string() } else { card.roles.join(", ") };
    put_str(buf, x, y, &fit(&format!("Roles: {roles}"), width), width, Style::new());
    let here = card.here_count();
    let s = if here == 1 { "" } else { "s" };
    put_str(buf, x, y + 1, &format!("{here} mention{s} in this article"), width, theme::dim());
    y += head as u16;
    let rows_h = usize::from((rect.y + rect.height).saturating_sub(y + 1));
    let offset = card
        .cursor
        .saturating_sub(rows_h.saturating_sub(1) / 2)
        .min(card.rows.len().saturating_sub(rows_h));
    let mut row = 0;
    for (i, r) in card.rows.iter().enumerate().skip(offset) {
        if row >= rows_h {
            break;
        }
        if i == here && elsewhere > 0 {
            put_str(
                buf,
                x,
                y + row as u16,
                "Also named in other open articles:",
                width,
                theme::heading(),
            );
            row += 1;
            if row >= rows_h {
                break;
            }
        }
        let line = match r {
            CardRow::Here(span) => mention_line(doc, span, width.saturating_sub(2), card.kind),
            CardRow::Elsewhere { doc: d, count, .. } => other_line(app.docs.get(*d), *count, width),
        };
        let yy = y + row as u16;
        if i == card.cursor {
            put_style(buf, Rect::new(x, yy, w, 1), theme::cursor());
            put_str(buf, x.saturating_sub(1), yy, "›", 1, theme::heading());
        }
        put_line(buf, x, yy, &line, w);
        row += 1;
    }
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
        Span::styled(para, theme::dim()),
        Span::raw(left),
        Span::styled(mid, theme::selected_entity(kind)),
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
