//! The entity card: every mention of the selected entity with its sentence, the other open
//! articles that name the same entity, and (on the library) every stored article that names it,
//! from the library's entity index, with the entity's timeline across the library one key away.
//! Other open articles are analysed only when their text contains the entity's name, so opening
//! a card stays cheap.

use super::{App, Popup, Source};
use crate::analysis::{EntityKind, Span};
use crate::library::mentions::{self, LibraryEvent, MentionHit};
use crate::tui::doc::Doc;

/// Library articles listed on a card at most.
pub(crate) const CARD_LIBRARY_LIMIT: usize = 200;

/// One row of the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CardRow {
    /// A mention in the current article.
    Here(Span),
    /// Another open article naming the same entity: its index, first mention, mention count.
    Elsewhere { doc: usize, span: Span, count: usize },
    /// A stored article of the library naming the entity (newest first).
    Library(Box<MentionHit>),
}

/// The open entity card.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Card {
    pub(crate) entity: usize,
    pub(crate) name: String,
    pub(crate) kind: EntityKind,
    pub(crate) roles: Vec<String>,
    pub(crate) rows: Vec<CardRow>,
    pub(crate) cursor: usize,
    /// The entity's dated events across the library, shown instead of the rows while set.
    pub(crate) timeline: Option<Vec<LibraryEvent>>,
}

impl Card {
    pub(crate) fn move_cursor(&mut self, d: i32) {
        let len = self.timeline.as_ref().map_or(self.rows.len(), Vec::len);
        let last = len.saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(d as isize).min(last);
    }

    /// Number of rows about the current article.
    pub(crate) fn here_count(&self) -> usize {
        self.rows.iter().filter(|r| matches!(r, CardRow::Here(_))).count()
    }

    /// Number of library articles listed.
    pub(crate) fn library_count(&self) -> usize {
        self.rows.iter().filter(|r| matches!(r, CardRow::Library(_))).count()
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
        // On the library, the articles opened so far are listed under "In your library".
        if let Source::Files { .. } = self.source {
            rows.extend(self.same_entity_elsewhere(&entity.name, entity.kind));
        }
        if let Some(store) = self.source.store() {
            match mentions::mentions_of_kind(
                store,
                &entity.name,
                Some(entity.kind),
                CARD_LIBRARY_LIMIT,
            ) {
                Ok(hits) => rows.extend(hits.into_iter().map(|h| CardRow::Library(Box::new(h)))),
                Err(e) => self.set_message(e.to_string(), true),
            }
        }
        self.popup = Some(Popup::Card(Card {
            entity: entity.id,
            name: entity.name,
            kind: entity.kind,
            roles: entity.roles,
            rows,
            cursor,
            timeline: None,
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
        if let Some(events) = &card.timeline {
            if let Some(ev) = events.get(card.cursor) {
                self.open_library_article(ev.article_id, None);
            }
            return;
        }
        match card.rows.get(card.cursor).cloned() {
            Some(CardRow::Here(span)) => self.jump_to_span(span),
            Some(CardRow::Elsewhere { doc, span, .. }) => {
                if matches!(self.docs.get(doc), Some(Doc::Loaded { .. })) {
                    self.open_doc(doc, Some(span.start));
                    self.jump_to_span(span);
                }
            }
            Some(CardRow::Library(hit)) => match self.source {
                Source::Library(_) => {
                    self.open_library_article(hit.article_id, hit.offsets.first().cloned())
                }
                Source::Files { .. } => self.set_message(
                    format!("“{}” is in your library: newslens library", hit.title),
                    false,
                ),
            },
            None => {}
        }
    }

    /// `t` on the card: the entity's dated events across the library, or back to the rows.
    pub(crate) fn toggle_card_timeline(&mut self) {
        let Some(Popup::Card(card)) = &mut self.popup else { return };
        if card.timeline.take().is_some() {
            card.cursor = 0;
            return;
        }
        let Some(store) = self.source.store() else {
            return self.set_message("the timeline across articles needs the library", false);
        };
        match mentions::timeline(store, &card.name, CARD_LIBRARY_LIMIT) {
            Ok(events) => {
                card.timeline = Some(events);
                card.cursor = 0;
            }
            Err(e) => self.set_message(e.to_string(), true),
        }
    }
}
