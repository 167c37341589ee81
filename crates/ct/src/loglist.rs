//! Google's v3 log list (`log_list.json`) and the logs worth watching in it.
//!
//! CONTRACT (used by crates/server): `LogList::parse`, `LogList::watchable`
//! and the `LogSource`/`Protocol` types keep these names and fields.
//!
//! Design: the serde model mirrors the published schema
//! (`log_list_schema.json`) field for field, so other tools can read
//! anything in it, but is deliberately lenient where Google may evolve the
//! list: unknown fields are ignored, optional parts default, and `state` is
//! a struct of optional states rather than a closed enum, so a log in a
//! state this code has never heard of is simply not watched instead of
//! making the whole list unreadable. Timestamps stay as the RFC 3339
//! strings they are: nothing here acts on them, and a date-format quirk
//! must not cost us the list. Per-log problems (a key that is not base64)
//! skip that log with a warning in [`LogList::watchable`] for the same
//! reason.

use base64::prelude::{Engine, BASE64_STANDARD};
use serde::Deserialize;

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
    /// Which API to read it with, and where.
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
    Rfc6962 {
        /// The log's base URL.
        url: String,
    },
    /// static-ct-api: read from `monitoring_url` (ends in `/`).
    StaticCt {
        /// Where `add-chain` lives (RFC 6962 write API); not read from.
        submission_url: String,
        /// Prefix of `checkpoint`, `tile/...` and `issuer/...`.
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
#[derive(Debug, Clone, Deserialize)]
pub struct LogList {
    /// The list's own version string, e.g. `"81.14"`.
    pub version: Option<String>,
    /// When Google published the list (RFC 3339).
    pub log_list_timestamp: Option<String>,
    /// Everyone who runs logs, with their logs.
    pub operators: Vec<Operator>,
}

/// A log operator and the logs it runs.
#[derive(Debug, Clone, Deserialize)]
pub struct Operator {
    /// e.g. `"Google"`; copied into [`LogSource::operator`].
    pub name: String,
    /// Contact addresses.
    #[serde(default)]
    pub email: Vec<String>,
    /// RFC 6962 logs.
    #[serde(default)]
    pub logs: Vec<Log>,
    /// static-ct-api logs.
    #[serde(default)]
    pub tiled_logs: Vec<TiledLog>,
}

/// An RFC 6962 log entry of the list.
#[derive(Debug, Clone, Deserialize)]
pub struct Log {
    /// Human-readable name, e.g. `"Google 'Argon2026h1' log"`.
    pub description: String,
    /// Base64 SHA-256 of the key.
    pub log_id: String,
    /// Base64 DER SubjectPublicKeyInfo.
    pub key: String,
    /// Base URL of the RFC 6962 API.
    pub url: String,
    /// Maximum merge delay, seconds.
    pub mmd: Option<u64>,
    /// Lifecycle state; absent for logs not yet in any.
    pub state: Option<LogState>,
    /// Expiry range of accepted certificates, for sharded logs.
    pub temporal_interval: Option<TemporalInterval>,
    /// `"prod"` or `"test"` when present.
    pub log_type: Option<String>,
}

/// A static-ct-api ("tiled") log entry of the list.
#[derive(Debug, Clone, Deserialize)]
pub struct TiledLog {
    /// Human-readable name, e.g. `"Google 'Argon2026h1' log"`.
    pub description: String,
    /// Base64 SHA-256 of the key.
    pub log_id: String,
    /// Base64 DER SubjectPublicKeyInfo.
    pub key: String,
    /// Prefix of the RFC 6962 submission endpoints.
    pub submission_url: String,
    /// Prefix of the static read endpoints.
    pub monitoring_url: String,
    /// Maximum merge delay, seconds.
    pub mmd: Option<u64>,
    /// Lifecycle state; absent for logs not yet in any.
    pub state: Option<LogState>,
    /// Expiry range of accepted certificates, for sharded logs.
    pub temporal_interval: Option<TemporalInterval>,
    /// `"prod"` or `"test"` when present.
    pub log_type: Option<String>,
}

/// A log's state: the schema allows exactly one of these keys.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct LogState {
    /// Trusted and growing.
    pub usable: Option<StateSince>,
    /// Accepted by browsers, growing, not yet usable.
    pub qualified: Option<StateSince>,
    /// Frozen: no new entries after its final tree head.
    pub readonly: Option<ReadonlyState>,
    /// No longer trusted.
    pub retired: Option<StateSince>,
    /// Never accepted.
    pub rejected: Option<StateSince>,
    /// Applying for inclusion.
    pub pending: Option<StateSince>,
}

/// When a log entered a state.
#[derive(Debug, Clone, Deserialize)]
pub struct StateSince {
    /// RFC 3339.
    pub timestamp: String,
}

/// A frozen log: when it froze and the tree head it froze at.
#[derive(Debug, Clone, Deserialize)]
pub struct ReadonlyState {
    /// RFC 3339.
    pub timestamp: String,
    /// The head it froze at.
    pub final_tree_head: FinalTreeHead,
}

/// The last tree head of a read-only log; nothing beyond it will appear.
#[derive(Debug, Clone, Deserialize)]
pub struct FinalTreeHead {
    /// Base64.
    pub sha256_root_hash: String,
    /// Entries `0..tree_size` are all the log will ever hold.
    pub tree_size: u64,
}

/// The range of certificate expiry dates a (sharded) log accepts.
#[derive(Debug, Clone, Deserialize)]
pub struct TemporalInterval {
    /// RFC 3339.
    pub start_inclusive: String,
    /// RFC 3339.
    pub end_exclusive: String,
}

impl LogState {
    /// The name of the state that is set, if it is one this code knows.
    pub fn name(&self) -> Option<&'static str> {
        [
            ("usable", self.usable.is_some()),
            ("qualified", self.qualified.is_some()),
            ("readonly", self.readonly.is_some()),
            ("retired", self.retired.is_some()),
            ("rejected", self.rejected.is_some()),
            ("pending", self.pending.is_some()),
        ]
        .into_iter()
        .find_map(|(name, set)| set.then_some(name))
    }

    /// Whether a monitor should read this log: usable and qualified logs
    /// grow; readonly logs are frozen but may still hold unread entries.
    pub fn is_watchable(&self) -> bool {
        matches!(self.name(), Some("usable" | "qualified" | "readonly"))
    }
}

impl LogList {
    /// Parse the JSON text of a v3 log list.
    pub fn parse(json: &[u8]) -> Result<Self, crate::DecodeError> {
        serde_json::from_slice(json).map_err(|e| crate::DecodeError(format!("log list: {e}")))
    }

    /// Every log whose state is `usable`, `qualified` or `readonly`, both
    /// RFC 6962 `logs` and `tiled_logs`, across all operators.
    pub fn watchable(&self) -> Vec<LogSource> {
        let mut out = Vec::new();
        for op in &self.operators {
            for log in &op.logs {
                let protocol = Protocol::Rfc6962 {
                    url: with_trailing_slash(&log.url),
                };
                out.extend(source(
                    op,
                    &log.description,
                    &log.log_id,
                    &log.key,
                    &log.state,
                    protocol,
                ));
            }
            for log in &op.tiled_logs {
                let protocol = Protocol::StaticCt {
                    submission_url: with_trailing_slash(&log.submission_url),
                    monitoring_url: with_trailing_slash(&log.monitoring_url),
                };
                out.extend(source(
                    op,
                    &log.description,
                    &log.log_id,
                    &log.key,
                    &log.state,
                    protocol,
                ));
            }
        }
        out
    }
}

/// Build a [`LogSource`] if the log is watchable and its key decodes.
fn source(
    op: &Operator,
    description: &str,
    log_id: &str,
    key: &str,
    state: &Option<LogState>,
    protocol: Protocol,
) -> Option<LogSource> {
    let state = state.as_ref().filter(|s| s.is_watchable())?;
    let key = match BASE64_STANDARD.decode(key) {
        Ok(key) => key,
        Err(e) => {
            tracing::warn!(log = description, error = %e, "log list key is not base64; skipping log");
            return None;
        }
    };
    Some(LogSource {
        log_id: log_id.to_owned(),
        description: description.to_owned(),
        operator: op.name.clone(),
        key,
        protocol,
        state: state.name()?.to_owned(),
        final_tree_size: state.readonly.as_ref().map(|r| r.final_tree_head.tree_size),
    })
}

/// Base URLs must end in `/` so that relative paths (`ct/v1/get-sth`,
/// `checkpoint`) join under them rather than replace their last segment.
pub(crate) fn with_trailing_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}
