//! Measuring the quantity stage over a corpus: how many quantities it finds, the share whose
//! `about` (what the number counts) is empty, broken down by kind of quantity and by the word
//! right after the number, with seeded random examples to read by hand.

use crate::analysis::document::Document;
use crate::analysis::facts::numbers::{
    is_currency_word, is_digit_number, percent_after, suffix, CURRENCY_SYMBOLS,
};
use crate::analysis::{timex, tokens, Quantity};
use std::collections::BTreeMap;
use std::fmt;

/// What sort of number a quantity is, read from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QuantityKind {
    /// "$1.5 billion", "£600m", "68m euros".
    Money,
    /// "40%", "3 per cent", "two percentage points".
    Percent,
    /// A unit or an adjective after the digits: "5km", "28-point".
    Measure,
    /// "Mr Sullivan, 42,": an age.
    Age,
    /// A number with the noun it counts: "26 people", "thousands of fans".
    Count,
    /// A number alone: "8,000", "1.2m".
    Bare,
}

impl QuantityKind {
    pub fn label(self) -> &'static str {
        match self {
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Measure => "measure",
            QuantityKind::Age => "age",
            QuantityKind::Count => "count",
            QuantityKind::Bare => "bare number",
        }
    }
}

/// The kind of a quantity, from the words of its text (and "age of" in its `about`).
pub fn kind_of(q: &Quantity) -> QuantityKind {
    let words: Vec<&str> = tokens::tokenize(&q.text).iter().map(|t| t.text(&q.text)).collect();
    let currency = words
        .iter()
        .any(|w| CURRENCY_SYMBOLS.iter().any(|c| w.starts_with(c)) || is_currency_word(w));
    if currency {
        return QuantityKind::Money;
    }
    if (0..words.len()).any(|k| percent_after(&words, k) > 0) {
        return QuantityKind::Percent;
    }
    if q.about.starts_with("age of ") {
        return QuantityKind::Age;
    }
    let Some(last_number) = words.iter().rposition(|w| is_digit_number(w) || is_number(w)) else {
        return QuantityKind::Bare;
    };
    let unit = words.get(last_number).is_some_and(|w| {
        is_digit_number(w) && !matches!(suffix(w), "" | "m" | "bn" | "k" | "tn" | "mn")
    });
    match (unit, last_number + 1 < words.len()) {
        (true, _) => QuantityKind::Measure,
        (false, true) => QuantityKind::Count,
        (false, false) => QuantityKind::Bare,
    }
}

fn is_number(word: &str) -> bool {
    crate::analysis::facts::numbers::is_number_word(word)
}

/// Which quantities to draw the examples from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    All,
    EmptyAbout,
    FilledAbout,
}

/// One quantity to read: its sentence, its text and its `about`.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub sentence: String,
    pub number: String,
    pub about: String,
}

/// Counts over a corpus.
#[derive(Debug, Default)]
pub struct Survey {
    pub articles: usize,
    pub quantities: usize,
    pub empty: usize,
    /// Per kind: (quantities, of which with an empty `about`).
    pub kinds: BTreeMap<QuantityKind, (usize, usize)>,
    /// The lower-cased token after the number, for quantities with an empty `about`.
    pub next_words: BTreeMap<String, usize>,
    pub examples: Vec<Example>,
}

/// The quantities of one text, from the stages that feed them (the document and its temporal
/// expressions): the same result as [`crate::analysis::analyze_text`], without the other stages.
pub fn quantities_of(text: &str) -> (Document, Vec<Quantity>) {
    let doc = Document::new(text.to_string(), None);
    let dates = timex::find(&doc);
    let found = crate::analysis::facts::quantities(&doc, &dates).into_vec();
    (doc, found)
}

/// Surveys the quantities of `texts`, keeping `examples` of the `pick` kind drawn at random
/// (reservoir sampling seeded by `seed`, so a run is repeatable).
pub fn survey<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    pick: Pick,
    examples: usize,
    seed: u64,
) -> Survey {
    let mut out = Survey::default();
    let mut rng = SplitMix(seed);
    let mut seen = 0u64;
    for text in texts {
        out.articles += 1;
        let (doc, found) = quantities_of(text);
        let toks = doc.tokens();
        for q in found {
            let empty = q.about.trim().is_empty();
            out.quantities += 1;
            let kind = out.kinds.entry(kind_of(&q)).or_default();
            kind.0 += 1;
            let sentence = doc.sentence_at(q.span.start).and_then(|i| doc.sentences().get(i));
            if empty {
                out.empty += 1;
                kind.1 += 1;
                let limit = sentence.map_or(text.len(), |s| s.span.end);
                let next = toks
                    .iter()
                    .find(|t| t.span.start >= q.span.end)
                    .filter(|t| t.span.start < limit)
                    .map_or("(end of sentence)".to_string(), |t| t.text(text).to_lowercase());
                *out.next_words.entry(next).or_default() += 1;
            }
            let wanted = match pick {
                Pick::All => true,
                Pick::EmptyAbout => empty,
                Pick::FilledAbout => !empty,
            };
            if !wanted || examples == 0 {
                continue;
            }
            seen += 1;
            let example = || Example {
                sentence: sentence.and_then(|s| text.get(s.span.clone())).unwrap_or("").to_string(),
                number: q.text.clone(),
                about: q.about.clone(),
            };
            if out.examples.len() < examples {
                out.examples.push(example());
            } else {
                let slot = rng.below(seen) as usize;
                if let Some(kept) = out.examples.get_mut(slot) {
                    *kept = example();
                }
            }
        }
    }
    out
}

/// SplitMix64: a small, well-known generator, enough for drawing examples.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

impl fmt::Display for Survey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} articles, {} quantities, {} with an empty about ({:.1}%)",
            self.articles,
            self.quantities,
            self.empty,
            share(self.empty, self.quantities)
        )?;
        writeln!(f, "\nby kind: quantities, empty about")?;
        for (kind, (n, empty)) in &self.kinds {
            writeln!(
                f,
                "  {:<12} {:>6} {:>6} ({:.1}%)",
                kind.label(),
                n,
                empty,
                share(*empty, *n)
            )?;
        }
        writeln!(f, "\nword after the number when about is empty (top 30)")?;
        let mut words: Vec<_> = self.next_words.iter().collect();
        words.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (word, n) in words.iter().take(30) {
            writeln!(f, "  {:<20} {:>5}", word, n)?;
        }
        if !self.examples.is_empty() {
            writeln!(f, "\nexamples (number => about | sentence)")?;
        }
        for (i, e) in self.examples.iter().enumerate() {
            let sentence = e.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            writeln!(f, "{:>3}. {} => {:?} | {}", i + 1, e.number, e.about, sentence)?;
        }
        Ok(())
    }
}
