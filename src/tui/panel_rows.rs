//! The side panel's content for each tab, built once per (article, panel width, summary length)
//! into items of pre-wrapped lines. Each item may carry a [`Target`] in the text, which Enter in
//! the focused panel jumps to. A section lists at most [`SECTION_ROWS`] items and says how many
//! more there are, so a 10 MB article's 40,000 numbers cost no more to build than a page does.

use super::action::Tab;
use super::doc::Analysed;
use super::render::{fit, printable};
use super::theme::Theme;
use crate::analysis::{EntityKind, Span};
use ratatui::style::Style;
use ratatui::text::{Line, Span as StyledText};

/// Where an item of the panel points in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An entity: jump to its first mention and select it.
    Entity(usize),
    /// A stretch of text (a quote, a number, a dated sentence, a summary sentence).
    Text(Span),
}

/// One row group of the panel: its lines and what Enter on it does.
#[derive(Debug, Clone, Default)]
pub struct PanelItem {
    pub lines: Vec<Line<'static>>,
    pub target: Option<Target>,
}

/// All items of one tab.
#[derive(Debug, Clone, Default)]
pub struct PanelRows {
    pub items: Vec<PanelItem>,
}

impl PanelRows {
    /// Builds the rows of `tab` at `width` columns.
    pub fn build(tab: Tab, doc: &Analysed, width: u16, summary_len: usize, th: &Theme) -> Self {
        // One column of air before the border.
        let width = usize::from(width.max(9) - 1);
        let items = match tab {
            Tab::Facts => facts(doc, width, th),
            Tab::Timeline => timeline(doc, width, th),
            Tab::Summary => summary(doc, width, summary_len, th),
        };
        PanelRows { items }
    }

    /// Indices of the items Enter can act on.
    pub fn targets(&self) -> impl Iterator<Item = usize> + '_ {
        self.items.iter().enumerate().filter(|(_, it)| it.target.is_some()).map(|(i, _)| i)
    }
}

/// Items listed per section at most.
pub const SECTION_ROWS: usize = 300;

/// "… and 39,700 more" under a section cut at [`SECTION_ROWS`].
fn more(total: usize, th: &Theme) -> Option<PanelItem> {
    (total > SECTION_ROWS).then(|| note(&format!("  … and {} more", total - SECTION_ROWS), th))
}

fn heading(text: String, th: &Theme) -> PanelItem {
    PanelItem { lines: vec![Line::styled(text, th.heading())], target: None }
}

fn note(text: &str, th: &Theme) -> PanelItem {
    PanelItem { lines: vec![Line::styled(text.to_string(), th.dim())], target: None }
}

/// Wraps `text` to `width` with `indent` before continuation lines, at most `max_lines` lines.
fn wrapped(
    text: &str,
    width: usize,
    indent: &str,
    max_lines: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let opts = textwrap::Options::new(width).subsequent_indent(indent);
    let mut lines: Vec<String> =
        textwrap::wrap(&printable(text), opts).into_iter().map(|l| l.into_owned()).collect();
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines.into_iter().map(|l| Line::styled(l, style)).collect()
}

const FACT_KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Group,
    EntityKind::Misc,
];

fn facts(doc: &Analysed, width: usize, th: &Theme) -> Vec<PanelItem> {
    let a = &doc.analysis;
    let mut items = Vec::new();
    for kind in FACT_KINDS {
        let mut ents: Vec<_> = a.entities.iter().filter(|e| e.kind == kind).collect();
        if ents.is_empty() {
            continue;
        }
        ents.sort_by(|x, y| y.mentions.len().cmp(&x.mentions.len()).then(x.name.cmp(&y.name)));
        items.push(heading(format!("{} ({})", kind.plural(), ents.len()), th));
        let total = ents.len();
        for e in ents.into_iter().take(SECTION_ROWS) {
            let count = format!(" ×{}", e.mentions.len());
            let mut lines = vec![Line::from(vec![
                StyledText::raw(" "),
                StyledText::styled(
                    fit(&e.name, width.saturating_sub(count.len() + 1)),
                    th.mention(kind),
                ),
                StyledText::styled(count, th.dim()),
            ])];
            if !e.roles.is_empty() {
                lines.extend(
                    wrapped(&e.roles.join(", "), width.saturating_sub(4), "", 2, th.dim())
                        .into_iter()
                        .map(|l| indent(l, "    ")),
                );
            }
            items.push(PanelItem { lines, target: Some(Target::Entity(e.id)) });
        }
        items.extend(more(total, th));
    }
    if !a.quotes.is_empty() {
        items.push(heading(format!("Quotes ({})", a.quotes.len()), th));
        for q in a.quotes.iter().take(SECTION_ROWS) {
            let mut lines = wrapped(&format!(" “{}”", q.text), width, "  ", 3, Style::new());
            let who = q.speaker.as_deref().unwrap_or("unattributed");
            lines.push(Line::styled(format!("    — {who}"), th.dim()));
            items.push(PanelItem { lines, target: Some(Target::Text(q.span.clone())) });
        }
        items.extend(more(a.quotes.len(), th));
    }
    if !a.quantities.is_empty() {
        items.push(heading(format!("Numbers ({})", a.quantities.len()), th));
        for q in a.quantities.iter().take(SECTION_ROWS) {
            let mut lines =
                vec![Line::styled(format!(" {}", q.text), th.mention(EntityKind::Quantity))];
            lines.extend(
                wrapped(&q.about, width.saturating_sub(4), "", 2, th.dim())
                    .into_iter()
                    .map(|l| indent(l, "    ")),
            );
            items.push(PanelItem { lines, target: Some(Target::Text(q.span.clone())) });
        }
        items.extend(more(a.quantities.len(), th));
    }
    if items.is_empty() {
        items.push(note("No entities found.", th));
    }
    items
}

fn indent(line: Line<'static>, prefix: &'static str) -> Line<'static> {
    let mut spans = vec![StyledText::raw(prefix)];
    spans.extend(line.spans);
    Line::from(spans).style(line.style)
}

fn timeline(doc: &Analysed, width: usize, th: &Theme) -> Vec<PanelItem> {
    let a = &doc.analysis;
    let col = a.timeline.iter().map(|e| e.date.chars().count()).max().unwrap_or(10).max(10) + 2;
    let text_width = width.saturating_sub(col).max(8);
    let pad = " ".repeat(col);
    let published = a.published.map(|d| d.format("%Y-%m-%d").to_string());
    let mut marked = published.is_none();
    let mut items = Vec::new();
    let date_style = th.mention(EntityKind::Date);
    for ev in a.timeline.iter().take(SECTION_ROWS) {
        if let Some(p) = published.as_ref().filter(|p| !marked && ev.date.as_str() > p.as_str()) {
            if !items.is_empty() {
                items.push(gap());
            }
            items.push(published_row(p, col, th));
            marked = true;
        }
        let what = if ev.event.is_empty() {
            a.text.get(ev.sentence.clone()).unwrap_or("")
        } else {
            &ev.event
        };
        let mut body = wrapped(&format!("({}) {what}", ev.text), text_width, "", 3, Style::new());
        let weekday = chrono::NaiveDate::parse_from_str(&ev.date, "%Y-%m-%d")
            .ok()
            .map(|d| format!("  {:<w$}", d.format("%a").to_string(), w = col - 2));
        if weekday.is_some() && body.len() < 2 {
            body.push(Line::raw(""));
        }
        let lines = body
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let lead = match (i, &weekday) {
                    (0, _) => StyledText::styled(format!("{:<col$}", ev.date), date_style),
                    (1, Some(day)) => StyledText::styled(day.clone(), th.dim()),
                    _ => StyledText::raw(pad.clone()),
                };
                let mut spans = vec![lead];
                spans.extend(l.spans);
                Line::from(spans)
            })
            .collect();
        if !items.is_empty() {
            items.push(gap());
        }
        items.push(PanelItem { lines, target: Some(Target::Text(ev.sentence.clone())) });
    }
    items.extend(more(a.timeline.len(), th));
    if let Some(p) = published.filter(|_| !marked) {
        if !items.is_empty() {
            items.push(gap());
        }
        items.push(published_row(&p, col, th));
    }
    if a.published.is_none() {
        // Without a publication date, "Friday" or "last week" cannot be placed: say so and how.
        if !items.is_empty() {
            items.push(gap());
        }
        let lines = wrapped(UNDATED, width.max(8), "", 6, th.dim());
        items.push(PanelItem { lines, target: None });
    } else if a.timeline.is_empty() {
        items.push(note("No dated events found.", th));
    }
    items
}

/// The Timeline's note for an article that carries no publication date.
const UNDATED: &str = "No publication date: dates like \"Friday\" or \"last week\" \
    cannot be placed. Set one with --date YYYY-MM-DD.";

/// An empty line between items.
fn gap() -> PanelItem {
    PanelItem { lines: vec![Line::raw("")], target: None }
}

fn published_row(date: &str, col: usize, th: &Theme) -> PanelItem {
    let line = Line::from(vec![
        StyledText::styled(format!("{date:<col$}"), th.heading()),
        StyledText::styled("── published ──", th.heading()),
    ]);
    PanelItem { lines: vec![line], target: None }
}

fn summary(doc: &Analysed, width: usize, k: usize, th: &Theme) -> Vec<PanelItem> {
    let a = &doc.analysis;
    let picked = a.summary(k);
    let mut items = vec![note(
        &format!("{} of {} sentences  (+ / - to change)", picked.len(), a.sentences.len()),
        th,
    )];
    for s in picked {
        let text = a.text.get(s.span.clone()).unwrap_or("");
        let lines = wrapped(&format!("• {text}"), width, "  ", usize::MAX, Style::new());
        items.push(gap());
        items.push(PanelItem { lines, target: Some(Target::Text(s.span.clone())) });
    }
    items
}

#[cfg(test)]
mod tests;
