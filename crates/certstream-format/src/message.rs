//! Serde models of every certstream message.
//!
//! The server serialises through these (in the key order FORMAT.md and the
//! goldens use: field order here IS wire order), and the `certstream`
//! client crate deserialises with them. Deserialisation is tolerant:
//! unknown fields are ignored and missing ones take their defaults, so the
//! same types read the full stream, the lite stream (no `chain`, no
//! `as_der`) and other servers' messages.

use crate::UpdateType;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// `message_type` of a certificate message.
pub const CERTIFICATE_UPDATE: &str = "certificate_update";
/// `message_type` of a heartbeat.
pub const HEARTBEAT: &str = "heartbeat";
/// `message_type` of a domains-only message.
pub const DNS_ENTRIES: &str = "dns_entries";

/// One certificate from a log, as the full and lite streams carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateUpdate {
    /// Always [`CERTIFICATE_UPDATE`]; clients switch on it.
    pub message_type: String,
    pub data: UpdateData,
}

/// The `data` of a [`CertificateUpdate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateData {
    pub update_type: UpdateType,
    pub leaf_cert: LeafCert,
    /// The submitted chain, issuer first; absent on the lite stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<Vec<Cert>>,
    #[serde(default)]
    pub cert_index: u64,
    #[serde(default)]
    pub cert_link: String,
    /// Unix seconds when the server processed the entry.
    #[serde(default)]
    pub seen: f64,
    #[serde(default)]
    pub source: Source,
    /// Opaque, monotonic position of this message in the server's stream
    /// (issue #6); pass it back as `?since=` to resume after it. Absent
    /// from servers without resume, so it is optional and written last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// Which log an entry came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    /// The log's URL as the log list gives it.
    pub url: String,
    /// The log's description from the log list.
    pub name: String,
}

/// The CERT object (FORMAT.md "CERT").
///
/// For a certificate that does not parse (see `crate::cert`), `subject`
/// and `issuer` are empty names, `extensions` is empty, the times and
/// `serial_number` are null, `signature_algorithm` is `"unknown"` and
/// `is_ca` is false; the hashes and `as_der` are always real.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cert {
    pub subject: Name,
    pub issuer: Name,
    /// OpenSSL short name -> OpenSSL 1.1.1 text, in certificate order.
    pub extensions: IndexMap<String, String>,
    pub not_before: Option<f64>,
    pub not_after: Option<f64>,
    /// Lowercase hex, `-` prefix when negative.
    pub serial_number: Option<String>,
    /// SHA-1 of the DER, `AB:CD:...`.
    pub fingerprint: String,
    /// SHA-256 of the DER, `AB:CD:...`.
    pub sha256: String,
    pub signature_algorithm: String,
    pub is_ca: bool,
    /// Base64 DER; only on the full stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_der: Option<String>,
}

/// The leaf certificate: a CERT plus the names it covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LeafCert {
    #[serde(flatten)]
    pub cert: Cert,
    /// Subject CN, then SAN dNSNames, deduplicated (FORMAT.md "all_domains").
    #[serde(default)]
    pub all_domains: Vec<String>,
}

/// A distinguished name (FORMAT.md "NAME"). Every attribute is always
/// serialised, `null` when absent, because clients index them directly.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Name {
    /// OpenSSL one-line form, `/C=US/O=Let's Encrypt/CN=R3`.
    pub aggregated: String,
    #[serde(rename = "C")]
    pub c: Option<String>,
    #[serde(rename = "ST")]
    pub st: Option<String>,
    #[serde(rename = "L")]
    pub l: Option<String>,
    #[serde(rename = "O")]
    pub o: Option<String>,
    #[serde(rename = "OU")]
    pub ou: Option<String>,
    #[serde(rename = "CN")]
    pub cn: Option<String>,
}

/// certstream's historical name for a [`Name`] (subject or issuer).
pub type Subject = Name;

/// Keep-alive sent to every client periodically.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heartbeat {
    /// Always [`HEARTBEAT`].
    pub message_type: String,
    /// Unix seconds when it was sent.
    pub timestamp: f64,
}

/// The `/domains-only` message: just a leaf's `all_domains`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DnsEntries {
    /// Always [`DNS_ENTRIES`].
    pub message_type: String,
    pub data: Vec<String>,
}
