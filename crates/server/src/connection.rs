//! One websocket client's session: forward its stream from the hub, keep it
//! alive, police what it sends, and end it cleanly.
//!
//! # Design
//! - **One task, one `select!`, no split.** The session waits at once on
//!   the hub, the heartbeat, ping and idle timers, the client's bytes and
//!   shutdown. Whatever the branch produced is queued and written before
//!   the next wait, so reads and writes never overlap and the socket needs
//!   no splitting (no lock, no second task per client).
//! - **Shared frames, vectored writes.** Each wake-up takes every entry
//!   available (up to [`MAX_BATCH`]) and queues their prebuilt frame pieces
//!   (see [`crate::hub::Entry::push_frame`]); one `write_all_buf` sends them
//!   with as few system calls as the kernel allows. Nothing per client is
//!   serialised except heartbeats, pongs and closes.
//! - **Keep-alive is ours.** A JSON heartbeat every heartbeat interval
//!   (certstream clients watch for it) and a ping every ping interval.
//!   Clients need never send anything of their own: every browser and
//!   websocket library answers pings with pongs, and *any* bytes received
//!   (a pong counts) reset the idle timer. A client silent for the idle
//!   timeout (no pong to several pings) is a dead peer and is dropped.
//! - **Inbound frames are parsed, checked, counted and ignored**: pings are
//!   answered, a close is answered, an oversized frame ends the session
//!   with 1009 and a malformed one with 1002 (see [`crate::frame`]).
//! - **A client that falls behind the ring** is closed with 1008 and a
//!   reason, or, if it asked with `?on_lag=skip`, told how many entries it
//!   missed (a `skipped` message) and carried on from the oldest entry
//!   held. Either way it is counted, and nobody else notices: the ring
//!   never waits.
//! - **A single write that cannot finish within [`WRITE_TIMEOUT`]** (a peer
//!   that stopped reading with a full TCP window) ends the session, so no
//!   task waits forever.
//! - **Shutdown says goodbye**: close code 1001 (Going Away).
//! - **Resume and selection** come from outside: the session reads a
//!   [`Feed`] (history, then the ring) and asks its [`Selection`] (filters,
//!   dedup) about each entry; a skipped entry costs no write.

use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use bytes::BytesMut;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::{interval_at, sleep, Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;

use crate::feed::Feed;
use crate::frame::{self, FrameError, OP_BINARY, OP_CLOSE, OP_CONTINUATION, OP_PING, OP_TEXT};
use crate::hub::{Lagged, StreamKind};
use crate::selection::Selection;
use crate::stats::{unix_now, Stats};
use crate::write_queue::WriteQueue;

/// Longest a single write to a client may take before the client is dropped.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

/// Most entries queued for one write.
pub const MAX_BATCH: usize = 256;

/// An empty read buffer bigger than this is released, so idle clients
/// hold almost nothing.
const KEEP_READ_BUFFER: usize = 4096;

/// Close codes (RFC 6455 §7.4.1).
mod code {
    pub const NORMAL: u16 = 1000;
    pub const AWAY: u16 = 1001;
    pub const PROTOCOL: u16 = 1002;
    pub const POLICY: u16 = 1008;
    pub const TOO_BIG: u16 = 1009;
}

/// Timers of a session.
#[derive(Debug, Clone, Copy)]
pub struct Keepalive {
    /// Between heartbeat messages.
    pub heartbeat: Duration,
    /// Between ping frames.
    pub ping: Duration,
}

/// Per-session settings shared by every client.
#[derive(Debug, Clone, Copy)]
pub struct SessionSettings {
    /// Heartbeat and ping periods.
    pub keepalive: Keepalive,
    /// Largest inbound frame payload accepted (larger: close 1009).
    pub max_inbound_frame: usize,
    /// A client that sends nothing (not even a pong) for this long is dropped.
    pub idle_timeout: Duration,
}

/// What a client does when it falls further behind than the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnLag {
    /// Close with 1008 and a reason (the default: no silent holes).
    #[default]
    Close,
    /// Jump to the oldest entry held and send a `skipped` message first.
    Skip,
}

/// What this client negotiated and asked for.
#[derive(Debug, Clone, Copy)]
pub struct ClientOptions {
    /// Which stream it is on.
    pub kind: StreamKind,
    /// permessage-deflate was negotiated.
    pub deflate: bool,
    /// Its choice for falling behind.
    pub on_lag: OnLag,
}

/// How the loop continues after a branch.
enum Flow {
    Continue,
    /// Write what is queued (typically a close frame), then end.
    End,
}

/// Run one client's session on an upgraded connection until it
/// disconnects, misbehaves, falls behind, or the server shuts down.
pub async fn run<S>(
    mut io: S,
    client: ClientOptions,
    mut feed: Feed,
    mut selection: Selection,
    settings: SessionSettings,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
) where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let _counted = stats.client_connected(client.kind);
    let mut heartbeat = ticker(settings.keepalive.heartbeat);
    let mut ping = ticker(settings.keepalive.ping);
    let mut idle = pin!(sleep(settings.idle_timeout));
    let mut inbound = Inbound {
        buf: BytesMut::new(),
        in_message: false,
        max_frame: settings.max_inbound_frame,
        allow_rsv1: client.deflate,
    };
    let mut queue = WriteQueue::default();

    loop {
        let flow = tokio::select! {
            biased;
            _ = shutdown.cancelled() => {
                queue.push(frame::close_frame(code::AWAY, "server shutting down"));
                Flow::End
            }
            _ = feed.ready() => forward(&mut feed, &mut selection, client, &stats, &mut queue),
            _ = heartbeat.tick() => {
                let json = certstream_format::heartbeat_json(unix_now());
                queue.push(frame::server_frame(OP_TEXT, false, json.as_bytes()));
                Flow::Continue
            }
            _ = ping.tick() => {
                queue.push(frame::server_frame(OP_PING, false, b""));
                Flow::Continue
            }
            _ = &mut idle => {
                stats.sessions.idle_timeout();
                let reason = format!("idle timeout: nothing received for {:?}", settings.idle_timeout);
                queue.push(frame::close_frame(code::POLICY, &reason));
                Flow::End
            }
            read = io.read_buf(&mut inbound.buf) => match read {
                Ok(0) | Err(_) => return,
                Ok(_) => {
                    idle.as_mut().reset(Instant::now() + settings.idle_timeout);
                    inbound.process(&stats, &mut queue)
                }
            },
        };
        if !queue.is_empty() {
            match tokio::time::timeout(WRITE_TIMEOUT, io.write_all_buf(&mut queue)).await {
                Ok(Ok(())) => queue.shrink(),
                Ok(Err(_)) => return,
                Err(_) => {
                    tracing::info!(kind = ?client.kind, "client write timed out, disconnecting");
                    stats.slow_client_disconnected();
                    return;
                }
            }
        }
        if let Flow::End = flow {
            let _ = tokio::time::timeout(WRITE_TIMEOUT, io.shutdown()).await;
            return;
        }
    }
}

/// Queue every entry available to this client, or handle its lag.
fn forward(
    feed: &mut Feed,
    selection: &mut Selection,
    client: ClientOptions,
    stats: &Stats,
    queue: &mut WriteQueue,
) -> Flow {
    if let Some(notice) = feed.take_notice() {
        queue.push(frame::server_frame(OP_TEXT, false, notice.as_bytes()));
    }
    let mut batch = Vec::new();
    match feed.take(&mut batch, MAX_BATCH) {
        Ok(()) => {
            for entry in batch.iter().filter(|entry| selection.wants(entry)) {
                entry.push_frame(client.kind, client.deflate, queue);
            }
            Flow::Continue
        }
        Err(Lagged(missed)) => match client.on_lag {
            OnLag::Close => {
                stats.slow_client_disconnected();
                tracing::info!(missed, kind = ?client.kind, "client too slow, disconnecting");
                let reason = format!("client too slow: fell {missed} messages behind");
                queue.push(frame::close_frame(code::POLICY, &reason));
                Flow::End
            }
            OnLag::Skip => {
                stats.sessions.skipped(missed);
                queue.push(frame::server_frame(
                    OP_TEXT,
                    false,
                    skipped_json(missed).as_bytes(),
                ));
                Flow::Continue
            }
        },
    }
}

/// The message a `?on_lag=skip` client gets in place of the entries it
/// missed: `{"message_type":"skipped","missed":N,"timestamp":T}`.
pub fn skipped_json(missed: u64) -> String {
    serde_json::json!({
        "message_type": "skipped",
        "missed": missed,
        "timestamp": unix_now(),
    })
    .to_string()
}

/// The client's side of the connection: buffered bytes and message state.
struct Inbound {
    buf: BytesMut,
    /// Inside a fragmented data message (continuations expected).
    in_message: bool,
    max_frame: usize,
    allow_rsv1: bool,
}

impl Inbound {
    /// Handle every complete frame received so far.
    fn process(&mut self, stats: &Stats, queue: &mut WriteQueue) -> Flow {
        let flow = loop {
            match frame::parse_client_frame(&mut self.buf, self.max_frame, self.allow_rsv1) {
                Ok(None) => break Flow::Continue,
                Ok(Some(received)) => match self.handle(received.fin, received.opcode) {
                    Ok(()) if received.opcode == OP_PING => {
                        queue.push(frame::server_frame(
                            frame::OP_PONG,
                            false,
                            &received.payload,
                        ));
                    }
                    Ok(()) if received.opcode == OP_CLOSE => {
                        break match frame::close_code(&received.payload) {
                            Ok(_) => {
                                queue.push(frame::close_frame(code::NORMAL, ""));
                                Flow::End
                            }
                            Err(error) => protocol_error(&error, stats, queue),
                        };
                    }
                    Ok(()) => {}
                    Err(error) => break protocol_error(&error, stats, queue),
                },
                Err(error @ FrameError::TooLarge(_)) => {
                    stats.sessions.oversized_frame();
                    let reason = format!("frame too large: limit is {} bytes", self.max_frame);
                    tracing::debug!(%error, "closing session");
                    queue.push(frame::close_frame(code::TOO_BIG, &reason));
                    break Flow::End;
                }
                Err(error) => break protocol_error(&error, stats, queue),
            }
        };
        if self.buf.is_empty() && self.buf.capacity() > KEEP_READ_BUFFER {
            self.buf = BytesMut::new();
        }
        flow
    }

    /// Track message fragmentation; data itself is ignored.
    fn handle(&mut self, fin: bool, opcode: u8) -> Result<(), FrameError> {
        match opcode {
            OP_TEXT | OP_BINARY if self.in_message => {
                Err(FrameError::Protocol("new message inside a fragmented one"))
            }
            OP_CONTINUATION if !self.in_message => {
                Err(FrameError::Protocol("continuation without a message"))
            }
            OP_TEXT | OP_BINARY | OP_CONTINUATION => {
                self.in_message = !fin;
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

fn protocol_error(error: &FrameError, stats: &Stats, queue: &mut WriteQueue) -> Flow {
    stats.sessions.protocol_error();
    tracing::debug!(%error, "closing session");
    queue.push(frame::close_frame(code::PROTOCOL, &error.to_string()));
    Flow::End
}

/// A timer whose first tick is one period from now; missed ticks are not
/// bunched up (a late heartbeat is better than three at once).
fn ticker(period: Duration) -> tokio::time::Interval {
    let mut interval = interval_at(Instant::now() + period, period);
    interval.set_missed_tick_behavior(MissedTickBehavior::Delay);
    interval
}
