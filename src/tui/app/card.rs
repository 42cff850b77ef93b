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
    /// Other open articles that name the entity, still being analysed on a worker.
    pub(crate) waiting: Vec<usize>,
    /// How many there were when the card opened.
    pub(crate) searching: usize,
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

    /// "searching 12 other articles… 40%" while some are still being analysed.
    pub(crate) fn search_progress(&self) -> Option<String> {
        if self.waiting.is_empty() {
            return None;
        }
        let done = (self.searching - self.waiting.len()) * 100 / self.searching.max(1);
        Some(format!("searching {} other open articles… {done}%", self.searching))
    }

    /// Adds a row about another article in the order of the open articles, the cursor kept on
    /// the row it was on.
    fn insert_elsewhere(&mut self, row: CardRow) {
        let CardRow::Elsewhere { doc, .. } = row else { return };
        let at = self
            .rows
            .iter()
            .position(|r| match r {
                CardRow::Here(_) => false,
                CardRow::Elsewhere { doc: d, .. } => *d > doc,
                CardRow::Library(_) => true,
            })
            .unwrap_or(self.rows.len());
        if at <= self.cursor && self.timeline.is_none() {
            self.cursor += 1;
        }
        self.rows.insert(at, row);
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
        let mut waiting = Vec::new();
        if let Source::Files { .. } = self.source {
            let (found, left) = self.same_entity_elsewhere(&entity.name, entity.kind);
            rows.extend(found);
            waiting = left;
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
            searching: waiting.len(),
            waiting,
        }));
    }

    /// The other loaded articles with an entity of the same name and kind, and the candidates
    /// (articles whose text contains the name) left to a worker to analyse. Short candidates
    /// are analysed at once.
    fn same_entity_elsewhere(
        &mut self,
        name: &str,
        kind: EntityKind,
    ) -> (Vec<CardRow>, Vec<usize>) {
        let names_it = |doc: &Doc| {
            doc.article().is_some_and(|a| a.paragraphs.iter().any(|p| p.contains(name)))
        };
        let candidates: Vec<usize> = (0..self.docs.len())
            .filter(|&i| Some(i) != self.current && self.docs.get(i).is_some_and(names_it))
            .collect();
        let left = self.analyse(&candidates);
        let rows = candidates
            .iter()
            .filter(|i| !left.contains(i))
            .filter_map(|&i| elsewhere_row(self.docs.get(i)?, i, name, kind))
            .collect();
        (rows, left)
    }

    /// A worker analysed doc `doc`: the open card takes it in if it was waiting for it.
    pub(crate) fn card_take_result(&mut self, doc: usize) {
        let Some(Popup::Card(card)) = &mut self.popup else { return };
        let Some(pos) = card.waiting.iter().position(|&d| d == doc) else { return };
        card.waiting.remove(pos);
        let row = self.docs.get(doc).and_then(|d| elsewhere_row(d, doc, &card.name, card.kind));
        if let Some(row) = row {
            card.insert_elsewhere(row);
        }
    }

    /// Enter in the card: jumps to the mention, here or in the other article.
    pub(crate) fn activate_card_row(&mut self) {
        let Some(Popup::Card(card)) = self.popup.take() else { return };
        if let Some(events) = &card.timeline {
            if let Some(ev) = events.get(card.cursor) {
                self.remember_place();
                self.open_library_article(ev.article_id, None);
            }
            return;
        }
        let row = card.rows.get(card.cursor).cloned();
        let moves = !matches!(row, None | Some(CardRow::Library(_)))
            || matches!(self.source, Source::Library(_));
        if moves {
            self.remember_place();
        }
        match row {
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

/// The card row for doc `i` when its analysis has an entity named `name` of `kind`.
fn elsewhere_row(doc: &Doc, i: usize, name: &str, kind: EntityKind) -> Option<CardRow> {
    let found =
        doc.analysed()?.analysis.entities.iter().find(|e| e.name == name && e.kind == kind)?;
    let span = found.mentions.first()?.clone();
    Some(CardRow::Elsewhere { doc: i, span, count: found.mentions.len() })
}
