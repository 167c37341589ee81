//! Decoded log entries: the one shape both protocols produce.
//!
//! CONTRACT (used by crates/server): keep these public names and fields.

use bytes::Bytes;

/// Whether a log entry is a final certificate or a pre-certificate.
///
/// certstream reports this as `update_type` (`X509LogEntry` /
/// `PrecertLogEntry`), so it must survive decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryType {
    /// `x509_entry`: an issued certificate.
    X509,
    /// `precert_entry`: a pre-certificate (carries the CT poison extension).
    Precert,
}

/// One entry of a log, decoded far enough to be formatted.
///
/// Certificates stay as DER [`Bytes`] exactly as logged: fingerprints and
/// `as_der` must be computed from the logged bytes, never a re-encoding.
#[derive(Debug, Clone)]
pub struct LogEntry {
    /// Position of the entry in its log.
    pub index: u64,
    /// The entry's `timestamp` (ms since the Unix epoch) from the TimestampedEntry.
    pub timestamp_ms: u64,
    /// Certificate or pre-certificate.
    pub entry_type: EntryType,
    /// The logged certificate (x509) or the pre-certificate (precert; from
    /// `extra_data`'s PrecertChainEntry or the TileLeaf's `pre_certificate`),
    /// never the bare TBSCertificate.
    pub leaf: Bytes,
    /// The rest of the chain, issuer first, as submitted.
    pub chain: Vec<Bytes>,
}
