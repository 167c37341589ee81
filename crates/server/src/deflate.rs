//! permessage-deflate (RFC 7692): negotiation and compress-once payloads.
//!
//! # Design
//! - **No context takeover, so one compression serves every client.** With
//!   `server_no_context_takeover` each message is compressed on its own, so
//!   its compressed bytes do not depend on what a client received before:
//!   the hub compresses a message once per stream kind and every client
//!   that negotiated the extension gets the same frame.
//! - **Hand-written because no websocket crate in use offers it**:
//!   tungstenite 0.26 (under axum and tokio-tungstenite) has no
//!   permessage-deflate (tungstenite-rs issue #2 is still open) and
//!   fastwebsockets has none either. The codec itself is flate2's; this
//!   module only parses the offer and trims the sync-flush trailer.
//! - **Accept only what we can honour.** An offer is accepted when its
//!   parameters are ones we can obey: `server_max_window_bits` below 15 is
//!   declined (flate2's pure-Rust backend always uses a 32 KiB window), as
//!   is any unknown or repeated parameter; the client then simply gets
//!   uncompressed frames.
//! - Clients' own compressed frames are never inflated: the server ignores
//!   inbound data anyway.

use flate2::{Compress, Compression, FlushCompress, Status};

/// The `Sec-WebSocket-Extensions` value the server answers with.
pub const RESPONSE: &str = "permessage-deflate; server_no_context_takeover";

/// Bytes a sync flush appends, which RFC 7692 §7.2.1 says to remove.
const SYNC_TRAILER: [u8; 4] = [0x00, 0x00, 0xFF, 0xFF];

/// Whether any offer in the `Sec-WebSocket-Extensions` header values is a
/// permessage-deflate offer this server can accept.
pub fn accepts<'a>(header_values: impl IntoIterator<Item = &'a str>) -> bool {
    header_values
        .into_iter()
        .flat_map(|value| value.split(','))
        .any(acceptable_offer)
}

fn acceptable_offer(offer: &str) -> bool {
    let mut parts = offer.split(';').map(str::trim);
    if !parts
        .next()
        .is_some_and(|name| name.eq_ignore_ascii_case("permessage-deflate"))
    {
        return false;
    }
    let mut seen: Vec<String> = Vec::new();
    for param in parts {
        let (name, value) = match param.split_once('=') {
            Some((name, value)) => (name.trim(), Some(value.trim().trim_matches('"'))),
            None => (param, None),
        };
        let name = name.to_ascii_lowercase();
        if seen.contains(&name) {
            return false;
        }
        let ok = match name.as_str() {
            "server_no_context_takeover" | "client_no_context_takeover" => value.is_none(),
            // The client may announce it can limit its own window; we
            // never inflate its frames, so any value is fine.
            "client_max_window_bits" => {
                value.is_none_or(|v| v.parse::<u8>().is_ok_and(|b| (8..=15).contains(&b)))
            }
            "server_max_window_bits" => value == Some("15"),
            _ => false,
        };
        if !ok {
            return false;
        }
        seen.push(name);
    }
    true
}

/// Compress one message payload on its own (no shared context), ready to
/// be sent in a frame with RSV1 set.
pub fn compress(payload: &[u8]) -> Vec<u8> {
    let mut compressor = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(payload.len() / 2 + 64);
    loop {
        let consumed = compressor.total_in() as usize;
        let input = payload.get(consumed..).unwrap_or_default();
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(64));
        }
        // Only a buffer error is possible here, and it means "more room".
        let status = compressor.compress_vec(input, &mut out, FlushCompress::Sync);
        let done = compressor.total_in() as usize == payload.len() && out.len() < out.capacity();
        if done || matches!(status, Ok(Status::StreamEnd)) {
            break;
        }
    }
    if out.ends_with(&SYNC_TRAILER) {
        out.truncate(out.len() - SYNC_TRAILER.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// Inflate like a client: append the trailer back and raw-inflate.
    fn inflate(compressed: &[u8]) -> Vec<u8> {
        let mut input = compressed.to_vec();
        input.extend_from_slice(&SYNC_TRAILER);
        let mut out = Vec::new();
        let _ = flate2::read::DeflateDecoder::new(&input[..]).read_to_end(&mut out);
        out
    }

    #[test]
    fn compressed_payloads_inflate_back() {
        for payload in [
            Vec::new(),
            b"{\"message_type\":\"heartbeat\"}".to_vec(),
            "certificate ".repeat(10_000).into_bytes(),
            (0..100_000u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ] {
            let compressed = compress(&payload);
            assert!(!compressed.ends_with(&SYNC_TRAILER) || payload.is_empty());
            assert_eq!(inflate(&compressed), payload);
        }
        assert!(compress(&"a".repeat(10_000).into_bytes()).len() < 200);
    }

    #[test]
    fn offers() {
        assert!(accepts(["permessage-deflate"]));
        assert!(accepts([
            "permessage-deflate; client_max_window_bits; server_no_context_takeover"
        ]));
        assert!(accepts(["x-webkit-deflate-frame, permessage-deflate"]));
        assert!(accepts([
            "foo",
            "permessage-deflate; server_max_window_bits=15"
        ]));
        assert!(!accepts(["permessage-deflate; server_max_window_bits=10"]));
        assert!(!accepts(["permessage-deflate; mystery"]));
        assert!(!accepts([
            "permessage-deflate; client_no_context_takeover; client_no_context_takeover"
        ]));
        assert!(!accepts(["x-webkit-deflate-frame"]));
        assert!(!accepts(Vec::<&str>::new()));
    }
}
