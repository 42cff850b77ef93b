//! newslens: a terminal news reader with an offline NLP pipeline. The crate is the product's
//! library; the binary (`src/main.rs`, `src/cli/`) parses commands and calls it.
//!
//! - [`article`] loads an [`Article`] from plain text, Markdown, JSON, HTML, RSS / Atom / JSON
//!   Feed, a folder or stdin (the content decides the format), cleaning every string of control
//!   characters and escape sequences on the way in.
//! - [`analysis`] runs the pipeline: [`analyze`] builds one `Document` (tokens, sentences,
//!   part-of-speech tags) and passes it through typed stages (names, dates, quantities, merged
//!   entities with roles, quotes, the timeline, the summary) to an [`Analysis`]. The stages are
//!   crate-private; the two models are embedded in the binary.
//! - [`report`] prints an analysis (`analyze --json` and the text report).
//! - [`library`] keeps feeds, articles and their cached analyses in SQLite, with an index from
//!   entity to article; it reads feeds and pages through the same [`article`] loaders as files.
//! - [`config`] reads the reader's configuration file (theme, keys, browser).
//! - [`tui`] is the reader: it only consumes analyses (heavy work on worker threads) and never
//!   calls a stage.
//! - [`tools`] is not the product: training, evaluation, benchmarks and surveys, including
//!   `eval-analysis`, which scores the whole analysis against the hand-made gold set of `eval/`.

pub mod analysis;
pub mod article;
pub mod config;
pub mod library;
pub mod report;
pub mod tools;
pub mod tui;

pub use analysis::{analyze, Analysis};
pub use article::Article;
