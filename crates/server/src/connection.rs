//! One websocket client's session: forward its stream, keep it alive, and
//! end it cleanly.
//!
//! # Design
//! - **One task, one `select!`.** The session waits at once on the hub, the
//!   heartbeat and ping timers, the client's inbound frames and shutdown.
//!   The socket is split so reading and writing never borrow each other.
//! - **Keep-alive is ours, not the client's.** A JSON heartbeat every
//!   heartbeat interval (certstream clients watch for it) and a ping frame
//!   every ping interval. Clients are never required to ping or even to
//!   answer: the npm `certstream` client sends nothing, and a client is only
//!   dropped when its connection fails or it falls behind. Pings from the
//!   client are answered by the websocket layer (tungstenite queues the pong
//!   as it reads).
//! - **Inbound data is ignored.** Clients have nothing to say; frames are
//!   read only to notice pings and closes, and their size is capped at the
//!   upgrade (see `routes`).
//! - **A stuck client is bounded twice.** Falling more than the hub's ring
//!   behind closes the session with 1008 and a reason; a single write that
//!   cannot complete within [`WRITE_TIMEOUT`] (a peer that stopped reading
//!   with a full TCP window) ends it too, so no task waits forever.
//! - **Shutdown says goodbye**: close code 1001 (Going Away).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{close_code, CloseFrame, Message as WsMessage, Utf8Bytes, WebSocket};
use bytes::Bytes;
use futures::stream::SplitSink;
use futures::{SinkExt, StreamExt};
use tokio::time::{interval_at, Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;

use crate::hub::{Next, StreamKind, Subscription};
use crate::stats::{unix_now, Stats};

/// Longest a single write to a client may take before the client is dropped.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

/// Timers of a session.
#[derive(Debug, Clone, Copy)]
pub struct Keepalive {
    /// Between heartbeat messages.
    pub heartbeat: Duration,
    /// Between ping frames.
    pub ping: Duration,
}

/// Run one client's session until it disconnects, falls behind, or the
/// server shuts down.
pub async fn run(
    socket: WebSocket,
    kind: StreamKind,
    mut subscription: Subscription,
    keepalive: Keepalive,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
) {
    let _counted = stats.client_connected(kind);
    let (mut sink, mut inbound) = socket.split();
    let mut heartbeat = ticker(keepalive.heartbeat);
    let mut ping = ticker(keepalive.ping);

    loop {
        let outgoing = tokio::select! {
            _ = shutdown.cancelled() => {
                close(&mut sink, close_code::AWAY, "server shutting down").await;
                return;
            }
            next = subscription.next() => match next {
                Next::Message(message) => WsMessage::Text(message.for_stream(kind)),
                Next::Lagged(missed) => {
                    stats.slow_client_disconnected();
                    tracing::info!(missed, ?kind, "client too slow, disconnecting");
                    let reason = format!("client too slow: fell {missed} messages behind");
                    close(&mut sink, close_code::POLICY, &reason).await;
                    return;
                }
                Next::Closed => {
                    close(&mut sink, close_code::AWAY, "server shutting down").await;
                    return;
                }
            },
            _ = heartbeat.tick() => {
                WsMessage::Text(Utf8Bytes::from(certstream_format::heartbeat_json(unix_now())))
            }
            _ = ping.tick() => WsMessage::Ping(Bytes::new()),
            frame = inbound.next() => match frame {
                // Pings are answered by tungstenite; data is ignored.
                Some(Ok(WsMessage::Close(_))) | Some(Err(_)) | None => return,
                Some(Ok(_)) => continue,
            },
        };
        match tokio::time::timeout(WRITE_TIMEOUT, sink.send(outgoing)).await {
            Ok(Ok(())) => {}
            Ok(Err(_)) => return,
            Err(_) => {
                tracing::info!(?kind, "client write timed out, disconnecting");
                stats.slow_client_disconnected();
                return;
            }
        }
    }
}

/// A timer whose first tick is one period from now; missed ticks are not
/// bunched up (a late heartbeat is better than three at once).
fn ticker(period: Duration) -> tokio::time::Interval {
    let mut interval = interval_at(Instant::now() + period, period);
    interval.set_missed_tick_behavior(MissedTickBehavior::Delay);
    interval
}

/// Send a close frame, best effort: the client may already be gone.
async fn close(sink: &mut SplitSink<WebSocket, WsMessage>, code: u16, reason: &str) {
    let frame = CloseFrame {
        code,
        reason: Utf8Bytes::from(reason),
    };
    let _ = tokio::time::timeout(WRITE_TIMEOUT, sink.send(WsMessage::Close(Some(frame)))).await;
}
