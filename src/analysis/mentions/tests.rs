//! Unit tests of mention merging: one hand-made sentence per rule, dates and quantities added as
//! entities, arbitrary spans that must still give valid mentions, and the sample article's gold.

mod cleaning;
mod dates;
mod linked_roles;
mod merge;
mod robustness;
mod roles;
mod sample;
pub(crate) mod support;
