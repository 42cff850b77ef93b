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
mod terminal;
mod text_layout;
mod theme;
mod widgets;

#[cfg(test)]
mod tests;

use crate::article::{Article, LoadError};
use app::{App, Source};

/// Runs the reader until the user quits, restoring the terminal on every exit.
pub fn run(items: Vec<Result<Article, LoadError>>) -> std::io::Result<()> {
    terminal::run(items)
}

/// Runs the reader on files, with a library opened read-only for the entity card's "In your
/// library" rows when `lookup` is given.
pub fn run_with_lookup(
    items: Vec<Result<Article, LoadError>>,
    lookup: Option<crate::library::Store>,
) -> std::io::Result<()> {
    terminal::run_app(|w, h| {
        let mut app = App::new(items, w, h);
        app.source = Source::Files { lookup: lookup.map(library_view::Lookup) };
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
pub fn run_library(store: crate::library::Store) -> Result<(), crate::library::LibraryError> {
    let view = library_view::LibraryView::open(store)?;
    terminal::run_app(|w, h| App::on_library(view, w, h))
        .map_err(|e| crate::library::LibraryError::Other(format!("terminal error: {e}")))
}
