//! The configured client: opens message streams and runs callbacks.
//!
//! A `Client` is cheap to clone (its configuration is shared) and holds no
//! connection itself; each [`Client::connect`] opens an independent
//! stream. That keeps the type `Send + Sync` and lets one configuration
//! feed several tasks.

use crate::filter::LocalFilter;
use crate::message_stream::MessageStream;
use crate::{ClientBuilder, Error, Message, ReconnectPolicy};
use futures::StreamExt;
use std::sync::Arc;
use std::time::Duration;
use url::Url;

/// A certstream client: where to connect, what to read, how to recover.
///
/// ```no_run
/// use futures::StreamExt;
///
/// # async fn demo() -> Result<(), certstream::Error> {
/// let client = certstream::Client::builder().domain("*.example.com").build()?;
/// let mut messages = client.connect().await?;
/// while let Some(message) = messages.next().await {
///     println!("{:?}", message?.domains());
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    config: Arc<Config>,
}

/// Validated settings, shared by every stream of a client.
#[derive(Debug)]
pub(crate) struct Config {
    /// Stream path and filter parameters included; `since` is added per
    /// connection.
    pub(crate) url: Url,
    pub(crate) since: Option<String>,
    pub(crate) filter: LocalFilter,
    pub(crate) skip_heartbeats: bool,
    pub(crate) ping_interval: Duration,
    pub(crate) idle_timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) reconnect: ReconnectPolicy,
    /// Used for `wss://` URLs.
    pub(crate) tls: Arc<rustls::ClientConfig>,
}

impl Config {
    /// The URL for one connection: resuming after `cursor` when there is one.
    pub(crate) fn request_url(&self, cursor: Option<&str>) -> Url {
        let mut url = self.url.clone();
        if let Some(cursor) = cursor {
            url.query_pairs_mut().append_pair("since", cursor);
        }
        url
    }
}

impl Client {
    /// Starts configuring a client; see [`ClientBuilder`] for the options.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub(crate) fn new(config: Arc<Config>) -> Client {
        Client { config }
    }

    /// The URL the client connects to (before any `since`).
    pub fn url(&self) -> &Url {
        &self.config.url
    }

    /// Connects, and returns the stream of messages that reconnects on its
    /// own. The first connection is made here, so a wrong URL or a server
    /// that refuses the request fails now instead of retrying forever.
    pub async fn connect(&self) -> Result<MessageStream, Error> {
        MessageStream::open(Arc::clone(&self.config)).await
    }

    /// Calls `callback` for every message until the reconnect policy gives
    /// up: certstream-python's `listen_for_events`. Frames that do not
    /// decode are logged (tracing, `warn`) and skipped.
    ///
    /// Returns `Err` when the first connection fails or the policy gives
    /// up; with the default policy it only returns on that first failure.
    pub async fn listen_for_events<F>(&self, mut callback: F) -> Result<(), Error>
    where
        F: FnMut(Message),
    {
        let mut messages = self.connect().await?;
        while let Some(item) = messages.next().await {
            match item {
                Ok(message) => callback(message),
                Err(Error::Decode { raw, source }) => {
                    tracing::warn!(%source, raw = %raw, "skipping a frame that does not decode");
                }
                Err(fatal) => return Err(fatal),
            }
        }
        Ok(())
    }
}
