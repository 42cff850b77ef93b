//! What the reader takes from the configuration file and the environment: the theme (the
//! file's choice, else the terminal's background from `$COLORFGBG`; colour dropped under
//! `NO_COLOR`; kind colours from `[colors]`), the keymap with the file's remaps, the browser
//! command and whether to refresh the library on start. Problems with the file are shown in the
//! status line when the reader opens.

use super::app::App;
use super::keymap::Keymap;
use super::theme::{Theme, ThemeName};
use crate::config::{Config, ThemeChoice};

/// The reader's settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub(crate) theme: Theme,
    pub(crate) keymap: Keymap,
    pub(crate) browser: Option<String>,
    pub(crate) refresh_on_start: bool,
    pub(crate) one_pane: bool,
    /// What was wrong with the file or its remaps, to show on opening.
    pub(crate) problems: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_config(&Config::default(), None, &Environment::default())
    }
}

/// The environment variables the settings read.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `$NO_COLOR` is set and not empty.
    pub no_color: bool,
    /// `$COLORFGBG`.
    pub colorfgbg: Option<String>,
}

impl Environment {
    pub fn current() -> Environment {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Environment { no_color, colorfgbg: std::env::var("COLORFGBG").ok() }
    }
}

impl Settings {
    /// The settings from a configuration (`problem`: what was wrong with its file).
    pub fn from_config(config: &Config, problem: Option<String>, env: &Environment) -> Settings {
        let name = match config.theme {
            ThemeChoice::Dark => ThemeName::Dark,
            ThemeChoice::Light => ThemeName::Light,
            ThemeChoice::Auto => ThemeName::from_terminal(env.colorfgbg.as_deref()),
        };
        let mut theme = match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
        };
        let c = &config.colors;
        let chosen = [&c.person, &c.organization, &c.place, &c.group, &c.date, &c.number];
        for (slot, color) in theme.kinds.iter_mut().zip(chosen) {
            if let Some(color) = color {
                *slot = color.0;
            }
        }
        if env.no_color {
            theme = theme.without_color();
        }
        let remaps: Vec<(String, Vec<String>)> =
            config.keys.iter().map(|(name, keys)| (name.clone(), keys.names())).collect();
        let (keymap, notes) = Keymap::with_remaps(&remaps);
        Settings {
            theme,
            keymap,
            browser: config.browser.clone(),
            refresh_on_start: config.refresh_on_start,
            one_pane: config.one_pane,
            problems: problem.into_iter().chain(notes).collect(),
        }
    }

    /// What was wrong with the configuration file or its key remaps.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The settings of the file at `path` (or the defaults), with this process's environment.
    pub fn load(path: Option<&std::path::Path>, named: bool) -> Settings {
        let (config, problem) = crate::config::load(path, named);
        Settings::from_config(&config, problem, &Environment::current())
    }
}

impl App {
    /// Takes the settings: theme, keys, browser; says what was wrong with the file; starts a
    /// refresh of the library when asked to.
    pub(crate) fn apply_settings(&mut self, settings: Settings) {
        self.theme = settings.theme;
        self.keymap = settings.keymap;
        self.browser = settings.browser;
        self.one_pane = settings.one_pane;
        self.rebuild_panels();
        self.relayout();
        if settings.refresh_on_start && self.library().is_some() {
            self.start_refresh();
        }
        if let Some(first) = settings.problems.first() {
            let more = settings.problems.len() - 1;
            let text = if more > 0 { format!("{first} (and {more} more)") } else { first.clone() };
            self.set_message(format!("config: {text}"), true);
        }
    }
}
