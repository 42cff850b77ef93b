//! Quantities that take what they are about from a neighbour of the same unit in their sentence:
//! a conversion in brackets ("$7.5m (£4m)", which always takes the first sum's), the other end of a range ("80,000 to 100,000
//! people") or a figure it is compared with ("rose to 4.7% from 4.6%", "12.1% in Germany, 10.4%
//! in Spain").

use super::lexicon::{is_time_word, one_of};
use super::numbers::is_year;
use super::quantities::Found;
use crate::analysis::lexicon::WordList;

/// What a quantity is measured in, for deciding which neighbours may share an `about`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Money,
    Percent,
    Other,
}

/// Words that may stand between two figures of one series.
static SERIES_LINKS: WordList = WordList::new(
    "\
    from to against and or versus vs compared with than , ; ( ) : / up down in at on the a an \
    previous same earlier ago period while but first second third fourth quarter half 's ’s",
);
/// Longest gap, in words, between two figures of one series.
const MAX_GAP: usize = 6;

/// Fills empty `about`s of `founds` (one sentence's quantities, in order) from their
/// neighbours: forward along a series, backward across a range or into a bracketed conversion
/// (where a counted noun also replaces a guessed subject: "between 300 and 400 workers").
pub fn fill_from_neighbours(words: &[&str], founds: &mut [Found]) {
    fill_forward(words, founds);
    fill_compared(words, founds);
    // Again: a figure filled by its comparison passes its `about` along its own series ("12.1%
    // in Germany, 10.4% in Spain").
    fill_forward(words, founds);
    fill_elliptic(founds);
    for i in (1..founds.len()).rev() {
        let (before, rest) = founds.split_at_mut(i);
        let (Some(this), Some(next)) = (before.last_mut(), rest.first()) else { continue };
        let gap = words.get(this.end..next.start).unwrap_or_default();
        // "50, 60, 70,000 listeners": a list of bare numbers before a count.
        let list = this.unit == Unit::Other && gap == [","];
        let replaceable = this.about.is_empty() || this.guessed && !next.guessed;
        let range = is_range_or_bracket(gap) || list;
        if replaceable && this.unit == next.unit && range && !next.about.is_empty() {
            this.about = next.about.clone();
            this.guessed = next.guessed;
        }
    }
}

/// Forward along a series, into a conversion, or into a restatement.
fn fill_forward(words: &[&str], founds: &mut [Found]) {
    for i in 1..founds.len() {
        let (before, rest) = founds.split_at_mut(i);
        let (Some(prev), Some(this)) = (before.last(), rest.first_mut()) else { continue };
        let gap = words.get(prev.end..this.start).unwrap_or_default();
        let conversion =
            prev.unit == Unit::Money && !prev.about.is_empty() && is_conversion_gap(gap);
        let series = this.about.is_empty() && is_series_gap(gap);
        // "fell 5.39, or 1.2%, to 452.76": one change restated in another unit, and the level
        // it reached.
        let restated = this.about.is_empty() && is_restatement_gap(gap, this.unit);
        // "3.9 billion barrels of oil, up 10% on 2003", "1.3 million vehicles, 5% more than":
        // a change of the figure before, whatever its unit.
        let changed = (this.about.is_empty() || this.guessed)
            && !prev.about.is_empty()
            && after_figure_comma(gap).is_some_and(|after| {
                matches!(after, [w] | [w, "by"] if one_of(w, "up down"))
                    || after.is_empty() && is_more_than(words, this.end)
            });
        if prev.unit == this.unit && (conversion || series) || restated || changed {
            this.about = prev.about.clone();
        }
    }
}

/// Fills an empty `about` after a comparison word ("compared with 12.1%", "from £35", "than
/// $4m") from the nearest earlier quantity of the same unit that has one, however far back in
/// the sentence: a comparison sets like against like.
fn fill_compared(words: &[&str], founds: &mut [Found]) {
    for i in 1..founds.len() {
        let (before, rest) = founds.split_at_mut(i);
        let Some(this) = rest.first_mut() else { continue };
        if !this.about.is_empty() || !after_comparison(words, this.start) {
            continue;
        }
        let source = before.iter().rev().find(|f| f.unit == this.unit && !f.about.is_empty());
        if let Some(source) = source {
            this.about = source.about.clone();
        }
    }
}

/// "killed 258 people and wounded over 5,000", "150,000 shoppers on Saturday and a further
/// 100,000": a bare number that says nothing of its own counts what the last count before it in
/// the sentence counted.
fn fill_elliptic(founds: &mut [Found]) {
    for i in 1..founds.len() {
        let (before, rest) = founds.split_at_mut(i);
        let Some(this) = rest.first_mut() else { continue };
        if this.unit != Unit::Other || !this.about.is_empty() {
            continue;
        }
        let counted = |f: &&Found| f.unit == Unit::Other && !f.guessed && !f.about.is_empty();
        if let Some(source) = before.iter().rev().find(counted) {
            this.about = source.about.clone();
        }
    }
}

/// ", or" between one figure and its restatement in another unit; "to" before the level a
/// change reached.
fn is_restatement_gap(gap: &[&str], unit: Unit) -> bool {
    match gap {
        [w] | [",", w] if one_of(w, "or") => true,
        [w] | [",", w] => unit == Unit::Other && one_of(w, "to"),
        _ => false,
    }
}

/// The words after the comma of a gap that runs from a figure through the rest of its phrase
/// ("of oil", "last year") to a comma: ", up 10%", ", 5% more than".
fn after_figure_comma<'g, 'w>(gap: &'g [&'w str]) -> Option<&'g [&'w str]> {
    let at = gap.iter().position(|w| *w == ",")?;
    let phrase = gap.get(..at)?;
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    (phrase.len() <= 4 && phrase.iter().all(plain)).then(|| gap.get(at + 1..)).flatten()
}

/// "5% more than", "10% fewer than": a figure compared with the one before it.
fn is_more_than(words: &[&str], end: usize) -> bool {
    words.get(end).is_some_and(|w| one_of(w, "more fewer less higher lower"))
        && words.get(end + 1).is_some_and(|w| one_of(w, "than"))
}

/// "from", "than", "against", "compared with", "compared to" right before `words[at]`.
fn after_comparison(words: &[&str], at: usize) -> bool {
    let word = |back: usize| at.checked_sub(back).and_then(|k| words.get(k)).copied().unwrap_or("");
    one_of(word(1), "from than against versus vs")
        || one_of(word(1), "with to") && one_of(word(2), "compared comparison")
}

/// "from", "in Germany ,", "a year earlier , against": links, place names, years and time words.
fn is_series_gap(gap: &[&str]) -> bool {
    gap.len() <= MAX_GAP
        && gap.iter().all(|w| {
            SERIES_LINKS.contains(w)
                || is_time_word(w)
                || is_year(w)
                || w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
}

/// "$4m (£2m", "68m euros ($89m; £47m": a sum converted into another currency, which is about
/// what the first sum is about.
fn is_conversion_gap(gap: &[&str]) -> bool {
    matches!(gap, [w] if one_of(w, "( ; , / or"))
}

/// "80,000 to 100,000", "5 or 6", "$4m (£2m)".
fn is_range_or_bracket(gap: &[&str]) -> bool {
    matches!(gap, [w] if one_of(w, "to and or - – ("))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps() {
        assert!(is_series_gap(&["in", "Germany", ","]));
        assert!(is_series_gap(&["from"]));
        assert!(!is_series_gap(&["use", "just", "a", "single", "search", "engine", ","]));
        assert!(is_range_or_bracket(&["("]));
        assert!(!is_range_or_bracket(&["for", "the"]));
    }
}
