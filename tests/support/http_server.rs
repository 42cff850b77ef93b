//! A tiny HTTP/1.1 server on 127.0.0.1 for the library tests: routes set per path, each
//! connection answered on its own thread and closed. It can answer normally (with an ETag
//! honoured for conditional GET), with a status, a redirect, a huge body, slowly, never, with a
//! body that never ends, or with a small gzip body that expands to a huge one.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone)]
pub enum Route {
    /// 200 with this body; `If-None-Match` equal to the ETag gives 304.
    Ok {
        body: Vec<u8>,
        content_type: String,
        etag: Option<String>,
    },
    /// 200 with the body gzip-encoded, when the request accepts gzip; `If-Modified-Since`
    /// equal to `last_modified` gives 304.
    Gzip {
        body: Vec<u8>,
        content_type: String,
        last_modified: String,
    },
    /// Like `Ok`, after a delay.
    Slow {
        delay: Duration,
        body: Vec<u8>,
        content_type: String,
    },
    Status(u16),
    /// 302 to this path.
    Redirect(String),
    /// Reads the request and never answers.
    Hang,
    /// A body of `bytes` bytes, with or without a Content-Length header.
    Huge {
        bytes: usize,
        declare_length: bool,
    },
    /// 200 without a length, then a few bytes every `every`, for ever.
    Endless {
        every: Duration,
    },
    /// A gzip body (see [`gzip_bomb`]) sent as `Content-Encoding: gzip`, whatever was asked.
    GzipBomb(Vec<u8>),
}

/// `decoded` zero bytes, gzip-compressed (about a thousandth of the size).
pub fn gzip_bomb(decoded: usize) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![0u8; 1 << 20];
    let mut left = decoded;
    while left > 0 {
        let n = left.min(block.len());
        enc.write_all(&block[..n]).expect("compress in memory");
        left -= n;
    }
    enc.finish().expect("finish compressing")
}

impl Route {
    pub fn ok(body: impl Into<Vec<u8>>, content_type: &str) -> Route {
        let body = body.into();
        let etag = format!("\"{}-{}\"", body.len(), body.iter().map(|&b| b as u64).sum::<u64>());
        Route::Ok { body, content_type: content_type.into(), etag: Some(etag) }
    }
}

#[derive(Default)]
struct State {
    routes: HashMap<String, Route>,
    hits: HashMap<String, usize>,
}

pub struct TestServer {
    port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

impl TestServer {
    pub fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if sp.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (st, sp) = (st.clone(), sp.clone());
                std::thread::spawn(move || handle(stream, &st, &sp));
            }
        });
        TestServer { port, state, stop }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn route(&self, path: &str, route: Route) {
        self.state.lock().expect("lock").routes.insert(path.to_string(), route);
    }

    /// Requests received for every path so far.
    pub fn total_hits(&self) -> usize {
        self.state.lock().expect("lock").hits.values().sum()
    }

    /// Requests received for `path` so far.
    pub fn hits(&self, path: &str) -> usize {
        self.state.lock().expect("lock").hits.get(path).copied().unwrap_or(0)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn handle(mut stream: TcpStream, state: &Mutex<State>, stop: &AtomicBool) {
    let Some((path, headers)) = read_request(&mut stream) else { return };
    let route = {
        let mut s = state.lock().expect("lock");
        *s.hits.entry(path.clone()).or_default() += 1;
        s.routes.get(&path).cloned()
    };
    let _ = match route {
        None => respond(&mut stream, 404, "text/plain", &[], b"not found"),
        Some(Route::Ok { body, content_type, etag }) => {
            if etag.is_some() && headers.get("if-none-match") == etag.as_ref() {
                respond(&mut stream, 304, &content_type, &[], b"")
            } else {
                let extra: Vec<(&str, String)> = etag.map(|e| ("ETag", e)).into_iter().collect();
                respond(&mut stream, 200, &content_type, &extra, &body)
            }
        }
        Some(Route::Gzip { body, content_type, last_modified }) => {
            if headers.get("if-modified-since") == Some(&last_modified) {
                respond(&mut stream, 304, &content_type, &[], b"")
            } else if headers.get("accept-encoding").is_some_and(|a| a.contains("gzip")) {
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                let gz = enc.write_all(&body).and_then(|_| enc.finish()).unwrap_or_default();
                let extra =
                    [("Content-Encoding", "gzip".to_string()), ("Last-Modified", last_modified)];
                respond(&mut stream, 200, &content_type, &extra, &gz)
            } else {
                respond(&mut stream, 406, "text/plain", &[], b"gzip only")
            }
        }
        Some(Route::Slow { delay, body, content_type }) => {
            std::thread::sleep(delay);
            respond(&mut stream, 200, &content_type, &[], &body)
        }
        Some(Route::Status(code)) => respond(&mut stream, code, "text/plain", &[], b"error"),
        Some(Route::Redirect(to)) => {
            respond(&mut stream, 302, "text/plain", &[("Location", to)], b"")
        }
        Some(Route::Hang) => {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(())
        }
        Some(Route::Huge { bytes, declare_length }) => huge(&mut stream, bytes, declare_length),
        Some(Route::Endless { every }) => endless(&mut stream, every, stop),
        Some(Route::GzipBomb(gz)) => {
            let extra = [("Content-Encoding", "gzip".to_string())];
            respond(&mut stream, 200, "application/rss+xml", &extra, &gz)
        }
    };
}

fn read_request(stream: &mut TcpStream) -> Option<(String, HashMap<String, String>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 || buf.len() > 65536 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.lines();
    let path = lines.next()?.split_whitespace().nth(1)?.to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((path, headers))
}

fn respond(
    stream: &mut TcpStream,
    code: u16,
    content_type: &str,
    extra: &[(&str, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head =
        format!("HTTP/1.1 {code} X\r\nContent-Type: {content_type}\r\nConnection: close\r\n");
    if code != 304 {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

fn huge(stream: &mut TcpStream, bytes: usize, declare_length: bool) -> std::io::Result<()> {
    let mut head = String::from(
        "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n",
    );
    if declare_length {
        head.push_str(&format!("Content-Length: {bytes}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>big</title>")?;
    let block = vec![b' '; 64 * 1024];
    let mut sent = 0;
    while sent < bytes {
        let n = block.len().min(bytes - sent);
        stream.write_all(&block[..n])?;
        sent += n;
    }
    stream.flush()
}

fn endless(stream: &mut TcpStream, every: Duration, stop: &AtomicBool) -> std::io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n\
          <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>endless</title>",
    )?;
    while !stop.load(Ordering::SeqCst) {
        stream.write_all(b"<item><title>more</title></item>")?;
        stream.flush()?;
        std::thread::sleep(every);
    }
    Ok(())
}
