//! The certstream wire format (see `docs/FORMAT.md`).
//!
//! Two jobs live here, because they must agree byte for byte:
//! - turning a logged certificate (DER) into the certstream CERT object,
//!   with extension text exactly as OpenSSL 1.1.1 prints it;
//! - the serde message types (`certificate_update`, `heartbeat`,
//!   `dns_entries`) that the server writes and the `certstream` client reads.
//!
//! The crate has no I/O and no knowledge of CT logs; the server hands it DER
//! bytes and entry metadata through [`EntryInput`] and gets back the three
//! serialisations ([`Rendered`]) to fan out.
//!
//! CONTRACT (used by crates/server): `EntryInput`, `UpdateType`, `Rendered`,
//! `render` and `heartbeat_json` keep these names and fields.
//!
//! Issue #6 adds three helpers the server and client share: [`filter`]
//! (query-parameter filters and the per-certificate facts they read),
//! [`cursor`] (stamping `data.cursor` into a rendered message) and
//! [`dedup`] (one key per issuance across logs and entry types).
//!
//! Layout: [`message`] (serde models), `cert` (one CERT), `name`,
//! `extensions/` (OpenSSL 1.1.1 text, one file per printer family),
//! `render` (the three serialisations), plus small helpers (`der`, `ber`,
//! `oid` + the generated `oid_table`, `integer`, `asn1_time`,
//! `signature_algorithm`).

mod asn1_time;
mod ber;
mod cert;
mod chain_cache;
pub mod cursor;
pub mod dedup;
mod der;
mod extensions;
pub mod filter;
mod integer;
pub mod message;
mod name;
mod oid;
mod oid_table;
mod render;
mod signature_algorithm;

use serde::{Deserialize, Serialize};

/// Entry type as certstream names it in `data.update_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UpdateType {
    /// `"X509LogEntry"`
    X509LogEntry,
    /// `"PrecertLogEntry"`
    PrecertLogEntry,
}

/// Everything the format needs about one log entry. Borrowed, so the
/// server can render straight from the bytes it fetched.
#[derive(Debug, Clone)]
pub struct EntryInput<'a> {
    pub update_type: UpdateType,
    /// DER of the logged certificate or pre-certificate.
    pub leaf_der: &'a [u8],
    /// DER of each chain certificate, issuer first.
    pub chain_der: &'a [&'a [u8]],
    pub cert_index: u64,
    pub cert_link: &'a str,
    /// Unix seconds (float) when the server processed the entry.
    pub seen: f64,
    pub source_url: &'a str,
    pub source_name: &'a str,
}

/// The three wire forms of one certificate, each serialised exactly once.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// `/full-stream` message (JSON text, no trailing newline).
    pub full: String,
    /// `/` (lite) message: full minus `data.chain` and `leaf_cert.as_der`.
    pub lite: String,
    /// `/domains-only` message: `{"message_type":"dns_entries","data":[...]}`.
    pub domains: String,
    /// `leaf_cert.all_domains`, kept for server-side filters.
    pub all_domains: Vec<String>,
    /// What [`filter::Filter`] looks at, extracted while rendering so that
    /// per-client filtering never re-reads the JSON.
    pub filter_meta: filter::FilterMeta,
    /// How many of the entry's certificates (leaf and chain) failed to
    /// parse and were emitted in degraded form; the server counts these.
    pub unparsed_certs: u32,
}

/// Render one entry into its three wire forms. Never fails: a certificate
/// that does not parse is emitted in the degraded form FORMAT.md describes
/// and counted in [`Rendered::unparsed_certs`].
pub fn render(input: &EntryInput<'_>) -> Rendered {
    render::render(input)
}

/// The `heartbeat` message for the given Unix time.
pub fn heartbeat_json(timestamp: f64) -> String {
    render::heartbeat_json(timestamp)
}
