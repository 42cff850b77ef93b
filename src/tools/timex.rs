//! The date stage's tools: TimeML gold files (`timeml`), TempEval-3 scoring (`eval`), and the
//! `timex` command's table and JSON with the tagger's timing (`output`).

pub mod eval;
pub mod output;
pub mod timeml;
