//! Long moves through the library list: to the first article (`g`), to the real end (`G`,
//! which loads the last group's oldest page rather than everything before it), by pages, and
//! to the next unread article across feeds (`u`); and which feed a line belongs to.

use super::{Group, LibraryView, ListRow, FEED_PAGE};
use crate::library::Result;

impl LibraryView {
    /// The feed of the list line at `i` (a heading, its error, an article of it, a "more" row);
    /// `None` for the imported articles or past the end.
    pub(crate) fn feed_at(&self, i: usize) -> Option<i64> {
        if let Some((_, hits)) = &self.results {
            return hits.get(i)?.article.feed_id;
        }
        match self.rows.get(i)? {
            ListRow::Heading { group, .. }
            | ListRow::FeedError { group, .. }
            | ListRow::More { group, .. } => group.feed_id(),
            ListRow::Article(a) => a.feed_id,
        }
    }

    /// The first unread article after list line `from`, wrapping round; the cursor goes
    /// there. A "more" row is loaded only when its group still has unread articles.
    pub(crate) fn next_unread(&mut self, from: usize) -> Result<Option<i64>> {
        let mut i = from.saturating_add(1);
        let mut wrapped = false;
        loop {
            if i >= self.shown_len() {
                if wrapped || self.shown_len() == 0 {
                    return Ok(None);
                }
                wrapped = true;
                i = 0;
            }
            if wrapped && i > from {
                return Ok(None);
            }
            if let (None, Some(ListRow::More { group, .. })) = (&self.results, self.rows.get(i)) {
                if self.unread_in(*group) > 0 {
                    self.load_more(i)?;
                    continue;
                }
            }
            if let Some(id) = self.article_at(i).filter(|a| !a.read).map(|a| a.id) {
                self.cursor = i;
                return Ok(Some(id));
            }
            i += 1;
        }
    }

    /// The unread count on a group's heading.
    fn unread_in(&self, group: Group) -> i64 {
        self.rows
            .iter()
            .find_map(|r| match r {
                ListRow::Heading { group: g, unread, .. } if *g == group => Some(*unread),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// `g` / Home: the first article of the list shown (the first line if it has none).
    pub(crate) fn go_top(&mut self) {
        self.cursor = (0..self.shown_len()).find(|&i| self.article_at(i).is_some()).unwrap_or(0);
    }

    /// `G` / End: the last line of the whole list. When the last group is not all loaded, its
    /// oldest page is loaded (one short indexed query, however long the feed) behind a "more"
    /// row for the articles still between, so the cursor lands on the real last article.
    pub(crate) fn go_bottom(&mut self) -> Result<()> {
        if self.results.is_none() {
            let last = self.rows.len().saturating_sub(1);
            if matches!(self.rows.get(last), Some(ListRow::More { .. })) {
                self.load_oldest_page(last)?;
            }
        }
        self.cursor = self.shown_len().saturating_sub(1);
        Ok(())
    }

    /// PgDn / PgUp: the cursor `pages` pages of `height` lines further. Paging down loads the
    /// "more" rows it passes (a page each, so a few short queries), so PgDn goes on through a
    /// feed as if it were all loaded; paging up stops at the first line.
    pub(crate) fn move_pages(&mut self, pages: i32, height: usize) -> Result<()> {
        let lines = pages.saturating_mul(i32::try_from(height.max(1)).unwrap_or(i32::MAX));
        if lines > 0 && self.results.is_none() {
            let target = self.cursor.saturating_add(lines.unsigned_abs() as usize);
            while let Some(i) = (self.cursor + 1..=target)
                .take_while(|&i| i < self.rows.len())
                .find(|&i| matches!(self.rows.get(i), Some(ListRow::More { .. })))
            {
                self.load_more(i)?;
            }
        }
        self.move_cursor(lines);
        Ok(())
    }

    /// Replaces the last row, a "more" row (so its gap runs to the group's end), by the group's
    /// oldest page, keeping a "more" row for what is still not loaded in front of it.
    fn load_oldest_page(&mut self, index: usize) -> Result<()> {
        let Some(ListRow::More { group, next, until }) = self.rows.get(index).cloned() else {
            return Ok(());
        };
        let from = until.saturating_sub(FEED_PAGE).max(next);
        let tail = self.tail(group, until.saturating_sub(from))?;
        let mut rows = Vec::with_capacity(tail.len() + 1);
        if from > next {
            rows.push(ListRow::More { group, next, until: from });
        }
        rows.extend(tail.into_iter().map(ListRow::Article));
        self.rows.splice(index..=index, rows);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::store::NewArticle;
    use crate::library::Store;

    /// A library with one feed of `n` articles, "item 0" the newest, and with `imported` an
    /// article of no feed (listed after the feed).
    fn library(dir: &std::path::Path, n: usize, imported: bool) -> LibraryView {
        let mut store = Store::open(&dir.join("lib.db")).expect("open store");
        let (feed, _) = store.add_feed("http://127.0.0.1:9/feed.xml", "Feed").expect("feed");
        let item = |i: usize, guid: Option<String>| NewArticle {
            url: Some(format!("https://news.example/{i}")),
            title: if guid.is_some() { format!("item {i}") } else { "imported".into() },
            guid,
            source: "Test".into(),
            published: Some(1_762_732_800 - i as i64 * 60),
            text: format!("Text of item {i}."),
            teaser: false,
        };
        let items: Vec<_> = (0..n).map(|i| item(i, Some(format!("g{i}")))).collect();
        store.store_feed_items(feed, &Default::default(), &items).expect("store");
        if imported {
            store.store_articles(&[item(n, None)]).expect("store imported");
        }
        LibraryView::open(store).expect("list")
    }

    fn titles(lib: &LibraryView) -> Vec<String> {
        (0..lib.shown_len()).filter_map(|i| lib.article_at(i).map(|a| a.title.clone())).collect()
    }

    fn feed_titles(lib: &LibraryView) -> Vec<String> {
        titles(lib).into_iter().filter(|t| t.starts_with("item")).collect()
    }

    #[test]
    fn g_goes_to_the_first_article_past_the_heading() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 30, true);
        lib.cursor = 7;
        lib.go_top();
        assert_eq!(lib.cursor, 1, "line 0 is the feed's heading");
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("item 0"));
    }

    #[test]
    fn big_g_reaches_the_oldest_article_of_a_feed_not_all_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 95, false);
        assert_eq!(lib.rows.len(), 1 + FEED_PAGE + 1, "heading, a page, \"75 more\"");
        lib.go_bottom().expect("bottom");
        assert_eq!(lib.cursor, lib.rows.len() - 1);
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("item 94"));
        let gap = lib.rows.iter().find_map(|r| match r {
            ListRow::More { next, until, .. } => Some((*next, *until)),
            _ => None,
        });
        assert_eq!(gap, Some((20, 75)), "the articles between stay one Enter away");
        let expected: Vec<String> = (0..20).chain(75..95).map(|i| format!("item {i}")).collect();
        assert_eq!(feed_titles(&lib), expected);
        let rows = lib.rows.len();
        lib.go_bottom().expect("bottom again");
        assert_eq!(lib.rows.len(), rows, "a second G loads nothing");
    }

    #[test]
    fn big_g_lands_on_the_last_group_even_when_an_earlier_one_is_not_all_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 95, true);
        let rows = lib.rows.len();
        lib.go_bottom().expect("bottom");
        assert_eq!(lib.rows.len(), rows, "the feed's gap is left alone");
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("imported"));
    }

    #[test]
    fn enter_on_the_gap_fills_it_page_by_page_without_duplicates() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 50, false);
        lib.go_bottom().expect("bottom");
        while let Some(i) = lib.rows.iter().position(|r| matches!(r, ListRow::More { .. })) {
            lib.load_more(i).expect("more");
        }
        let expected: Vec<String> = (0..50).map(|i| format!("item {i}")).collect();
        assert_eq!(feed_titles(&lib), expected, "every article once, newest first");
    }

    #[test]
    fn undated_articles_come_in_the_same_order_from_either_end() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 60, false);
        lib.store
            .connection()
            .execute("UPDATE articles SET published = NULL WHERE id % 7 = 3", [])
            .expect("undate some");
        lib.reload().expect("reload");
        let mut from_top =
            LibraryView::open(Store::open(&dir.path().join("lib.db")).expect("open"))
                .expect("list");
        from_top.move_pages(100, 10).expect("page");
        lib.go_bottom().expect("bottom");
        while let Some(i) = lib.rows.iter().position(|r| matches!(r, ListRow::More { .. })) {
            lib.load_more(i).expect("more");
        }
        assert_eq!(titles(&lib), titles(&from_top));
        assert_eq!(titles(&lib).len(), 60);
    }

    #[test]
    fn a_short_last_group_is_not_reloaded_and_g_on_results_is_the_last_hit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 5, true);
        let before = lib.rows.clone();
        lib.go_bottom().expect("bottom");
        assert_eq!(lib.rows, before);
        assert_eq!(lib.cursor, lib.rows.len() - 1);
        crate::library::search::sync_index(lib.store.connection()).expect("index");
        assert_eq!(lib.search("item").expect("search"), 6, "five items and the imported one");
        lib.go_bottom().expect("bottom");
        assert_eq!(lib.cursor, lib.shown_len() - 1);
        lib.go_top();
        assert_eq!(lib.cursor, 0);
    }

    #[test]
    fn pages_move_by_the_height_and_stop_at_the_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 30, true);
        lib.cursor = 1;
        lib.move_pages(1, 10).expect("page");
        assert_eq!(lib.cursor, 11);
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("item 10"));
        lib.move_pages(1, 10).expect("page");
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("item 20"), "loaded");
        assert!(!lib.rows.iter().any(|r| matches!(r, ListRow::More { .. })));
        lib.move_pages(5, 10).expect("page");
        assert_eq!(lib.cursor, lib.shown_len() - 1, "stops at the last line");
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("imported"));
        lib.move_pages(-1, 10).expect("page");
        assert_eq!(lib.cursor, lib.shown_len() - 11);
        lib.move_pages(-5, 10).expect("page");
        assert_eq!(lib.cursor, 0);
        lib.move_pages(1, 0).expect("page");
        assert_eq!(lib.cursor, 1, "a zero height still moves a line");
    }

    #[test]
    fn paging_down_through_a_long_feed_lists_every_article_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = library(dir.path(), 95, false);
        for _ in 0..20 {
            lib.move_pages(1, 7).expect("page");
        }
        let expected: Vec<String> = (0..95).map(|i| format!("item {i}")).collect();
        assert_eq!(feed_titles(&lib), expected);
        assert_eq!(lib.cursor_article().map(|a| a.title.as_str()), Some("item 94"));
    }
}
