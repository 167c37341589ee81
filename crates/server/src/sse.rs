//! Server-Sent Events framing (WHATWG HTML §9.2) for the plain-HTTP stream.
//!
//! # Design
//! - A certificate is `id: <cursor>\ndata: <json>\n\n`, so a browser's
//!   `EventSource` reconnects with `Last-Event-ID: <cursor>` and resumes
//!   exactly where it stopped. Messages are compact JSON with no raw
//!   newline, so one `data:` line always suffices.
//! - Heartbeats and notices are `data:` lines without an `id:` (they are
//!   not positions in the stream).
//! - When the last entries of a batch were filtered out, a bare
//!   `id: <cursor>\n\n` moves the client's last event ID past them without
//!   dispatching an event, so a reconnect does not rescan them.
//! - Pieces are pushed as separate [`Bytes`]: the JSON payload is the
//!   hub's shared buffer, never copied per client.

use bytes::Bytes;

/// `Content-Type` of the stream.
pub const CONTENT_TYPE: &str = "text/event-stream";

/// Push a certificate event with `id: seq`.
pub fn event(seq: u64, json: Bytes, out: &mut Vec<Bytes>) {
    out.push(Bytes::from(format!("id: {seq}\ndata: ")));
    out.push(json);
    out.push(Bytes::from_static(b"\n\n"));
}

/// Push an event without an id (heartbeat, notice).
pub fn message(json: Bytes, out: &mut Vec<Bytes>) {
    out.push(Bytes::from_static(b"data: "));
    out.push(json);
    out.push(Bytes::from_static(b"\n\n"));
}

/// Push a bare `id:` that advances the client's last event ID.
pub fn advance(seq: u64, out: &mut Vec<Bytes>) {
    out.push(Bytes::from(format!("id: {seq}\n\n")));
}
