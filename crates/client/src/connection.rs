//! One websocket connection, and keeping it alive.
//!
//! The reconnect logic above it only needs "the next text frame, or why
//! there is none"; this file hides pings, pongs, binary frames and the
//! idle timer. A connection that says nothing for `idle_timeout` is treated
//! as dead: a half-open TCP connection would otherwise wait forever.

use crate::client::Config;
use crate::Error;
use futures::{SinkExt, StreamExt};
use std::sync::Arc;
use tokio::net::TcpStream;
use tokio::time::{interval_at, Instant, Interval, MissedTickBehavior};
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::{
    connect_async_tls_with_config, Connector, MaybeTlsStream, WebSocketStream,
};

/// An open websocket to a certstream server.
pub(crate) struct Connection {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    ping: Interval,
    last_seen: Instant,
}

impl Connection {
    /// Connects (TCP, TLS for `wss://` with [`crate::tls`], handshake),
    /// resuming after `cursor` when given.
    pub(crate) async fn open(config: &Config, cursor: Option<&str>) -> Result<Connection, Error> {
        let url = config.request_url(cursor);
        tracing::debug!(%url, "connecting");
        let connector = Connector::Rustls(Arc::clone(&config.tls));
        let handshake = tokio::time::timeout(
            config.connect_timeout,
            connect_async_tls_with_config(url.as_str(), None, false, Some(connector)),
        );
        let socket = match handshake.await {
            Ok(Ok((socket, _response))) => socket,
            Ok(Err(error)) => return Err(Error::from_handshake(url.as_str(), error)),
            Err(_elapsed) => {
                return Err(Error::ConnectTimeout {
                    url: url.to_string(),
                    after: config.connect_timeout,
                })
            }
        };
        tracing::info!(%url, "connected");
        let start = Instant::now() + config.ping_interval;
        let mut ping = interval_at(start, config.ping_interval);
        ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
        Ok(Connection {
            socket,
            ping,
            last_seen: Instant::now(),
        })
    }

    /// The next text frame. `Err` means the connection is over and why.
    pub(crate) async fn next_text(&mut self, config: &Config) -> Result<String, Error> {
        loop {
            let idle_deadline = self.last_seen + config.idle_timeout;
            tokio::select! {
                frame = self.socket.next() => {
                    self.last_seen = Instant::now();
                    match frame {
                        Some(Ok(Frame::Text(text))) => return Ok(text.as_str().to_owned()),
                        Some(Ok(Frame::Close(_))) | None => return Err(Error::Closed),
                        Some(Ok(other)) => {
                            // Pings are answered by tungstenite; pongs only
                            // prove liveness; certstream sends no binary.
                            tracing::trace!(kind = ?other, "control or binary frame");
                        }
                        Some(Err(error)) => return Err(Error::Connection(Box::new(error))),
                    }
                }
                _ = self.ping.tick() => {
                    self.socket
                        .send(Frame::Ping(Default::default()))
                        .await
                        .map_err(|error| Error::Connection(Box::new(error)))?;
                }
                _ = tokio::time::sleep_until(idle_deadline) => {
                    return Err(Error::Idle(config.idle_timeout));
                }
            }
        }
    }
}
