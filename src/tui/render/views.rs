//! The one place that reads the whole `&App` for drawing: each function builds the small view
//! one widget draws (what it shows, and nothing else).

use crate::tui::app::{App, Card, Focus};
use crate::tui::keymap::{Mode, FILE_LIST_STATUS_HINTS, LIST_STATUS_HINTS, STATUS_HINTS};
use crate::tui::list_rows;
use crate::tui::screen::list_inner;
use crate::tui::widgets::article_list::FileList;
use crate::tui::widgets::article_view::{ArticleView, Body};
use crate::tui::widgets::entity_card::CardView;
use crate::tui::widgets::side_panel::SidePanelView;
use crate::tui::widgets::status_bar::{HeaderView, StatusView};
use ratatui::layout::Rect;

/// The header at `width` columns: the source is left out below 100 columns.
pub(super) fn header(app: &App, width: u16) -> HeaderView<'_> {
    let loaded: Vec<usize> = app
        .docs
        .iter()
        .enumerate()
        .filter(|(_, d)| d.article().is_some())
        .map(|(i, _)| i)
        .collect();
    let article = app.current.and_then(|i| app.docs.get(i)).and_then(|d| d.article());
    let pos = app.current.and_then(|c| loaded.iter().position(|&i| i == c)).map_or(0, |p| p + 1);
    let date = |a: &crate::article::Article| {
        a.published.map_or("undated".to_string(), |d| d.format("%Y-%m-%d").to_string())
    };
    let on_library = app.library().is_some();
    let right = match article {
        Some(a) if on_library => format!(" {} · {} ", date(a), a.source),
        None if on_library => " library ".to_string(),
        Some(a) if width >= 100 => format!(" {} · {} · {pos}/{} ", date(a), a.source, loaded.len()),
        Some(a) => format!(" {} · {pos}/{} ", date(a), loaded.len()),
        None => format!(" 0/{} ", loaded.len()),
    };
    HeaderView { title: article.map_or("", |a| a.title.as_str()), right, theme: app.theme }
}

/// Whether the library list has the keyboard.
pub(super) fn list_focused(app: &App) -> bool {
    app.focus == Focus::List && app.popup.is_none()
}

/// The file list in the list rectangle `area`.
pub(super) fn file_list(app: &App, area: Rect) -> FileList {
    let width = usize::from(list_inner(area).width);
    FileList {
        loaded: app.docs.iter().filter(|d| d.article().is_some()).count(),
        total: app.docs.len(),
        rows: list_rows::file_rows(&app.docs, app.current, width, &app.theme),
        cursor: app.file_cursor,
        focused: list_focused(app),
        theme: app.theme,
    }
}

pub(super) fn article(app: &App) -> ArticleView<'_> {
    let shown = app.current.and_then(|i| app.docs.get(i));
    let text = shown.and_then(|d| d.text());
    let mentions = shown.and_then(|d| d.analysed()).map_or(&[][..], |a| &a.mentions);
    let body = match text {
        Some(text) => Body::Text { text, mentions },
        None if app.library().is_some() => Body::LibraryHints,
        None if app.docs.is_empty() => Body::Error("No articles."),
        None => Body::Error("No article could be loaded: see the list (l)."),
    };
    ArticleView {
        body,
        layout: &app.layout,
        scroll: app.scroll,
        text_area: app.screen.text,
        focused: app.focus == Focus::Text && app.popup.is_none(),
        selected: app.selected,
        hidden: app.hidden,
        search: &app.search,
        mark: app.mark.as_ref(),
        progress: app.analysis_progress(),
        theme: app.theme,
    }
}

pub(super) fn side_panel(app: &App) -> SidePanelView<'_> {
    SidePanelView {
        rows: app.panel(),
        tab: app.tab,
        focused: app.panel_focused(),
        floats: app.screen.panel_floats,
        inner: app.screen.panel_inner(),
        window: app.panel_window(),
        progress: app.analysis_progress(),
        theme: app.theme,
    }
}

pub(super) fn status(app: &App) -> StatusView<'_> {
    let table = match (app.mode(), app.library()) {
        (Mode::List, Some(_)) => LIST_STATUS_HINTS,
        (Mode::List, None) => FILE_LIST_STATUS_HINTS,
        _ => STATUS_HINTS,
    };
    let hints = table
        .iter()
        .filter_map(|(name, what, priority)| Some((app.keymap.first_key(name)?, *what, *priority)))
        .collect();
    let text_search = app.focus != Focus::List;
    // In the file list, whether the title under the cursor holds what is typed.
    let title_found = match (&app.search.input, text_search, app.library()) {
        (Some(q), false, None) if !q.is_empty() => {
            let title = app.docs.get(app.file_cursor).and_then(|d| d.article());
            let holds = title.is_some_and(|a| a.title.to_lowercase().contains(&q.to_lowercase()));
            Some(usize::from(holds))
        }
        _ => None,
    };
    StatusView {
        input: app.search.input.as_deref(),
        prompt: app.prompt.as_ref().map(|p| (p.question.as_str(), p.input.as_deref())),
        message: app.message.as_ref(),
        hidden: app.hidden,
        hints,
        found: title_found.or(text_search.then_some(app.search.matches.len())),
        theme: app.theme,
    }
}

/// The open card, when an article is shown.
pub(super) fn card<'a>(app: &'a App, card: &'a Card) -> Option<CardView<'a>> {
    Some(CardView {
        card,
        doc: app.doc()?,
        docs: &app.docs,
        timeline_key: app.source.store().is_some(),
        progress: card.search_progress(),
        theme: app.theme,
    })
}
