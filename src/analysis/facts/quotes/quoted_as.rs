//! "The Financial Times quoted Ann Lee as saying "..."" and "Ann Lee was quoted (by the paper)
//! as saying "...": the one quoted speaks, not the paper that quotes.

use super::Attribution;
use crate::analysis::facts::phrases::Named;

/// Tokens looked back from "as saying" for "quoted".
const QUOTED_WINDOW: usize = 14;

impl Attribution<'_, '_> {
    /// The speaker of "quoted X as saying" / "X was quoted ... as saying", when the reporting
    /// word at token `saying` closes that pattern; `floor` is the sentence's first token.
    pub(super) fn quoted_as_saying(&self, saying: usize, floor: usize) -> Option<Named> {
        let w = self.words;
        if !matches!(w.word(saying), "saying" | "telling") || saying < floor + 2 {
            return None;
        }
        let as_token = saying - 1;
        if w.word(as_token) != "as" {
            return None;
        }
        let low = as_token.saturating_sub(QUOTED_WINDOW).max(floor);
        let quoted = (low..as_token).rev().find(|&k| w.word(k) == "quoted")?;
        let passive =
            quoted > floor && matches!(w.word(quoted - 1), "was" | "is" | "were" | "been");
        if passive {
            // "Mr Putin was quoted by Itar-Tass as saying": the subject of "was quoted".
            let be = if w.word(quoted - 1) == "been" && quoted >= floor + 2 {
                quoted - 2
            } else {
                quoted - 1
            };
            let (phrase, region) = w.subject_before(be, floor)?;
            return w.name(phrase, region);
        }
        // "quoted Ann Lee, the firm's boss, as saying": the phrase after "quoted".
        let phrase = w.phrase_after(quoted + 1, as_token)?;
        w.name(phrase, quoted + 1..as_token)
    }
}
