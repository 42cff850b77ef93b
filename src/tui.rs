//! The terminal reader. (Being built: see issue 2.)

use crate::article::{Article, LoadError};

/// Runs the reader until the user quits, restoring the terminal on every exit.
pub fn run(items: Vec<Result<Article, LoadError>>) -> std::io::Result<()> {
    for item in items {
        match item {
            Ok(a) => println!("{}", a.title),
            Err(e) => eprintln!("{e}"),
        }
    }
    Ok(())
}
