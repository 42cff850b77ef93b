//! Instruments that measure the product as a whole, outside the pipeline they measure: they call
//! only the public library (`article::load_path`, `analyze`) and never a stage directly.
//!
//! - [`eval_analysis`]: `newslens eval-analysis`, the whole analysis of an article scored against
//!   the hand-made gold set of `eval/` (docs/annotation.md).

pub mod eval_analysis;
