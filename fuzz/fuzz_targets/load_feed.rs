//! The feed loader (RSS, Atom, JSON Feed) on arbitrary bytes: the feed reader and the
//! articles of its entries, then the whole load path of a `.xml` file. Never a panic; every
//! article clean.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::article::feed;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.xml");
    let text = newslens_fuzz::text(data);
    if let Ok(f) = feed::read(path, &text, Some("https://example.com/feed/")) {
        let _ = feed::articles(path, f);
    }
    newslens_fuzz::load("fuzz.xml", data);
});
