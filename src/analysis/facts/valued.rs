//! What a value link prices: "the deal, valued at $1.2bn" -> deal; "a contract worth £50m" ->
//! contract; "total investment in the project is put at £1bn" -> investment in the project; "a
//! rescue package estimated at £200m" -> rescue package.

use super::lexicon::one_of;

/// Participles that give a thing its value with "at" after them ("valued at").
const VALUED_AT: &str = "valued estimated put priced pegged reckoned costed";
/// Words that give a thing its value with the amount right after them ("worth £50m").
const VALUED: &str = "worth costing totalling totaling";
/// Words between a thing and its value link: a verb of being, an adverb, "which", a comma.
const LINK_WORDS: &str =
    "is was are were be been being has have had which that , now currently already still also \
     reportedly";
/// Verbs of being: after one, a comma ends the search ("..., according to X, is now worth").
const BEING: &str = "is was are were be been being";

/// When `words[last]` links a value to the thing before it, that thing: the noun phrase
/// `subject_start` finds ending where the link's verb group begins.
pub fn valued_thing(
    words: &[&str],
    last: usize,
    subject_start: impl Fn(usize) -> usize,
) -> Option<String> {
    let link = *words.get(last)?;
    let at_follows = words.get(last + 1).is_some_and(|w| *w == "at");
    if !(one_of(link, VALUED_AT) && at_follows || one_of(link, VALUED)) {
        return None;
    }
    let mut end = last;
    // A verb of being not opened by "which": a comma before it closes an aside, not the thing.
    let mut being = false;
    while let Some(&w) = end.checked_sub(1).and_then(|p| words.get(p)) {
        if !one_of(w, LINK_WORDS) || w == "," && being {
            break;
        }
        being = one_of(w, BEING) || being && !one_of(w, "which that");
        end -= 1;
    }
    if words.get(end) == Some(&",") && being {
        return None;
    }
    let start = subject_start(end);
    (start < end).then(|| super::measured::join(words.get(start..end).unwrap_or_default()))
}
