//! The JetStream message body: one rendered certificate as an edge needs it.
//!
//! # Design
//! - **Carry the rendered forms, not the certificate.** An edge must never
//!   parse X.509 or re-serialise JSON, so the body holds the three wire
//!   forms exactly as the ingest rendered them (without `data.cursor`,
//!   which the edge's hub stamps from the JetStream sequence) and the dedup
//!   issuance key. The filter facts are not carried: `FilterMeta` has no
//!   serialised form, so an edge rebuilds them lazily from the lite JSON,
//!   once per certificate and only if a filtering client asks (see
//!   `cert_meta`), exactly as entries read back from history do.
//! - **A tiny length-prefixed binary layout, hand-written**, because the
//!   payload is three JSON documents: wrapping them in JSON or CBOR would
//!   escape or copy megabytes per second for nothing, while this layout is
//!   decoded by slicing the received buffer (no copy at all):
//!
//!   ```text
//!   u8 version (1) | u8 flags (bit 0: issuance key follows)
//!   [32 bytes issuance key] | 3 × (u32 big-endian length, UTF-8 bytes):
//!   full, lite, domains-only
//!   ```
//! - Decoding checks every length and the UTF-8 of every form, so a
//!   corrupt or foreign message is an error, never a panic.

use axum::extract::ws::Utf8Bytes;
use bytes::{BufMut, Bytes, BytesMut};

use crate::cert_meta::IssuanceKey;
use crate::hub::Message;

/// First byte of every body; bumped if the layout ever changes.
const VERSION: u8 = 1;
/// Flag bit: a 32-byte issuance key follows the flags.
const HAS_ISSUANCE: u8 = 1;

/// Why a body could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum EnvelopeError {
    /// The body is shorter than its lengths say.
    #[error("message body truncated")]
    Truncated,
    /// The first byte is not a version this build reads.
    #[error("unknown message body version {0}")]
    Version(u8),
    /// A form is not valid UTF-8.
    #[error("message form is not UTF-8")]
    Utf8,
}

/// One certificate as carried through JetStream.
#[derive(Debug, Clone)]
pub struct Envelope {
    /// The three wire forms, without `data.cursor`.
    pub message: Message,
    /// The dedup key computed by the ingest.
    pub issuance: Option<IssuanceKey>,
}

impl Envelope {
    /// The body to publish.
    pub fn encode(&self) -> Bytes {
        let forms = [
            &self.message.full,
            &self.message.lite,
            &self.message.domains,
        ];
        let size = 2 + 32 + forms.iter().map(|f| 4 + f.len()).sum::<usize>();
        let mut out = BytesMut::with_capacity(size);
        out.put_u8(VERSION);
        match &self.issuance {
            Some(key) => {
                out.put_u8(HAS_ISSUANCE);
                out.put_slice(key);
            }
            None => out.put_u8(0),
        }
        for form in forms {
            // A rendered form is far below 4 GiB (NATS caps a message at
            // a few MiB), so the length always fits.
            out.put_u32(u32::try_from(form.len()).unwrap_or(u32::MAX));
            out.put_slice(form.as_bytes());
        }
        out.freeze()
    }

    /// Read a body back; the forms share `body`'s buffer.
    pub fn decode(body: Bytes) -> Result<Envelope, EnvelopeError> {
        let mut reader = Reader { body, at: 0 };
        let version = reader.take(1)?[0];
        if version != VERSION {
            return Err(EnvelopeError::Version(version));
        }
        let flags = reader.take(1)?[0];
        let issuance = if flags & HAS_ISSUANCE != 0 {
            let mut key = [0u8; 32];
            key.copy_from_slice(&reader.take(32)?);
            Some(key)
        } else {
            None
        };
        let full = reader.form()?;
        let lite = reader.form()?;
        let domains = reader.form()?;
        Ok(Envelope {
            message: Message {
                full,
                lite,
                domains,
            },
            issuance,
        })
    }
}

/// A cursor over a body.
struct Reader {
    body: Bytes,
    at: usize,
}

impl Reader {
    /// The next `n` bytes, sharing the body's buffer.
    fn take(&mut self, n: usize) -> Result<Bytes, EnvelopeError> {
        let end = self.at.checked_add(n).ok_or(EnvelopeError::Truncated)?;
        if end > self.body.len() {
            return Err(EnvelopeError::Truncated);
        }
        let out = self.body.slice(self.at..end);
        self.at = end;
        Ok(out)
    }

    /// A length-prefixed UTF-8 form.
    fn form(&mut self) -> Result<Utf8Bytes, EnvelopeError> {
        let len = self.take(4)?;
        let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]);
        let bytes = self.take(len as usize)?;
        Utf8Bytes::try_from(bytes).map_err(|_| EnvelopeError::Utf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(issuance: Option<IssuanceKey>) -> Envelope {
        Envelope {
            message: Message {
                full: r#"{"message_type":"certificate_update","data":{"x":"é"}}"#.into(),
                lite: r#"{"message_type":"certificate_update","data":{}}"#.into(),
                domains: r#"{"message_type":"dns_entries","data":["a.example"]}"#.into(),
            },
            issuance,
        }
    }

    #[test]
    fn round_trips_with_and_without_a_key() {
        for issuance in [None, Some([7u8; 32])] {
            let envelope = sample(issuance);
            let back = Envelope::decode(envelope.encode()).unwrap();
            assert_eq!(back.issuance, issuance);
            assert_eq!(back.message.full, envelope.message.full);
            assert_eq!(back.message.lite, envelope.message.lite);
            assert_eq!(back.message.domains, envelope.message.domains);
        }
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let body = sample(Some([1u8; 32])).encode();
        for cut in 0..body.len() {
            assert!(Envelope::decode(body.slice(..cut)).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn foreign_bodies_are_refused() {
        assert!(matches!(
            Envelope::decode(Bytes::from_static(b"{\"json\":1}")),
            Err(EnvelopeError::Version(b'{'))
        ));
        let mut body = BytesMut::from(&sample(None).encode()[..]);
        let last = body.len() - 1;
        body[last] = 0xFF; // breaks the UTF-8 of the domains form
        assert!(matches!(
            Envelope::decode(body.freeze()),
            Err(EnvelopeError::Utf8)
        ));
    }
}
