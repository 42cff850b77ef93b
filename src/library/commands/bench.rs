//! `bench-library`: times the reader's library queries in-process.

use super::Out;
use crate::library::store::ListQuery;
use crate::library::{mentions, search, Result, Store};
use std::time::{Duration, Instant};

/// Times (`runs` times each, median) the first screen (feeds with unread counts + the newest
/// 50 articles), `mentions ENTITY` and `search QUERY`.
pub fn bench_queries_command(store: &Store, entity: &str, query: &str, runs: usize) -> Result<()> {
    let runs = runs.max(1);
    let time = |f: &mut dyn FnMut() -> Result<usize>| -> Result<(Duration, usize)> {
        let mut times = Vec::with_capacity(runs);
        let mut n = 0;
        for _ in 0..runs {
            let started = Instant::now();
            n = f()?;
            times.push(started.elapsed());
        }
        times.sort();
        Ok((times[runs / 2], n))
    };
    let first_screen = time(&mut || {
        let feeds = store.feed_summaries()?;
        let rows = store.list_articles(&ListQuery { limit: Some(50), ..Default::default() })?;
        Ok(feeds.len() + rows.len())
    })?;
    let named = time(&mut || Ok(mentions::mentions(store, entity, 50)?.len()))?;
    let found = time(&mut || Ok(search::search(&store.conn, query, 20)?.len()))?;
    let mut out = Out::new();
    out.line(format!("articles in the library: {}", store.article_count()?))?;
    for (what, (took, n)) in [
        ("first screen (feeds + newest 50)".to_string(), first_screen),
        (format!("mentions {entity:?} (50 newest)"), named),
        (format!("search {query:?} (20 best)"), found),
    ] {
        out.line(format!(
            "{what}: {:.2} ms median of {runs}, {n} rows",
            took.as_secs_f64() * 1000.0
        ))?;
    }
    Ok(())
}
