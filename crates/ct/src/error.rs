//! Errors, split by who is at fault: the bytes ([`DecodeError`]) or the
//! fetch ([`FetchError`]). Watchers retry fetch errors and count decode errors.
//!
//! CONTRACT (used by crates/server): `FetchError::kind`, `FetchError::retry_after`.

use std::time::Duration;

/// Bytes from a log that do not decode as the protocol says.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DecodeError(pub String);

/// A request to a log that did not produce usable data.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Non-success HTTP status; `retry_after` from the header when present.
    #[error("HTTP {status} from {url}")]
    Status {
        /// The HTTP status code.
        status: u16,
        /// The URL requested.
        url: String,
        /// The parsed `Retry-After` (delta-seconds or HTTP-date).
        retry_after: Option<Duration>,
    },
    /// No response within the `reqwest::Client`'s timeout (the log is slow,
    /// not necessarily down); holds the URL.
    #[error("timeout fetching {0}")]
    Timeout(String),
    /// Connection refused, DNS, TLS or a broken connection.
    #[error("network error fetching {url}: {message}")]
    Network {
        /// The URL requested.
        url: String,
        /// The underlying error, with its causes.
        message: String,
    },
    /// The body arrived but is malformed (bad JSON, bad base64, bad leaf).
    #[error("bad response from {url}: {source}")]
    Decode {
        /// The URL requested.
        url: String,
        /// What was wrong with the body.
        source: DecodeError,
    },
}

impl FetchError {
    /// Short stable label for metrics (`fetch_errors_total{kind=...}`).
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Status { status: 429, .. } => "http_429",
            FetchError::Status { status, .. } if *status >= 500 => "http_5xx",
            FetchError::Status { .. } => "http_other",
            FetchError::Timeout(_) => "timeout",
            FetchError::Network { .. } => "network",
            FetchError::Decode { .. } => "decode",
        }
    }

    /// How long the log asked us to wait (429/503 `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}
