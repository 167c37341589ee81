//! RFC 6962 log client: `get-sth` and `get-entries`, plus MerkleTreeLeaf /
//! `extra_data` decoding.
//!
//! CONTRACT (used by crates/server): the signatures below.

use crate::{DecodeError, FetchError, LogEntry};

/// A signed tree head as served by `get-sth`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedTreeHead {
    pub tree_size: u64,
    pub timestamp_ms: u64,
    pub sha256_root_hash: [u8; 32],
    /// The raw `tree_head_signature` (a TLS DigitallySigned struct).
    pub tree_head_signature: Vec<u8>,
}

/// One element of a `get-entries` response, base64-decoded.
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub leaf_input: Vec<u8>,
    pub extra_data: Vec<u8>,
}

/// Client for one RFC 6962 log.
#[derive(Debug, Clone)]
pub struct Client {
    _private: (),
}

impl Client {
    /// `base_url` is the log list's `url` (with trailing `/`).
    pub fn new(http: reqwest::Client, base_url: &str) -> Result<Self, url::ParseError> {
        let _ = (http, base_url);
        todo!()
    }

    pub async fn get_sth(&self) -> Result<SignedTreeHead, FetchError> {
        todo!()
    }

    /// Entries `start..=end`. Logs may return fewer than asked (a short
    /// batch); callers continue from `start + returned.len()`.
    pub async fn get_entries(&self, start: u64, end: u64) -> Result<Vec<RawEntry>, FetchError> {
        let _ = (start, end);
        todo!()
    }

    /// `<url>ct/v1/get-entries?start=N&end=N`, certstream's `cert_link`.
    pub fn entry_link(&self, index: u64) -> String {
        let _ = index;
        todo!()
    }
}

/// Decode a `get-entries` element at `index` into a [`LogEntry`].
pub fn decode_entry(index: u64, raw: &RawEntry) -> Result<LogEntry, DecodeError> {
    let _ = (index, raw);
    todo!()
}
