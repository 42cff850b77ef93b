//! The reader's widgets, one file each. Every `render` function draws into a buffer from an
//! `&App` and owns no state.

pub mod article_list;
pub mod article_view;
pub mod entity_card;
pub mod help;
pub mod library_list;
pub mod side_panel;
pub mod status_bar;
