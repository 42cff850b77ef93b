//! What is not the product: training, evaluation, benchmarks and surveys. The reader never
//! calls into this tree; the binary's tool commands do.
//!
//! - [`eval_analysis`]: `newslens eval-analysis`, the whole analysis of an article scored against
//!   the hand-made gold set of `eval/` (docs/annotation.md); it calls only the public library
//!   (`article::load_path`, `analyze`), never a stage directly.
//! - [`ner`] and [`pos`]: training, evaluating and timing the two models (they read the models'
//!   internals, which the crate shares with them).
//! - [`timex`]: TimeML gold and TempEval-3 scoring of the date stage, and `newslens timex`.
//! - [`summary_eval`]: precision@k of the summary against BBC reference summaries.
//! - [`quantity_survey`]: how often quantities get an `about`, with examples to read.
//! - [`timing`]: load time and tokens per second of a tagger.

pub mod eval_analysis;
pub mod ner;
pub mod pos;
pub mod quantity_survey;
pub mod summary_eval;
pub mod timex;
pub mod timing;
