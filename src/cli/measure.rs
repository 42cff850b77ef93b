//! `eval-summary`, `bench-load` and `bench-ui`: measuring the summary, the loaders and the reader.

use super::emit;
use anyhow::Result;
use clap::Args;
use newslens::article::{self, LoadOptions};
use std::path::PathBuf;

#[derive(Args)]
pub struct EvalSummaryArgs {
    pub dir: PathBuf,
    /// Summary lengths to score, comma-separated.
    #[arg(long, value_delimiter = ',', default_values_t = [1, 3, 4, 5])]
    pub k: Vec<usize>,
    /// Ranker weights, `name=value,...` (unnamed ones keep their default).
    #[arg(long, default_value = "")]
    pub weights: String,
}

#[derive(Args)]
pub struct BenchLoadArgs {
    pub path: PathBuf,
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

#[derive(Args)]
pub struct BenchUiArgs {
    /// Startup runs to average.
    #[arg(long, default_value_t = 50)]
    pub runs: usize,
    /// Keystrokes to time on the 1 MB article.
    #[arg(long, default_value_t = 2000)]
    pub keys: usize,
}

/// Precision@k of the summary against lead-k and TextRank-k.
pub fn eval_summary(args: EvalSummaryArgs) -> Result<()> {
    let EvalSummaryArgs { dir, k: ks, weights } = args;
    let (dir, ks, weights) = (dir.as_path(), ks.as_slice(), weights.as_str());
    use newslens::analysis::summary::eval;
    let weights = weights.parse()?;
    let started = std::time::Instant::now();
    let samples = eval::load_corpus(dir)?;
    let report = eval::evaluate(&samples, ks, &weights);
    println!("{}", eval::format_report(&report));
    eprintln!("{} articles in {:.2} s", report.articles, started.elapsed().as_secs_f64());
    Ok(())
}

/// Loading time of a file or folder.
pub fn bench_load(args: BenchLoadArgs) -> Result<()> {
    emit(&article::bench::bench_load(&args.path, &LoadOptions::default(), args.runs).to_string())
}

/// Reader start-up and keystroke times.
pub fn bench_ui(args: BenchUiArgs) -> Result<()> {
    emit(&newslens::tui::bench::bench_ui(args.runs, args.keys).to_string())
}
