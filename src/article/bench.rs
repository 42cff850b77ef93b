//! `newslens bench-load PATH`: loads a file or folder several times and reports how many articles
//! and errors it gave and how long a load took, so loader speed can be measured on real data.

use super::{load_path, LoadOptions};
use std::path::Path;
use std::time::Instant;

/// What one timed load found.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBench {
    pub articles: usize,
    pub errors: Vec<String>,
    pub bytes_of_text: usize,
    /// Fastest of the runs, in milliseconds.
    pub best_ms: f64,
    pub runs: usize,
}

/// Loads `path` `runs` times (at least once) and keeps the fastest time.
pub fn bench_load(path: &Path, opts: &LoadOptions, runs: usize) -> LoadBench {
    let mut best_ms = f64::INFINITY;
    let mut last = Vec::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        last = load_path(path, opts);
        best_ms = best_ms.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    let articles: Vec<_> = last.iter().filter_map(|r| r.as_ref().ok()).collect();
    LoadBench {
        articles: articles.len(),
        errors: last.iter().filter_map(|r| r.as_ref().err()).map(ToString::to_string).collect(),
        bytes_of_text: articles.iter().map(|a| a.text().len()).sum(),
        best_ms,
        runs: runs.max(1),
    }
}

impl std::fmt::Display for LoadBench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} articles, {} errors, {} bytes of body text; best of {} runs: {:.3} ms",
            self.articles,
            self.errors.len(),
            self.bytes_of_text,
            self.runs,
            self.best_ms
        )?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_articles_and_errors_of_a_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/loaders/mixed");
        let bench = bench_load(&dir, &LoadOptions::default(), 0);
        assert_eq!((bench.articles, bench.errors.len(), bench.runs), (2, 5, 1));
        assert!(bench.best_ms.is_finite());
        let report = bench.to_string();
        assert!(report.starts_with("2 articles, 5 errors"));
        assert!(report.contains("c-empty.txt: empty file"));
    }
}
