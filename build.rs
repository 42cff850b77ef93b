//! Build script: a fingerprint of the analysis pipeline (its sources and its models), compiled in
//! as `NEWSLENS_ANALYSIS_FINGERPRINT`. The library stamps cached analyses with it, so a build
//! whose pipeline changed re-analyses old articles, and no build has to load the models (or run
//! the pipeline) only to learn its own stamp.

use std::path::{Path, PathBuf};

/// What the analysis is made of: its code and the models it embeds.
const INPUTS: &[&str] = &["src/analysis.rs", "src/analysis", "assets/models"];

fn main() {
    let mut files = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    files.sort();
    let mut hash = Fnv::default();
    for file in &files {
        hash.write(file.to_string_lossy().as_bytes());
        hash.write(&std::fs::read(file).unwrap_or_default());
    }
    println!("cargo:rustc-env=NEWSLENS_ANALYSIS_FINGERPRINT={:016x}", hash.0);
}

/// `path` if it is a source or model file, or every such file under it.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect(&entry.path(), out);
        }
    } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "bin" | "txt")) {
        out.push(path.to_path_buf());
    }
}

/// 64-bit FNV-1a: stable across Rust versions, unlike the standard library's hasher.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
    }
}
