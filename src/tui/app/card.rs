//! The entity card: every mention of the selected entity with its sentence, and the other open
//! articles that name the same entity. Other articles are analysed only when their text contains
//! the entity's name, so opening a card stays cheap.

use super::{App, Popup};
use crate::analysis::{EntityKind, Span};
use crate::tui::doc::Doc;

/// One row of the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardRow {
    /// A mention in the current article.
    Here(Span),
    /// Another open article naming the same entity: its index, first mention, mention count.
    Elsewhere { doc: usize, span: Span, count: usize },
}

/// The open entity card.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub entity: usize,
    pub name: String,
    pub kind: EntityKind,
    pub roles: Vec<String>,
    pub rows: Vec<CardRow>,
    pub cursor: usize,
}

impl Card {
    pub(crate) fn move_cursor(&mut self, d: i32) {
        let last = self.rows.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(d as isize).min(last);
    }

    /// Number of rows about the current article.
    pub fn here_count(&self) -> usize {
        self.rows.iter().filter(|r| matches!(r, CardRow::Here(_))).count()
    }
}

impl App {
    /// Enter on a selected mention: opens its entity's card with the cursor on that mention.
    pub(crate) fn open_card(&mut self) {
        let Some(sel) = self.selected else {
            return self.set_message("select an entity first (Tab or a click)", false);
        };
        let Some((mention, entity)) = self.doc().and_then(|d| {
            d.mentions
                .get(sel)
                .and_then(|m| Some((m.span.clone(), d.analysis.entities.get(m.entity)?.clone())))
        }) else {
            return;
        };
        let mut rows: Vec<CardRow> = entity.mentions.iter().cloned().map(CardRow::Here).collect();
        let cursor = entity.mentions.iter().position(|m| m.start == mention.start).unwrap_or(0);
        rows.extend(self.same_entity_elsewhere(&entity.name, entity.kind));
        self.popup = Some(Popup::Card(Card {
            entity: entity.id,
            name: entity.name,
            kind: entity.kind,
            roles: entity.roles,
            rows,
            cursor,
        }));
    }

    /// The other loaded articles with an entity of the same name and kind, analysing candidates
    /// (those whose text contains the name) on the way.
    fn same_entity_elsewhere(&mut self, name: &str, kind: EntityKind) -> Vec<CardRow> {
        let mut rows = Vec::new();
        for (i, doc) in self.docs.iter_mut().enumerate() {
            if Some(i) == self.current {
                continue;
            }
            let names_it =
                doc.article().is_some_and(|a| a.paragraphs.iter().any(|p| p.contains(name)));
            if !names_it {
                continue;
            }
            doc.ensure_analysed();
            let found = doc.analysed().and_then(|d| {
                d.analysis.entities.iter().find(|e| e.name == name && e.kind == kind)
            });
            if let Some(span) =
                found.and_then(|e| e.mentions.first().cloned().map(|s| (s, e.mentions.len())))
            {
                rows.push(CardRow::Elsewhere { doc: i, span: span.0, count: span.1 });
            }
        }
        rows
    }

    /// Enter in the card: jumps to the mention, here or in the other article.
    pub(crate) fn activate_card_row(&mut self) {
        let Some(Popup::Card(card)) = self.popup.take() else { return };
        match card.rows.get(card.cursor).cloned() {
            Some(CardRow::Here(span)) => self.jump_to_span(span),
            Some(CardRow::Elsewhere { doc, span, .. }) => {
                if matches!(self.docs.get(doc), Some(Doc::Loaded { .. })) {
                    self.open_doc(doc, Some(span.start));
                    self.jump_to_span(span);
                }
            }
            None => {}
        }
    }
}
