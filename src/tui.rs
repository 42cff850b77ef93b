//! The terminal reader: Input -> [`action::Action`] -> [`app::App::update`] -> pure
//! [`render::render`]. It reads [`crate::analysis::Analysis`] results through
//! [`crate::analyze`] only and never calls the pipeline stages.

pub mod action;
pub mod app;
pub mod bench;
pub mod doc;
pub mod keymap;
pub mod library_view;
pub mod panel_rows;
pub mod render;
pub mod screen;
pub mod terminal;
pub mod text_layout;
pub mod theme;
pub mod widgets;

pub use app::App;
pub use render::render;

use crate::article::{Article, LoadError};

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
        app.lookup = lookup.map(library_view::Lookup);
        app
    })
}

/// Runs the reader on the library in `store` (`newslens library`).
pub fn run_library(store: crate::library::Store) -> Result<(), crate::library::LibraryError> {
    let view = library_view::LibraryView::open(store)?;
    terminal::run_app(|w, h| App::on_library(view, w, h))
        .map_err(|e| crate::library::LibraryError::Other(format!("terminal error: {e}")))
}
