//! The reconnecting stream of messages.
//!
//! Design: a `futures::stream::unfold` over a small state machine rather
//! than a hand-written `poll_next`, because every step is naturally async
//! (read a frame, or sleep and reconnect) and `unfold` keeps it readable.
//!
//! Lossless resume: the stream remembers the cursor of the last
//! certificate_update it saw (or the one given with `since`) and
//! reconnects with `?since=<cursor>`, so a server that keeps history
//! replays exactly what was missed. Without cursors it reconnects plainly,
//! as certstream-python does. Filtered-out messages still move the cursor
//! forward, so they are not replayed either.

use crate::client::Config;
use crate::connection::Connection;
use crate::{Error, Message};
use futures::stream::{self, BoxStream};
use futures::Stream;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

/// The messages of a certstream, across reconnects. Returned by
/// [`connect`](crate::connect) and [`Client::connect`](crate::Client::connect).
///
/// It yields `Ok` messages (already filtered, heartbeats skipped unless
/// asked for), [`Error::Decode`] for a frame that is not a certstream
/// message (the stream goes on), and ends after yielding
/// [`Error::ReconnectExhausted`] when the reconnect policy gives up.
/// Connection drops in between are handled silently (logged through
/// `tracing`).
pub struct MessageStream {
    inner: BoxStream<'static, Result<Message, Error>>,
}

impl std::fmt::Debug for MessageStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageStream").finish_non_exhaustive()
    }
}

impl MessageStream {
    /// Makes the first connection, then hands over to the state machine.
    pub(crate) async fn open(config: Arc<Config>) -> Result<MessageStream, Error> {
        let connection = Connection::open(&config, config.since.as_deref()).await?;
        let state = State {
            cursor: config.since.clone(),
            delays: Box::new(config.reconnect.delays()),
            attempts: 0,
            connection: Some(connection),
            received_since_connect: false,
            last_error: Error::Closed,
            finished: false,
            config,
        };
        let inner = stream::unfold(state, |mut state| async move {
            let item = state.next_item().await?;
            Some((item, state))
        });
        Ok(MessageStream {
            inner: Box::pin(inner),
        })
    }
}

impl Stream for MessageStream {
    type Item = Result<Message, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

struct State {
    config: Arc<Config>,
    connection: Option<Connection>,
    /// Resume position: the last cursor seen, or the configured `since`.
    cursor: Option<String>,
    /// Backoff delays left; restarted when a connection proves good.
    delays: Box<dyn Iterator<Item = Duration> + Send>,
    /// Reconnects tried since the last connection that delivered a message.
    attempts: usize,
    received_since_connect: bool,
    /// Why the last connection or attempt ended, for `ReconnectExhausted`.
    last_error: Error,
    finished: bool,
}

impl State {
    /// The next item to yield; `None` ends the stream.
    async fn next_item(&mut self) -> Option<Result<Message, Error>> {
        loop {
            if self.finished {
                return None;
            }
            let Some(connection) = self.connection.as_mut() else {
                if let Err(fatal) = self.reconnect().await {
                    self.finished = true;
                    return Some(Err(fatal));
                }
                continue;
            };
            let text = match connection.next_text(&self.config).await {
                Ok(text) => text,
                Err(error) => {
                    tracing::warn!(%error, "connection lost; reconnecting");
                    self.connection = None;
                    self.last_error = error;
                    continue;
                }
            };
            if !self.received_since_connect {
                self.received_since_connect = true;
                self.delays = Box::new(self.config.reconnect.delays());
                self.attempts = 0;
            }
            match Message::parse(text) {
                Ok(message) => {
                    if let Some(cursor) = message.cursor() {
                        self.cursor = Some(cursor.to_owned());
                    }
                    if self.wanted(&message) {
                        return Some(Ok(message));
                    }
                }
                Err(error) => return Some(Err(error)),
            }
        }
    }

    fn wanted(&self, message: &Message) -> bool {
        let heartbeat = matches!(message, Message::Heartbeat { .. });
        !(heartbeat && self.config.skip_heartbeats) && self.config.filter.matches(message)
    }

    /// Waits out the backoff and reconnects; `Err` when the policy gives up.
    async fn reconnect(&mut self) -> Result<(), Error> {
        loop {
            let Some(delay) = self.delays.next() else {
                let last = std::mem::replace(&mut self.last_error, Error::Closed);
                return Err(Error::ReconnectExhausted {
                    attempts: self.attempts,
                    last: Box::new(last),
                });
            };
            self.attempts += 1;
            let attempts = self.attempts;
            tracing::debug!(?delay, attempts, "waiting before reconnecting");
            tokio::time::sleep(delay).await;
            match Connection::open(&self.config, self.cursor.as_deref()).await {
                Ok(connection) => {
                    self.connection = Some(connection);
                    self.received_since_connect = false;
                    return Ok(());
                }
                Err(error) => {
                    tracing::warn!(%error, attempts, "reconnect failed");
                    self.last_error = error;
                }
            }
        }
    }
}
