//! Colours and styles of the reader, in one place: a [`Theme`] (dark, light, or no colour at
//! all) gives the kind colours used by the text, the legend and the panel, and the styles of
//! selection, search matches and chrome. The app holds one; every widget draws with it.
//!
//! - Dark: the terminal's own ANSI colours, which dark backgrounds show well.
//! - Light: 256-colour shades picked for at least 4.5:1 contrast on white (a test checks it);
//!   ANSI yellow, cyan and green are 1.3:1 to 2.2:1 there.
//! - No colour (`NO_COLOR`, <https://no-color.org>): only bold, italic, underline, dim and
//!   reverse, so names, the selection and search matches still show; each kind has its own
//!   mark (see [`Theme::mention`]), which the status line's legend shows.

mod pick;

pub use pick::ThemeName;

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// The kinds in the order of [`Theme::kinds`]: the kinds with a highlight key, then misc.
pub const KINDS: [EntityKind; 7] = {
    let t = EntityKind::TOGGLED;
    [t[0], t[1], t[2], t[3], t[4], t[5], EntityKind::Misc]
};

/// How the reader colours the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// False under `NO_COLOR`: modifiers only.
    pub color: bool,
    /// The colour of each kind, in [`KINDS`] order (`Reset`: no colour, underlined instead).
    pub kinds: [Color; 7],
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

/// Light-theme shades (xterm 256-colour indexes) and their RGB, for the contrast test.
pub(crate) const LIGHT_KINDS: [(u8, [u8; 3]); 6] = [
    (24, [0x00, 0x5f, 0x87]),  // person: deep blue
    (90, [0x87, 0x00, 0x87]),  // organization: purple
    (22, [0x00, 0x5f, 0x00]),  // place: dark green
    (94, [0x87, 0x5f, 0x00]),  // group: brown
    (19, [0x00, 0x00, 0xaf]),  // date: blue
    (124, [0xaf, 0x00, 0x00]), // quantity: dark red
];
/// Light theme: dim text, the focused border, errors.
pub(crate) const LIGHT_DIM: (u8, [u8; 3]) = (243, [0x76, 0x76, 0x76]);
pub(crate) const LIGHT_BORDER: (u8, [u8; 3]) = (25, [0x00, 0x5f, 0xaf]);
pub(crate) const LIGHT_ERROR: (u8, [u8; 3]) = (124, [0xaf, 0x00, 0x00]);

impl Theme {
    pub fn dark() -> Theme {
        let kinds = [
            Color::Cyan,
            Color::Magenta,
            Color::Green,
            Color::Yellow,
            Color::LightBlue,
            Color::LightRed,
            Color::Reset,
        ];
        Theme { name: ThemeName::Dark, color: true, kinds }
    }

    pub fn light() -> Theme {
        let mut kinds = [Color::Reset; 7];
        for (k, (index, _)) in kinds.iter_mut().zip(LIGHT_KINDS) {
            *k = Color::Indexed(index);
        }
        Theme { name: ThemeName::Light, color: true, kinds }
    }

    /// The same theme without colour (`NO_COLOR`).
    pub fn without_color(self) -> Theme {
        Theme { color: false, ..self }
    }

    fn pick(&self, dark: Color, light: Color) -> Color {
        match (self.color, self.name) {
            (false, _) => Color::Reset,
            (true, ThemeName::Dark) => dark,
            (true, ThemeName::Light) => light,
        }
    }

    fn fg(&self, dark: Color, light: Color) -> Style {
        Style::new().fg(self.pick(dark, light))
    }

    /// The colour that marks an entity kind everywhere on screen (`Reset` without colour).
    pub fn kind_color(&self, kind: EntityKind) -> Color {
        let i = KINDS.iter().position(|k| *k == kind).unwrap_or(6);
        if self.color {
            self.kinds[i]
        } else {
            Color::Reset
        }
    }

    /// How a mention of `kind` is drawn when its kind is highlighted: its colour, or without
    /// colour a mark of its own (person bold, organization bold underlined, place italic, group
    /// bold italic, date underlined, number italic underlined, other names dim underlined).
    pub fn mention(&self, kind: EntityKind) -> Style {
        let color = self.kind_color(kind);
        if self.color && color != Color::Reset {
            return Style::new().fg(color);
        }
        let m = match kind {
            EntityKind::Person => Modifier::BOLD,
            EntityKind::Organization => Modifier::BOLD | Modifier::UNDERLINED,
            EntityKind::Place => Modifier::ITALIC,
            EntityKind::Group => Modifier::BOLD | Modifier::ITALIC,
            EntityKind::Date => Modifier::UNDERLINED,
            EntityKind::Quantity => Modifier::ITALIC | Modifier::UNDERLINED,
            EntityKind::Misc if self.color => Modifier::UNDERLINED,
            EntityKind::Misc => Modifier::DIM | Modifier::UNDERLINED,
        };
        Style::new().add_modifier(m)
    }

    /// Every mention of the selected entity.
    pub fn selected_entity(&self, kind: EntityKind) -> Style {
        self.mention(kind).add_modifier(Modifier::REVERSED)
    }

    /// The one selected mention.
    pub fn selected_mention(&self, kind: EntityKind) -> Style {
        self.selected_entity(kind).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn search_match(&self) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::REVERSED);
        }
        let bg = self.pick(Color::Yellow, Color::Indexed(229));
        Style::new().bg(bg).fg(Color::Black)
    }

    pub fn current_match(&self) -> Style {
        let strong = Modifier::BOLD | Modifier::UNDERLINED;
        if !self.color {
            return Style::new().add_modifier(Modifier::REVERSED | strong);
        }
        let bg = self.pick(Color::LightYellow, Color::Indexed(214));
        Style::new().bg(bg).fg(Color::Black).add_modifier(Modifier::BOLD)
    }

    /// A span the reader jumped to from the panel (a timeline event, a summary sentence).
    pub fn jump_mark(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::DIM);
        }
        self.fg(Color::DarkGray, Color::Indexed(LIGHT_DIM.0))
    }

    pub fn error(&self) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::BOLD);
        }
        self.fg(Color::LightRed, Color::Indexed(LIGHT_ERROR.0)).add_modifier(Modifier::BOLD)
    }

    /// The row under the cursor of a focused list.
    pub fn cursor(&self) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        }
        let bg = self.pick(Color::DarkGray, Color::Indexed(252));
        Style::new().bg(bg).add_modifier(Modifier::BOLD)
    }

    /// The border of the pane that has the keyboard focus.
    pub fn focused_border(&self) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::BOLD);
        }
        self.fg(Color::LightCyan, Color::Indexed(LIGHT_BORDER.0))
    }

    pub fn title_bar(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance of an sRGB colour.
    fn luminance([r, g, b]: [u8; 3]) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    fn contrast_on_white(rgb: [u8; 3]) -> f64 {
        1.05 / (luminance(rgb) + 0.05)
    }

    /// The xterm 256-colour palette's RGB for an index of the 6x6x6 cube or the grey ramp.
    fn xterm_rgb(i: u8) -> [u8; 3] {
        if i >= 232 {
            let v = 8 + 10 * (i - 232);
            return [v, v, v];
        }
        let c = i - 16;
        let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
        [level(c / 36), level((c / 6) % 6), level(c % 6)]
    }

    #[test]
    fn light_theme_text_colours_reach_4_5_to_1_on_white() {
        for (index, rgb) in
            LIGHT_KINDS.iter().copied().chain([LIGHT_DIM, LIGHT_BORDER, LIGHT_ERROR])
        {
            assert_eq!(xterm_rgb(index), rgb, "index {index}");
            let ratio = contrast_on_white(rgb);
            assert!(ratio >= 4.5, "colour {index} has {ratio:.2}:1 on white");
        }
        let theme = Theme::light();
        for kind in &KINDS[..6] {
            let Color::Indexed(i) = theme.kind_color(*kind) else { panic!("{kind:?}") };
            assert!(contrast_on_white(xterm_rgb(i)) >= 4.5);
        }
    }

    #[test]
    fn no_color_keeps_modifiers_and_gives_each_kind_its_own_mark() {
        let theme = Theme::dark().without_color();
        let styles: Vec<Style> = KINDS.iter().map(|k| theme.mention(*k)).collect();
        for (i, s) in styles.iter().enumerate() {
            assert_eq!((s.fg, s.bg), (None, None), "{:?} has no colour", KINDS[i]);
            assert!(!s.add_modifier.is_empty(), "{:?} is marked", KINDS[i]);
            for other in &styles[i + 1..] {
                assert_ne!(s.add_modifier, other.add_modifier, "{:?} differs", KINDS[i]);
            }
        }
        let chrome = [
            theme.search_match(),
            theme.current_match(),
            theme.cursor(),
            theme.dim(),
            theme.error(),
            theme.focused_border(),
            theme.selected_entity(EntityKind::Place),
        ];
        for s in chrome {
            assert!(s.fg.is_none_or(|c| c == Color::Reset) && s.bg.is_none(), "{s:?}");
            assert!(!s.add_modifier.is_empty(), "{s:?} still shows");
        }
        assert_ne!(theme.search_match(), theme.current_match());
    }
}
