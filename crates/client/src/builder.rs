//! Configuration of a [`Client`], checked once in [`ClientBuilder::build`].
//!
//! A builder because most users change one or two of a dozen settings;
//! every setting has a default that works against the public CaliDog
//! server. Validation (URL, scheme, regex) happens in `build`, so a
//! configuration mistake is reported before any network traffic.

use crate::client::{Client, Config};
use crate::filter::FilterSpec;
use crate::{Error, ReconnectPolicy, StreamKind, DEFAULT_URL};
use certstream_format::UpdateType;
use std::sync::Arc;
use std::time::Duration;
use url::Url;

/// Builds a [`Client`]; get one from [`Client::builder`].
///
/// ```
/// use certstream::{Client, StreamKind};
/// use std::time::Duration;
///
/// let client = Client::builder()
///     .url("wss://certstream.example.net/")
///     .stream(StreamKind::Full)
///     .domain("*.example.com")
///     .regex(r"^login\.")
///     .ping_interval(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(client.url().as_str(),
///     "wss://certstream.example.net/full-stream?domain=*.example.com&regex=%5Elogin%5C.");
/// # Ok::<(), certstream::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    url: String,
    stream: Option<StreamKind>,
    filters: FilterSpec,
    since: Option<String>,
    skip_heartbeats: bool,
    ping_interval: Duration,
    idle_timeout: Duration,
    connect_timeout: Duration,
    reconnect: ReconnectPolicy,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            url: DEFAULT_URL.to_owned(),
            stream: None,
            filters: FilterSpec::default(),
            since: None,
            skip_heartbeats: true,
            ping_interval: Duration::from_secs(15),
            idle_timeout: Duration::from_secs(75),
            connect_timeout: Duration::from_secs(15),
            reconnect: ReconnectPolicy::default(),
        }
    }
}

impl ClientBuilder {
    /// The server URL (default [`DEFAULT_URL`]). `ws://`/`wss://`, or
    /// `http://`/`https://` which are turned into their websocket
    /// equivalents. Any path and query are kept unless
    /// [`stream`](Self::stream) is set.
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = url.into();
        self
    }

    /// Which stream to read. When set, it replaces the URL's last path
    /// segment (and drops the URL's own query); when not set the URL is
    /// used as given, which reads the lite stream for a URL ending in `/`.
    pub fn stream(mut self, kind: StreamKind) -> Self {
        self.stream = Some(kind);
        self
    }

    /// Only certificates with a domain matching this pattern (repeatable;
    /// any pattern may match). See the [crate docs](crate#filters) for the
    /// pattern rules.
    pub fn domain(mut self, pattern: impl Into<String>) -> Self {
        self.filters.domains.push(pattern.into());
        self
    }

    /// Only certificates with a domain matching this regex.
    pub fn regex(mut self, pattern: impl Into<String>) -> Self {
        self.filters.regex = Some(pattern.into());
        self
    }

    /// Only certificates (`X509LogEntry`) or only precertificates
    /// (`PrecertLogEntry`).
    pub fn update_type(mut self, update_type: UpdateType) -> Self {
        self.filters.update_type = Some(update_type);
        self
    }

    /// Only certificates whose issuer's O or CN contains this text.
    pub fn issuer(mut self, substring: impl Into<String>) -> Self {
        self.filters.issuer = Some(substring.into());
        self
    }

    /// Only certificates from logs whose URL contains this text.
    pub fn log(mut self, substring: impl Into<String>) -> Self {
        self.filters.log = Some(substring.into());
        self
    }

    /// Resume after this cursor (a [`Message::cursor`](crate::Message::cursor)
    /// saved earlier), so that a restarted program misses nothing the
    /// server still keeps. Ignored by servers without cursors.
    pub fn since(mut self, cursor: impl Into<String>) -> Self {
        self.since = Some(cursor.into());
        self
    }

    /// Whether heartbeats are dropped instead of yielded (default `true`,
    /// as in certstream-python). The client watches the connection itself,
    /// so heartbeats are only useful to show liveness to a user.
    pub fn skip_heartbeats(mut self, skip: bool) -> Self {
        self.skip_heartbeats = skip;
        self
    }

    /// How often to send a websocket ping (default 15 s, as
    /// certstream-python). Keeps proxies and NAT from closing a quiet
    /// connection (a filtered stream can be quiet for long).
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval;
        self
    }

    /// Reconnect when nothing at all (message, heartbeat or pong) arrives
    /// for this long (default 75 s: five missed pongs, two and a half
    /// missed heartbeats). Catches connections that died silently.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }

    /// How long one connection attempt (TCP, TLS and websocket handshake)
    /// may take (default 15 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// What to do when the connection drops (default: retry forever with
    /// exponential backoff and jitter).
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// Checks the settings and builds the client. Fails with
    /// [`Error::InvalidUrl`], [`Error::UnsupportedScheme`] or
    /// [`Error::InvalidRegex`] (or, not expected, [`Error::Tls`]).
    pub fn build(self) -> Result<Client, Error> {
        let mut url = parse_url(&self.url)?;
        if let Some(kind) = self.stream {
            url = url
                .join(kind.relative_path())
                .map_err(|source| Error::InvalidUrl {
                    url: self.url.clone(),
                    source,
                })?;
        }
        let pairs = self.filters.query_pairs();
        if !pairs.is_empty() {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        let filter = self.filters.compile()?;
        Ok(Client::new(Arc::new(Config {
            url,
            since: self.since,
            filter,
            skip_heartbeats: self.skip_heartbeats,
            ping_interval: self.ping_interval,
            idle_timeout: self.idle_timeout,
            connect_timeout: self.connect_timeout,
            reconnect: self.reconnect,
            tls: crate::tls::client_config()?,
        })))
    }
}

/// Parses the server URL, mapping `http(s)` to `ws(s)`.
fn parse_url(text: &str) -> Result<Url, Error> {
    let invalid = |source| Error::InvalidUrl {
        url: text.to_owned(),
        source,
    };
    let url = Url::parse(text).map_err(invalid)?;
    let scheme = match url.scheme() {
        "ws" | "http" => "ws",
        "wss" | "https" => "wss",
        other => {
            return Err(Error::UnsupportedScheme {
                scheme: other.to_owned(),
            })
        }
    };
    if url.scheme() == scheme {
        return Ok(url);
    }
    // `set_scheme` refuses http -> ws (special to non-special), so rebuild.
    let rest = &url.as_str()[url.scheme().len()..];
    Url::parse(&format!("{scheme}{rest}")).map_err(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url_of(builder: ClientBuilder) -> String {
        match builder.build() {
            Ok(client) => client.url().to_string(),
            Err(e) => panic!("build failed: {e}"),
        }
    }

    #[test]
    fn default_url_is_calidog() {
        assert_eq!(url_of(ClientBuilder::default()), DEFAULT_URL);
    }

    #[test]
    fn http_schemes_become_websocket_schemes() {
        let b = ClientBuilder::default();
        assert_eq!(url_of(b.clone().url("https://h.test/x")), "wss://h.test/x");
        assert_eq!(url_of(b.url("http://h.test:8080/")), "ws://h.test:8080/");
    }

    #[test]
    fn stream_kind_replaces_the_last_segment_only() {
        let b = ClientBuilder::default().url("wss://h.test/prefix/full-stream?x=1");
        assert_eq!(
            url_of(b.clone().stream(StreamKind::DomainsOnly)),
            "wss://h.test/prefix/domains-only"
        );
        assert_eq!(
            url_of(b.clone().stream(StreamKind::Lite)),
            "wss://h.test/prefix/"
        );
        assert_eq!(url_of(b), "wss://h.test/prefix/full-stream?x=1");
    }
}
