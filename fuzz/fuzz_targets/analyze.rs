//! The whole pipeline on arbitrary UTF-8 (invalid bytes replaced), with and without a
//! publication date: never a panic, and every span it reports is a range of the text.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let published = (first & 1 == 1).then(|| chrono_date(first)).flatten();
    let analysis =
        newslens::analysis::analyze_text(newslens_fuzz::text(rest).into_owned(), published);
    newslens_fuzz::check_analysis(&analysis);
});

fn chrono_date(b: u8) -> Option<newslens_fuzz::NaiveDate> {
    newslens_fuzz::NaiveDate::from_ymd_opt(2000 + i32::from(b), 1 + u32::from(b % 12), 28)
}
