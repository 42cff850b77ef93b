//! A first word that is neither a command nor something to open (`newslens unsubscribe URL`):
//! clap's "unrecognized subcommand" error with the likeliest command as a tip, instead of the
//! reader trying to open a file of that name.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::path::Path;

/// Words newsboat, russ and shell users type, and the command that does it here.
const SYNONYMS: &[(&str, &str)] = &[
    ("unsubscribe", "remove"),
    ("unsub", "remove"),
    ("delete", "remove"),
    ("del", "remove"),
    ("rm", "remove"),
    ("subscribe", "add"),
    ("sub", "add"),
    ("import", "import-opml"),
    ("export", "export-opml"),
    ("update", "refresh"),
    ("reload", "refresh"),
    ("fetch", "refresh"),
    ("ls", "list"),
    ("find", "search"),
    ("grep", "search"),
    ("read", "open"),
    ("show", "open"),
    ("view", "open"),
    ("subscriptions", "feeds"),
    ("mv", "rename"),
];

/// The word, when `arg` (the first positional argument) looks like a mistyped command: no such
/// file or folder, not `-`, not a URL, not a library article number, and a bare word (no path
/// separator or extension dot, which would make it a path that does not exist).
pub fn unknown_command(arg: &Path) -> Option<&str> {
    let word = arg.to_str()?;
    let bare = !word.is_empty()
        && word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && !word.starts_with('-');
    let openable = arg.exists()
        || newslens::library::url::is_url(word)
        || super::read::article_id(arg).is_some();
    (bare && !openable).then_some(word)
}

/// Prints clap's error for an unknown subcommand (with a tip when one command is close) and
/// exits with clap's usage status.
pub fn exit_with_usage_error(cmd: &mut clap::Command, word: &str) -> ! {
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect();
    let mut err = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(cmd);
    err.insert(ContextKind::InvalidSubcommand, ContextValue::String(word.to_string()));
    if let Some(tip) = suggestion(word, &names) {
        err.insert(ContextKind::SuggestedSubcommand, ContextValue::String(tip));
    }
    err.insert(ContextKind::Usage, ContextValue::StyledStr(cmd.render_usage()));
    let _ = err.print();
    let word = newslens::article::clean::printable(word);
    eprintln!("(no file or folder named '{word}' here either; to open one, give its path)");
    std::process::exit(2)
}

/// The command `word` most likely meant: a known synonym, else the closest name by edit
/// distance (at most a third of the word's length).
fn suggestion(word: &str, names: &[String]) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some((_, to)) = SYNONYMS.iter().find(|(from, _)| *from == lower) {
        return Some(to.to_string());
    }
    let limit = (lower.chars().count() / 3).max(1);
    names
        .iter()
        .map(|n| (edit_distance(&lower, n), n))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.clone())
}

/// Edit distance over characters, a swap of two neighbours counting as one edit ("lsit" is one
/// edit from "list"): the optimal string alignment distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_from_synonyms_and_spelling() {
        let names: Vec<String> = ["add", "list", "remove", "refresh", "mark-read"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(suggestion("unsubscribe", &names).as_deref(), Some("remove"));
        assert_eq!(suggestion("lsit", &names).as_deref(), Some("list"));
        assert_eq!(suggestion("mark-reed", &names).as_deref(), Some("mark-read"));
        assert_eq!(suggestion("xyzzy", &names), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("lsit", "list"), 1);
    }
}
