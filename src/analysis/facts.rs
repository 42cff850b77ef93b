//! Facts: quotations with their speakers, and quantities with what they count. The work is in
//! `facts/`: [`quote_marks`] pairs quotation marks, [`quotes`](mod@quotes) attributes them using the noun
//! phrases of [`phrases`]; [`numbers`] recognises numbers and [`quantities`](mod@quantities) builds each quantity
//! with what it is about: [`counted`] for counts, [`measured`] for amounts and shares,
//! [`linked`] for quantities that share their neighbour's, [`subject`] for a verb's subject
//! across a clause. [`lexicon`] holds the word lists;
//! [`survey`] measures the quantities over a corpus.

pub mod counted;
pub mod lexicon;
pub mod linked;
pub mod measured;
pub mod numbers;
pub mod phrases;
pub mod quantities;
pub mod quote_marks;
pub mod quotes;
pub mod subject;
pub mod survey;

use super::tokens::Token;
use super::{Entity, Quantity, Quote, Span, Timex};

/// Quotations in curly, straight or angle quotes with their speakers, in reading order.
pub fn quotes(text: &str, sentences: &[Span], entities: &[Entity]) -> Vec<Quote> {
    quotes::find(text, sentences, entities)
}

/// Quantities with what they count, in reading order. Numbers inside a temporal expression
/// (`timexes`) belong to the date stage and are skipped.
pub fn quantities(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    timexes: &[Timex],
) -> Vec<Quantity> {
    quantities::find(text, tokens, sentences, timexes)
}
