//! The `newslens` command line: opens the reader or runs one pipeline command. Errors are
//! printed here, once, as `newslens: message` (made printable, never with a stack trace) with
//! exit status 1; a first word that is neither a command nor a path is clap's usage error.

use anyhow::Result;
use chrono::NaiveDate;
use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod cli;

#[derive(Parser)]
#[command(
    name = "newslens",
    version,
    about = "A terminal news reader that highlights who, where, when and how many"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (`-` for stdin); none opens the bundled sample articles.
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = cli::parse_date)]
    date: Option<NaiveDate>,
    /// Library database (default: $NEWSLENS_DB, else library.db in the platform data directory).
    #[arg(long, global = true)]
    db: Option<PathBuf>,
    /// The reader's configuration file (default: $NEWSLENS_CONFIG, else config.toml in the
    /// platform config directory, e.g. ~/.config/newslens/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the reader on files or folders (the default command).
    Open(cli::read::OpenArgs),
    /// Analyse files and print entities, quotes, quantities, timeline and summary.
    Analyze(cli::read::AnalyzeArgs),
    /// Print every temporal expression in a plain-text file, normalised against --dct.
    Timex(cli::timex::TimexArgs),
    #[command(flatten)]
    Library(cli::library::LibraryCommand),
    // Measuring and training the pipeline, listed after the everyday commands.
    /// Score the summary against lead-k and TextRank-k on an extractive corpus
    /// (DIR/articles/CAT/NAME.txt with DIR/summaries/CAT/NAME.txt): precision@k.
    EvalSummary(cli::measure::EvalSummaryArgs),
    /// Survey the quantities of a folder of articles: share with an empty `about`, by kind and
    /// by the word after the number, with seeded random examples to read.
    EvalQuantities(cli::measure::EvalQuantitiesArgs),
    /// Score the whole analysis against the hand-made gold set (NAME.json beside NAME.txt, see
    /// docs/annotation.md): entities, merges, roles, quote speakers, quantities, dates, events.
    EvalAnalysis(cli::eval::EvalAnalysisArgs),
    /// Time the whole analysis pipeline over articles (use a release build).
    BenchAnalyze(cli::measure::BenchAnalyzeArgs),
    /// Time loading a file or folder (best of --runs) and list what failed to load.
    BenchLoad(cli::measure::BenchLoadArgs),
    /// Score the temporal tagger on a folder of TimeML (.tml) files (TempEval-3 measures).
    EvalTimex(cli::timex::EvalTimexArgs),
    /// Time the temporal tagger over the text of TimeML folders (use a release build).
    BenchTimex(cli::timex::BenchTimexArgs),
    /// Measure the reader's startup and per-keystroke redraw times (see BENCHMARKS.md).
    #[command(hide = true)]
    BenchUi(cli::measure::BenchUiArgs),
    /// Train the named-entity model from CoNLL files (deterministic).
    TrainNer(cli::ner::TrainNerArgs),
    /// Tag a CoNLL file: every line written back with the predicted IOB2 tag appended.
    Tag(cli::ner::TagArgs),
    /// Precision, recall and F1 (exact spans) of the model on a gold CoNLL file.
    EvalNer(cli::ner::EvalNerArgs),
    /// Tagging throughput on one thread (model already loaded) and model load time.
    BenchNer(cli::ner::BenchNerArgs),
    /// Learn word clusters for the NER model from unlabelled text.
    TrainClusters(cli::ner::TrainClustersArgs),
    /// Write unlabelled news as a CoNLL file labelled by the analysis (self-training text).
    PseudoLabel(cli::ner::PseudoLabelArgs),
    /// Train the part-of-speech model from a CoNLL file (tag in column 2; deterministic).
    TrainPos(cli::pos::TrainPosArgs),
    /// Token accuracy of the part-of-speech model on a gold CoNLL file, and on unknown words.
    EvalPos(cli::pos::EvalPosArgs),
    /// Print every sentence of a plain-text file with part-of-speech tags (word/TAG).
    TagPos(cli::pos::TagPosArgs),
    /// Part-of-speech tagging throughput on one thread and model load time.
    BenchPos(cli::pos::BenchPosArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let (None, Some(first)) = (&cli.command, cli.paths.first()) {
        if let Some(word) = cli::unknown::unknown_command(first) {
            cli::unknown::exit_with_usage_error(&mut Cli::command(), word);
        }
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            newslens::library::commands::note(format!("newslens: {}", message(&e)));
            ExitCode::FAILURE
        }
    }
}

/// The error and the causes its message does not already say, on one line. The library's and
/// the loaders' typed errors say all they mean to (their sources are details such as SQLite's
/// "Error code 1"), so the chain stops at them.
fn message(e: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !message.contains(&text) {
            if !message.is_empty() {
                message.push_str(": ");
            }
            message.push_str(&text);
        }
        let typed = cause.downcast_ref::<newslens::library::LibraryError>().is_some()
            || cause.downcast_ref::<newslens::article::LoadError>().is_some();
        if typed {
            break;
        }
    }
    message
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        None => {
            let args = cli::read::OpenArgs { paths: cli.paths, date: cli.date };
            cli::read::open(args, cli.db.as_deref(), cli::settings(cli.config.as_deref()))
        }
        Some(Command::Open(mut args)) => {
            args.date = args.date.or(cli.date);
            cli::read::open(args, cli.db.as_deref(), cli::settings(cli.config.as_deref()))
        }
        Some(Command::Analyze(args)) => cli::read::analyze(args),
        Some(Command::Timex(args)) => cli::timex::timex(args),
        Some(Command::EvalTimex(args)) => cli::timex::eval_timex(args),
        Some(Command::BenchTimex(args)) => cli::timex::bench_timex(args),
        Some(Command::EvalSummary(args)) => cli::measure::eval_summary(args),
        Some(Command::EvalQuantities(args)) => cli::measure::eval_quantities(args),
        Some(Command::EvalAnalysis(args)) => cli::eval::eval_analysis(args),
        Some(Command::BenchAnalyze(args)) => cli::measure::bench_analyze(args),
        Some(Command::BenchLoad(args)) => cli::measure::bench_load(args),
        Some(Command::BenchUi(args)) => cli::measure::bench_ui(args),
        Some(Command::TrainNer(args)) => cli::ner::train_ner(args),
        Some(Command::Tag(args)) => cli::ner::tag(args),
        Some(Command::EvalNer(args)) => cli::ner::eval_ner(args),
        Some(Command::BenchNer(args)) => cli::ner::bench_ner(args),
        Some(Command::TrainClusters(args)) => cli::ner::train_clusters(args),
        Some(Command::PseudoLabel(args)) => cli::ner::pseudo_label(args),
        Some(Command::TrainPos(args)) => cli::pos::train_pos(args),
        Some(Command::EvalPos(args)) => cli::pos::eval_pos(args),
        Some(Command::TagPos(args)) => cli::pos::tag_pos(args),
        Some(Command::BenchPos(args)) => cli::pos::bench_pos(args),
        Some(Command::Library(command)) => {
            cli::library::run(command, cli.db.as_deref(), cli.config.as_deref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every subcommand's arguments are consistent (unique names, valid defaults): clap checks
    /// this only in debug builds, when the command is first parsed.
    #[test]
    fn every_command_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// What the commands print keeps its lines and tabs, and shows an escape sequence from the
    /// input escaped rather than sending it to the terminal.
    #[test]
    fn printed_text_is_made_printable_line_by_line() {
        let input = "Kyiv/NNP \u{1b}]0;PWNED\u{7}/SYM\tx\nclean line\n";
        let out = super::cli::printable_lines(input);
        assert_eq!(out, "Kyiv/NNP \\u{1b}]0;PWNED\\u{7}/SYM\tx\nclean line\n");
        assert!(matches!(super::cli::printable_lines("a\tb\n"), std::borrow::Cow::Borrowed(_)));
    }
}
