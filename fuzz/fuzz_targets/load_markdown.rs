//! The Markdown loader on arbitrary bytes: the parser itself, then the whole load path of a `.md`
//! file (decoding, format detection, cleaning). Never a panic; every article clean.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.md");
    let text = newslens_fuzz::text(data);
    let _ = newslens::article::markdown::parse(path, &text);
    newslens_fuzz::load("fuzz.md", data);
});
