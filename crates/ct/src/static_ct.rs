//! c2sp.org static-ct-api log client: checkpoint, data tiles, issuers; and
//! TileLeaf decoding.
//!
//! CONTRACT (used by crates/server): the signatures below.

use bytes::Bytes;

use crate::checkpoint::Checkpoint;
use crate::issuer_cache::IssuerCache;
use crate::{DecodeError, EntryType, FetchError, LogEntry};

/// One decoded TileLeaf from a data tile.
#[derive(Debug, Clone)]
pub struct TileLeaf {
    pub timestamp_ms: u64,
    pub entry_type: EntryType,
    /// x509: the certificate; precert: the `pre_certificate`.
    pub leaf: Bytes,
    /// The `leaf_index` extension, when present.
    pub leaf_index: Option<u64>,
    /// SHA-256 fingerprints of the chain, issuer first.
    pub chain_fingerprints: Vec<[u8; 32]>,
}

/// Client for one static-ct-api log.
#[derive(Debug, Clone)]
pub struct Client {
    _private: (),
}

impl Client {
    /// `monitoring_url` as in the log list (with trailing `/`).
    pub fn new(http: reqwest::Client, monitoring_url: &str) -> Result<Self, url::ParseError> {
        let _ = (http, monitoring_url);
        todo!()
    }

    /// Fetch and parse `<monitoring>/checkpoint` (signature not checked here).
    pub async fn checkpoint(&self) -> Result<Checkpoint, FetchError> {
        todo!()
    }

    /// Fetch data tile `n`; `width` is 256 for a full tile, else 1..=255 for
    /// the partial tile `n.p/width`. Gzip is handled transparently.
    pub async fn data_tile(&self, n: u64, width: u16) -> Result<Bytes, FetchError> {
        let _ = (n, width);
        todo!()
    }

    /// Fetch `<monitoring>/issuer/<hex sha256>`.
    pub async fn issuer(&self, fingerprint: &[u8; 32]) -> Result<Bytes, FetchError> {
        let _ = fingerprint;
        todo!()
    }

    /// `<monitoring>tile/data/<path>[.p/width]`, certstream's `cert_link`.
    pub fn tile_link(&self, n: u64, width: u16) -> String {
        let _ = (n, width);
        todo!()
    }

    /// Turn tile leaves starting at log index `first_index` into entries,
    /// resolving each chain fingerprint through the shared `cache`.
    /// Checks each `leaf_index` against its position.
    pub async fn resolve(
        &self,
        first_index: u64,
        leaves: Vec<TileLeaf>,
        cache: &IssuerCache,
    ) -> Result<Vec<LogEntry>, FetchError> {
        let _ = (first_index, leaves, cache);
        todo!()
    }
}

/// Split a data tile's bytes into TileLeaf records.
pub fn parse_data_tile(bytes: &[u8]) -> Result<Vec<TileLeaf>, DecodeError> {
    let _ = bytes;
    todo!()
}
