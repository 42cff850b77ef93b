//! Unit tests of quotes and quantities: one hand-made sentence per speaker pattern and per
//! quantity rule, random text that must give valid spans, and the sample article's gold.

mod quantities;
mod quantity_classes;
mod quantity_rules;
mod quantity_subjects;
mod quote_clauses;
mod quote_descriptions;
mod quotes;
mod robustness;
mod sample;
