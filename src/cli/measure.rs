//! `eval-summary`, `eval-quantities`, `bench-load`, `bench-analyze` and `bench-ui`: measuring the summary, the
//! quantities, the loaders, the whole pipeline and the reader.

use super::emit;
use anyhow::{bail, Result};
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
    use newslens::tools::summary_eval as eval;
    let weights = weights.parse()?;
    let started = std::time::Instant::now();
    let samples = eval::load_corpus(dir)?;
    let report = eval::evaluate(&samples, ks, &weights);
    emit(&format!("{}\n", eval::format_report(&report)))?;
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

#[derive(Args)]
pub struct BenchAnalyzeArgs {
    /// Files or folders of articles (folders are read one level deep, like the reader).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Timed passes over all articles; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
}

/// Throughput of the whole pipeline (`newslens::analyze`) on one thread, articles loaded first.
pub fn bench_analyze(args: BenchAnalyzeArgs) -> Result<()> {
    let opts = LoadOptions::default();
    let articles: Vec<_> = args
        .paths
        .iter()
        .flat_map(|p| article::load_path(p, &opts))
        .filter_map(Result::ok)
        .collect();
    if articles.is_empty() {
        bail!("no article could be loaded");
    }
    let tokens: usize = articles.iter().map(|a| newslens::analysis::token_count(&a.text())).sum();
    // The model loads on first use: do it outside the timing, and report it.
    let started = std::time::Instant::now();
    newslens::analyze(&articles[0]);
    let first = started.elapsed();
    let mut best = std::time::Duration::MAX;
    for _ in 0..args.passes.max(1) {
        let started = std::time::Instant::now();
        for a in &articles {
            std::hint::black_box(newslens::analyze(a));
        }
        best = best.min(started.elapsed());
    }
    let secs = best.as_secs_f64();
    emit(&format!(
        "{} articles, {} tokens; best of {} passes {:.1} ms: {:.0} articles/s, {:.0} tokens/s on one thread\n\
         (first analysis, including the model load: {:.1} ms)\n",
        articles.len(),
        tokens,
        args.passes.max(1),
        secs * 1e3,
        articles.len() as f64 / secs,
        tokens as f64 / secs,
        first.as_secs_f64() * 1e3,
    ))
}

#[derive(Args)]
pub struct EvalQuantitiesArgs {
    /// Files or folders of articles (folders are read two levels deep, like the reader).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Random examples to print.
    #[arg(long, default_value_t = 20)]
    pub examples: usize,
    /// Seed of the example draw.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Which quantities the examples are drawn from: empty, filled or all.
    #[arg(long, default_value = "empty")]
    pub pick: String,
}

/// The quantity survey of `newslens::tools::quantity_survey` over the given articles.
pub fn eval_quantities(args: EvalQuantitiesArgs) -> Result<()> {
    use newslens::tools::quantity_survey::{survey, Pick};
    let pick = match args.pick.as_str() {
        "empty" => Pick::EmptyAbout,
        "filled" => Pick::FilledAbout,
        "all" => Pick::All,
        other => bail!("--pick must be empty, filled or all, not {other:?}"),
    };
    let opts = LoadOptions::default();
    let texts: Vec<String> = args
        .paths
        .iter()
        .flat_map(|p| article::load_path(p, &opts))
        .filter_map(Result::ok)
        .map(|a| a.text())
        .collect();
    if texts.is_empty() {
        bail!("no article could be loaded");
    }
    let report = survey(texts.iter().map(String::as_str), pick, args.examples, args.seed);
    emit(&report.to_string())
}
