//! The part-of-speech commands of the `newslens` binary: train-pos, eval-pos and bench-pos. The
//! work is done by `newslens::tools::pos`; this prints.

use super::{emit, ModelChoice};
use anyhow::{Context, Result};
use clap::Args;
use newslens::tools::pos::{self, corpus, eval, train, PosModel};
use std::fmt::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct TrainPosArgs {
    /// CoNLL file with the part-of-speech tag in column 2.
    #[arg(long)]
    pub train: PathBuf,
    /// Evaluated after training (never trained on).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    #[arg(long, default_value = "assets/models/pos.bin")]
    pub out: PathBuf,
    #[arg(long, default_value_t = train::TrainOptions::default().epochs)]
    pub epochs: usize,
}

#[derive(Args)]
pub struct EvalPosArgs {
    /// CoNLL file with gold part-of-speech tags in column 2.
    pub file: PathBuf,
    #[command(flatten)]
    pub model: ModelChoice,
}

pub use super::BenchModelArgs as BenchPosArgs;

#[derive(Args)]
pub struct TagPosArgs {
    /// A plain-text file, or `-` for stdin.
    pub file: PathBuf,
}

fn print_evaluation(out: &mut String, e: &eval::PosEvaluation, name: &str) -> std::fmt::Result {
    writeln!(
        out,
        "{name}: {} tokens, accuracy {:.4}; {} unknown words, accuracy {:.4}",
        e.tokens,
        e.accuracy(),
        e.unknown,
        e.unknown_accuracy()
    )?;
    let top: Vec<String> = e
        .top_confusions(8)
        .into_iter()
        .map(|((g, p), n)| format!("{}->{} {n}", g.as_str(), p.as_str()))
        .collect();
    writeln!(out, "most frequent errors (gold->predicted): {}", top.join(", "))
}

/// `train-pos`.
pub fn train_pos(a: TrainPosArgs) -> Result<()> {
    let (started, mut out) = (Instant::now(), String::new());
    let sentences = corpus::read(&a.train)?;
    let opts = train::TrainOptions { epochs: a.epochs, ..Default::default() };
    let model = train::train(&sentences, &opts, |line| eprintln!("{line}"))?;
    let bytes = model.to_bytes()?;
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    writeln!(
        out,
        "wrote {} ({} bytes, {} features, {} weights) in {:.1}s",
        a.out.display(),
        bytes.len(),
        model.feature_count(),
        model.weight_count(),
        started.elapsed().as_secs_f64()
    )?;
    if let Some(dev) = &a.dev {
        let e = eval::evaluate(&model, &corpus::read(dev)?);
        print_evaluation(&mut out, &e, &dev.display().to_string())?;
    }
    emit(&out)
}

/// `eval-pos`.
pub fn eval_pos(a: EvalPosArgs) -> Result<()> {
    let model = PosModel::from_bytes(&a.model.bytes(pos::EMBEDDED_MODEL)?)?;
    let sentences = corpus::read(&a.file)?;
    let (started, mut out) = (Instant::now(), String::new());
    let e = eval::evaluate(&model, &sentences);
    let elapsed = started.elapsed().as_secs_f64();
    print_evaluation(&mut out, &e, &a.file.display().to_string())?;
    writeln!(
        out,
        "tagged in {:.3} s: {:.0} tokens/s (one pass, with scoring; see bench-pos)",
        elapsed,
        e.tokens as f64 / elapsed.max(1e-9)
    )?;
    emit(&out)
}

/// `bench-pos`.
pub fn bench_pos(a: BenchPosArgs) -> Result<()> {
    let bytes = a.model.bytes(pos::EMBEDDED_MODEL)?;
    let sentences = corpus::read(&a.file)?;
    let mut out = String::new();
    let r = eval::bench(&bytes, &sentences, Duration::from_secs_f64(a.seconds.max(0.0)))?;
    write!(out, "{r}")?;
    emit(&out)
}

/// `tag-pos`: every sentence of a text as word/TAG pairs.
pub fn tag_pos(a: TagPosArgs) -> Result<()> {
    let text = if a.file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("reading stdin")?
    } else {
        std::fs::read_to_string(&a.file).with_context(|| format!("reading {}", a.file.display()))?
    };
    let sentences =
        pos::tagged_sentences(&text).context("the built-in POS model cannot be loaded")?;
    let mut out = String::new();
    for line in sentences {
        writeln!(out, "{line}")?;
    }
    emit(&out)
}
