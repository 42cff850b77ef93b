//! The `newslens` command line: opens the reader or runs one pipeline command.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use newslens::article::{self, LoadOptions};
use std::path::PathBuf;

mod ner_cli;

#[derive(Parser)]
#[command(
    name = "newslens",
    version,
    about = "A terminal news reader that highlights who, where, when and how many"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (`-` for stdin); none opens the bundled sample articles.
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the reader on files or folders (the default command).
    Open {
        paths: Vec<PathBuf>,
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Analyse one file and print entities, quotes, quantities, timeline and summary.
    Analyze {
        /// A file, or `-` for stdin.
        file: PathBuf,
        /// Print JSON (schema in README) instead of a text report.
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Score the summary against lead-k and TextRank-k on an extractive corpus
    /// (DIR/articles/CAT/NAME.txt with DIR/summaries/CAT/NAME.txt): precision@k.
    EvalSummary {
        dir: PathBuf,
        /// Summary lengths to score, comma-separated.
        #[arg(long, value_delimiter = ',', default_values_t = [1, 3, 4, 5])]
        k: Vec<usize>,
        /// Ranker weights, `name=value,...` (unnamed ones keep their default).
        #[arg(long, default_value = "")]
        weights: String,
    },
    /// Time loading a file or folder (best of --runs) and list what failed to load.
    BenchLoad {
        path: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Print every temporal expression in a plain-text file, normalised against --dct.
    Timex {
        /// A plain-text file, or `-` for stdin.
        file: PathBuf,
        /// Publication date the values are resolved against.
        #[arg(long, value_parser = parse_date)]
        dct: NaiveDate,
        /// Print a JSON array of {start, end, text, type, value} (Unicode scalar offsets).
        #[arg(long)]
        json: bool,
    },
    /// Score the temporal tagger on a folder of TimeML (.tml) files (TempEval-3 measures).
    EvalTimex {
        /// Folders of .tml files; several are scored together.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Also print every error with its context.
        #[arg(long)]
        details: bool,
    },
    /// Time the temporal tagger over the text of TimeML folders (use a release build).
    BenchTimex {
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Timed passes; the fastest is reported.
        #[arg(long, default_value_t = 5)]
        passes: usize,
    },
    /// Measure the reader's startup and per-keystroke redraw times (see BENCHMARKS.md).
    #[command(hide = true)]
    BenchUi {
        /// Startup runs to average.
        #[arg(long, default_value_t = 50)]
        runs: usize,
        /// Keystrokes to time on the 1 MB article.
        #[arg(long, default_value_t = 2000)]
        keys: usize,
    },
    /// Train the named-entity model from CoNLL files (deterministic).
    TrainNer {
        #[arg(long)]
        train: PathBuf,
        /// Evaluated after training (never trained on).
        #[arg(long)]
        dev: Option<PathBuf>,
        #[arg(long, default_value = "assets/models/ner.bin")]
        out: PathBuf,
        #[arg(long, default_value = "assets/models/places.txt")]
        places: PathBuf,
        #[arg(long, default_value = "assets/models/clusters.txt")]
        clusters: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        #[arg(long, default_value_t = 10)]
        folds: usize,
        /// Instead of training: compare the first pass as perceptron and as CRF on --dev.
        #[arg(long)]
        compare_crf: bool,
        /// Learning rate of the CRF in --compare-crf.
        #[arg(long, default_value_t = 0.05)]
        crf_rate: f32,
    },
    /// Tag a CoNLL file: every line written back with the predicted IOB2 tag appended.
    Tag {
        #[arg(long)]
        conll: PathBuf,
        /// A model file instead of the built-in model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Precision, recall and F1 (exact spans) of the model on a gold CoNLL file.
    EvalNer {
        file: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
        /// Compare the last two columns (gold, predicted) instead of running the model.
        #[arg(long)]
        predicted: bool,
    },
    /// Tagging throughput on one thread (model already loaded) and model load time.
    BenchNer {
        file: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
    },
    /// Learn word clusters for the NER model from unlabelled text.
    TrainClusters {
        /// Text files or folders (`.tml` files are read as TimeML).
        #[arg(long)]
        text: Vec<PathBuf>,
        /// CoNLL files whose words are added (tags are not used).
        #[arg(long)]
        conll: Vec<PathBuf>,
        #[arg(long, default_value = "assets/models/clusters.txt")]
        out: PathBuf,
        /// Words seen fewer times are left out.
        #[arg(long, default_value_t = 3)]
        min_count: u32,
        /// Most frequent words used as context.
        #[arg(long, default_value_t = 800)]
        context_words: usize,
        /// Depth of the cluster tree (bits per path, at most 32).
        #[arg(long, default_value_t = 14)]
        depth: u8,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        None => open(cli.paths, cli.date),
        Some(Command::Open { paths, date }) => open(paths, date.or(cli.date)),
        Some(Command::Analyze { file, json, date }) => analyze(file, json, date),
        Some(Command::EvalSummary { dir, k, weights }) => eval_summary(&dir, &k, &weights),
        Some(Command::BenchLoad { path, runs }) => {
            emit(&article::bench::bench_load(&path, &LoadOptions::default(), runs).to_string())
        }
        Some(Command::Timex { file, dct, json }) => timex(file, dct, json),
        Some(Command::EvalTimex { dirs, details }) => eval_timex(dirs, details),
        Some(Command::BenchTimex { dirs, passes }) => bench_timex(dirs, passes),
        Some(Command::BenchUi { runs, keys }) => {
            emit(&newslens::tui::bench::bench_ui(runs, keys).to_string())
        }
        Some(Command::TrainNer {
            train,
            dev,
            out,
            places,
            clusters,
            epochs,
            folds,
            compare_crf,
            crf_rate,
        }) => {
            let lists = ner_cli::Lists { places: &places, clusters: &clusters };
            if compare_crf {
                ner_cli::compare_crf(&train, dev.as_deref(), lists, (epochs, folds), crf_rate)
            } else {
                ner_cli::train(&train, dev.as_deref(), &out, lists, epochs, folds)
            }
        }
        Some(Command::Tag { conll, model }) => ner_cli::tag(&conll, model.as_deref()),
        Some(Command::EvalNer { file, model, predicted }) => {
            ner_cli::eval(&file, model.as_deref(), predicted)
        }
        Some(Command::BenchNer { file, model, seconds }) => {
            ner_cli::bench(&file, model.as_deref(), seconds)
        }
        Some(Command::TrainClusters { text, conll, out, min_count, context_words, depth }) => {
            let opts = ner_cli::ClusterOptions { min_count, context_words, depth: depth.min(32) };
            ner_cli::train_clusters(&text, &conll, &out, &opts)
        }
    }
}

fn open(paths: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<()> {
    let opts = LoadOptions { default_date: date };
    let items: Vec<_> = if paths.is_empty() {
        article::bundled().into_iter().map(Ok).collect()
    } else {
        paths.iter().flat_map(|p| article::load_path(p, &opts)).collect()
    };
    if items.is_empty() {
        bail!(
            "no supported files found in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    newslens::tui::run(items).context("terminal error")
}

fn analyze(file: PathBuf, json: bool, date: Option<NaiveDate>) -> Result<()> {
    let opts = LoadOptions { default_date: date };
    let mut results = article::load_path(&file, &opts);
    if results.is_empty() {
        bail!("{}: no supported files found", file.display());
    }
    let mut failed = false;
    let mut docs = Vec::new();
    for r in results.drain(..) {
        match r {
            Ok(a) => {
                let analysis = newslens::analyze(&a);
                if json {
                    docs.push(newslens::report::to_json(&a, &analysis));
                } else {
                    emit(&(newslens::report::to_text(&a, &analysis) + "\n"))?;
                }
            }
            Err(e) => {
                eprintln!("newslens: {e}");
                failed = true;
            }
        }
    }
    if json {
        let out = if docs.len() == 1 {
            docs.pop().unwrap_or_default()
        } else {
            serde_json::Value::Array(docs)
        };
        emit(&(serde_json::to_string_pretty(&out)? + "\n"))?;
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}

fn eval_summary(dir: &std::path::Path, ks: &[usize], weights: &str) -> Result<()> {
    use newslens::analysis::summary::eval;
    let weights = weights.parse()?;
    let started = std::time::Instant::now();
    let samples = eval::load_corpus(dir)?;
    let report = eval::evaluate(&samples, ks, &weights);
    println!("{}", eval::format_report(&report));
    eprintln!("{} articles in {:.2} s", report.articles, started.elapsed().as_secs_f64());
    Ok(())
}

fn timex(file: PathBuf, dct: NaiveDate, json: bool) -> Result<()> {
    use newslens::analysis::timex::{find, output};
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read stdin")?
    } else {
        std::fs::read_to_string(&file)
            .with_context(|| format!("{}: cannot read", file.display()))?
    };
    let found = find(&text, Some(dct));
    if json {
        emit(&(serde_json::to_string_pretty(&output::to_json(&text, &found))? + "\n"))
    } else {
        emit(&output::to_table(&text, &found))
    }
}

fn eval_timex(dirs: Vec<PathBuf>, details: bool) -> Result<()> {
    use newslens::analysis::timex::{eval, find, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        let found = timeml::read_dir(dir)?;
        if found.is_empty() {
            bail!("{}: no .tml files found", dir.display());
        }
        docs.extend(found);
    }
    let report = eval::evaluate(&docs, |d| find(&d.text, Some(d.dct)));
    let mut out = report.to_string();
    if details {
        out += "\nerrors (class, text, gold, ours, context):\n";
        for line in &report.details {
            out += line;
            out += "\n";
        }
    }
    emit(&out)
}

fn bench_timex(dirs: Vec<PathBuf>, passes: usize) -> Result<()> {
    use newslens::analysis::timex::{output, timeml};
    let mut docs = Vec::new();
    for dir in &dirs {
        docs.extend(timeml::read_dir(dir)?);
    }
    if docs.is_empty() {
        bail!("no .tml files found");
    }
    emit(&format!("{}\n", output::bench(&docs, passes)))
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly.
fn emit(s: &str) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}
