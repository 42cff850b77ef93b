//! Markdown articles: an optional front-matter block (`title`, `published`/`date`, `source`,
//! `url`) and a body rendered to plain paragraphs with pulldown-cmark. Headings, paragraphs,
//! list items, table rows and code lines each become a paragraph; emphasis is dropped, links keep
//! their text, images are dropped, raw HTML blocks are extracted to text. A leading `# Heading`
//! is the title when the front matter gives none.

pub mod front_matter;

use super::{clean, date, html, load::file_title, Article};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// Reads a Markdown article. Never fails: emptiness is checked by the caller.
pub fn parse(path: &Path, text: &str) -> Article {
    let (meta, body) = front_matter::split(text);
    let rendered = render(body);
    let mut paragraphs = rendered.paragraphs;
    let title = match (meta.title, rendered.leading_h1) {
        (Some(title), true) if paragraphs.len() > 1 && same_heading(&title, &paragraphs[0]) => {
            // The heading repeats the front-matter title: shown once, as the title.
            paragraphs.remove(0);
            title
        }
        (Some(title), _) => title,
        (None, true) if paragraphs.len() > 1 => paragraphs.remove(0),
        _ => file_title(path),
    };
    Article {
        title: clean::clean_line(&title),
        source: meta.source.map_or_else(|| file_title(path), |s| clean::clean_line(&s)),
        url: meta.url.map(|u| clean::clean_line(&u)),
        published: meta.published.as_deref().and_then(date::parse_date),
        paragraphs,
    }
}

/// True when a heading says what the title says (ignoring case, spacing and markup left in the
/// front matter's string).
fn same_heading(title: &str, heading: &str) -> bool {
    let norm = |s: &str| {
        clean::clean_line(s)
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(title) == norm(heading)
}

/// A Markdown body as plain paragraphs.
pub struct Rendered {
    pub paragraphs: Vec<String>,
    /// The first block was a level-1 heading (it is `paragraphs[0]`).
    pub leading_h1: bool,
}

/// Renders Markdown to plain paragraphs.
pub fn render(markdown: &str) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut r = Renderer::default();
    for event in Parser::new_ext(markdown, options) {
        r.event(event);
    }
    r.flush();
    Rendered { paragraphs: r.paragraphs, leading_h1: r.leading_h1 }
}

#[derive(Default)]
struct Renderer {
    paragraphs: Vec<String>,
    current: String,
    html_block: String,
    image_depth: usize,
    in_code_block: bool,
    /// For each open list, the next item number (`None` for bullet lists).
    lists: Vec<Option<u64>>,
    /// An ordered item's number, written before the item's first text.
    item_marker: Option<String>,
    leading_h1: bool,
}

impl Renderer {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                if self.image_depth == 0 {
                    if let Some(marker) = self.item_marker.take() {
                        self.current.push_str(&marker);
                    }
                    self.current.push_str(&t);
                }
            }
            Event::Html(h) => self.html_block.push_str(&h),
            Event::SoftBreak | Event::HardBreak => self.current.push(' '),
            Event::Rule => self.flush(),
            Event::InlineHtml(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Image { .. } => self.image_depth += 1,
            Tag::CodeBlock(_) => {
                self.flush();
                self.in_code_block = true;
            }
            Tag::Heading { level, .. } => {
                self.flush();
                if level == HeadingLevel::H1 && self.paragraphs.is_empty() {
                    self.leading_h1 = true;
                }
            }
            Tag::TableCell if !self.current.is_empty() => self.current.push_str(" | "),
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                self.flush();
                // Ordered items keep their number ("1995. The year..." must not lose its year).
                if let Some(Some(n)) = self.lists.last_mut() {
                    self.item_marker = Some(format!("{n}. "));
                    *n += 1;
                }
            }
            Tag::Paragraph | Tag::BlockQuote(_) | Tag::TableHead | Tag::TableRow => self.flush(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::CodeBlock => {
                let code = std::mem::take(&mut self.current);
                self.paragraphs.extend(clean::lines_as_paragraphs(&code));
                self.in_code_block = false;
            }
            TagEnd::HtmlBlock => {
                self.flush();
                let block = std::mem::take(&mut self.html_block);
                self.paragraphs.extend(html::fragment_paragraphs(&block));
            }
            TagEnd::Heading(level) => {
                let was_first = self.paragraphs.is_empty();
                self.flush();
                // A leading H1 that rendered to nothing is no title.
                if level == HeadingLevel::H1 && was_first && self.paragraphs.is_empty() {
                    self.leading_h1 = false;
                }
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Item => {
                self.item_marker = None;
                self.flush();
            }
            TagEnd::Paragraph
            | TagEnd::BlockQuote(_)
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::FootnoteDefinition => self.flush(),
            _ => {}
        }
    }

    fn flush(&mut self) {
        if self.in_code_block {
            return;
        }
        let p = clean::clean_line(&std::mem::take(&mut self.current));
        if !p.is_empty() {
            self.paragraphs.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_blocks_to_plain_paragraphs() {
        let md = "# Big news\n\nSome *emphasis* and a [link](http://x) here.\n\
                  ![photo](p.jpg)\n\n- one\n- two\n  - nested\n\n```\nlet x = 1;\n\nx += 1;\n```\n\n\
                  > quoted `code`\n\n<div><p>raw html</p></div>\n";
        let r = render(md);
        assert!(r.leading_h1);
        assert_eq!(
            r.paragraphs,
            vec![
                "Big news",
                "Some emphasis and a link here.",
                "one",
                "two",
                "nested",
                "let x = 1;",
                "x += 1;",
                "quoted code",
                "raw html"
            ]
        );
    }

    #[test]
    fn ordered_items_keep_their_numbers() {
        let r = render("Intro.\n\n1995. The year it began.\n\nThen:\n\n3. three\n4. four\n");
        assert_eq!(
            r.paragraphs,
            vec!["Intro.", "1995. The year it began.", "Then:", "3. three", "4. four"]
        );
    }

    #[test]
    fn front_matter_title_beats_heading() {
        let a =
            parse(Path::new("a.md"), "---\ntitle: Meta\ndate: 2025-11-20\n---\n# Head\n\nText.");
        assert_eq!(a.title, "Meta");
        assert_eq!(a.paragraphs, vec!["Head", "Text."]);
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
    }

    #[test]
    fn a_heading_that_repeats_the_front_matter_title_is_not_shown_twice() {
        let md = "---\ntitle: \"Port strike: talks resume\"\n---\n# Port *strike*: talks resume\n\nText.";
        let a = parse(Path::new("a.md"), md);
        assert_eq!(a.title, "Port strike: talks resume");
        assert_eq!(a.paragraphs, vec!["Text."]);
    }

    #[test]
    fn leading_heading_is_title_without_front_matter() {
        let a = parse(Path::new("a.md"), "Title line\n==========\n\nBody text.");
        assert_eq!(a.title, "Title line");
        assert_eq!(a.paragraphs, vec!["Body text."]);
    }
}
