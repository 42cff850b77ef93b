//! `eval-analysis`: the whole analysis scored against the hand-made gold set (docs/annotation.md).

use super::emit;
use anyhow::Result;
use clap::Args;
use newslens::tools::eval_analysis;
use std::path::PathBuf;

#[derive(Args)]
pub struct EvalAnalysisArgs {
    /// Folders of gold files (NAME.json beside NAME.txt), or gold files; scored together.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Also list every miss and false find of every article, with its context.
    #[arg(long)]
    pub details: bool,
    /// Print the whole report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Scores every gold file; a bad one is reported on stderr, the others are still scored, and
/// the exit status is then 1.
pub fn eval_analysis(args: EvalAnalysisArgs) -> Result<()> {
    let run = eval_analysis::evaluate_dirs(&args.dirs);
    for e in &run.errors {
        eprintln!("newslens: {}", newslens::article::clean::printable(&e.to_string()));
    }
    if args.json {
        emit(&(serde_json::to_string_pretty(&run.report)? + "\n"))?;
    } else {
        emit(&run.report.to_text(args.details))?;
    }
    if !run.errors.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}
