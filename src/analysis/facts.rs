//! Facts: quotations with their speakers, and quantities with what they count. The work is in
//! `facts/`: [`quote_marks`] pairs quotation marks, [`quotes`](mod@quotes) attributes them using the noun
//! phrases of [`phrases`]; [`numbers`] recognises numbers and [`quantities`](mod@quantities) builds each quantity
//! with what it is about: [`counted`] for counts, [`measured`] for amounts and shares,
//! [`fractions`] for shares written as fractions, [`linked`] for quantities that share their neighbour's, [`subject`] for a verb's subject
//! across a clause. [`lexicon`] holds the word lists;
//! [`survey`] measures the quantities over a corpus.

pub mod changed;
pub mod counted;
pub mod fractions;
pub mod lexicon;
pub mod linked;
pub mod measured;
pub mod numbers;
pub mod phrases;
pub mod quantities;
pub mod quote_marks;
pub mod quotes;
pub mod subject;
#[cfg(test)]
mod tests;
pub mod valued;

use super::document::Document;
use super::mentions::Entities;
use super::timex::Dates;
use super::{Quantity, Quote};

/// The quantities of one document in reading order: what the mention stage adds as entities.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quantities(Vec<Quantity>);

impl Quantities {
    pub fn all(&self) -> &[Quantity] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<Quantity> {
        self.0
    }

    /// Without the quantities whose number is a word of a name (not its first): the number of
    /// "Channel 4" or "S&P 500" belongs to the name (`names` in reading order). A quantity
    /// opening with a word ("More than 5") stays, whatever name runs into it.
    pub fn without_numbers_in(mut self, names: &crate::analysis::entities::Names) -> Quantities {
        let spans = names.spans();
        self.0.retain(|q| {
            let k = spans.partition_point(|s| s.span.start < q.span.start);
            let inside = k.checked_sub(1).is_some_and(|p| q.span.start < spans[p].span.end);
            !(inside && q.text.starts_with(|c: char| c.is_ascii_digit()))
        });
        self
    }
}

/// Quotations in curly, straight or angle quotes with their speakers, in reading order.
pub fn quotes(doc: &Document, entities: &Entities) -> Vec<Quote> {
    quotes::find(doc, entities.all())
}

/// Quantities with what they count, in reading order. Numbers inside a temporal expression
/// belong to the date stage and are skipped.
pub fn quantities(doc: &Document, dates: &Dates) -> Quantities {
    Quantities(quantities::find(doc, dates.all()))
}
