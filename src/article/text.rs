//! Plain text articles: the title is the first line when it reads like a headline (short, no
//! final period), else the file name; paragraphs end at blank lines, or are one per line when
//! the text has no blank line at all.

use super::{clean, load::file_title, Article};
use std::path::Path;

/// The longest first line still taken as a title, in characters.
const MAX_TITLE_CHARS: usize = 150;

/// Reads a plain-text article. Never fails: emptiness is checked by the caller.
pub fn parse(path: &Path, text: &str) -> Article {
    let text = clean::strip_controls(text);
    let text = text.trim_start();
    let (first_line, rest) = text.split_once('\n').unwrap_or((text, ""));
    let (title, body) = if looks_like_title(first_line) && !rest.trim().is_empty() {
        (clean::clean_line(first_line.trim_start_matches('#')), rest)
    } else {
        (file_title(path), text)
    };
    Article {
        title,
        source: file_title(path),
        url: None,
        published: None,
        paragraphs: clean::paragraphs(body),
    }
}

/// A headline: short, has a letter, and does not end like a sentence.
pub fn looks_like_title(line: &str) -> bool {
    let line = line.trim();
    let end = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    // "Rivals of the £400 Apple..." is a headline: an ellipsis is not a final period.
    let end = end.strip_suffix("...").unwrap_or(end).trim_end_matches('…');
    !line.is_empty()
        && line.chars().count() <= MAX_TITLE_CHARS
        && line.chars().any(char::is_alphabetic)
        && !end.ends_with(['.', ',', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_short_line_is_the_title() {
        let a = parse(Path::new("x/story.txt"), "Talks in Kyiv\n\nOfficials met.\n\nThey spoke.");
        assert_eq!(a.title, "Talks in Kyiv");
        assert_eq!(a.paragraphs, vec!["Officials met.", "They spoke."]);
    }

    #[test]
    fn sentence_first_line_is_body_and_file_name_is_title() {
        let a = parse(Path::new("x/story-one.txt"), "Officials met on Monday.\nThey spoke.");
        assert_eq!(a.title, "story-one");
        assert_eq!(a.paragraphs, vec!["Officials met on Monday.", "They spoke."]);
    }

    #[test]
    fn a_lone_line_stays_body() {
        let a = parse(Path::new("one.txt"), "Breaking news without a period");
        assert_eq!(a.title, "one");
        assert_eq!(a.paragraphs, vec!["Breaking news without a period"]);
    }

    #[test]
    fn title_rules() {
        assert!(looks_like_title("Pentagon officials in Kyiv"));
        assert!(looks_like_title("Is peace near?"));
        assert!(!looks_like_title("He said it was over.\""));
        assert!(!looks_like_title("2025"));
        assert!(looks_like_title("Rivals of the £400 Apple..."));
        assert!(looks_like_title("'My memories of Marley…'"));
        assert!(!looks_like_title(&"word ".repeat(40)));
    }
}
