//! Streams over plain HTTP: Server-Sent Events and NDJSON, for clients
//! that do not speak websocket (`curl`, `EventSource`).
//!
//! # Design
//! - **Same feed, same selection, same lag policy as a websocket
//!   session.** A task per client reads its [`Feed`] (history, then the
//!   ring), asks its [`Selection`], and hands each batch's pieces (shared
//!   payloads plus a few bytes of framing) to the response body through a
//!   small channel.
//! - **Slow clients are handled like slow websocket clients.** When the
//!   client stops reading, hyper stops polling the body, the channel fills
//!   and the task stops taking entries; the ring moves on, and the next
//!   take reports the gap: with `on_lag=close` (default) the stream ends
//!   with a `too_slow` notice, with `on_lag=skip` a `skipped` message is
//!   sent and the stream continues. A batch that cannot be handed over
//!   within [`WRITE_TIMEOUT`] ends the stream.
//! - **Ending the task ends the response**: dropping the sender finishes
//!   the body, so shutdown (and graceful HTTP shutdown, which waits for
//!   open responses) is never held up by a stream.
//! - Heartbeats keep proxies from timing the stream out, at the websocket
//!   heartbeat interval.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::StreamExt;
use tokio::sync::mpsc;
use tokio::time::{interval_at, Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::connection::{skipped_json, OnLag, MAX_BATCH, WRITE_TIMEOUT};
use crate::feed::Feed;
use crate::hub::{Lagged, StreamKind};
use crate::limits::Permit;
use crate::selection::Selection;
use crate::stats::{unix_now, Stats};
use crate::{ndjson, sse};

/// Batches queued for the response body before the task waits.
const QUEUED_BATCHES: usize = 4;

/// The two plain-HTTP framings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `text/event-stream`.
    Sse,
    /// `application/x-ndjson`.
    Ndjson,
}

/// Everything one plain-HTTP client's task needs.
#[derive(Debug)]
pub struct PlainClient {
    /// Framing.
    pub format: Format,
    /// Which form of each certificate is sent.
    pub kind: StreamKind,
    /// What happens when it falls behind.
    pub on_lag: OnLag,
    /// Its entries.
    pub feed: Feed,
    /// Its filters and dedup window.
    pub selection: Selection,
}

/// Start `client`'s task on `sessions` and return the streaming response.
pub fn respond(
    client: PlainClient,
    heartbeat: Duration,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
    sessions: &TaskTracker,
    permit: Permit,
) -> Response {
    let (tx, rx) = mpsc::channel::<Vec<Bytes>>(QUEUED_BATCHES);
    let format = client.format;
    sessions.spawn(async move {
        let _permit = permit;
        run(client, tx, heartbeat, stats, shutdown).await;
    });
    let pieces = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|batch| (batch, rx))
    })
    .flat_map(|batch| futures::stream::iter(batch.into_iter().map(Ok::<_, Infallible>)));
    let content_type = match format {
        Format::Sse => sse::CONTENT_TYPE,
        Format::Ndjson => ndjson::CONTENT_TYPE,
    };
    let mut response = Body::from_stream(pieces).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // Ask reverse proxies (nginx) not to buffer the stream.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

async fn run(
    mut client: PlainClient,
    tx: mpsc::Sender<Vec<Bytes>>,
    heartbeat: Duration,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
) {
    let _counted = stats.client_connected(client.kind);
    let mut heartbeat = interval_at(Instant::now() + heartbeat, heartbeat);
    heartbeat.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        let mut out = Vec::new();
        let end = tokio::select! {
            biased;
            _ = shutdown.cancelled() => return,
            _ = tx.closed() => return,
            _ = client.feed.ready() => forward(&mut client, &stats, &mut out),
            _ = heartbeat.tick() => {
                message(client.format, certstream_format::heartbeat_json(unix_now()), &mut out);
                false
            }
        };
        if !out.is_empty() {
            tokio::select! {
                _ = shutdown.cancelled() => return,
                sent = tokio::time::timeout(WRITE_TIMEOUT, tx.send(out)) => match sent {
                    Ok(Ok(())) => {}
                    Ok(Err(_)) => return,
                    Err(_) => {
                        tracing::info!(kind = ?client.kind, "HTTP stream client too slow, disconnecting");
                        stats.slow_client_disconnected();
                        return;
                    }
                },
            }
        }
        if end {
            return;
        }
    }
}

/// Frame every selected entry available; true when the stream must end.
fn forward(client: &mut PlainClient, stats: &Stats, out: &mut Vec<Bytes>) -> bool {
    if let Some(notice) = client.feed.take_notice() {
        message(client.format, notice, out);
    }
    let mut batch = Vec::new();
    match client.feed.take(&mut batch, MAX_BATCH) {
        Ok(()) => {
            let mut unsent_tail = None;
            for entry in &batch {
                if !client.selection.wants(entry) {
                    unsent_tail = Some(entry.seq());
                    continue;
                }
                unsent_tail = None;
                let json = Bytes::from(entry.for_stream(client.kind));
                match client.format {
                    Format::Sse => sse::event(entry.seq(), json, out),
                    Format::Ndjson => ndjson::line(json, out),
                }
            }
            if let (Format::Sse, Some(seq)) = (client.format, unsent_tail) {
                sse::advance(seq, out);
            }
            false
        }
        Err(Lagged(missed)) => match client.on_lag {
            OnLag::Close => {
                stats.slow_client_disconnected();
                message(client.format, too_slow_json(missed), out);
                true
            }
            OnLag::Skip => {
                stats.sessions.skipped(missed);
                message(client.format, skipped_json(missed), out);
                false
            }
        },
    }
}

fn message(format: Format, json: String, out: &mut Vec<Bytes>) {
    match format {
        Format::Sse => sse::message(Bytes::from(json), out),
        Format::Ndjson => ndjson::line(Bytes::from(json), out),
    }
}

/// The last message of a plain-HTTP stream cut off for falling behind
/// (a websocket gets a close frame with this reason instead).
pub fn too_slow_json(missed: u64) -> String {
    serde_json::json!({
        "message_type": "notice",
        "data": {
            "code": "too_slow",
            "message": format!("client too slow: fell {missed} messages behind; reconnect with since= to resume"),
            "missed": missed,
        },
    })
    .to_string()
}
