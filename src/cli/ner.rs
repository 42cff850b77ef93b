//! The named-entity commands of the `newslens` binary: train-ner, tag, eval-ner, bench-ner and
//! train-clusters, pseudo-label. The work is done by `newslens::tools::ner`; this prints.

use super::{emit, ModelChoice};
use anyhow::{Context, Result};
use clap::Args;
use newslens::tools::ner::{
    self, cluster_train, conll::ConllFile, exclude::Exclusions, train, NerModel,
};
use std::path::Path;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct TrainNerArgs {
    #[arg(long)]
    pub train: PathBuf,
    /// Evaluated after training (never trained on).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    #[arg(long, default_value = "assets/models/ner.bin")]
    pub out: PathBuf,
    #[arg(long, default_value = "assets/models/places.txt")]
    pub places: PathBuf,
    #[arg(long, default_value = "assets/models/clusters.txt")]
    pub clusters: PathBuf,
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    #[arg(long, default_value_t = 10)]
    pub folds: usize,
    /// Instead of training: compare the first pass as perceptron and as CRF on --dev.
    #[arg(long)]
    pub compare_crf: bool,
    /// Learning rate of the CRF in --compare-crf.
    #[arg(long, default_value_t = 0.05)]
    pub crf_rate: f32,
}

#[derive(Args)]
pub struct TagArgs {
    #[arg(long)]
    pub conll: PathBuf,
    #[command(flatten)]
    pub model: ModelChoice,
}

#[derive(Args)]
pub struct EvalNerArgs {
    pub file: PathBuf,
    #[command(flatten)]
    pub model: ModelChoice,
    /// Compare the last two columns (gold, predicted) instead of running the model.
    #[arg(long)]
    pub predicted: bool,
}

pub use super::BenchModelArgs as BenchNerArgs;

#[derive(Args)]
pub struct TrainClustersArgs {
    /// Text files or folders (`.tml` files are read as TimeML).
    #[arg(long)]
    pub text: Vec<PathBuf>,
    /// CoNLL files whose words are added (tags are not used).
    #[arg(long)]
    pub conll: Vec<PathBuf>,
    #[arg(long, default_value = "assets/models/clusters.txt")]
    pub out: PathBuf,
    /// Words seen fewer times are left out.
    #[arg(long, default_value_t = 3)]
    pub min_count: u32,
    /// Most frequent words used as context.
    #[arg(long, default_value_t = 800)]
    pub context_words: usize,
    /// Depth of the cluster tree (bits per path, at most 32).
    #[arg(long, default_value_t = 14)]
    pub depth: u8,
    /// Folders of articles (`.txt`) to leave out of the text, matched by their text: the gold
    /// set's articles were drawn from the same folders.
    #[arg(long, default_values = ["eval/dev", "eval/test"])]
    pub exclude: Vec<PathBuf>,
}

#[derive(Args)]
pub struct PseudoLabelArgs {
    /// Text files or folders of unlabelled news (`.tml` files are read as TimeML).
    #[arg(long, required = true)]
    pub text: Vec<PathBuf>,
    /// The CoNLL file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Folders of articles (`.txt`) to leave out, matched by their text (the gold set's).
    #[arg(long, default_values = ["eval/dev", "eval/test"])]
    pub exclude: Vec<PathBuf>,
    /// The NER model that labels the text (default: the shipped one).
    #[arg(long)]
    pub ner_model: Option<PathBuf>,
    /// Keep the first document and every N-th after it (2: half of them).
    #[arg(long, default_value_t = 1)]
    pub every: usize,
}

fn load_model(choice: &ModelChoice) -> Result<NerModel> {
    Ok(match choice.path() {
        Some(p) => NerModel::load(p)?,
        None => NerModel::from_bytes(ner::EMBEDDED_MODEL)?,
    })
}

/// The list files training reads.
#[derive(Clone, Copy)]
struct Lists<'a> {
    places: &'a Path,
    clusters: &'a Path,
}

fn options(lists: Lists, epochs: usize, folds: usize) -> Result<train::TrainOptions> {
    let (options, found) =
        train::TrainOptions::from_files(lists.places, lists.clusters, epochs, folds)?;
    if !found {
        eprintln!("note: {} not found, training without word clusters", lists.clusters.display());
    }
    Ok(options)
}

fn compare_crf(
    train_file: &Path,
    dev: Option<&Path>,
    lists: Lists,
    (epochs, folds): (usize, usize),
    rate: f32,
) -> Result<()> {
    let dev = dev.context("--compare-crf needs --dev")?;
    let docs = ConllFile::read(train_file)?.documents();
    let dev_docs = ConllFile::read(dev)?.documents();
    let opts = options(lists, epochs, folds)?;
    emit(&format!("{}\n", ner::compare::compare_learners(&docs, &dev_docs, &opts, rate)))?;
    Ok(())
}

fn train(
    train_file: &Path,
    dev: Option<&Path>,
    out: &Path,
    lists: Lists,
    epochs: usize,
    folds: usize,
) -> Result<()> {
    let started = Instant::now();
    let docs = ConllFile::read(train_file)?.documents();
    let opts = options(lists, epochs, folds)?;
    let model = train::train(&docs, opts, |m| {
        eprintln!("[{:>6.1}s] {m}", started.elapsed().as_secs_f64())
    })?;
    let bytes = model.to_bytes()?;
    std::fs::write(out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    println!(
        "wrote {} ({} bytes, {} features): {}",
        out.display(),
        bytes.len(),
        model.feature_count(),
        model.info
    );
    if let Some(dev) = dev {
        let reloaded = NerModel::from_bytes(&bytes)?;
        let (file, name) = (ConllFile::read(dev)?, dev.display().to_string());
        let first = ner::evaluate_passes(&reloaded, &file, &name, 1)?;
        println!("dev, first pass only: F1 {:.4}", first.overall().f1());
        let (found, total) = ner::unseen_recall(&reloaded, &file, &docs);
        println!(
            "dev recall of entities unseen in training: {found}/{total} = {:.4}",
            found as f64 / total.max(1) as f64
        );
        let e = ner::evaluate(&reloaded, &file, &name)?;
        emit(&format!("dev ({}):\n{e}\n", dev.display()))?;
    }
    Ok(())
}

fn tag_file(conll: &Path, model: &ModelChoice) -> Result<()> {
    let model = load_model(model)?;
    emit(&ner::tag_conll(&model, &ConllFile::read(conll)?))?;
    Ok(())
}

fn eval(file: &Path, model: &ModelChoice, predicted: bool) -> Result<()> {
    let name = file.display().to_string();
    let e = if predicted {
        ner::evaluate_columns(&ner::read_text(file)?, &name)?
    } else {
        ner::evaluate(&load_model(model)?, &ConllFile::read(file)?, &name)?
    };
    emit(&e.to_string())?;
    Ok(())
}

fn bench(file: &Path, model: &ModelChoice, seconds: f64) -> Result<()> {
    let bytes = model.bytes(ner::EMBEDDED_MODEL)?;
    let conll = ConllFile::read(file)?;
    let r = ner::bench(&bytes, &conll, Duration::from_secs_f64(seconds.max(0.0)))?;
    emit(&r.to_string())
}

pub use cluster_train::ClusterOptions;

fn learn_clusters(
    text: &[std::path::PathBuf],
    conll: &[std::path::PathBuf],
    out: &Path,
    opts: &ClusterOptions,
    exclude: &[std::path::PathBuf],
) -> Result<()> {
    let started = Instant::now();
    let exclusions = Exclusions::from_paths(exclude)?;
    let (corpus, left_out) = cluster_train::read_corpus(text, conll, &exclusions)?;
    let words: usize = corpus.iter().map(Vec::len).sum();
    eprintln!(
        "{} sentences, {words} words read in {:.1}s; {left_out} documents left out as one of \
         the {} excluded articles",
        corpus.len(),
        started.elapsed().as_secs_f64(),
        exclusions.articles()
    );
    let entries = cluster_train::learn(&corpus, opts);
    std::fs::write(out, cluster_train::to_text(&entries))
        .with_context(|| format!("writing {}", out.display()))?;
    println!(
        "wrote {} words to {} in {:.1}s",
        entries.len(),
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `train-ner`: trains (or, with --compare-crf, compares perceptron and CRF first passes).
pub fn train_ner(a: TrainNerArgs) -> Result<()> {
    let lists = Lists { places: &a.places, clusters: &a.clusters };
    if a.compare_crf {
        compare_crf(&a.train, a.dev.as_deref(), lists, (a.epochs, a.folds), a.crf_rate)
    } else {
        train(&a.train, a.dev.as_deref(), &a.out, lists, a.epochs, a.folds)
    }
}

/// `tag --conll FILE`.
pub fn tag(a: TagArgs) -> Result<()> {
    tag_file(&a.conll, &a.model)
}

/// `eval-ner FILE`.
pub fn eval_ner(a: EvalNerArgs) -> Result<()> {
    eval(&a.file, &a.model, a.predicted)
}

/// `bench-ner FILE`.
pub fn bench_ner(a: BenchNerArgs) -> Result<()> {
    bench(&a.file, &a.model, a.seconds)
}

/// `pseudo-label`: unlabelled news labelled by the product's analysis, for self-training.
pub fn pseudo_label(a: PseudoLabelArgs) -> Result<()> {
    let started = Instant::now();
    if let Some(path) = &a.ner_model {
        if !ner::use_model_in_process(NerModel::load(path)?) {
            anyhow::bail!("the shipped NER model was already in use");
        }
    }
    let exclusions = Exclusions::from_paths(&a.exclude)?;
    let file = std::fs::File::create(&a.out)
        .with_context(|| format!("cannot create {}", a.out.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let stats = ner::pseudo_label::write_pseudo_labelled(&a.text, &exclusions, a.every, &mut out)?;
    std::io::Write::flush(&mut out).with_context(|| format!("writing {}", a.out.display()))?;
    println!(
        "wrote {} documents ({} sentences, {} words, {} names) to {} in {:.1}s; {} documents \
         left out as one of the {} excluded articles, {} unreadable",
        stats.documents,
        stats.sentences,
        stats.words,
        stats.names,
        a.out.display(),
        started.elapsed().as_secs_f64(),
        stats.left_out,
        exclusions.articles(),
        stats.unreadable
    );
    Ok(())
}

/// `train-clusters`.
pub fn train_clusters(a: TrainClustersArgs) -> Result<()> {
    let opts = ClusterOptions {
        min_count: a.min_count,
        context_words: a.context_words,
        depth: a.depth.min(32),
    };
    learn_clusters(&a.text, &a.conll, &a.out, &opts, &a.exclude)
}
