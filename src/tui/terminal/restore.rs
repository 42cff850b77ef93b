//! Putting the terminal back, whatever ends the reader: a return or an error (a guard), a panic
//! on any thread (a hook chained before `ratatui::init`'s), and SIGTERM, SIGINT, SIGHUP or
//! SIGQUIT (a signal thread that restores, then ends the process the way the signal would
//! have). A frame is written and a signal restores under one lock, so the two never interleave.

use crossterm::cursor::Show;
use crossterm::event::DisableMouseCapture;
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;
use std::io;
use std::sync::{Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

/// Held while a frame is drawn and while a signal restores the terminal.
static OUTPUT: Mutex<()> = Mutex::new(());

/// The signals that end the reader with the terminal restored.
const ENDING: [i32; 4] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT];

/// Takes the output lock (a poisoned lock is still a lock: a panic mid-frame must not stop the
/// restore).
pub(crate) fn output_lock() -> MutexGuard<'static, ()> {
    OUTPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Mouse capture off and the cursor shown: what `ratatui::restore` leaves out.
fn restore_extras() {
    let _ = execute!(io::stdout(), DisableMouseCapture, Show);
}

/// Everything back: mouse capture off, cursor shown, raw mode off, the alternate screen left.
pub(crate) fn restore() {
    restore_extras();
    ratatui::restore();
}

/// Restores the terminal when dropped: on return and on `?` errors (a panic is handled by the
/// hooks, see [`install`]).
pub(crate) struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        // While unwinding, the panic hooks have restored the terminal already, and the message
        // is on screen: leaving the alternate screen again would move the cursor back over it.
        if std::thread::panicking() {
            return;
        }
        let _lock = output_lock();
        restore();
    }
}

/// Installs, once, a panic hook that turns mouse capture off and shows the cursor (to run
/// before `ratatui::init`, whose own hook then leaves the alternate screen and raw mode first),
/// and the signal thread.
pub(crate) fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_extras();
            previous(info);
        }));
        watch_signals();
    });
}

/// Starts the thread that restores the terminal on an ending signal. Without it (the signals
/// cannot be registered) the reader still runs; the signals then end it as they would anyway.
fn watch_signals() {
    let Ok(mut signals) = Signals::new(ENDING) else { return };
    let _ = std::thread::Builder::new().name("newslens-signals".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // Wait for a frame being written, but never for long: a stuck write must not keep
            // the terminal broken.
            let started = Instant::now();
            let _lock = loop {
                match OUTPUT.try_lock() {
                    Ok(lock) => break Some(lock),
                    Err(std::sync::TryLockError::Poisoned(p)) => break Some(p.into_inner()),
                    Err(std::sync::TryLockError::WouldBlock)
                        if started.elapsed() < Duration::from_millis(200) =>
                    {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    Err(std::sync::TryLockError::WouldBlock) => break None,
                }
            };
            restore();
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}
