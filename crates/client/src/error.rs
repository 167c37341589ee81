//! The crate's one error type.
//!
//! Design: a single `#[non_exhaustive]` enum rather than one error per
//! function, because callers mostly want to tell apart three situations:
//! a mistake in their own configuration (fix the code), a server that says
//! no (fix the URL or filter), and the network going away (already handled
//! by reconnecting, reported only when the [`ReconnectPolicy`] gives up).
//! The websocket library's error is boxed to keep `Result<Message, Error>`
//! small on the hot path.
//!
//! [`ReconnectPolicy`]: crate::ReconnectPolicy

use std::time::Duration;
use tokio_tungstenite::tungstenite;

/// Everything that can go wrong while talking to a certstream server.
///
/// # Common cases
///
/// A URL that does not parse, or a scheme that is not a websocket, is
/// reported by [`ClientBuilder::build`](crate::ClientBuilder::build) before
/// any network traffic:
///
/// ```
/// let err = certstream::Client::builder().url("not a url").build().unwrap_err();
/// assert!(matches!(err, certstream::Error::InvalidUrl { .. }));
///
/// let err = certstream::Client::builder().url("ftp://example.com/").build().unwrap_err();
/// assert!(matches!(err, certstream::Error::UnsupportedScheme { .. }));
/// ```
///
/// So is a regex filter that does not compile:
///
/// ```
/// let err = certstream::Client::builder().regex("(unclosed").build().unwrap_err();
/// assert!(matches!(err, certstream::Error::InvalidRegex(_)));
/// ```
///
/// The first connection is made by [`Client::connect`](crate::Client::connect);
/// a server that is down gives [`Error::Connect`], and a server that refuses
/// the request (for example HTTP 400 for a filter it rejects) gives
/// [`Error::Rejected`] with its explanation:
///
/// ```no_run
/// # async fn demo() {
/// match certstream::connect("ws://127.0.0.1:1/").await {
///     Err(certstream::Error::Connect { url, source }) => eprintln!("{url} is down: {source}"),
///     Err(certstream::Error::Rejected { status, message, .. }) => eprintln!("HTTP {status}: {message}"),
///     Err(other) => eprintln!("{other}"),
///     Ok(_stream) => {}
/// }
/// # }
/// ```
///
/// Once connected, the message stream yields only two errors:
/// [`Error::Decode`] for one frame that is not a certstream message (the
/// stream goes on), and [`Error::ReconnectExhausted`] as its last item when
/// the reconnect policy gives up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server URL does not parse.
    #[error("invalid certstream URL {url:?}: {source}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Why it does not parse.
        source: url::ParseError,
    },
    /// The URL is not `ws://`, `wss://`, `http://` or `https://`.
    #[error("unsupported URL scheme {scheme:?}: use ws://, wss://, http:// or https://")]
    UnsupportedScheme {
        /// The scheme that was given.
        scheme: String,
    },
    /// The `regex` filter does not compile (the server would refuse it too).
    #[error("invalid regex filter: {0}")]
    InvalidRegex(#[from] regex::Error),
    /// Another filter the server would refuse too (an empty value).
    #[error("{0}")]
    InvalidFilter(certstream_format::filter::FilterError),
    /// The TLS configuration could not be built (rustls refused the
    /// protocol versions; not expected with the bundled settings).
    #[error("TLS configuration: {0}")]
    Tls(#[from] rustls::Error),
    /// The TCP, TLS or websocket handshake failed.
    #[error("could not connect to {url}: {source}")]
    Connect {
        /// The URL that was tried, including filters and `since`.
        url: String,
        /// What the websocket library reported.
        source: Box<tungstenite::Error>,
    },
    /// The handshake did not finish within the connect timeout.
    #[error("connecting to {url} timed out after {after:?}")]
    ConnectTimeout {
        /// The URL that was tried.
        url: String,
        /// The configured timeout.
        after: Duration,
    },
    /// The server answered the upgrade with an HTTP error, e.g. 400 for a
    /// filter it does not accept or 404 for a wrong path.
    #[error("{url} refused the connection with HTTP {status}: {message}")]
    Rejected {
        /// The URL that was tried.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The response body (lossy UTF-8), which certstream servers use
        /// to say what was wrong.
        message: String,
    },
    /// An established connection failed (reset, protocol error...).
    #[error("connection lost: {0}")]
    Connection(Box<tungstenite::Error>),
    /// The server closed the connection.
    #[error("the server closed the connection")]
    Closed,
    /// Nothing, not even a heartbeat or pong, arrived for this long, so the
    /// connection is presumed dead.
    #[error("no data from the server for {0:?}")]
    Idle(Duration),
    /// One frame was not a certstream message. Not fatal: the stream goes on.
    #[error("could not decode a message: {source}")]
    Decode {
        /// The frame's text, for logging or custom parsing.
        raw: String,
        /// What serde reported.
        source: serde_json::Error,
    },
    /// The [`ReconnectPolicy`](crate::ReconnectPolicy) allows no more
    /// attempts. Always the last item of a message stream.
    #[error("gave up after {attempts} reconnect attempt(s); last error: {last}")]
    ReconnectExhausted {
        /// How many reconnects were tried since the last connection that
        /// delivered a message.
        attempts: usize,
        /// The error that ended the last attempt.
        last: Box<Error>,
    },
}

impl Error {
    /// Builds the error for a failed handshake, pulling out the status and
    /// body when the server answered with an HTTP error.
    pub(crate) fn from_handshake(url: &str, error: tungstenite::Error) -> Error {
        match error {
            tungstenite::Error::Http(response) => Error::Rejected {
                url: url.to_owned(),
                status: response.status().as_u16(),
                message: response
                    .body()
                    .as_deref()
                    .map(|body| String::from_utf8_lossy(body).trim().to_owned())
                    .unwrap_or_default(),
            },
            other => Error::Connect {
                url: url.to_owned(),
                source: Box::new(other),
            },
        }
    }
}
