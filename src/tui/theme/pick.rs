//! Which theme to use: the one the configuration names, else the one that suits the terminal's
//! background when the terminal says what it is (`COLORFGBG`, set by rxvt, Konsole, iTerm2 and
//! others as "foreground;background" colour numbers), else dark. No escape sequence is sent to
//! ask the terminal, so nothing can hang or leak into the screen.

/// The two themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

/// Whether the background colour in a `COLORFGBG` value is light: its last field is an ANSI
/// colour number, and 7 (white) and 9 to 15 (the bright colours but bright black, 8) are light.
/// `None` when the value says nothing usable.
pub fn background_is_light(colorfgbg: &str) -> Option<bool> {
    let bg: u8 = colorfgbg.rsplit(';').next()?.trim().parse().ok()?;
    match bg {
        7 | 9..=15 => Some(true),
        0..=6 | 8 => Some(false),
        _ => None,
    }
}

impl ThemeName {
    /// The theme for a terminal whose environment holds `colorfgbg` (`$COLORFGBG`).
    pub fn from_terminal(colorfgbg: Option<&str>) -> ThemeName {
        match colorfgbg.and_then(background_is_light) {
            Some(true) => ThemeName::Light,
            _ => ThemeName::Dark,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_number_decides() {
        assert_eq!(background_is_light("0;15"), Some(true));
        assert_eq!(background_is_light("15;0"), Some(false));
        assert_eq!(background_is_light("12;default;7"), Some(true), "rxvt's three fields");
        assert_eq!(background_is_light("15;8"), Some(false));
        assert_eq!(background_is_light("default;default"), None);
        assert_eq!(background_is_light(""), None);
        assert_eq!(ThemeName::from_terminal(Some("0;15")), ThemeName::Light);
        assert_eq!(ThemeName::from_terminal(Some("junk")), ThemeName::Dark);
        assert_eq!(ThemeName::from_terminal(None), ThemeName::Dark);
    }
}
