//! NDJSON framing for the plain-HTTP stream (`?format=ndjson`): one JSON
//! message per line, for `curl | jq`.
//!
//! Every message (certificates, heartbeats, notices) is one line, exactly
//! the text a websocket client would receive in a frame; the cursor is the
//! certificate's `data.cursor`. The payload is the hub's shared buffer,
//! pushed without copying.

use bytes::Bytes;

/// `Content-Type` of the stream.
pub const CONTENT_TYPE: &str = "application/x-ndjson";

/// Push one message as a line.
pub fn line(json: Bytes, out: &mut Vec<Bytes>) {
    out.push(json);
    out.push(Bytes::from_static(b"\n"));
}
