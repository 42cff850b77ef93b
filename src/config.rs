//! The reader's configuration file: TOML at the platform's config path
//! (`~/.config/newslens/config.toml` on Linux; `--config FILE` or `$NEWSLENS_CONFIG` names
//! another). Every setting is optional; a missing file is the defaults. A file that cannot be
//! read or parsed gives an error naming the line, the column and the problem, and the reader
//! starts with the defaults (the message is shown in its status line). The README has a
//! commented example.
//!
//! ```toml
//! theme = "auto"            # "dark", "light", or "auto" (from $COLORFGBG)
//! browser = "firefox --new-tab"
//! refresh_on_start = true
//! [colors]                  # per kind: a name, a 0-255 index or "#rrggbb"
//! person = "#005f87"
//! [keys]                    # a binding's name = a key or a list of keys
//! quit = ["q", "Q"]
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Environment variable that names the configuration file.
pub const CONFIG_ENV: &str = "NEWSLENS_CONFIG";

/// Which theme the configuration asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Light when the terminal says its background is light (`$COLORFGBG`), else dark.
    #[default]
    Auto,
    Dark,
    Light,
}

/// One colour as written in the file: a name (`cyan`, `lightblue`), an index (`"24"`) or
/// `"#rrggbb"`; checked when read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColorName(pub ratatui::style::Color);

impl<'de> Deserialize<'de> for ColorName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.trim().parse().map(ColorName).map_err(|_| {
            serde::de::Error::custom(format!(
                "{text:?} is not a colour (a name such as \"cyan\", an index 0-255 or \"#rrggbb\")"
            ))
        })
    }
}

/// Colours per entity kind, replacing the theme's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindColors {
    pub person: Option<ColorName>,
    pub organization: Option<ColorName>,
    pub place: Option<ColorName>,
    pub group: Option<ColorName>,
    pub date: Option<ColorName>,
    pub number: Option<ColorName>,
}

/// A binding's keys: one key or a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keys {
    One(String),
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> serde::de::Visitor<'de> for KeysVisitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key (\"q\") or a list of keys ([\"q\", \"Q\"])")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Keys, E> {
                Ok(Keys::One(v.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element::<String>()? {
                    keys.push(key);
                }
                Ok(Keys::Many(keys))
            }
        }
        d.deserialize_any(KeysVisitor)
    }
}

impl Keys {
    pub fn names(&self) -> Vec<String> {
        match self {
            Keys::One(k) => vec![k.clone()],
            Keys::Many(ks) => ks.clone(),
        }
    }
}

/// Everything the file can say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub theme: ThemeChoice,
    /// The command that opens a web address (`{}` stands for it, else it is added last).
    pub browser: Option<String>,
    /// Refresh the library's feeds when `newslens library` starts.
    #[serde(default)]
    pub refresh_on_start: bool,
    /// One pane at a time, full width (the list, then the article), as newsboat shows them.
    #[serde(default)]
    pub one_pane: bool,
    #[serde(default)]
    pub colors: KindColors,
    /// Binding name (see the README's key table) to keys.
    #[serde(default)]
    pub keys: BTreeMap<String, Keys>,
}

/// The configuration file: `explicit` (`--config`), else `$NEWSLENS_CONFIG`, else
/// `config.toml` in the platform's config directory.
pub fn config_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "newslens").map(|d| d.config_dir().join("config.toml"))
}

/// The configuration at `path`, and what was wrong with the file if anything (then the
/// defaults). A missing file is the defaults, unless it was named on the command line.
pub fn load(path: Option<&Path>, named: bool) -> (Config, Option<String>) {
    let Some(path) = path else { return (Config::default(), None) };
    let shown = crate::article::shown(path);
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => {
            return (Config::default(), None)
        }
        Err(e) => return (Config::default(), Some(format!("{shown}: {e}; using the defaults"))),
    };
    match parse(&text) {
        Ok(config) => (config, None),
        Err(e) => (Config::default(), Some(format!("{shown}:{e}; using the defaults"))),
    }
}

/// Parses the text of a configuration file; the error says `LINE:COLUMN: problem`.
pub fn parse(text: &str) -> Result<Config, String> {
    toml::from_str(text).map_err(|e| {
        let (line, col) = e.span().map_or((1, 1), |s| line_col(text, s.start));
        let problem = crate::article::clean::collapse_spaces(e.message());
        format!("{line}:{col}: {}", crate::article::clean::printable(problem.trim()))
    })
}

/// The 1-based line and column of byte offset `at`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests;
