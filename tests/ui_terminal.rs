//! The real binary in a real terminal: run under a pseudo-terminal, ended by SIGTERM, SIGINT,
//! SIGHUP or SIGQUIT, or by a panic inside a frame, it must leave the terminal as it found it:
//! alternate screen off, mouse tracking off, cursor shown (read from what it wrote), and the
//! terminal modes (raw mode off) equal to those before it started. Without a terminal it says
//! so and writes nothing to its output. Skipped only where no pseudo-terminal can be opened.

use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A pseudo-terminal: the master end the test reads, the slave end the reader runs on.
struct Pty {
    master: OwnedFd,
    slave: OwnedFd,
}

fn open_pty() -> Option<Pty> {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize { ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two new descriptors into the out-pointers; no name buffer, default
    // termios, a valid winsize.
    let rc = unsafe {
        libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size)
    };
    if rc != 0 {
        return None;
    }
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    Some(unsafe {
        Pty { master: OwnedFd::from_raw_fd(master), slave: OwnedFd::from_raw_fd(slave) }
    })
}

fn termios(fd: &OwnedFd) -> libc::termios {
    // SAFETY: termios is plain data; tcgetattr fills it for a valid terminal descriptor.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut t) };
    t
}

/// Starts the reader on the bundled sample with the pty as its controlling terminal, and a
/// thread collecting everything it writes.
fn spawn(pty: &Pty, env: &[(&str, &str)]) -> (Child, Arc<Mutex<Vec<u8>>>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup the pty"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newslens"));
    cmd.arg("--db")
        .arg(dir.path().join("none.db"))
        .env("TERM", "xterm-256color")
        .stdin(io(&pty.slave))
        .stdout(io(&pty.slave))
        .stderr(io(&pty.slave));
    for (k, v) in env {
        cmd.env(k, v);
    }
    // SAFETY: only async-signal-safe calls between fork and exec: a new session, then the pty
    // (its stdin) as the controlling terminal.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
    }
    let child = cmd.spawn().expect("start newslens");
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut master = std::fs::File::from(pty.master.try_clone().expect("dup the master"));
    let sink = Arc::clone(&out);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("output").extend_from_slice(&buf[..n]);
        }
    });
    (child, out)
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(60), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_exit(child: &mut Child) -> ExitStatus {
    let mut status = None;
    wait_for("the reader to exit", || {
        status = child.try_wait().expect("wait");
        status.is_some()
    });
    status.expect("exited")
}

/// The final state of each DEC private mode the output set (`h`) or reset (`l`).
fn final_modes(out: &[u8]) -> std::collections::HashMap<u32, bool> {
    let text = String::from_utf8_lossy(out);
    let mut modes = std::collections::HashMap::new();
    for part in text.split("\u{1b}[?").skip(1) {
        let end = part.find(|c: char| !(c.is_ascii_digit() || c == ';')).unwrap_or(part.len());
        let on = match part[end..].chars().next() {
            Some('h') => true,
            Some('l') => false,
            _ => continue,
        };
        for n in part[..end].split(';').filter_map(|n| n.parse().ok()) {
            modes.insert(n, on);
        }
    }
    modes
}

/// Runs the reader, ends it with `end` (given the child and the pty's master) once `ready` is
/// on the terminal, and checks the terminal after it exited.
fn ends_with_the_terminal_restored(
    env: &[(&str, &str)],
    ready: &str,
    end: impl FnOnce(&Child, &OwnedFd),
) -> ExitStatus {
    let Some(pty) = open_pty() else {
        eprintln!("skipped: no pseudo-terminal can be opened here");
        return ExitStatus::from_raw(0);
    };
    let before = termios(&pty.slave);
    let (mut child, out) = spawn(&pty, env);
    wait_for(ready, || {
        let out = out.lock().expect("output");
        let text = String::from_utf8_lossy(&out);
        text.contains("\u{1b}[?1049h") && text.contains(ready)
    });
    end(&child, &pty.master);
    let status = wait_exit(&mut child);
    std::thread::sleep(Duration::from_millis(100));
    let out = out.lock().expect("output").clone();
    let modes = final_modes(&out);
    assert_eq!(modes.get(&1049), Some(&false), "alternate screen left");
    for mouse in [1000, 1002, 1003, 1006] {
        assert_eq!(modes.get(&mouse), Some(&false), "mouse mode {mouse} off");
    }
    assert_ne!(modes.get(&25), Some(&false), "cursor shown");
    let after = termios(&pty.slave);
    assert_eq!(after.c_lflag, before.c_lflag, "local modes back (echo, canonical: raw off)");
    assert_eq!((after.c_iflag, after.c_oflag), (before.c_iflag, before.c_oflag));
    assert!(after.c_lflag & libc::ICANON != 0 && after.c_lflag & libc::ECHO != 0);
    status
}

/// On the screen once the first frame is drawn: the header.
const FRAME: &str = " newslens ";

fn signal(sig: i32) -> impl FnOnce(&Child, &OwnedFd) {
    move |child, _| {
        let pid = i32::try_from(child.id()).expect("pid");
        // SAFETY: kill with a live child's pid and a valid signal number.
        unsafe { libc::kill(pid, sig) };
    }
}

fn ended_by(status: ExitStatus, sig: i32) -> bool {
    status.signal() == Some(sig) || status.code() == Some(128 + sig)
}

#[test]
fn sigterm_restores_the_terminal() {
    let status = ends_with_the_terminal_restored(&[], FRAME, signal(libc::SIGTERM));
    assert!(ended_by(status, libc::SIGTERM), "{status:?}");
}

#[test]
fn sigint_restores_the_terminal() {
    let status = ends_with_the_terminal_restored(&[], FRAME, signal(libc::SIGINT));
    assert!(ended_by(status, libc::SIGINT), "{status:?}");
}

#[test]
fn sighup_restores_the_terminal() {
    let status = ends_with_the_terminal_restored(&[], FRAME, signal(libc::SIGHUP));
    assert!(ended_by(status, libc::SIGHUP), "{status:?}");
}

#[test]
fn sigquit_restores_the_terminal() {
    let status = ends_with_the_terminal_restored(&[], FRAME, signal(libc::SIGQUIT));
    assert!(ended_by(status, libc::SIGQUIT), "{status:?}");
}

#[test]
fn a_panic_inside_a_frame_restores_the_terminal() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the binary panics on request in debug builds only");
        return;
    }
    let env = [("NEWSLENS_TEST_PANIC_IN_FRAME", "1")];
    let status = ends_with_the_terminal_restored(&env, "a panic inside the frame", |_, _| {});
    assert_eq!(status.code(), Some(101), "{status:?}");
}

#[test]
fn q_quits_with_the_terminal_restored() {
    let status = ends_with_the_terminal_restored(&[], FRAME, |_, master| {
        let mut master = std::fs::File::from(master.try_clone().expect("dup the master"));
        std::io::Write::write_all(&mut master, b"q").expect("type q");
    });
    assert!(status.success(), "{status:?}");
}

#[test]
fn without_a_terminal_it_says_so_and_writes_nothing_to_its_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "Dan Driscoll landed in Kyiv on Wednesday.").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .arg("--db")
        .arg(dir.path().join("none.db"))
        .arg(&file)
        .stdin(Stdio::null())
        .output()
        .expect("run newslens");
    assert!(out.stdout.is_empty(), "{:?}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal") && err.contains("newslens analyze"), "{err}");
    assert!(!err.contains('\u{1b}'), "no escape sequences: {err:?}");
}
