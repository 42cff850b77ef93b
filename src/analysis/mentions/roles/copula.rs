//! The role a sentence gives a person with a linking verb: "Ann Lee is chief executive of
//! Acme." -> "chief executive of Acme"; "Bo Park was named finance director in 2003." ->
//! "finance director"; "Cy Moon, who became mayor last year," -> "mayor". The verb follows the
//! name directly, and the role is a title or job phrase that ends its clause.

use super::appositive::role_phrase_at;
use super::is_role_head;
use crate::analysis::document::Document;
use crate::analysis::lexicon::WordList;
use crate::analysis::mentions::lexicon::{is_capitalised, is_title_head};
use crate::analysis::Span;

/// Verbs that give their subject a post: "is", "became", "remains".
const LINKING: &[&str] = &["is", "was", "became", "becomes", "remains", "remained"];

/// Participles that give a post after "is"/"was"/"has been": "was named chairman".
const APPOINTED: &[&str] = &["named", "appointed", "elected", "made", "promoted", "installed"];

/// Adverbs that may stand between the verb and the role: "is now chairman".
const ADVERBS: &[&str] = &["now", "also", "still", "currently", "formerly", "previously", "later"];

/// The role after a linking verb right after the mention (or after "who" following it).
pub fn role_after_linking_verb(doc: &Document, mention: &Span, names: &[Span]) -> Option<String> {
    let last = doc.token_ending_at(mention.end)?;
    let mut k = last + 1;
    if doc.word(k) == "," && doc.word(k + 1) == "who" {
        k += 2;
    }
    k = after_linking_verb(doc, k)?;
    if ADVERBS.contains(&doc.word(k)) {
        k += 1;
    }
    // "a good player", "an outspoken critic", "the best actress", "the fourth head": a word of
    // judgement or rank describes, it names no post ("a soul artist", "a former rugby
    // player" do).
    let det = usize::from(matches!(doc.word(k).to_lowercase().as_str(), "the" | "a" | "an"));
    let describes = |j: usize| {
        let w = doc.word(j);
        let tag = doc.tag(j).map_or("", |t| t.as_str());
        let judges = EVALUATIVE.contains(w);
        // "is considering becoming ...": a verb, unless it modifies the head ("managing
        // director", "chief operating officer").
        let verb = matches!(tag, "VB" | "VBD" | "VBG" | "VBP" | "VBZ" | "MD")
            && !is_role_head(doc.word(j + 1), false);
        ORDINALS.contains_exact(w) || tag == "CD" || verb || matches!(tag, "JJS" | "RBS") || judges
    };
    let head = (k + det..k + det + 5).find(|&j| is_role_head(doc.word(j), false))?;
    if (k + det..head).any(describes) {
        return None;
    }
    // "became a defender of the reforms": a job with "of" after a linking verb is mostly a
    // figure of speech, unless it names where it is held ("is editor of the Daily Mail"); a
    // post with "of" is a post ("is chief executive of Acme").
    let names_one = (head + 2..head + 6)
        .take_while(|&j| doc.word(j).chars().any(char::is_alphanumeric))
        .any(|j| is_capitalised(doc.word(j)));
    if !is_title_head(doc.word(head)) && doc.word(head + 1) == "of" && !names_one {
        return None;
    }
    role_phrase_at(doc, k, names, false)
}

/// Adjectives of judgement before a job: "a good player", "an ardent promoter".
static EVALUATIVE: WordList = WordList::new(
    "good great bad better best worst fine excellent brilliant talented gifted outspoken ardent \
     fierce vocal staunch keen avid passionate strong harsh true real big huge rising brooding \
     famous popular successful terrible natural committed devoted loyal lifelong enthusiastic \
     reluctant unlikely perfect",
);

/// Words of rank: "the first woman", "the fourth head", "the only player" (as written).
static ORDINALS: WordList = WordList::new(
    "first second third fourth fifth sixth seventh eighth ninth tenth last only same other next \
     latest",
);

/// The token after "is", "was named", "has been", "had been appointed" at token `k`.
fn after_linking_verb(doc: &Document, k: usize) -> Option<usize> {
    let w = doc.word(k);
    let mut k = if LINKING.contains(&w) {
        k + 1
    } else if matches!((w, doc.word(k + 1)), ("has" | "had", "been") | ("will", "become")) {
        k + 2
    } else {
        return None;
    };
    let been = matches!(doc.word(k - 1), "is" | "was" | "been" | "remains");
    if been && APPOINTED.contains(&doc.word(k)) {
        k += 1;
        if doc.word(k) == "as" {
            k += 1;
        }
    }
    Some(k)
}
