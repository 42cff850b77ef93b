//! The reader's view of the library (`newslens library`): the open `Store`, the article list
//! grouped by feed (one index-only page of each feed, more on demand), library search
//! results, and the background jobs (refresh in `refresh_job`, the browser in `opener`).
//! Articles themselves are read from the store only when opened.

pub mod bench;
mod motion;
pub(crate) mod opener;
pub(crate) mod refresh_job;

use crate::library::search::{self, SearchHit};
use crate::library::store::ArticleRow;
use crate::library::{Result, Store};

/// Articles loaded per feed at first, and added by each "more" row.
pub(crate) const FEED_PAGE: usize = 20;
/// Library search results shown at most.
pub(crate) const SEARCH_LIMIT: usize = 100;

/// Which group a list row belongs to: a feed, or the articles imported without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    Feed(i64),
    Imported,
}

impl Group {
    /// The store's feed id of the group (`None`: the articles of no feed).
    fn feed_id(self) -> Option<i64> {
        match self {
            Group::Feed(id) => Some(id),
            Group::Imported => None,
        }
    }
}

/// One line of the library list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ListRow {
    /// A group heading with its counts.
    Heading {
        group: Group,
        title: String,
        unread: i64,
        total: i64,
    },
    /// Why the group's feed failed at its last refresh (printable, on one line).
    FeedError {
        group: Group,
        text: String,
    },
    Article(ArticleRow),
    /// "… N more": the group's articles `next..until` (positions newest first) are not loaded;
    /// Enter loads the next page of them. `until` is the group's total unless `G` loaded its
    /// oldest page, which then follows this row.
    More {
        group: Group,
        next: usize,
        until: usize,
    },
}

/// The library as the reader shows it.
pub(crate) struct LibraryView {
    pub(crate) store: Store,
    /// The grouped list.
    pub(crate) rows: Vec<ListRow>,
    /// Library search results, shown instead of `rows` while set.
    pub(crate) results: Option<(String, Vec<SearchHit>)>,
    /// Cursor in the list shown (results or rows).
    pub(crate) cursor: usize,
    /// The store id of the article on screen.
    pub(crate) current_id: Option<i64>,
    /// `docs` index of every article opened so far, by store id.
    pub(crate) opened: std::collections::HashMap<i64, usize>,
    pub(crate) refresh: Option<refresh_job::RefreshJob>,
    pub(crate) refresher: refresh_job::Refresher,
    pub(crate) opener: opener::Opener,
}

impl std::fmt::Debug for LibraryView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryView")
            .field("path", &self.store.path())
            .field("rows", &self.rows.len())
            .field("cursor", &self.cursor)
            .finish_non_exhaustive()
    }
}

/// A library opened read-only beside files, for the entity card's library rows.
pub(crate) struct Lookup(pub(crate) Store);

impl std::fmt::Debug for Lookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Lookup").field(&self.0.path()).finish()
    }
}

impl LibraryView {
    /// Reads the list from `store`; the article bodies stay in the store until opened.
    pub(crate) fn open(store: Store) -> Result<LibraryView> {
        let mut view = LibraryView {
            store,
            rows: Vec::new(),
            results: None,
            cursor: 0,
            current_id: None,
            opened: Default::default(),
            refresh: None,
            refresher: refresh_job::spawn_refresh,
            opener: opener::open_in_browser,
        };
        view.reload()?;
        Ok(view)
    }

    /// Rebuilds the grouped list (after a refresh), keeping the cursor on the same article.
    pub(crate) fn reload(&mut self) -> Result<()> {
        let keep = self.cursor_article().map(|a| a.id);
        let mut rows = Vec::new();
        for s in self.store.feed_summaries()? {
            let group = Group::Feed(s.feed.id);
            let title = if s.feed.title.is_empty() { s.feed.url.clone() } else { s.feed.title };
            rows.push(ListRow::Heading { group, title, unread: s.unread, total: s.total });
            if let Some(error) = s.feed.last_error.as_deref() {
                let text = crate::article::clean::collapse_spaces(&clean_error(error));
                rows.push(ListRow::FeedError { group, text });
            }
            self.push_page(&mut rows, group, 0, count(s.total))?;
        }
        let (total, unread) = self.imported_counts()?;
        if total > 0 {
            let group = Group::Imported;
            rows.push(ListRow::Heading { group, title: "Imported".into(), unread, total });
            self.push_page(&mut rows, group, 0, count(total))?;
        }
        self.rows = rows;
        self.cursor = keep
            .and_then(|id| self.rows.iter().position(|r| row_id(r) == Some(id)))
            .unwrap_or_else(|| self.rows.iter().position(|r| row_id(r).is_some()).unwrap_or(0));
        Ok(())
    }

    /// Appends the page of `group` starting at `offset` (not past `until`), and a "more" row
    /// if some remain before `until`. A short page (the store changed) ends the group.
    fn push_page(
        &self,
        rows: &mut Vec<ListRow>,
        group: Group,
        offset: usize,
        until: usize,
    ) -> Result<()> {
        let limit = FEED_PAGE.min(until.saturating_sub(offset));
        let page = self.page(group, offset, limit)?;
        let next = offset + page.len();
        let complete = page.len() == limit;
        rows.extend(page.into_iter().map(ListRow::Article));
        if complete && next < until {
            rows.push(ListRow::More { group, next, until });
        }
        Ok(())
    }

    fn imported_counts(&self) -> Result<(i64, i64)> {
        self.store.imported_counts()
    }

    /// `limit` of a group's articles from position `offset`, newest first, from the (feed, date)
    /// index.
    fn page(&self, group: Group, offset: usize, limit: usize) -> Result<Vec<ArticleRow>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        self.store.feed_page(group.feed_id(), limit, offset)
    }

    /// The `limit` oldest articles of a group, newest first.
    fn tail(&self, group: Group, limit: usize) -> Result<Vec<ArticleRow>> {
        self.store.feed_tail(group.feed_id(), limit)
    }

    /// Replaces the "more" row at `index` by the next page of its group.
    pub(crate) fn load_more(&mut self, index: usize) -> Result<()> {
        let Some(ListRow::More { group, next, until }) = self.rows.get(index).cloned() else {
            return Ok(());
        };
        let mut page = Vec::new();
        self.push_page(&mut page, group, next, until)?;
        self.rows.splice(index..=index, page);
        Ok(())
    }

    /// Runs a ranked full-text search over the library and shows its hits.
    pub(crate) fn search(&mut self, query: &str) -> Result<usize> {
        let hits = search::search(self.store.connection(), query, SEARCH_LIMIT)?;
        let n = hits.len();
        self.results = Some((query.to_string(), hits));
        self.cursor = 0;
        Ok(n)
    }

    /// Leaves the search results for the grouped list.
    pub(crate) fn clear_results(&mut self) {
        self.results = None;
        let current = self.current_id;
        self.cursor = current
            .and_then(|id| self.rows.iter().position(|r| row_id(r) == Some(id)))
            .unwrap_or(self.cursor.min(self.rows.len().saturating_sub(1)));
    }

    /// Number of lines of the list shown.
    pub(crate) fn shown_len(&self) -> usize {
        match &self.results {
            Some((_, hits)) => hits.len(),
            None => self.rows.len(),
        }
    }

    /// The article under the cursor, if the cursor is on one.
    pub(crate) fn cursor_article(&self) -> Option<&ArticleRow> {
        self.article_at(self.cursor)
    }

    /// The article on line `i` of the list shown.
    pub(crate) fn article_at(&self, i: usize) -> Option<&ArticleRow> {
        match &self.results {
            Some((_, hits)) => hits.get(i).map(|h| &h.article),
            None => match self.rows.get(i) {
                Some(ListRow::Article(a)) => Some(a),
                _ => None,
            },
        }
    }

    /// Moves the cursor by `d` lines of the list shown.
    pub(crate) fn move_cursor(&mut self, d: i32) {
        let last = self.shown_len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(d as isize).min(last);
    }

    /// Records a new read / starred state everywhere the article is listed; the heading's unread
    /// count follows.
    pub(crate) fn note_state(&mut self, id: i64, read: Option<bool>, starred: Option<bool>) {
        let mut unread_delta = 0;
        let mut feed = None;
        let hits = self.results.iter_mut().flat_map(|(_, h)| h.iter_mut().map(|h| &mut h.article));
        let listed = self.rows.iter_mut().filter_map(|r| match r {
            ListRow::Article(a) => Some(a),
            _ => None,
        });
        for a in listed.chain(hits).filter(|a| a.id == id) {
            if let Some(read) = read {
                if a.read != read && feed.is_none() {
                    unread_delta = if read { -1 } else { 1 };
                    feed = Some(a.feed_id.map_or(Group::Imported, Group::Feed));
                }
                a.read = read;
            }
            if let Some(starred) = starred {
                a.starred = starred;
            }
        }
        for row in &mut self.rows {
            if let ListRow::Heading { group, unread, .. } = row {
                if Some(*group) == feed {
                    *unread += unread_delta;
                }
            }
        }
    }
}

/// A feed's error as one printable line: control characters (escape sequences from a server)
/// dropped, line breaks made spaces.
fn clean_error(error: &str) -> String {
    error
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect()
}

/// A count from the store as a position (a negative count is none).
fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// The article id of a list row.
pub(crate) fn row_id(row: &ListRow) -> Option<i64> {
    match row {
        ListRow::Article(a) => Some(a.id),
        _ => None,
    }
}
