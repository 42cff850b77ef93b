//! The text comparisons of the scoring rules (docs/annotation.md, "Scoring"): phrases equal
//! ignoring case and a leading determiner, roles also ignoring final punctuation, a quantity's
//! head word with a plural aside, an event's trigger with an inflection aside.

/// Determiners a phrase may start with and still be the same phrase.
const DETERMINERS: [&str; 7] = ["the", "a", "an", "this", "that", "these", "those"];

/// A phrase for comparison: lower-cased, spaces collapsed, `’` written `'`, without a leading
/// determiner ("The company" and "company" are one phrase).
pub fn phrase_key(s: &str) -> String {
    let lower = s.to_lowercase().replace('’', "'");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > 1 && DETERMINERS.contains(&words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// A role for comparison: [`phrase_key`] without final punctuation ("Gen." is "gen").
pub fn role_key(s: &str) -> String {
    phrase_key(s).trim_end_matches(|c: char| !c.is_alphanumeric()).to_string()
}

/// The words of a phrase, lower-cased: runs of letters and digits with the apostrophes,
/// hyphens and periods inside them ("Yukos's", "bail-out", "u.s").
pub fn words(s: &str) -> Vec<String> {
    let inner = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.');
    s.split(|c: char| !inner(c))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether `phrase` has `head` as a word, singular and plural alike ("profit" in "quarterly
/// profits", "company" in "companies", "Weisfield" in "Weisfield's shares").
pub fn has_noun(phrase: &str, head: &str) -> bool {
    let Some(head) = words(head).into_iter().next() else { return false };
    let head = singular(&head);
    words(phrase).iter().any(|w| singular(w) == head)
}

/// A noun without its possessive and its regular plural ending (s, es, ies).
fn singular(word: &str) -> String {
    let w = word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')).unwrap_or(word);
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y");
    }
    for end in ["sses", "shes", "ches", "xes", "zes"] {
        if let Some(stem) = w.strip_suffix(end) {
            return format!("{stem}{}", &end[..end.len() - 2]);
        }
    }
    match w.strip_suffix('s') {
        Some(stem) if stem.len() >= 2 && !stem.ends_with('s') => stem.to_string(),
        _ => w.to_string(),
    }
}

/// Whether `phrase` has a word of the same stem as `trigger` ("landed" in "the delegation
/// lands", "summit" in "the Trump-Putin summits").
pub fn has_stem(phrase: &str, trigger: &str) -> bool {
    let Some(trigger) = words(trigger).into_iter().next() else { return false };
    let wanted = stems(&trigger);
    words(phrase).iter().any(|w| stems(w).iter().any(|s| wanted.contains(s)))
}

/// The word and what is left once an inflection is taken off: -s, -es, -ed, -ing, -d, with a
/// doubled final consonant undone ("stopped" -> "stop"), a final e dropped ("make" ~ "making")
/// and y written i ("try" ~ "tried"). Two words share a stem when these sets meet.
fn stems(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for end in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = word.strip_suffix(end).filter(|s| s.chars().count() >= 2) {
            out.push(stem.to_string());
            let mut chars = stem.chars().rev();
            if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                if a == b && !"aeiousl".contains(a) {
                    out.push(stem[..stem.len() - a.len_utf8()].to_string());
                }
            }
        }
    }
    if let Some(stem) = word.strip_suffix('e').filter(|s| s.chars().count() >= 2) {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('y').filter(|s| !s.is_empty()) {
        out.push(format!("{stem}i"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_ignore_case_and_a_leading_determiner() {
        assert_eq!(phrase_key("The  Company"), phrase_key("company"));
        assert_eq!(phrase_key("a Ukrainian official"), "ukrainian official");
        assert_eq!(phrase_key("Mr Sigarchi’s lawyer"), "mr sigarchi's lawyer");
        // A determiner alone is the phrase.
        assert_eq!(phrase_key("That"), "that");
        assert_ne!(phrase_key("his lawyer"), phrase_key("the lawyer"));
    }

    #[test]
    fn roles_also_ignore_final_punctuation() {
        assert_eq!(role_key("Gen."), role_key("gen"));
        assert_eq!(role_key("the chief executive,"), "chief executive");
        assert_ne!(role_key("Supreme Leader"), role_key("current Supreme Leader"));
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(words("the bail-out of LG Card."), ["the", "bail-out", "of", "lg", "card"]);
        assert_eq!(words("Weisfield’s (shares)"), ["weisfield's", "shares"]);
    }

    #[test]
    fn head_words_match_singular_and_plural() {
        assert!(has_noun("quarterly profits jumped", "profit"));
        assert!(has_noun("profit", "profits"));
        assert!(has_noun("companies listed", "company"));
        assert!(has_noun("new taxes", "tax"));
        assert!(has_noun("Weisfield's shares", "Weisfield's"));
        assert!(has_noun("Weisfield", "Weisfield's"));
        assert!(has_noun("other write-offs", "write-off"));
        assert!(!has_noun("people killed", "deaths"));
        assert!(!has_noun("online journalists", "users"));
        // A word inside another word is not the word.
        assert!(!has_noun("shareholders", "shares"));
        assert!(has_noun("business rates", "businesses"));
    }

    #[test]
    fn triggers_match_an_inflection_aside() {
        assert!(has_stem("the delegation lands in Kyiv", "landed"));
        assert!(has_stem("Sigarchi was arrested", "arrest"));
        assert!(has_stem("the company released figures", "release"));
        assert!(has_stem("talks stopping", "stopped"));
        assert!(has_stem("they tried", "try"));
        assert!(has_stem("the Trump-Putin summits", "summit"));
        assert!(has_stem("a $4.5bn bail-out", "bail-out"));
        assert!(!has_stem("the delegation arrived", "landed"));
        assert!(!has_stem("", "landed"));
    }
}
