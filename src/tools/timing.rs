//! Timing a tagger: load time, tokens per second and CPU time on one thread, shared by
//! `bench-ner` and `bench-pos`.

use std::fmt;
use std::time::{Duration, Instant};

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
pub fn thread_cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

/// Times loading a model with `load`, then `pass` (one pass over the text, returning the tokens
/// it tagged) repeated for at least `min_time`, on this thread: what `bench-ner` and
/// `bench-pos` report.
pub fn time_tagging<M, E>(
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

impl fmt::Display for BenchResult {
    /// The report `bench-ner` and `bench-pos` print.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        writeln!(f, "model: {} bytes, loaded in {:.2} ms", self.model_bytes, ms(self.load_time))?;
        if let Some(cpu) = self.load_cpu_time {
            writeln!(f, "load CPU time: {:.2} ms", ms(cpu))?;
        }
        writeln!(
            f,
            "tagged {} tokens in {:.2} s on one thread: {:.0} tokens/s",
            self.tokens,
            self.elapsed.as_secs_f64(),
            self.tokens_per_second()
        )?;
        if let (Some(cpu), Some(rate)) = (self.cpu_time, self.tokens_per_cpu_second()) {
            writeln!(
                f,
                "thread CPU time {:.2} s: {rate:.0} tokens per CPU-second",
                cpu.as_secs_f64()
            )?;
        }
        Ok(())
    }
}
