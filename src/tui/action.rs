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
    /// Scroll the text by this many lines.
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
    /// Move the side panel's cursor by this many rows (to the next row with a target).
    PanelCursor(i32),
    /// Move the side panel's cursor by this many pages of what the panel shows.
    PanelPages(i32),
    /// The panel's first (false) or last (true) row with a target.
    PanelEnd(bool),
    /// Enter in the focused panel: jump to the row's target in the text.
    PanelActivate,
    /// Move the library list's cursor by this many lines.
    ListCursor(i32),
    /// Move the library list's cursor by this many pages (loading what it passes).
    ListPages(i32),
    /// The list's first article.
    ListTop,
    /// The list's real last article (loading the last feed's oldest page).
    ListBottom,
    /// Enter on the list: open the article, or load the next page.
    ListActivate,
    /// Scroll the help, or move the card's cursor, by this many lines.
    PopupLines(i32),
    /// The same by this many pages of what the popup shows.
    PopupPages(i32),
    /// The popup's first (false) or last (true) line.
    PopupEnd(bool),
    /// Enter on the card: jump to the mention, or open that article.
    PopupActivate,
    /// Toggle highlighting of [`crate::analysis::EntityKind::TOGGLED`]`[i]`.
    ToggleKind(usize),
    /// Change the summary length by this many sentences.
    SummaryLength(i32),
    StartSearch,
    SearchType(char),
    SearchBackspace,
    /// Enter while typing a search of the text.
    SearchConfirm,
    /// Enter while typing a search of the library.
    SearchLibrary,
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
    /// Back to the article and place the reader was at before following a card or a jump.
    Back,
    /// The next unread article of the library, across feeds.
    NextUnread,
    /// Refresh only the feed of the article (or heading) at hand.
    RefreshFeed,
    /// Mark every article of that feed read.
    MarkFeedRead,
    /// Mark every article of the library read (asks first).
    MarkAllRead,
    /// Give that feed a name of one's own (typed in the status line).
    RenameFeed,
    /// Unsubscribe from that feed (asks first).
    RemoveFeed,
    /// Show the article's web address in the status line.
    ShowUrl,
    /// Copy the article's web address to the clipboard (OSC 52).
    CopyUrl,
    /// Enter while answering a question or typing a name in the status line.
    PromptConfirm,
    /// One pane at a time, full width (newsboat's flow): the list, then the article.
    OnePane,
}
