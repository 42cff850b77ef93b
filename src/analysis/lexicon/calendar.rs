//! The calendar's words: months (with their abbreviations), weekdays and seasons.

use super::WordList;

pub static MONTHS: WordList = WordList::new(
    "january february march april may june july august september october november december",
);

/// Month abbreviations as news writes them ("Sept.", "Jan").
pub static MONTH_ABBREVIATIONS: WordList =
    WordList::new("jan feb mar apr jun jul aug sep sept oct nov dec");

pub static WEEKDAYS: WordList =
    WordList::new("monday tuesday wednesday thursday friday saturday sunday");

pub static SEASONS: WordList = WordList::new("spring summer autumn winter");
