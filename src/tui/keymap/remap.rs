//! The keymap the reader uses: [`super::BINDINGS`] with the configuration's `[keys]` remaps
//! applied. A remapped binding gets the keys given (its help label follows), and each of those
//! keys is taken from any other binding that could apply at the same time, so one key never
//! means two things; what was taken is reported. Key names: a character (`x`, `G`, `?`),
//! `Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`, `Space`, `Up`, `Down`, `Left`, `Right`,
//! `PgUp`, `PgDn`, `Home`, `End`, `Delete`, `Insert`, `F1`..`F12`.

use super::{Binding, Mode, Scope, When, BINDINGS};
use crate::tui::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One row of the keymap in use.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KeyRow {
    pub name: &'static str,
    pub scope: Scope,
    pub when: When,
    pub keys: Vec<KeyCode>,
    /// How the keys are written in the help.
    pub label: String,
    pub action: Action,
    pub help: &'static str,
}

/// The key table in use.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Keymap {
    rows: Vec<KeyRow>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap { rows: BINDINGS.iter().map(row).collect() }
    }
}

fn row(b: &Binding) -> KeyRow {
    KeyRow {
        name: b.name,
        scope: b.scope,
        when: b.when,
        keys: b.keys.to_vec(),
        label: b.label.to_string(),
        action: b.action.clone(),
        help: b.help,
    }
}

/// Whether bindings of scopes `a` and `b` can apply in one mode.
fn overlap(a: Scope, b: Scope) -> bool {
    let everywhere = |s: Scope| matches!(s, Scope::Global | Scope::Library);
    a == b || (everywhere(a) && b != Scope::Search) || (everywhere(b) && a != Scope::Search)
}

impl Keymap {
    /// The shipped table with `remaps` (binding name, key names) applied in order. Returns the
    /// keymap and what could not be done, one line each (a key taken from another binding is
    /// what was asked for, and the help shows it: not reported).
    pub(crate) fn with_remaps(remaps: &[(String, Vec<String>)]) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut notes = Vec::new();
        for (name, names) in remaps {
            let Some(at) = map.rows.iter().position(|r| r.name == name && !r.help.is_empty())
            else {
                notes.push(format!("[keys] {name}: no such binding (the README lists them)"));
                continue;
            };
            let mut keys = Vec::new();
            for key in names {
                match parse_key(key) {
                    Some(k) if !keys.contains(&k) => keys.push(k),
                    Some(_) => {}
                    None => notes.push(format!("[keys] {name}: unknown key {key:?}")),
                }
            }
            if keys.is_empty() {
                notes.push(format!("[keys] {name}: no key given, kept {}", map.rows[at].label));
                continue;
            }
            let scope = map.rows[at].scope;
            for (i, other) in map.rows.iter_mut().enumerate() {
                if i == at || !overlap(scope, other.scope) {
                    continue;
                }
                let before = other.keys.len();
                other.keys.retain(|k| !keys.contains(k));
                if other.keys.len() != before && !other.help.is_empty() {
                    other.label = label(&other.keys);
                }
            }
            map.rows[at].label = label(&keys);
            map.rows[at].keys = keys;
        }
        (map, notes)
    }

    /// The action a key press means in `mode`, if any. Ctrl-C always quits.
    pub(crate) fn action_for(&self, mode: Mode, key: KeyEvent) -> Option<Action> {
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return (key.code == KeyCode::Char('c')).then_some(Action::Quit);
        }
        let found = self
            .rows
            .iter()
            .find(|b| b.scope.applies(mode) && b.when.holds(mode) && b.keys.contains(&key.code))
            .map(|b| b.action.clone());
        match (found, key.code) {
            (None, KeyCode::Char(c)) if Scope::Search.applies(mode) => Some(Action::SearchType(c)),
            (found, _) => found,
        }
    }

    /// The help overlay's content: one `(section, keys, description)` per listed binding (with
    /// keys), by scope.
    pub(crate) fn help_rows(&self, scopes: &[Scope]) -> Vec<(Scope, &str, &'static str)> {
        scopes
            .iter()
            .flat_map(|scope| {
                self.rows
                    .iter()
                    .filter(move |b| b.scope == *scope && !b.help.is_empty() && !b.keys.is_empty())
                    .map(|b| (b.scope, b.label.as_str(), b.help))
            })
            .collect()
    }

    /// The first key of binding `name`, as the status line writes it.
    pub(crate) fn first_key(&self, name: &str) -> Option<String> {
        let row = self.rows.iter().find(|r| r.name == name)?;
        row.keys.first().map(|k| key_name(*k))
    }
}

/// The help label of a list of keys.
fn label(keys: &[KeyCode]) -> String {
    keys.iter().map(|k| key_name(*k)).collect::<Vec<_>>().join(" ")
}

/// How a key is written in the help (`j`, `↓`, `PgDn`, `space`).
pub(crate) fn key_name(key: KeyCode) -> String {
    match key {
        KeyCode::Char(' ') => "space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "⌫".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// A key from its name in the configuration (case ignored for named keys), `None` if unknown.
pub(crate) fn parse_key(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control()).then_some(KeyCode::Char(c));
    }
    let key = match name.to_ascii_lowercase().as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "backspace" | "⌫" => KeyCode::Backspace,
        "space" => KeyCode::Char(' '),
        "up" | "↑" => KeyCode::Up,
        "down" | "↓" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        f => {
            let n: u8 = f.strip_prefix('f')?.parse().ok()?;
            return (1..=12).contains(&n).then_some(KeyCode::F(n));
        }
    };
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::HELP_ORDER;

    fn remap(pairs: &[(&str, &[&str])]) -> (Keymap, Vec<String>) {
        let owned: Vec<(String, Vec<String>)> = pairs
            .iter()
            .map(|(n, ks)| (n.to_string(), ks.iter().map(|k| k.to_string()).collect()))
            .collect();
        Keymap::with_remaps(&owned)
    }

    #[test]
    fn a_remapped_key_acts_and_the_help_shows_it() {
        let (map, notes) = remap(&[("quit", &["Q"]), ("next_unread", &["n", "F5"])]);
        assert!(notes.is_empty(), "{notes:?}");
        let q = KeyEvent::from(KeyCode::Char('Q'));
        assert_eq!(map.action_for(Mode::Reader, q), Some(Action::Quit));
        assert_eq!(map.action_for(Mode::Reader, KeyEvent::from(KeyCode::Char('q'))), None);
        let n = KeyEvent::from(KeyCode::Char('n'));
        assert_eq!(map.action_for(Mode::Reader, n), Some(Action::NextUnread));
        let help = map.help_rows(&HELP_ORDER);
        assert!(help.iter().any(|(_, k, h)| *k == "Q" && *h == "quit"), "{help:?}");
        assert!(help.iter().any(|(_, k, _)| *k == "n F5"));
        assert!(!help.iter().any(|(_, _, h)| h.starts_with("next mention")), "no key left");
        assert_eq!(map.first_key("quit").as_deref(), Some("Q"));
    }

    #[test]
    fn unknown_names_and_keys_are_reported_and_change_nothing() {
        let (map, notes) = remap(&[("fly", &["x"]), ("quit", &["Hyper-Q"])]);
        assert_eq!(map, Keymap::default());
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[0].contains("no such binding"));
        assert!(notes[1].contains("unknown key \"Hyper-Q\""));
    }

    #[test]
    fn key_names_read_and_write() {
        assert_eq!(parse_key("PgDn"), Some(KeyCode::PageDown));
        assert_eq!(parse_key("shift-tab"), Some(KeyCode::BackTab));
        assert_eq!(parse_key("F12"), Some(KeyCode::F(12)));
        assert_eq!(parse_key("F13"), None);
        assert_eq!(parse_key("ж"), Some(KeyCode::Char('ж')));
        assert_eq!(parse_key("\u{7}"), None);
        assert_eq!(key_name(KeyCode::Char(' ')), "space");
        assert_eq!(key_name(KeyCode::Enter), "Enter");
    }
}
