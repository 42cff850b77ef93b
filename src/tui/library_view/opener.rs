//! Opening an article's URL in the browser: `$BROWSER`, else the platform opener, spawned
//! detached with its output discarded so it can never draw over the reader.

use std::process::{Command, Stdio};

/// Opens a URL, or says why it could not. Tests swap it for a stub.
pub type Opener = fn(&str) -> Result<(), String>;

/// The platform's opener command.
const PLATFORM_OPENER: &str = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };

/// Spawns `$BROWSER URL` (or the platform opener) without waiting for it.
pub fn open_in_browser(url: &str) -> Result<(), String> {
    if !(url.starts_with("http://") || url.starts_with("https://") || url.starts_with("file://")) {
        return Err(format!("not a web address: {url}"));
    }
    let browser = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty());
    // $BROWSER may hold a list of commands separated by ':'; the first is tried.
    let command = browser
        .as_deref()
        .and_then(|b| b.split(':').next())
        .map(str::trim)
        .unwrap_or(PLATFORM_OPENER)
        .to_string();
    let mut words = command.split_whitespace();
    let Some(program) = words.next() else { return Err("empty $BROWSER".into()) };
    let mut cmd = Command::new(program);
    cmd.args(words).arg(url).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    match cmd.spawn() {
        Ok(mut child) => {
            // Reap it in the background so it never lingers as a zombie.
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) => Err(format!("could not start {program}: {e}")),
    }
}
