use super::*;
use ratatui::style::Color;

#[test]
fn a_full_file_is_read() {
    let text = r##"
# comments are fine
theme = "light"
browser = "firefox --new-tab {}"
refresh_on_start = true

[colors]
person = "#005f87"
place = "22"
date = "blue"

[keys]
quit = ["q", "Q"]
next_unread = "n"
"##;
    let c = parse(text).expect("valid");
    assert_eq!(c.theme, ThemeChoice::Light);
    assert_eq!(c.browser.as_deref(), Some("firefox --new-tab {}"));
    assert!(c.refresh_on_start);
    assert_eq!(c.colors.person, Some(ColorName(Color::Rgb(0, 0x5f, 0x87))));
    assert_eq!(c.colors.place, Some(ColorName(Color::Indexed(22))));
    assert_eq!(c.colors.date, Some(ColorName(Color::Blue)));
    assert_eq!(c.keys.get("quit").map(Keys::names), Some(vec!["q".into(), "Q".into()]));
    assert_eq!(c.keys.get("next_unread").map(Keys::names), Some(vec!["n".into()]));
    assert_eq!(parse("").expect("empty"), Config::default());
}

#[test]
fn a_bad_file_names_the_line_and_the_problem() {
    let cases = [
        ("theme = \"dark\"\nbrowser = 3\n", "2:11:", "string"),
        ("\n\ntheme = \"sepia\"\n", "3:9:", "unknown variant `sepia`"),
        ("refresh_on_start = true\ncolour = 1\n", "2:1:", "unknown field `colour`"),
        ("[colors]\nperson = \"mauve-ish\"\n", "2:10:", "\"mauve-ish\" is not a colour"),
        ("[keys\nquit = \"q\"\n", "1:", ""),
        ("[keys]\nquit = 5\n", "2:8:", "expected a key (\"q\") or a list of keys"),
    ];
    for (text, at, problem) in cases {
        let err = parse(text).expect_err(text);
        assert!(err.starts_with(at), "{text:?}: {err}");
        assert!(err.contains(problem), "{text:?}: {err}");
    }
}

#[test]
fn a_missing_file_is_the_defaults_unless_it_was_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("none.toml");
    assert_eq!(load(Some(&path), false), (Config::default(), None));
    let (config, err) = load(Some(&path), true);
    assert_eq!(config, Config::default());
    assert!(err.is_some_and(|e| e.contains("none.toml") && e.contains("using the defaults")));
    std::fs::write(&path, "theme = \"light\"\nbogus = 1\n").expect("write");
    let (config, err) = load(Some(&path), false);
    assert_eq!(config, Config::default(), "a bad file gives the defaults");
    assert!(err.is_some_and(|e| e.contains("none.toml:2:1: unknown field `bogus`")), "named");
}
