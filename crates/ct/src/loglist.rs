//! Google's v3 log list (`log_list.json`) and the logs worth watching in it.
//!
//! CONTRACT (used by crates/server): `LogList::parse`, `LogList::watchable`
//! and the `LogSource`/`Protocol` types keep these names and fields.

/// One log the server should watch, flattened out of the list's
/// operator → logs/tiled_logs nesting so watchers need not know the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogSource {
    /// Base64 log ID (SHA-256 of the public key), stable across list refreshes.
    pub log_id: String,
    /// The list's `description`; certstream publishes it as `source.name`.
    pub description: String,
    /// Name of the operator, for per-operator politeness limits.
    pub operator: String,
    /// DER SubjectPublicKeyInfo of the log key (from the list's base64 `key`).
    pub key: Vec<u8>,
    pub protocol: Protocol,
    /// `usable`, `qualified`, `readonly`, `retired`, `rejected`, `pending`.
    pub state: String,
    /// Set for `readonly` logs: the frozen tree size.
    pub final_tree_size: Option<u64>,
}

/// How to reach a log; the URL that certstream publishes as `source.url`
/// is [`LogSource::url`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protocol {
    /// RFC 6962: `url` ends in `/`; endpoints are `<url>ct/v1/...`.
    Rfc6962 { url: String },
    /// static-ct-api: read from `monitoring_url` (ends in `/`).
    StaticCt {
        submission_url: String,
        monitoring_url: String,
    },
}

impl LogSource {
    /// The URL clients see as `source.url`: `url` for RFC 6962 logs,
    /// `monitoring_url` for static-ct-api logs.
    pub fn url(&self) -> &str {
        match &self.protocol {
            Protocol::Rfc6962 { url } => url,
            Protocol::StaticCt { monitoring_url, .. } => monitoring_url,
        }
    }
}

/// A parsed v3 log list.
#[derive(Debug, Clone)]
pub struct LogList {
    _private: (),
}

impl LogList {
    /// Parse the JSON text of a v3 log list.
    pub fn parse(json: &[u8]) -> Result<Self, crate::DecodeError> {
        let _ = json;
        todo!()
    }

    /// Every log whose state is `usable`, `qualified` or `readonly`, both
    /// RFC 6962 `logs` and `tiled_logs`, across all operators.
    pub fn watchable(&self) -> Vec<LogSource> {
        todo!()
    }
}
