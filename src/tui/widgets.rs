//! The reader's widgets, one file each. Every `render` function draws into a buffer from a
//! small view of what it shows (built by [`super::render`] from the app), owns no state and
//! never sees the whole app.

pub(crate) mod article_list;
pub(crate) mod article_view;
pub(crate) mod entity_card;
pub(crate) mod help;
pub(crate) mod library_list;
pub(crate) mod side_panel;
pub(crate) mod status_bar;
