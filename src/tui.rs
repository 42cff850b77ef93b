//! The terminal reader: Input -> `Action` (the keymap decides what a key means where)
//! -> `App::update` -> pure `render`. It reads `Analysis` results through `newslens::analyze`
//! (and `analyze_with_progress` on a worker) only, never the pipeline stages. The public
//! surface is what the binary needs: the three ways to run the reader and the two benchmarks.

mod action;
mod app;
pub mod bench;
mod doc;
mod help_layout;
mod jobs;
mod keymap;
pub mod library_view;
mod list_rows;
mod panel_rows;
mod render;
mod screen;
mod settings;
mod terminal;
mod text_layout;
mod theme;
mod widgets;

#[cfg(test)]
mod tests;

use crate::article::{Article, LoadError};
use app::{App, Source};
pub use settings::{Environment, Settings};

/// Runs the reader on files, with a library opened read-only for the entity card's "In your
/// library" rows when `lookup` is given, until the user quits, restoring the terminal on every
/// exit.
pub fn run_with_lookup(
    items: Vec<Result<Article, LoadError>>,
    lookup: Option<crate::library::Store>,
    settings: Settings,
) -> std::io::Result<()> {
    terminal::run_app(|w, h| {
        let mut app = App::new(items, w, h);
        app.source = Source::Files { lookup: lookup.map(library_view::Lookup) };
        app.apply_settings(settings);
        app
    })
}

/// Draws the reader showing `article` on a `width` x `height` test terminal (each at least 1)
/// and returns the screen, one string per row. The entry of the screen's fuzz target
/// (`fuzz/`); not the product.
#[doc(hidden)]
pub fn render_article(article: Article, width: u16, height: u16) -> Vec<String> {
    let (w, h) = (width.max(1), height.max(1));
    let app = App::new(vec![Ok(article)], w, h);
    let Ok(mut terminal) = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h));
    let Ok(frame) = terminal.draw(|f| render::render(&app, f));
    let cells = frame.buffer.content();
    cells.chunks(usize::from(w)).map(|row| row.iter().map(|c| c.symbol()).collect()).collect()
}

/// Runs the reader on the library in `store` (`newslens library`).
pub fn run_library(
    store: crate::library::Store,
    settings: Settings,
) -> Result<(), crate::library::LibraryError> {
    let view = library_view::LibraryView::open(store)?;
    terminal::run_app(|w, h| {
        let mut app = App::on_library(view, w, h);
        app.apply_settings(settings);
        app
    })
    .map_err(|e| crate::library::LibraryError::Other(e.to_string()))
}
