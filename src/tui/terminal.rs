//! The real terminal: refusing to start without one, set-up with mouse capture, the restore on
//! every exit ([`restore`]), and the event loop that turns crossterm events into actions and
//! redraws after each batch.

mod restore;

use super::action::Action;
use super::app::App;
use super::keymap;
use super::render::render;
use crossterm::event::{
    self, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use std::io::{self, IsTerminal};
use std::time::Duration;

/// What the reader says when it has no terminal to draw on.
const NO_TERMINAL: &str = "the reader needs a terminal, and its output is not one; \
to print the analysis instead: newslens analyze FILE... (add --json for scripts)";

/// Whether there is a terminal to draw on and to read keys from (stdin, or /dev/tty when the
/// article came in on stdin).
fn have_terminal() -> bool {
    io::stdout().is_terminal()
        && (io::stdin().is_terminal() || std::fs::File::open("/dev/tty").is_ok())
}

/// In a debug build, makes the first frame panic (for the test of the terminal's restore).
const PANIC_VAR: &str = "NEWSLENS_TEST_PANIC_IN_FRAME";

/// How often the loop wakes to apply background progress while a job runs.
const BACKGROUND_POLL: Duration = Duration::from_millis(100);

/// Runs the reader built by `make` (given the terminal size) until the user quits. While a
/// background job runs, the loop wakes every `BACKGROUND_POLL` to apply its progress.
pub(crate) fn run_app(make: impl FnOnce(u16, u16) -> App) -> io::Result<()> {
    if !have_terminal() {
        return Err(io::Error::new(io::ErrorKind::Unsupported, NO_TERMINAL));
    }
    restore::install();
    let _guard = restore::Guard;
    let mut terminal = ratatui::try_init()?;
    execute!(io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    let mut app = make(size.width, size.height);
    // Debug builds only: a panic inside the frame, as from a widget, for the pty test.
    let panic_in_frame = cfg!(debug_assertions) && std::env::var_os(PANIC_VAR).is_some();
    loop {
        {
            let _lock = restore::output_lock();
            write_sequences(&mut app)?;
            terminal.draw(|frame| {
                render(&app, frame);
                assert!(!panic_in_frame, "{PANIC_VAR} is set: a panic inside the frame");
            })?;
        }
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

/// Writes the escape sequences the app asked for that are not drawing (OSC 52 copies).
fn write_sequences(app: &mut App) -> io::Result<()> {
    use std::io::Write;
    if app.terminal_out.is_empty() {
        return Ok(());
    }
    let mut out = io::stdout().lock();
    for sequence in app.terminal_out.drain(..) {
        out.write_all(sequence.as_bytes())?;
    }
    out.flush()
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
