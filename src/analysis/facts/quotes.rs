//! Quote attribution. For each quoted passage the speaker is looked for, in order:
//!
//! 1. right after the quote: `"...," said X`, `"..." X said`, `"...," X, who ..., said`;
//! 2. before it in its sentence: `X said "..."`, `X described it as "..."`, and for a participle
//!    (`..., describing it as "..."`) the subject of the earlier reporting verb;
//! 3. `according to X` anywhere in the sentence;
//! 4. a quote that opens its sentence right after an attributed quote continues that speaker.
//!
//! "he"/"she" resolve to the speaker of the sentence before, else (opening a sentence) the
//! person who opened the sentence before, else the last person named; "they"/"we" to the last
//! speaker; a description resolves to the person the article titled so ("the Chinese
//! president") or the organization it named ("the company").

mod quoted_as;
mod subjects;

use super::lexicon::{is_quote_mark, is_report_participle, is_report_verb};
use super::phrases::{Named, Speakers};
use super::quote_marks;
use crate::analysis::document::Document;
use crate::analysis::lexicon::reporting::NAMING_VERBS;
use crate::analysis::{Entity, Quote, Span};

/// Tokens looked at after a closing quote mark for `X said`.
const AFTER_WINDOW: usize = 12;
/// Sentences a quote opening its sentence may lie after its speaker's last quote, when no
/// other person was named between.
const CONTINUATION_GAP: usize = 3;

/// Finds quotations and their speakers.
pub fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let (text, tokens) = (doc.text(), doc.tokens());
    let words = Speakers::new(doc, entities);
    let quoted = quote_marks::find(text);
    // Quoted passages are in order and do not overlap.
    let quoted_spans: Vec<Span> = quoted.iter().map(|q| q.outer.clone()).collect();
    let inside: Vec<bool> = tokens.iter().map(|t| in_any(&quoted_spans, t.span.start)).collect();
    let mut out: Vec<Quote> = Vec::with_capacity(quoted.len());
    let mut last_speaker: Option<(String, Option<usize>, usize)> = None;
    for q in &quoted {
        // "his film "The Aviator"": a title in quotes is no one's words.
        if words.is_title(&q.inner) {
            let text = text.get(q.inner.clone()).unwrap_or_default().to_string();
            out.push(Quote { text, span: q.inner.clone(), speaker: None, speaker_entity: None });
            continue;
        }
        let open = tokens.partition_point(|t| t.span.start < q.outer.start);
        let close = tokens.partition_point(|t| t.span.end <= q.outer.end).saturating_sub(1);
        let open_sentence = sentence_tokens(doc, open);
        let close_sentence = sentence_tokens(doc, close);
        let attribution = Attribution { words: &words, inside: &inside, quoted: &quoted_spans };
        let named = attribution
            .after(close + 1, close_sentence.end)
            .or_else(|| attribution.before(open, open_sentence.start))
            .or_else(|| attribution.according_to(open_sentence.clone()));
        let sentence_index = sentence_of(doc, q.outer.start);
        let recent = |max_gap: usize| {
            last_speaker
                .as_ref()
                .filter(|(_, _, s)| sentence_index.saturating_sub(*s) <= max_gap)
                .map(|(n, e, _)| (n.clone(), *e))
        };
        let reported_before = |sentence_start: usize| {
            let previous = sentence_tokens(doc, sentence_start.checked_sub(1)?);
            match attribution.before(previous.end, previous.start)? {
                Named::Speaker { name, entity } if words.is_person_like(&name, entity) => {
                    Some(Named::Speaker { name, entity })
                }
                _ => None,
            }
        };
        // "Ann Lee beat rivals including Tom Baxter. She thanked ...": a pronoun opening its
        // sentence is the person who opened the sentence before, not the last one named.
        let subject_of_sentence_before = |at: usize| {
            let k = doc.token_starting_at(at)?;
            let sentence = sentence_tokens(doc, k);
            if sentence.start != k {
                return None;
            }
            let previous = sentence_tokens(doc, k.checked_sub(1)?);
            let (person, next) = words.person_starting_at(previous.start)?;
            let next = next?;
            // The subject itself, not a modifier ("Sylvester Stallone's ex-wife", "Scissor
            // Sisters frontwoman Ana Matronic"): a verb, "and" or a comma follows the name.
            let subject = words.is_verb(next) || matches!(words.word(next), "," | "and");
            subject.then_some(person)
        };
        let resolve = |named: Named| match named {
            Named::Speaker { name, entity } => Some((name, entity)),
            // "he"/"she": the person who spoke in the sentence before ("The BBC spokeswoman
            // said ... . “...,” she said."), else the last person named.
            Named::Person { at } => match reported_before(open_sentence.start)
                .or_else(|| subject_of_sentence_before(at))
                .or_else(|| words.person_before(at, &quoted_spans))
            {
                Some(Named::Speaker { name, entity }) => Some((name, entity)),
                _ => None,
            },
            Named::Group => recent(1),
        };
        // The last speaker, a few sentences back when no other person was named since.
        let unchallenged = || {
            // Only a named speaker: a description may be anyone.
            let (name, entity, s) = last_speaker.as_ref().filter(|(_, e, _)| e.is_some())?;
            let since = doc.sentences().get(s + 1).map_or(q.outer.start, |x| x.span.start);
            let other = words.person_between(since, q.outer.start, *entity, &quoted_spans);
            let near = sentence_index.saturating_sub(*s) <= CONTINUATION_GAP;
            (near && !other).then(|| (name.clone(), *entity))
        };
        let resolved = match named {
            Some(named) => resolve(named),
            // A quote opening its sentence continues the quote before it, or else belongs to
            // the speaker of the sentence before ("Mr Herren says ... . “We plan to ...”").
            None if open == open_sentence.start => recent(1)
                .or_else(|| {
                    let previous = sentence_tokens(doc, open.checked_sub(1)?);
                    attribution.before(previous.end.min(open), previous.start).and_then(resolve)
                })
                .or_else(unchallenged)
                // `"...," it said` with no speaker before: the organization "it" stands for.
                .or_else(|| attribution.it_after(close + 1, close_sentence.end)),
            // "The Assembly on Monday expressed “strong support”": a quoted phrase inside a
            // sentence whose subject is a name is that one's words.
            None => attribution.named_subject(open_sentence.start, open).and_then(resolve),
        };
        if let Some((name, entity)) = &resolved {
            let close_index = sentence_of(doc, q.outer.end.saturating_sub(1));
            last_speaker = Some((name.clone(), *entity, close_index));
        }
        out.push(Quote {
            text: text.get(q.inner.clone()).unwrap_or_default().to_string(),
            span: q.inner.clone(),
            speaker: resolved.as_ref().map(|(n, _)| n.clone()),
            speaker_entity: resolved.and_then(|(_, e)| e),
        });
    }
    out
}

struct Attribution<'a, 'w> {
    words: &'a Speakers<'w>,
    inside: &'a [bool],
    /// The quoted passages, in order.
    quoted: &'a [Span],
}

impl Attribution<'_, '_> {
    /// `"...," said X` or `"...," X (, who ...,) said`, starting at token `from`.
    fn after(&self, from: usize, ceiling: usize) -> Option<Named> {
        let w = self.words;
        let mut start = from;
        while start < ceiling && matches!(w.word(start), "," | "—" | "–") {
            start += 1;
        }
        if is_report_verb(w.word(start)) {
            let phrase = w.phrase_after(start + 1, ceiling)?;
            // "said the firm's boss, Ann Lee": the name in the appositive after the comma.
            let region_end = match w.word(phrase.end) {
                "," => w.phrase_after(phrase.end + 1, ceiling).map_or(phrase.end, |a| a.end),
                _ => phrase.end,
            };
            return w.name(phrase.clone(), phrase.start..region_end);
        }
        let window_end = ceiling.min(start + AFTER_WINDOW);
        let verb = (start..window_end)
            .take_while(|&k| !self.is_quote(k) && !matches!(w.word(k), "." | ";" | ":" | "?" | "!"))
            .find(|&k| is_report_verb(w.word(k)))?;
        match w.person_starting_at(start) {
            // `"...," Jackson's lawyer, Tom Mesereau, said`: a possessor is not the subject.
            Some((_, Some(next))) if matches!(w.word(next), "'s" | "’s") => {}
            // `"...," Emmanuel Ferry, from Exane BNP Paribas, told Reuters`
            Some((person, _)) => return Some(person),
            None => {}
        }
        let (phrase, region) = w.subject_before(verb, start)?;
        // The whole stretch between the quote and the verb must be the subject; "and" may join
        // titles ("chairman and chief executive Richard Parsons").
        let joined = |k: usize| w.word(k) == "and" || w.in_phrase(k);
        if !(start..phrase.start).all(joined) || !(phrase.start..phrase.end).all(|k| w.in_phrase(k))
        {
            return None;
        }
        w.name(phrase, start..region.end)
    }

    /// `"...," it said` (after the quote's commas): the organization "it" stands for.
    fn it_after(&self, from: usize, ceiling: usize) -> Option<(String, Option<usize>)> {
        let w = self.words;
        let start = (from..ceiling).find(|&k| !matches!(w.word(k), "," | "—" | "–"))?;
        if !is_report_verb(w.word(start + 1)) {
            return None;
        }
        match w.organization_pronoun(start, self.quoted)? {
            Named::Speaker { name, entity } => Some((name, entity)),
            _ => None,
        }
    }

    /// The nearest reporting verb before token `open` in the sentence, and its subject.
    fn before(&self, open: usize, floor: usize) -> Option<Named> {
        let w = self.words;
        // "said the claims were": a reporting word after a determiner is a noun.
        let noun_use = |k: usize| {
            k.checked_sub(1).is_some_and(|p| {
                matches!(
                    w.word(p).to_lowercase().as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                        | "these"
                        | "those"
                        | "'s"
                        | "’s"
                )
            })
        };
        let mut verbs = (floor..open)
            .rev()
            .filter(|&k| !self.is_quote(k) && !noun_use(k) && !w.is_name_word(k))
            .filter(|&k| is_report_verb(w.word(k)) || is_report_participle(w.word(k)));
        let nearest = verbs.next()?;
        if let Some(named) = self.quoted_as_saying(nearest, floor) {
            return Some(named);
        }
        let verb = if is_report_participle(w.word(nearest)) {
            // "..., describing it as": the subject of the earlier finite reporting verb, or
            // else the sentence's subject when it is a pronoun or a name ("He apologised,
            // joking: ...").
            match verbs.find(|&k| is_report_verb(w.word(k))) {
                Some(v) => v,
                None => return self.sentence_subject(floor, nearest),
            }
        } else {
            nearest
        };
        let named = match w.subject_before(verb, floor) {
            Some((phrase, region)) => w.name(phrase, region),
            // "X said he would come and warned the others "...": a reporting verb joined to
            // an earlier one by "and" shares its subject; "She thanked the crew and described
            // it as "..."": else the sentence's, when it opens with a pronoun or a name.
            None if verb > floor && w.word(verb - 1) == "and" => {
                let earlier = (floor..verb - 1)
                    .rev()
                    .filter(|&k| !self.is_quote(k))
                    .find(|&k| is_report_verb(w.word(k)));
                match earlier.and_then(|v| w.subject_before(v, floor)) {
                    Some((phrase, region)) => w.name(phrase, region),
                    None => self.sentence_subject(floor, verb),
                }
            }
            // "It says it wants "...", "the Council, which said it "...": an organization's
            // pronoun right before the verb.
            // ("It quoted a spokesman ...": the one quoted speaks, not "it".) Else "The idea,
            // says BT, is ...": the speaker follows the verb.
            None => {
                let quoting = matches!(w.word(verb), "quoted" | "cited");
                let pronoun = (verb > floor && !quoting)
                    .then(|| w.organization_pronoun(verb - 1, self.quoted))
                    .flatten();
                match pronoun {
                    Some(named) => Some(named),
                    None => w.name(w.phrase_after(verb + 1, open)?, verb + 1..open),
                }
            }
        };
        // "links called “trackers”": a name given to a thing, no one's words.
        let naming = verb + 1 == open && NAMING_VERBS.contains(w.word(verb));
        match named {
            Some(Named::Speaker { entity: None, .. }) if naming => None,
            named => named,
        }
    }

    fn is_quote(&self, k: usize) -> bool {
        self.inside.get(k).copied().unwrap_or(false) || is_quote_mark(self.words.word(k))
    }
}

/// The token range of the sentence holding token `i` (empty past the last token).
fn sentence_tokens(doc: &Document, i: usize) -> std::ops::Range<usize> {
    if i >= doc.len() {
        return i..i;
    }
    doc.sentence_tokens(i)
}

/// Index of the first sentence ending after byte `at`.
fn sentence_of(doc: &Document, at: usize) -> usize {
    doc.sentences().partition_point(|s| s.span.end <= at)
}

/// Whether `at` lies in one of `spans`, which are sorted and do not overlap.
pub fn in_any(spans: &[Span], at: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= at);
    spans.get(i).is_some_and(|s| s.start <= at)
}
