//! The JetStream message body: one rendered certificate as an edge needs it.
//!
//! # Design
//! - **Carry the rendered forms, not the certificate.** An edge must never
//!   parse X.509 or re-serialise JSON, so the body holds the three wire
//!   forms exactly as the ingest rendered them (without `data.cursor`,
//!   which the edge's hub stamps from the JetStream sequence), the dedup
//!   issuance key and the filter facts ([`FilterMeta`], as JSON: a few
//!   short strings), so filtering clients on an edge cost no parse either.
//! - **A tiny length-prefixed binary layout, hand-written**, because the
//!   payload is three JSON documents: wrapping them in JSON or CBOR would
//!   escape or copy megabytes per second for nothing, while this layout is
//!   decoded by slicing the received buffer (no copy at all):
//!
//!   ```text
//!   u8 version (2) | u8 flags (bit 0: issuance key follows,
//!   bit 1: filter facts follow) | [32 bytes issuance key]
//!   | [u32 big-endian length, FilterMeta JSON]
//!   | 3 × (u32 big-endian length, UTF-8 bytes): full, lite, domains-only
//!   ```
//!
//!   Version 1 (no facts; what earlier ingest nodes publish) is still read,
//!   so a stream written before an upgrade stays servable; the edge then
//!   rebuilds the facts from the lite JSON when a filtering client asks.
//! - Decoding checks every length and the UTF-8 of every form, so a
//!   corrupt or foreign message is an error, never a panic.

use axum::extract::ws::Utf8Bytes;
use bytes::{BufMut, Bytes, BytesMut};

use certstream_format::filter::FilterMeta;

use crate::cert_meta::IssuanceKey;
use crate::hub::Message;

/// First byte of every body; bumped if the layout ever changes.
const VERSION: u8 = 2;
/// The layout before the filter facts were carried; still decoded.
const VERSION_WITHOUT_FACTS: u8 = 1;
/// Flag bit: a 32-byte issuance key follows the flags.
const HAS_ISSUANCE: u8 = 1;
/// Flag bit: the filter facts follow the issuance key.
const HAS_FACTS: u8 = 2;

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
    /// The filter facts do not decode.
    #[error("filter facts do not decode: {0}")]
    Facts(#[from] serde_json::Error),
}

/// One certificate as carried through JetStream.
#[derive(Debug, Clone)]
pub struct Envelope {
    /// The three wire forms, without `data.cursor`.
    pub message: Message,
    /// The dedup key computed by the ingest.
    pub issuance: Option<IssuanceKey>,
    /// The filter facts extracted by the ingest while rendering; `None`
    /// from a version-1 body.
    pub facts: Option<FilterMeta>,
}

impl Envelope {
    /// The body to publish.
    pub fn encode(&self) -> Bytes {
        let forms = [
            &self.message.full,
            &self.message.lite,
            &self.message.domains,
        ];
        // Serialising plain strings and an enum cannot fail; if it ever
        // did, the edge would rebuild the facts from the lite JSON.
        let facts = self
            .facts
            .as_ref()
            .and_then(|facts| serde_json::to_vec(facts).ok());
        let size = 2
            + 32
            + facts.as_ref().map_or(0, |f| 4 + f.len())
            + forms.iter().map(|f| 4 + f.len()).sum::<usize>();
        let mut out = BytesMut::with_capacity(size);
        out.put_u8(VERSION);
        let flags = if self.issuance.is_some() {
            HAS_ISSUANCE
        } else {
            0
        } | if facts.is_some() { HAS_FACTS } else { 0 };
        out.put_u8(flags);
        if let Some(key) = &self.issuance {
            out.put_slice(key);
        }
        if let Some(facts) = &facts {
            put_len(&mut out, facts.len());
            out.put_slice(facts);
        }
        for form in forms {
            put_len(&mut out, form.len());
            out.put_slice(form.as_bytes());
        }
        out.freeze()
    }

    /// Read a body back; the forms share `body`'s buffer.
    pub fn decode(body: Bytes) -> Result<Envelope, EnvelopeError> {
        let mut reader = Reader { body, at: 0 };
        let version = reader.take(1)?[0];
        if version != VERSION && version != VERSION_WITHOUT_FACTS {
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
        let facts = if version == VERSION && flags & HAS_FACTS != 0 {
            Some(serde_json::from_slice(&reader.sized()?)?)
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
            facts,
        })
    }
}

/// Write a length prefix. A rendered form is far below 4 GiB (NATS caps a
/// message at a few MiB), so the length always fits.
fn put_len(out: &mut BytesMut, len: usize) {
    out.put_u32(u32::try_from(len).unwrap_or(u32::MAX));
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

    /// A length-prefixed run of bytes.
    fn sized(&mut self) -> Result<Bytes, EnvelopeError> {
        let len = self.take(4)?;
        let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]);
        self.take(len as usize)
    }

    /// A length-prefixed UTF-8 form.
    fn form(&mut self) -> Result<Utf8Bytes, EnvelopeError> {
        Utf8Bytes::try_from(self.sized()?).map_err(|_| EnvelopeError::Utf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> FilterMeta {
        FilterMeta::from_domains(&["a.example".to_owned()])
    }

    fn sample(issuance: Option<IssuanceKey>, facts: Option<FilterMeta>) -> Envelope {
        Envelope {
            message: Message {
                full: r#"{"message_type":"certificate_update","data":{"x":"é"}}"#.into(),
                lite: r#"{"message_type":"certificate_update","data":{}}"#.into(),
                domains: r#"{"message_type":"dns_entries","data":["a.example"]}"#.into(),
            },
            issuance,
            facts,
        }
    }

    #[test]
    fn round_trips_with_and_without_a_key_or_facts() {
        for (issuance, facts) in [
            (None, None),
            (Some([7u8; 32]), None),
            (None, Some(facts())),
            (Some([7u8; 32]), Some(facts())),
        ] {
            let envelope = sample(issuance, facts.clone());
            let back = Envelope::decode(envelope.encode()).unwrap();
            assert_eq!(back.issuance, issuance);
            assert_eq!(back.facts, facts);
            assert_eq!(back.message.full, envelope.message.full);
            assert_eq!(back.message.lite, envelope.message.lite);
            assert_eq!(back.message.domains, envelope.message.domains);
        }
    }

    #[test]
    fn version_1_bodies_still_decode_without_facts() {
        let mut body = BytesMut::from(&[VERSION_WITHOUT_FACTS, 0][..]);
        for form in ["{\"full\":1}", "{\"lite\":1}", "{\"domains\":1}"] {
            put_len(&mut body, form.len());
            body.put_slice(form.as_bytes());
        }
        let back = Envelope::decode(body.freeze()).unwrap();
        assert_eq!(back.issuance, None);
        assert_eq!(back.facts, None);
        assert_eq!(back.message.full, "{\"full\":1}");
        assert_eq!(back.message.domains, "{\"domains\":1}");
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let body = sample(Some([1u8; 32]), Some(facts())).encode();
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
        let mut body = BytesMut::from(&sample(None, None).encode()[..]);
        let last = body.len() - 1;
        body[last] = 0xFF; // breaks the UTF-8 of the domains form
        assert!(matches!(
            Envelope::decode(body.freeze()),
            Err(EnvelopeError::Utf8)
        ));
    }
}
