//! One decoded frame of a certstream, typed, with its raw JSON kept.
//!
//! Design decisions:
//! - The typed models come from `certstream-format`, the crate the server
//!   serialises with, so client and server cannot drift apart. They ignore
//!   unknown fields and default missing optional ones.
//! - Every variant keeps the frame's text: users who forward or store
//!   messages (NDJSON archives, queues) get the server's exact bytes, and
//!   fields this crate does not model yet stay reachable.
//! - An unknown `message_type` is not an error ([`Message::Other`]): servers
//!   add message types, and a client should not break when they do.
//! - `data.cursor` (the resume position of servers that support `since`) is
//!   the shared model's `UpdateData::cursor`, also exposed as
//!   [`Message::cursor`] so callers need not match on the variant.

use crate::Error;
use certstream_format::message::{
    CertificateUpdate, DnsEntries, Heartbeat, CERTIFICATE_UPDATE, DNS_ENTRIES, HEARTBEAT,
};
use serde::Deserialize;

/// A message received from a certstream server.
///
/// Match on it to get the typed model, or use the helpers that work across
/// variants ([`raw`](Message::raw), [`domains`](Message::domains),
/// [`cursor`](Message::cursor)).
///
/// ```
/// let raw = r#"{"message_type":"dns_entries","data":["example.com","www.example.com"]}"#;
/// let message = certstream::Message::parse(raw.to_owned())?;
/// assert_eq!(message.domains(), ["example.com", "www.example.com"]);
/// assert_eq!(message.raw(), raw);
/// # Ok::<(), certstream::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// A certificate from a CT log (full or lite stream).
    CertificateUpdate {
        /// The typed message. Boxed: it is much larger than the others.
        update: Box<CertificateUpdate>,
        /// The frame's JSON text, exactly as received.
        raw: String,
    },
    /// The server's periodic keep-alive. Skipped unless
    /// [`ClientBuilder::skip_heartbeats`](crate::ClientBuilder::skip_heartbeats)
    /// is set to `false`.
    Heartbeat {
        /// The typed message.
        heartbeat: Heartbeat,
        /// The frame's JSON text, exactly as received.
        raw: String,
    },
    /// A `/domains-only` message: one certificate's names.
    DnsEntries {
        /// The typed message.
        entries: DnsEntries,
        /// The frame's JSON text, exactly as received.
        raw: String,
    },
    /// A JSON object whose `message_type` this crate does not know.
    Other {
        /// Its `message_type`, when it has a string one.
        message_type: Option<String>,
        /// The frame's JSON text, exactly as received.
        raw: String,
    },
}

/// Just enough of any message to choose the typed model.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    message_type: Option<String>,
}

impl Message {
    /// Decodes one frame. Public so that stored messages (an NDJSON file
    /// written from [`raw`](Message::raw)) can be read back with the same
    /// types.
    ///
    /// Fails with [`Error::Decode`] when the text is not a JSON object or
    /// a known message type does not match its model.
    pub fn parse(raw: String) -> Result<Message, Error> {
        match Self::decode(&raw) {
            Ok(Decoded::Update(update)) => Ok(Message::CertificateUpdate { update, raw }),
            Ok(Decoded::Heartbeat(heartbeat)) => Ok(Message::Heartbeat { heartbeat, raw }),
            Ok(Decoded::DnsEntries(entries)) => Ok(Message::DnsEntries { entries, raw }),
            Ok(Decoded::Other(message_type)) => Ok(Message::Other { message_type, raw }),
            Err(source) => Err(Error::Decode { raw, source }),
        }
    }

    fn decode(raw: &str) -> Result<Decoded, serde_json::Error> {
        let envelope: Envelope = serde_json::from_str(raw)?;
        Ok(match envelope.message_type.as_deref() {
            Some(CERTIFICATE_UPDATE) => Decoded::Update(serde_json::from_str(raw)?),
            Some(HEARTBEAT) => Decoded::Heartbeat(serde_json::from_str(raw)?),
            Some(DNS_ENTRIES) => Decoded::DnsEntries(serde_json::from_str(raw)?),
            _ => Decoded::Other(envelope.message_type),
        })
    }

    /// The frame's JSON text exactly as the server sent it.
    pub fn raw(&self) -> &str {
        match self {
            Message::CertificateUpdate { raw, .. }
            | Message::Heartbeat { raw, .. }
            | Message::DnsEntries { raw, .. }
            | Message::Other { raw, .. } => raw,
        }
    }

    /// Takes the JSON text out without copying it.
    pub fn into_raw(self) -> String {
        match self {
            Message::CertificateUpdate { raw, .. }
            | Message::Heartbeat { raw, .. }
            | Message::DnsEntries { raw, .. }
            | Message::Other { raw, .. } => raw,
        }
    }

    /// The certificate's domain names (`leaf_cert.all_domains`, or a
    /// domains-only message's list); empty for other messages. The one
    /// field most consumers want, whatever stream they read.
    pub fn domains(&self) -> &[String] {
        match self {
            Message::CertificateUpdate { update, .. } => &update.data.leaf_cert.all_domains,
            Message::DnsEntries { entries, .. } => &entries.data,
            Message::Heartbeat { .. } | Message::Other { .. } => &[],
        }
    }

    /// The resume position to pass as `since` after a restart, when the
    /// server provides one (see [`ClientBuilder::since`](crate::ClientBuilder::since)).
    pub fn cursor(&self) -> Option<&str> {
        match self {
            Message::CertificateUpdate { update, .. } => update.data.cursor.as_deref(),
            _ => None,
        }
    }
}

enum Decoded {
    Update(Box<CertificateUpdate>),
    Heartbeat(Heartbeat),
    DnsEntries(DnsEntries),
    Other(Option<String>),
}
