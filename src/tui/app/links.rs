//! The article's web address: shown in the status line (`U`), copied to the clipboard with an
//! OSC 52 sequence that the terminal carries out (`y`, which works over ssh and in tmux with
//! `set-clipboard on`), and opened in the browser (`o`: the configured command, else
//! `$BROWSER`, else the platform's opener; only http and https). When no browser starts, the
//! status line shows the address, so it can still be copied by hand.

use super::App;
use crate::article::clean::printable;
use crate::tui::library_view::opener::{self, Opener};

impl App {
    /// The address of the article at hand: under the list cursor while the list has the focus,
    /// else the one on screen.
    fn url_at_hand(&self) -> Option<String> {
        if let Some(row) = self.target_article() {
            return row.url;
        }
        let shown = self.current.and_then(|i| self.docs.get(i)).and_then(|d| d.article());
        shown.and_then(|a| a.url.clone())
    }

    fn need_url(&mut self) -> Option<String> {
        let url = self.url_at_hand();
        if url.is_none() {
            self.set_message("this article has no web address", false);
        }
        url
    }

    /// `U`: the address in the status line.
    pub(crate) fn show_url(&mut self) {
        if let Some(url) = self.need_url() {
            self.set_message(format!("{} (y copies it)", printable(&url)), false);
        }
    }

    /// `y`: the address to the clipboard through the terminal (OSC 52).
    pub(crate) fn copy_url(&mut self) {
        let Some(url) = self.need_url() else { return };
        let url = printable(&url).into_owned();
        self.terminal_out.push(osc52(&url));
        self.set_message(format!("copied {url}"), false);
    }

    /// `o`: the address in the browser; if none starts, the address is shown instead.
    pub(crate) fn open_url(&mut self) {
        let Some(url) = self.need_url() else { return };
        let opener: Opener = self.source.library().map_or(opener::open_in_browser, |l| l.opener);
        match opener(&url, self.browser.as_deref()) {
            Ok(()) => self.set_message(format!("opened {}", printable(&url)), false),
            Err(e) => self.set_message(format!("{} (no browser: {e})", printable(&url)), true),
        }
    }
}

/// The OSC 52 sequence that puts `text` on the system clipboard.
pub(crate) fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            let c = if i <= chunk.len() { ABC[((n >> shift) & 63) as usize] as char } else { '=' };
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"https://a.b/?x=1"), "aHR0cHM6Ly9hLmIvP3g9MQ==");
        assert_eq!(super::osc52("foo"), "\u{1b}]52;c;Zm9v\u{7}");
    }
}
