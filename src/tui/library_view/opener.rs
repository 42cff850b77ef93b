//! Opening an article's URL in the browser: the configured command, else `$BROWSER`, else the
//! platform opener, spawned detached with its output discarded so it can never draw over the reader. Only web addresses
//! (http, https: the library's one URL check) are handed over: a feed's `file:`, `javascript:`
//! or `data:` link never reaches the browser.

use std::process::{Command, Stdio};

/// Opens a URL with the configured browser command (if any), or says why it could not. Tests
/// swap it for a stub.
pub type Opener = fn(&str, Option<&str>) -> Result<(), String>;

/// The platform's opener command.
const PLATFORM_OPENER: &str = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };

/// Spawns `COMMAND URL` (the configured command, else `$BROWSER`, else the platform opener)
/// without waiting for it. A `{}` in the configured command stands for the URL.
pub fn open_in_browser(url: &str, configured: Option<&str>) -> Result<(), String> {
    if let Err(e) = crate::library::url::check(url) {
        return Err(format!("{}: {e}", crate::article::clean::printable(url)));
    }
    if let Some(command) = configured.filter(|c| !c.trim().is_empty()) {
        return spawn(command, url);
    }
    let browser = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty());
    // $BROWSER may hold a list of commands separated by ':'; the first is tried.
    let command = browser
        .as_deref()
        .and_then(|b| b.split(':').next())
        .map(str::trim)
        .unwrap_or(PLATFORM_OPENER)
        .to_string();
    spawn(&command, url)
}

/// Runs `command` (words split at spaces; `{}` replaced by the URL, else the URL added last).
fn spawn(command: &str, url: &str) -> Result<(), String> {
    let mut words = command.split_whitespace();
    let Some(program) = words.next() else { return Err("no browser command".into()) };
    let mut cmd = Command::new(program);
    let mut placed = false;
    for word in words {
        placed |= word.contains("{}");
        cmd.arg(word.replace("{}", url));
    }
    if !placed {
        cmd.arg(url);
    }
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    match cmd.spawn() {
        Ok(mut child) => {
            // Reap it in the background so it never lingers as a zombie.
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) => Err(format!("could not start {program}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::open_in_browser;

    #[test]
    fn only_web_addresses_are_handed_to_the_browser() {
        for url in
            ["file:///etc/passwd", "FILE:///tmp/x.html", "javascript:alert(1)", "data:text/html,x"]
        {
            let refused = open_in_browser(url, Some("true")).err().unwrap_or_default();
            assert!(refused.contains("not a web address"), "{url}: {refused}");
        }
        let port = open_in_browser("http://example.org:99999/", None).err().unwrap_or_default();
        assert!(port.contains("invalid port"), "{port}");
        let missing = open_in_browser("https://example.org/", Some("no-such-browser-here {}"));
        assert!(missing.is_err_and(|e| e.contains("could not start no-such-browser-here")));
    }
}
