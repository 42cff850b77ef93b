//! The real terminal: set-up and guaranteed restore (quit, error and panic), mouse capture, and
//! the event loop that turns crossterm events into actions and redraws after each batch.

use super::action::Action;
use super::app::App;
use super::keymap;
use super::render::render;
use crate::article::{Article, LoadError};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use std::io;
use std::time::Duration;

/// Restores the terminal when dropped: on return and on `?` errors (a panic is handled by the
/// hooks, see [`install_mouse_panic_hook`]).
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        // While unwinding, the panic hooks have restored the terminal already, and the message
        // is on screen: leaving the alternate screen again would move the cursor back over it.
        if std::thread::panicking() {
            return;
        }
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Chains a panic hook that turns mouse capture off. Installed before `ratatui::init`, whose
/// own hook (leave the alternate screen, raw mode off) then runs first.
fn install_mouse_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
}

/// How often the loop wakes to apply background progress while a job runs.
const BACKGROUND_POLL: Duration = Duration::from_millis(100);

/// Runs the reader in the terminal until the user quits.
pub(crate) fn run(items: Vec<Result<Article, LoadError>>) -> io::Result<()> {
    run_app(|w, h| App::new(items, w, h))
}

/// Runs the reader built by `make` (given the terminal size) until the user quits. While a
/// background job runs, the loop wakes every `BACKGROUND_POLL` to apply its progress.
pub(crate) fn run_app(make: impl FnOnce(u16, u16) -> App) -> io::Result<()> {
    install_mouse_panic_hook();
    let _guard = TerminalGuard;
    let mut terminal = ratatui::try_init()?;
    execute!(io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    let mut app = make(size.width, size.height);
    loop {
        terminal.draw(|frame| render(&app, frame))?;
        if !app.busy() || event::poll(BACKGROUND_POLL)? {
            handle_event(&mut app, event::read()?);
        }
        app.poll_background();
        // Apply whatever else is already queued (key repeat, wheel bursts) before redrawing.
        while !app.should_quit && event::poll(Duration::ZERO)? {
            handle_event(&mut app, event::read()?);
        }
        if let Some(fatal) = app.fatal.take() {
            return Err(io::Error::other(fatal));
        }
        if app.should_quit {
            return Ok(());
        }
    }
}

/// Turns one terminal event into actions on `app`.
pub(crate) fn handle_event(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => app.update(keymap::wheel(app.mode(), true)),
            MouseEventKind::ScrollUp => app.update(keymap::wheel(app.mode(), false)),
            MouseEventKind::Down(MouseButton::Left) => app.update(Action::Click(m.column, m.row)),
            _ => {}
        },
        Event::Resize(w, h) => app.update(Action::Resize(w, h)),
        _ => {}
    }
}
