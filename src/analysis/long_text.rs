//! Very long texts (a 10 MB dump, a book, a log that lost its line ends): read as a series of
//! parts of about [`PART_BYTES`], cut at paragraph breaks, each analysed like an article on as
//! many threads as the machine has cores, and the parts' analyses joined into one. Only the
//! parts in flight hold tokens, tags and features, so memory stays within a small multiple of
//! the text. An article, far below [`LONG_TEXT_BYTES`], is one document, analysed whole.
//!
//! Joining: spans and sentence indices shift by the part's offset; a name (its kind and
//! canonical name) or a date value found in several parts is one entity with the mentions and
//! roles of all; a quantity stays an entity of its own; quote speakers follow their entity; the
//! timeline is sorted again by date and the ranked sentences by score.

use super::timeline::order;
use super::{Analysis, Entity, EntityKind, Quote, Span, SummarySentence, TimelineEvent};
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts longer than this (in bytes) are read in parts; news articles stay far below it.
pub const LONG_TEXT_BYTES: usize = 1 << 20;

/// The length a part aims at, in bytes: the cut is the last paragraph break before it (else
/// a line end, else a space) in its second half.
pub const PART_BYTES: usize = 128 << 10;

/// Analyses a long text in parts on every core, telling `progress` the share done (0.1 to 1.0).
pub(super) fn analyze(
    text: String,
    published: Option<NaiveDate>,
    progress: &mut dyn FnMut(f32),
) -> Analysis {
    analyze_in_parts(text, published, PART_BYTES, progress)
}

/// [`analyze`] with parts of about `part_bytes`.
fn analyze_in_parts(
    text: String,
    published: Option<NaiveDate>,
    part_bytes: usize,
    progress: &mut dyn FnMut(f32),
) -> Analysis {
    let parts = parts(&text, part_bytes);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(parts.len());
    let next = AtomicUsize::new(0);
    let mut joined = Joined::default();
    let mut waiting: Vec<Option<Analysis>> =
        std::iter::repeat_with(|| None).take(parts.len()).collect();
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::channel::<(usize, Analysis)>();
        for _ in 0..threads.max(1) {
            let (sender, next, parts, text) = (sender.clone(), &next, &parts, &text);
            scope.spawn(move || loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(part) = parts.get(k) else { break };
                let body = text.get(part.clone()).unwrap_or_default().to_string();
                if sender.send((k, super::analyze_part(body, published, k == 0))).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        // Parts are joined in reading order as soon as every part before them is in.
        for (k, analysis) in receiver {
            waiting[k] = Some(analysis);
            while let Some(analysis) = waiting.get_mut(joined.parts).and_then(Option::take) {
                joined.add(analysis, parts[joined.parts].start);
                progress(0.1 + 0.9 * joined.parts as f32 / parts.len() as f32);
            }
        }
    });
    progress(1.0);
    joined.finish(text, published)
}

/// Byte ranges of parts of about `part_bytes` (at most one and a half times that), in order,
/// covering the whole text.
fn parts(text: &str, part_bytes: usize) -> Vec<Span> {
    let part_bytes = part_bytes.max(16);
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > part_bytes + part_bytes / 2 {
        let end = cut(text, start + part_bytes / 2, start + part_bytes);
        out.push(start..end);
        start = end;
    }
    out.push(start..text.len());
    out
}

/// Where to end a part that may end anywhere in `from..to`: at the last paragraph break, else
/// the last line end, else the last space, else the last character boundary.
fn cut(text: &str, from: usize, to: usize) -> usize {
    let window = text.as_bytes().get(from..to).unwrap_or_default();
    let last = |needle: &[u8]| window.windows(needle.len()).rposition(|w| w == needle);
    if let Some(at) = last(b"\n\n").or_else(|| last(b"\n")).or_else(|| last(b" ")) {
        return from + at;
    }
    (from..=to).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(to)
}

/// Where a part's entity went in the joined analysis.
#[derive(Clone, Copy)]
enum Slot {
    Name(usize),
    Date(usize),
    Quantity(usize),
}

/// The analyses of the parts so far, joined.
#[derive(Default)]
struct Joined {
    /// Parts joined.
    parts: usize,
    sentences: Vec<Span>,
    names: Vec<Entity>,
    dates: Vec<Entity>,
    quantity_entities: Vec<Entity>,
    name_ids: HashMap<(EntityKind, String), usize>,
    date_ids: HashMap<String, usize>,
    timexes: Vec<super::Timex>,
    quotes: Vec<(Quote, Option<Slot>)>,
    quantities: Vec<super::Quantity>,
    timeline: Vec<TimelineEvent>,
    ranked: Vec<SummarySentence>,
}

fn shifted(span: &Span, by: usize) -> Span {
    span.start + by..span.end + by
}

impl Joined {
    /// Adds the analysis of the next part, which starts at byte `offset` of the text.
    fn add(&mut self, part: Analysis, offset: usize) {
        self.parts += 1;
        let first_sentence = self.sentences.len();
        self.sentences.extend(part.sentences.iter().map(|s| shifted(s, offset)));
        let slots: Vec<Slot> = part.entities.into_iter().map(|e| self.entity(e, offset)).collect();
        self.timexes.extend(part.timexes.into_iter().map(|mut t| {
            t.span = shifted(&t.span, offset);
            t
        }));
        self.quotes.extend(part.quotes.into_iter().map(|mut q| {
            q.span = shifted(&q.span, offset);
            let slot = q.speaker_entity.and_then(|id| slots.get(id).copied());
            (q, slot)
        }));
        self.quantities.extend(part.quantities.into_iter().map(|mut q| {
            q.span = shifted(&q.span, offset);
            q
        }));
        self.timeline.extend(part.timeline.into_iter().map(|mut e| {
            e.span = shifted(&e.span, offset);
            e.sentence = shifted(&e.sentence, offset);
            e
        }));
        self.ranked.extend(part.ranked_sentences.into_iter().map(|mut s| {
            s.sentence += first_sentence;
            s.span = shifted(&s.span, offset);
            s
        }));
    }

    /// Adds one entity of a part: to the entity of the same name and kind (a date: of the same
    /// value) from an earlier part, or as a new one.
    fn entity(&mut self, mut e: Entity, offset: usize) -> Slot {
        for m in &mut e.mentions {
            *m = shifted(m, offset);
        }
        let (list, slot) = match e.kind {
            EntityKind::Quantity => {
                self.quantity_entities.push(e);
                return Slot::Quantity(self.quantity_entities.len() - 1);
            }
            EntityKind::Date => {
                let value = e.roles.first().cloned().unwrap_or_default();
                let next = self.dates.len();
                (&mut self.dates, Slot::Date(*self.date_ids.entry(value).or_insert(next)))
            }
            _ => {
                let next = self.names.len();
                let id = *self.name_ids.entry((e.kind, e.name.clone())).or_insert(next);
                (&mut self.names, Slot::Name(id))
            }
        };
        let (Slot::Name(id) | Slot::Date(id) | Slot::Quantity(id)) = slot;
        match list.get_mut(id) {
            Some(known) => {
                known.mentions.append(&mut e.mentions);
                for role in e.roles {
                    if !known.roles.contains(&role) {
                        known.roles.push(role);
                    }
                }
            }
            None => list.push(e),
        }
        slot
    }

    /// The joined analysis of the whole `text`.
    fn finish(self, text: String, published: Option<NaiveDate>) -> Analysis {
        let (names, dates) = (self.names.len(), self.dates.len());
        let id = |slot: Slot| match slot {
            Slot::Name(i) => i,
            Slot::Date(i) => names + i,
            Slot::Quantity(i) => names + dates + i,
        };
        let mut entities = self.names;
        entities.extend(self.dates);
        entities.extend(self.quantity_entities);
        for (i, e) in entities.iter_mut().enumerate() {
            e.id = i;
        }
        let quotes = self
            .quotes
            .into_iter()
            .map(|(q, slot)| Quote { speaker_entity: slot.map(id), ..q })
            .collect();
        let mut timeline = self.timeline;
        timeline.sort_by_cached_key(|e| (order::key(&e.date), e.span.start));
        let mut ranked = self.ranked;
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.sentence.cmp(&b.sentence)));
        Analysis {
            text,
            published,
            sentences: self.sentences,
            entities,
            timexes: self.timexes,
            quotes,
            quantities: self.quantities,
            timeline,
            ranked_sentences: ranked,
        }
    }
}

#[cfg(test)]
mod tests;
