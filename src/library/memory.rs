//! Keeping a big refresh small in memory on glibc (Linux): a multi-threaded process gets one
//! malloc arena per thread, and what a thread frees stays in its arena; a refresh that fetched
//! 100,000 items would carry that into the analysis, which then loads its models on top. The
//! command line limits the arenas before a refresh starts and hands free memory back to the
//! system between fetching and analysing (see BENCHMARKS.md, "Memory"). Elsewhere these do
//! nothing.

/// Malloc arenas a refreshing process uses (glibc's default is eight per core). One measured
/// no slower than two on the 100k refresh, and 5 MB smaller.
const ARENAS: i32 = 1;

/// Limits the malloc arenas; call before the threads start.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; any value is accepted or refused.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENAS);
    }
}

/// Returns the free memory of every arena to the system.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory the allocator holds free.
    unsafe {
        libc::malloc_trim(0);
    }
}
