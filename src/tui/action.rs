//! What a key press, mouse event or resize means to the reader: the [`Action`]s that
//! [`super::app::App::update`] applies, and the small enums they carry.

/// The side panel's tabs, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Facts,
    Timeline,
    Summary,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Facts, Tab::Timeline, Tab::Summary];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Facts => "Facts",
            Tab::Timeline => "Timeline",
            Tab::Summary => "Summary",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Tab::Facts => 0,
            Tab::Timeline => 1,
            Tab::Summary => 2,
        }
    }
}

/// One thing the user asked for. Produced by the keymap or the mouse, consumed by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Scroll the text (or the open popup) by this many lines.
    ScrollLines(i32),
    /// Scroll by this many pages (one page = the visible height less two lines).
    ScrollPages(i32),
    Top,
    Bottom,
    /// Select the next (+1) or previous (-1) entity mention in reading order.
    CycleMention(i32),
    /// Go to the next (+1) / previous (-1) mention of the selected entity, or search match.
    NextOccurrence(i32),
    /// Open the selected entity's card.
    OpenCard,
    /// Next (+1) or previous (-1) article.
    SwitchArticle(i32),
    ToggleList,
    ShowTab(Tab),
    /// Move keyboard focus between the text and the side panel.
    ToggleFocus,
    /// Move the cursor in the focused list (panel, card, help) by this many rows.
    MoveCursor(i32),
    /// Enter on the focused list: jump to the thing under the cursor.
    Activate,
    /// Toggle highlighting of [`crate::analysis::EntityKind::TOGGLED`]`[i]`.
    ToggleKind(usize),
    /// Change the summary length by this many sentences.
    SummaryLength(i32),
    StartSearch,
    SearchType(char),
    SearchBackspace,
    SearchConfirm,
    Help,
    /// Close the open popup, cancel the search, or give focus back to the text.
    Close,
    Quit,
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
    /// Left click at (column, row).
    Click(u16, u16),
    /// Refresh the library's feeds in the background.
    Refresh,
    /// Mark the article read / unread.
    ToggleRead,
    /// Star / unstar the article.
    ToggleStar,
    /// Open the article's web address in the browser.
    OpenUrl,
    /// On the entity card: show / hide the entity's timeline across the library.
    CardTimeline,
}
