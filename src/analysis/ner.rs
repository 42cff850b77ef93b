//! The trained named-entity tagger (CoNLL types PER, ORG, LOC, MISC): a two-pass averaged
//! perceptron over hashed features with Viterbi decoding of IOB2 labels. This module owns the
//! model, its training, evaluation and CoNLL input/output; [`super::entities`] maps its spans to
//! product entity kinds.

pub mod cluster_train;
pub mod clusters;
pub mod compare;
pub mod conll;
pub mod crf;
pub mod decode;
pub mod document;
pub mod envelope;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod labels;
pub mod model;
pub mod perceptron;
pub mod tagger;
pub mod train;

pub use labels::{EntityType, Label};
pub use model::NerModel;
pub use tagger::Tagger;

use conll::{ConllFile, ConllLine};
use eval::Evaluation;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Errors of the tagger, its files and its training.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("{file}, line {line}: {problem}")]
    Conll { file: String, line: usize, problem: String },
    #[error("corrupt NER model: {0}")]
    CorruptModel(String),
    #[error("{file}: {problem}")]
    BadInput { file: String, problem: String },
    #[error("training failed: {0}")]
    Training(String),
}

/// The model shipped in the binary (assets/models/ner.bin).
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../../assets/models/ner.bin");

/// The shipped model, loaded once on first use.
pub fn embedded_model() -> Result<&'static NerModel, &'static NerError> {
    static MODEL: OnceLock<Result<NerModel, NerError>> = OnceLock::new();
    MODEL.get_or_init(|| NerModel::from_bytes(EMBEDDED_MODEL)).as_ref()
}

/// Tags every document of a CoNLL file and writes it back with the predicted tag appended to
/// each token line (`O` on `-DOCSTART-` lines).
pub fn tag_conll(model: &NerModel, file: &ConllFile) -> String {
    let mut predicted: Vec<Option<Label>> = vec![None; file.lines.len()];
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let labels = tagger.tag(&doc.sentences());
        for (ix, ls) in doc.line_index.iter().zip(&labels) {
            for (&i, &l) in ix.iter().zip(ls) {
                if let Some(p) = predicted.get_mut(i) {
                    *p = Some(l);
                }
            }
        }
    }
    file.write_with(|i| match file.lines.get(i) {
        Some(ConllLine::DocStart(_)) => Some("O"),
        Some(ConllLine::Token { .. }) => {
            Some(predicted.get(i).copied().flatten().unwrap_or(Label::O).as_str())
        }
        _ => None,
    })
}

/// Tags a gold-labelled CoNLL file with `model` and compares with its last column.
pub fn evaluate(model: &NerModel, file: &ConllFile, name: &str) -> Result<Evaluation, NerError> {
    evaluate_passes(model, file, name, 2)
}

/// [`evaluate`] with the first pass only (`passes == 1`) or both.
pub fn evaluate_passes(
    model: &NerModel,
    file: &ConllFile,
    name: &str,
    passes: usize,
) -> Result<Evaluation, NerError> {
    if !file.has_gold() {
        return Err(NerError::BadInput {
            file: name.into(),
            problem: "a token line has no NE tag in its last column".into(),
        });
    }
    let mut e = Evaluation::default();
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let sentences = doc.sentences();
        let predicted = tagger.tag_passes(&sentences, passes);
        for ((gold, pred), words) in doc.gold.iter().zip(predicted).zip(&sentences) {
            e.add(gold, &pred, document::is_caps_sentence(words));
        }
    }
    Ok(e)
}

/// Recall on the gold entities of `file` whose words never form an entity in `train`: how
/// well the model generalises to names it has not seen. Returns (found, total).
pub fn unseen_recall(
    model: &NerModel,
    file: &ConllFile,
    train: &[conll::ConllDoc],
) -> (usize, usize) {
    let mut seen = std::collections::HashSet::new();
    for d in train {
        for (w, g) in d.words.iter().zip(&d.gold) {
            for (r, _) in labels::spans(g) {
                seen.insert(w.get(r).unwrap_or(&[]).join(" "));
            }
        }
    }
    let (mut found, mut total) = (0, 0);
    let mut tagger = Tagger::new(model);
    for doc in file.documents() {
        let predicted = tagger.tag(&doc.sentences());
        for ((w, g), p) in doc.words.iter().zip(&doc.gold).zip(&predicted) {
            let p = labels::spans(p);
            for (r, t) in labels::spans(g) {
                if !seen.contains(&w.get(r.clone()).unwrap_or(&[]).join(" ")) {
                    total += 1;
                    found += p.contains(&(r, t)) as usize;
                }
            }
        }
    }
    (found, total)
}

/// Compares the last two columns of a file (gold, then predicted), as conlleval does.
pub fn evaluate_columns(text: &str, name: &str) -> Result<Evaluation, NerError> {
    let mut e = Evaluation::default();
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().chain(std::iter::once("")).enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols.first() == Some(&"-DOCSTART-") {
            labels::iob1_to_iob2(&mut gold);
            labels::iob1_to_iob2(&mut pred);
            e.add_sentence(&gold, &pred);
            gold.clear();
            pred.clear();
            continue;
        }
        let tag = |k: usize| {
            cols.len().checked_sub(k).and_then(|i| cols.get(i)).and_then(|t| Label::parse(t))
        };
        let (Some(g), Some(p)) = (tag(2), tag(1)) else {
            return Err(NerError::Conll {
                file: name.into(),
                line: n + 1,
                problem: "expected gold and predicted tags in the last two columns".into(),
            });
        };
        gold.push(g);
        pred.push(p);
    }
    Ok(e)
}

/// Throughput of tagging on one thread.
#[derive(Debug, Clone)]
pub struct BenchResult {
    pub load_time: Duration,
    /// CPU time of loading (see `cpu_time`).
    pub load_cpu_time: Option<Duration>,
    pub tokens: usize,
    pub elapsed: Duration,
    /// CPU time of the tagging thread, where the system tells it (Linux): unlike `elapsed` it
    /// does not grow when other processes share the core.
    pub cpu_time: Option<Duration>,
    pub model_bytes: usize,
}

impl BenchResult {
    pub fn tokens_per_second(&self) -> f64 {
        self.tokens as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    pub fn tokens_per_cpu_second(&self) -> Option<f64> {
        self.cpu_time.map(|t| self.tokens as f64 / t.as_secs_f64().max(1e-9))
    }
}

/// Time this thread has run on a CPU (Linux `/proc/thread-self/schedstat`).
pub(crate) fn thread_cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

/// Loads the model from `model_bytes` (timed) and tags every document of `file` repeatedly
/// for at least `min_time`.
pub fn bench(
    model_bytes: &[u8],
    file: &ConllFile,
    min_time: Duration,
) -> Result<BenchResult, NerError> {
    let docs = file.documents();
    let sentences: Vec<Vec<Vec<&str>>> = docs.iter().map(|d| d.sentences()).collect();
    time_tagging(model_bytes, NerModel::from_bytes, min_time, |model| {
        let mut tagger = Tagger::new(model);
        let mut tokens = 0;
        for (doc, s) in docs.iter().zip(&sentences) {
            std::hint::black_box(tagger.tag(s));
            tokens += doc.token_count();
        }
        tokens
    })
}

/// Times loading a model with `load`, then `pass` (one pass over the text, returning the tokens
/// it tagged) repeated for at least `min_time`, on this thread: what `bench-ner` and
/// `bench-pos` report.
pub(crate) fn time_tagging<M, E>(
    model_bytes: &[u8],
    load: impl FnOnce(&[u8]) -> Result<M, E>,
    min_time: Duration,
    mut pass: impl FnMut(&M) -> usize,
) -> Result<BenchResult, E> {
    let since =
        |start: Option<Duration>| start.zip(thread_cpu_time()).map(|(a, b)| b.saturating_sub(a));
    let (t0, load_cpu0) = (Instant::now(), thread_cpu_time());
    let model = load(model_bytes)?;
    let (load_time, load_cpu_time) = (t0.elapsed(), since(load_cpu0));
    let (mut tokens, t1, cpu0) = (0, Instant::now(), thread_cpu_time());
    while t1.elapsed() < min_time || tokens == 0 {
        let tagged = pass(&model);
        tokens += tagged;
        if tagged == 0 {
            break;
        }
    }
    Ok(BenchResult {
        load_time,
        load_cpu_time,
        tokens,
        elapsed: t1.elapsed(),
        cpu_time: since(cpu0),
        model_bytes: model_bytes.len(),
    })
}

/// Reads a file to a string, naming it in the error.
pub fn read_text(path: &Path) -> Result<String, NerError> {
    std::fs::read_to_string(path)
        .map_err(|e| NerError::Io { file: path.display().to_string(), source: e })
}
