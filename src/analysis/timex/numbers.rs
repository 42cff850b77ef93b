//! Number words and ordinals ("twenty-four", "third", "3rd") and the words that make a count
//! vague ("several", "a few").

/// Value of a number word below a hundred ("seven", "twenty", "twenty-four").
pub fn number_word(word: &str) -> Option<u32> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] =
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(n) = SMALL.iter().position(|w| *w == word) {
        return Some(n as u32);
    }
    if let Some(n) = TENS.iter().position(|w| *w == word) {
        return Some(20 + 10 * n as u32);
    }
    let (tens, ones) = word.split_once('-')?;
    let t = TENS.iter().position(|w| *w == tens)?;
    let o = SMALL.iter().position(|w| *w == ones).filter(|&o| (1..10).contains(&o))?;
    Some(20 + 10 * t as u32 + o as u32)
}

/// Value of an ordinal ("third", "3rd", "twenty-first").
pub fn ordinal(word: &str) -> Option<u32> {
    const ORD: [&str; 20] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    if let Some(n) = ORD.iter().position(|w| *w == word).filter(|&n| n > 0) {
        return Some(n as u32);
    }
    match word {
        "twentieth" => return Some(20),
        "thirtieth" => return Some(30),
        _ => {}
    }
    if let Some((tens, ones)) = word.split_once('-') {
        let t = match tens {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        return ordinal(ones).filter(|&o| o < 10).map(|o| t + o);
    }
    let digits = word.strip_suffix("st").or_else(|| word.strip_suffix("nd"));
    let digits = digits.or_else(|| word.strip_suffix("rd")).or_else(|| word.strip_suffix("th"))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 3 {
        return None;
    }
    digits.parse().ok()
}

/// Document that make a count vague: "several years" is `PXY`.
pub fn is_vague_count(word: &str) -> bool {
    matches!(word, "several" | "few" | "many" | "some" | "numerous" | "multiple" | "countless")
}
