//! Colours and styles of the reader, in one place: the kind colours used by the text, the legend
//! and the panel, and the styles of selection, search matches and chrome.

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// The colour that marks an entity kind everywhere on screen.
pub fn kind_color(kind: EntityKind) -> Color {
    match kind {
        EntityKind::Person => Color::Cyan,
        EntityKind::Organization => Color::Magenta,
        EntityKind::Place => Color::Green,
        EntityKind::Group => Color::Yellow,
        EntityKind::Date => Color::LightBlue,
        EntityKind::Quantity => Color::LightRed,
        EntityKind::Misc => Color::Gray,
    }
}

/// How a mention of `kind` is drawn in the text when its kind is highlighted.
pub fn mention(kind: EntityKind) -> Style {
    match kind {
        EntityKind::Misc => Style::new().add_modifier(Modifier::UNDERLINED),
        _ => Style::new().fg(kind_color(kind)),
    }
}

/// Every mention of the selected entity.
pub fn selected_entity(kind: EntityKind) -> Style {
    mention(kind).add_modifier(Modifier::REVERSED)
}

/// The one selected mention.
pub fn selected_mention(kind: EntityKind) -> Style {
    selected_entity(kind).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn search_match() -> Style {
    Style::new().bg(Color::Yellow).fg(Color::Black)
}

pub fn current_match() -> Style {
    Style::new().bg(Color::LightYellow).fg(Color::Black).add_modifier(Modifier::BOLD)
}

/// A span the reader jumped to from the panel (a timeline event, a summary sentence).
pub fn jump_mark() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
}

pub fn heading() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn error() -> Style {
    Style::new().fg(Color::LightRed)
}

/// The row under the cursor of a focused list.
pub fn cursor() -> Style {
    Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
}

/// The border of the pane that has the keyboard focus.
pub fn focused_border() -> Style {
    Style::new().fg(Color::LightCyan)
}

pub fn title_bar() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
