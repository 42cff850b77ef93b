//! The temporal normaliser (`find_dates`, what `newslens timex` runs) on arbitrary date
//! strings against an arbitrary publication date: never a panic, every span a range of the
//! text, every value non-empty.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_fuzz::NaiveDate;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let (head, rest) = data.split_at(3);
    // Any day from year 0 to about year 180,000, or none.
    let days = i32::from(u16::from_le_bytes([head[0], head[1]])) * 1_000 + i32::from(head[2]);
    let published = (head[2] != 0).then(|| NaiveDate::from_num_days_from_ce_opt(days)).flatten();
    let text = newslens_fuzz::text(rest);
    for t in newslens::analysis::find_dates(&text, published) {
        assert!(text.get(t.span.clone()).is_some(), "span {:?} outside the text", t.span);
        assert!(!t.value.is_empty(), "empty value for {t:?}");
    }
});
