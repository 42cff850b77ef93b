//! HTTP GET for feeds and pages: one shared ureq agent (rustls, gzip, connection pool) with a
//! timeout per request, a cap on the decoded response size, bounded redirects and conditional
//! GET (ETag / Last-Modified).

use crate::article::Origin;
use std::time::Duration;
use ureq::http::header;
use ureq::ResponseExt;

/// Limits for every request.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Whole request, connect to last body byte.
    pub timeout: Duration,
    /// Largest accepted response body after decompression.
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig { timeout: Duration::from_secs(20), max_bytes: 20 << 20, max_redirects: 5 }
    }
}

/// The validators a previous response gave, sent back for a conditional GET.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A response body with what the next request needs.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub body: Vec<u8>,
    /// The URL after redirects.
    pub final_url: String,
    pub content_type: Option<String>,
    pub validators: Validators,
}

#[derive(Debug, Clone)]
pub enum FetchOutcome {
    /// HTTP 304: nothing changed since the validators were issued.
    NotModified,
    Fetched(Fetched),
}

/// Why a fetch failed, worded for the refresh summary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("HTTP {code} {reason}")]
    Status { code: u16, reason: String },
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    #[error("response too large (over {limit} bytes)")]
    TooLarge { limit: u64 },
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(u32),
    #[error("{0}")]
    BadUrl(#[from] super::url::UrlError),
    #[error("{0}")]
    Network(String),
}

/// A shareable HTTP client; clones share the connection pool.
#[derive(Clone)]
pub struct Fetcher {
    agent: ureq::Agent,
    config: FetchConfig,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .max_redirects(config.max_redirects)
            .http_status_as_error(false)
            .user_agent(concat!("newslens/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Fetcher { agent, config }
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// GETs `url`, conditionally when `validators` has any.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<FetchOutcome, FetchError> {
        super::url::check(url)?;
        let mut req = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            req = req.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = &validators.last_modified {
            req = req.header(header::IF_MODIFIED_SINCE, lm);
        }
        let mut resp = req.call().map_err(|e| self.error(e))?;
        let status = resp.status();
        if status == ureq::http::StatusCode::NOT_MODIFIED {
            return Ok(FetchOutcome::NotModified);
        }
        if !status.is_success() {
            return Err(FetchError::Status {
                code: status.as_u16(),
                reason: status.canonical_reason().unwrap_or("").to_string(),
            });
        }
        let header_str = |name: header::HeaderName| {
            resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
        };
        let declared: Option<u64> =
            header_str(header::CONTENT_LENGTH).and_then(|v| v.trim().parse().ok());
        if declared.is_some_and(|n| n > self.config.max_bytes) {
            return Err(FetchError::TooLarge { limit: self.config.max_bytes });
        }
        let validators = Validators {
            etag: header_str(header::ETAG),
            last_modified: header_str(header::LAST_MODIFIED),
        };
        let content_type = header_str(header::CONTENT_TYPE);
        let final_url = resp.get_uri().to_string();
        // Sized from Content-Length when given: no doubling slack held while the body waits.
        let capacity = declared.unwrap_or(64 * 1024).min(self.config.max_bytes) as usize;
        let mut body = Vec::with_capacity(capacity);
        let mut reader = resp.body_mut().with_config().limit(self.config.max_bytes).reader();
        std::io::Read::read_to_end(&mut reader, &mut body).map_err(|e| self.io_error(e))?;
        Ok(FetchOutcome::Fetched(Fetched { body, final_url, content_type, validators }))
    }

    fn io_error(&self, e: std::io::Error) -> FetchError {
        match e.downcast::<ureq::Error>() {
            Ok(inner) => self.error(inner),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::Timeout(self.config.timeout)
            }
            Err(e) => FetchError::Network(e.to_string()),
        }
    }

    fn error(&self, e: ureq::Error) -> FetchError {
        match e {
            ureq::Error::Timeout(_) => FetchError::Timeout(self.config.timeout),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::Timeout(self.config.timeout)
            }
            ureq::Error::BodyExceedsLimit(_) => {
                FetchError::TooLarge { limit: self.config.max_bytes }
            }
            ureq::Error::TooManyRedirects => {
                FetchError::TooManyRedirects(self.config.max_redirects)
            }
            ureq::Error::StatusCode(code) => FetchError::Status { code, reason: String::new() },
            other => FetchError::Network(other.to_string()),
        }
    }
}

impl Fetched {
    /// What the response declares about its body, for the article loader.
    pub fn origin(&self) -> Origin<'_> {
        Origin::http(self.content_type.as_deref(), &self.final_url)
    }
}
