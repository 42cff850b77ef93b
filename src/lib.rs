//! newslens: a terminal news reader with an offline NLP pipeline.
//!
//! The pipeline runs in stages, each in its own module under [`analysis`]:
//!
//! 1. [`article`] loads an [`article::Article`] from text, Markdown, JSON, HTML, a folder or stdin,
//!    cleaning every string of control characters on the way in.
//! 2. [`analysis::tokens`] and [`analysis::sentences`] split the body text.
//! 3. [`analysis::entities`] finds named-entity spans (person, organization, place, group) with
//!    the trained tagger in [`analysis::ner`] (an averaged perceptron embedded in the binary);
//!    [`analysis::mentions`] merges the mentions of one entity, attaches roles and corrects
//!    kinds from the words around the mentions.
//! 4. [`analysis::timex`] finds and normalises dates; [`analysis::timeline`] ties them to events,
//!    reading the dated sentences' parts of speech from [`analysis::pos`] (a second embedded
//!    averaged perceptron).
//! 5. [`analysis::facts`] finds quotes with speakers and quantities with what they count.
//! 6. [`analysis::summary`] ranks sentences for an extractive summary.
//!
//! [`analysis::analyze`] runs them all and returns an [`analysis::Analysis`]. Its consumers:
//! [`report`] prints it (`analyze --json` and the text report), [`library`] keeps feeds,
//! articles and their cached analyses in SQLite with an index from entity to article, and the
//! terminal UI in [`tui`] only reads analyses and never calls into the stages itself.
//!
//! [`tools`] holds the instruments that measure the whole from outside: `eval-analysis` scores
//! an article's analysis against the hand-made gold set of `eval/`.

pub mod analysis;
pub mod article;
pub mod library;
pub mod report;
pub mod tools;
pub mod tui;

pub use analysis::{analyze, Analysis};
pub use article::Article;
