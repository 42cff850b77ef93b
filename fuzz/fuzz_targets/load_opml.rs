//! The OPML reader (`library import`) on arbitrary text: never a panic, and every outline it
//! returns has a feed address.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = newslens_fuzz::text(data);
    if let Ok(outlines) = newslens::library::opml::parse(&text) {
        for o in &outlines {
            assert!(!o.url.is_empty(), "an outline without an address: {o:?}");
        }
        let _ = newslens::library::opml::export(&[]);
    }
});
