//! WebSocket framing (RFC 6455 §5), written by hand for the server side.
//!
//! # Why by hand
//! The point of the hub is that a certificate's frame is built once and the
//! *same bytes* go to every client. tungstenite (under axum's `WebSocket`)
//! and fastwebsockets both take a message per client and write its header
//! and payload themselves, and neither implements permessage-deflate, so a
//! shared pre-compressed frame cannot be expressed through them. Server
//! frames are simple (never masked: a 2–10 byte header, then the payload),
//! so writing them here costs a few dozen lines and lets a session write a
//! shared header and a shared payload with one vectored write.
//!
//! # Reading client frames
//! Clients have nothing to say, so [`parse_client_frame`] only has to be
//! strict and cheap: it rejects what RFC 6455 forbids (unmasked client
//! frames, unknown opcodes, reserved bits, fragmented or long control
//! frames) as [`FrameError::Protocol`] (close 1002) and any frame whose
//! declared payload exceeds the limit as [`FrameError::TooLarge`]
//! (close 1009) *before* buffering it, so a hostile length costs nothing.

use bytes::{Buf, BufMut, Bytes, BytesMut};

/// Continuation frame opcode.
pub const OP_CONTINUATION: u8 = 0x0;
/// Text frame opcode.
pub const OP_TEXT: u8 = 0x1;
/// Binary frame opcode.
pub const OP_BINARY: u8 = 0x2;
/// Close frame opcode.
pub const OP_CLOSE: u8 = 0x8;
/// Ping frame opcode.
pub const OP_PING: u8 = 0x9;
/// Pong frame opcode.
pub const OP_PONG: u8 = 0xA;

const FIN: u8 = 0x80;
const RSV1: u8 = 0x40;
const RSV_ALL: u8 = 0x70;
const MASKED: u8 = 0x80;
/// Control frame payloads are at most this long (RFC 6455 §5.5).
const MAX_CONTROL_PAYLOAD: usize = 125;

/// Header of an unmasked, final server frame carrying `len` payload bytes.
/// `compressed` sets RSV1, which permessage-deflate uses to mark a
/// compressed message (RFC 7692 §6).
pub fn header(opcode: u8, compressed: bool, len: usize) -> Bytes {
    let mut out = BytesMut::with_capacity(10);
    put_header(&mut out, opcode, compressed, len);
    out.freeze()
}

fn put_header(out: &mut BytesMut, opcode: u8, compressed: bool, len: usize) {
    let rsv1 = if compressed { RSV1 } else { 0 };
    out.put_u8(FIN | rsv1 | opcode);
    if len < 126 {
        // Fits in the 7-bit length field.
        out.put_u8(len as u8);
    } else if let Ok(len) = u16::try_from(len) {
        out.put_u8(126);
        out.put_u16(len);
    } else {
        out.put_u8(127);
        out.put_u64(len as u64);
    }
}

/// A whole server frame (header and payload in one buffer), for frames
/// built per client (heartbeats, pings, closes) or once per message
/// (compressed payloads).
pub fn server_frame(opcode: u8, compressed: bool, payload: &[u8]) -> Bytes {
    let mut out = BytesMut::with_capacity(10 + payload.len());
    put_header(&mut out, opcode, compressed, payload.len());
    out.put_slice(payload);
    out.freeze()
}

/// A close frame with `code` and a human-readable `reason`, cut to fit the
/// 125-byte control payload limit on a character boundary.
pub fn close_frame(code: u16, reason: &str) -> Bytes {
    let mut end = reason.len().min(MAX_CONTROL_PAYLOAD - 2);
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    let mut payload = Vec::with_capacity(2 + end);
    payload.extend_from_slice(&code.to_be_bytes());
    payload.extend_from_slice(&reason.as_bytes()[..end]);
    server_frame(OP_CLOSE, false, &payload)
}

/// One frame received from a client, unmasked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientFrame {
    /// Last frame of its message.
    pub fin: bool,
    /// One of the `OP_*` constants.
    pub opcode: u8,
    /// Unmasked payload.
    pub payload: Bytes,
}

/// Why a client's byte stream is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// A frame declared a payload larger than the limit (close 1009).
    #[error("frame of {0} bytes exceeds the inbound limit")]
    TooLarge(u64),
    /// The bytes break RFC 6455 (close 1002).
    #[error("protocol error: {0}")]
    Protocol(&'static str),
}

/// Take one complete frame off the front of `buf`, or `Ok(None)` if more
/// bytes are needed. `allow_rsv1` is true when permessage-deflate was
/// negotiated (clients may then mark data frames as compressed).
pub fn parse_client_frame(
    buf: &mut BytesMut,
    max_payload: usize,
    allow_rsv1: bool,
) -> Result<Option<ClientFrame>, FrameError> {
    let (Some(&b0), Some(&b1)) = (buf.first(), buf.get(1)) else {
        return Ok(None);
    };
    let fin = b0 & FIN != 0;
    let opcode = b0 & 0x0F;
    let control = opcode >= OP_CLOSE;
    let rsv = b0 & RSV_ALL;
    if rsv != 0 && !(rsv == RSV1 && allow_rsv1 && !control) {
        return Err(FrameError::Protocol("reserved bits set"));
    }
    if !matches!(
        opcode,
        OP_CONTINUATION | OP_TEXT | OP_BINARY | OP_CLOSE | OP_PING | OP_PONG
    ) {
        return Err(FrameError::Protocol("unknown opcode"));
    }
    if b1 & MASKED == 0 {
        return Err(FrameError::Protocol("client frames must be masked"));
    }
    let (len, len_bytes) = match b1 & 0x7F {
        126 => match buf.get(2..4) {
            Some(b) => (u64::from(u16::from_be_bytes([b[0], b[1]])), 2),
            None => return Ok(None),
        },
        127 => match buf.get(2..10).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            Some(b) => (u64::from_be_bytes(b), 8),
            None => return Ok(None),
        },
        short => (u64::from(short), 0),
    };
    if control && (!fin || len > MAX_CONTROL_PAYLOAD as u64) {
        return Err(FrameError::Protocol(
            "fragmented or oversized control frame",
        ));
    }
    if len > max_payload as u64 {
        return Err(FrameError::TooLarge(len));
    }
    // `len <= max_payload`, so it fits in usize.
    let len = len as usize;
    let header_len = 2 + len_bytes + 4;
    if buf.len() < header_len + len {
        buf.reserve(header_len + len - buf.len());
        return Ok(None);
    }
    let mask = [
        buf[header_len - 4],
        buf[header_len - 3],
        buf[header_len - 2],
        buf[header_len - 1],
    ];
    buf.advance(header_len);
    let mut payload = buf.split_to(len);
    for (i, byte) in payload.iter_mut().enumerate() {
        *byte ^= mask[i % 4];
    }
    Ok(Some(ClientFrame {
        fin,
        opcode,
        payload: payload.freeze(),
    }))
}

/// The status code of a close frame's payload, if it has a valid one
/// (RFC 6455 §7.4); `Err` for a one-byte payload, which is malformed.
pub fn close_code(payload: &[u8]) -> Result<Option<u16>, FrameError> {
    match payload {
        [] => Ok(None),
        [_] => Err(FrameError::Protocol("one-byte close payload")),
        [hi, lo, ..] => Ok(Some(u16::from_be_bytes([*hi, *lo]))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mask `payload` like a client would and frame it.
    fn client_frame(b0: u8, payload: &[u8]) -> BytesMut {
        let mask = [1u8, 2, 3, 4];
        let mut out = BytesMut::new();
        out.put_u8(b0);
        match payload.len() {
            n if n < 126 => out.put_u8(MASKED | n as u8),
            n if n <= 0xFFFF => {
                out.put_u8(MASKED | 126);
                out.put_u16(n as u16);
            }
            n => {
                out.put_u8(MASKED | 127);
                out.put_u64(n as u64);
            }
        }
        out.put_slice(&mask);
        out.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        out
    }

    #[test]
    fn headers_use_the_shortest_length_form() {
        assert_eq!(&header(OP_TEXT, false, 5)[..], &[0x81, 5]);
        assert_eq!(&header(OP_TEXT, true, 125)[..], &[0xC1, 125]);
        assert_eq!(&header(OP_TEXT, false, 126)[..], &[0x81, 126, 0, 126]);
        assert_eq!(
            &header(OP_BINARY, false, 70_000)[..],
            &[0x82, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70]
        );
    }

    #[test]
    fn close_reasons_are_cut_on_a_character_boundary() {
        let frame = close_frame(1008, &"é".repeat(100));
        assert_eq!(frame[1] as usize, frame.len() - 2);
        assert!(frame.len() - 2 <= MAX_CONTROL_PAYLOAD);
        assert_eq!(&frame[2..4], &1008u16.to_be_bytes());
        assert!(std::str::from_utf8(&frame[4..]).is_ok());
    }

    #[test]
    fn masked_frames_parse_in_pieces() {
        let payload = vec![7u8; 300];
        let whole = client_frame(FIN | OP_BINARY, &payload);
        let mut buf = BytesMut::new();
        for (i, byte) in whole.iter().enumerate() {
            buf.put_u8(*byte);
            let parsed = parse_client_frame(&mut buf, 1000, false).unwrap();
            if i + 1 < whole.len() {
                assert_eq!(
                    parsed,
                    None,
                    "complete after {} of {} bytes",
                    i + 1,
                    whole.len()
                );
            } else {
                let frame = parsed.unwrap();
                assert!(frame.fin);
                assert_eq!(frame.opcode, OP_BINARY);
                assert_eq!(&frame.payload[..], &payload[..]);
            }
        }
        assert!(buf.is_empty());
    }

    #[test]
    fn oversized_frames_are_refused_from_the_header_alone() {
        let mut buf = client_frame(FIN | OP_TEXT, &[b'x'; 2000]);
        buf.truncate(8); // only the header has arrived
        assert_eq!(
            parse_client_frame(&mut buf, 1000, false),
            Err(FrameError::TooLarge(2000))
        );
    }

    #[test]
    fn rfc_violations_are_protocol_errors() {
        let unmasked = BytesMut::from(&[FIN | OP_TEXT, 1, b'x'][..]);
        let cases = [
            ("unmasked", unmasked),
            ("reserved opcode", client_frame(FIN | 0x3, b"")),
            ("rsv2", client_frame(FIN | 0x20 | OP_TEXT, b"")),
            ("fragmented ping", client_frame(OP_PING, b"")),
            ("long ping", client_frame(FIN | OP_PING, &[0; 126])),
            ("compressed ping", client_frame(FIN | RSV1 | OP_PING, b"")),
        ];
        for (what, mut buf) in cases {
            assert!(
                matches!(
                    parse_client_frame(&mut buf, 1000, true),
                    Err(FrameError::Protocol(_))
                ),
                "{what}"
            );
        }
        let mut compressed = client_frame(FIN | RSV1 | OP_TEXT, b"x");
        assert!(parse_client_frame(&mut compressed.clone(), 1000, true).is_ok());
        assert!(parse_client_frame(&mut compressed, 1000, false).is_err());
    }

    #[test]
    fn close_codes() {
        assert_eq!(close_code(&[]), Ok(None));
        assert!(close_code(&[3]).is_err());
        assert_eq!(close_code(&[0x03, 0xE8, b'o', b'k']), Ok(Some(1000)));
    }
}
