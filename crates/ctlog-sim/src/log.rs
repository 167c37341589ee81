//! One simulated log: its entries (published and backlog), Merkle tree,
//! signing key, configuration, faults and counters, plus the [`LogHandle`]
//! tests drive it with.
//!
//! Design decisions:
//! - `entries[i]` is index `first_index + i`. Entries past the published size
//!   are the fixture backlog; [`LogHandle::publish`] reveals them in order and,
//!   when allowed, mints more.
//! - Fixture logs may start at a huge index (the live Argon2026h2 sample starts
//!   at 1111014090). Indices below `first_index` are not held: get-entries
//!   answers 400 for them, and the Merkle root is computed over the held leaves
//!   only (`first_index..size`), so the root is not that of the real log but
//!   is deterministic and correctly signed. For logs starting at 0 (all
//!   static-ct logs and all minted logs) the root is the true RFC 6962 root.
//! - A log is guarded by one `std::sync::Mutex`, held only for in-memory work
//!   (minting one entry is a single signature), never across an `.await`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::entry::{EntryParts, Protocol, SimEntry, StoredEntry};
use crate::error::SimError;
use crate::fault::{Endpoint, Fault, Faults};
use crate::leaf::EntryType;
use crate::log_key::LogKey;
use crate::merkle::{Hash, MerkleTree};
use crate::mint::Minter;

/// A signed tree head, shared by get-sth and checkpoint.
#[derive(Clone, Debug)]
pub(crate) struct TreeHead {
    pub(crate) size: u64,
    pub(crate) timestamp_ms: u64,
    pub(crate) root: Hash,
    /// `DigitallySigned` over the RFC 6962 `TreeHeadSignature`.
    pub(crate) signature: Vec<u8>,
}

/// Per-log settings fixed at creation.
pub(crate) struct LogConfig {
    pub(crate) name: String,
    pub(crate) protocol: Protocol,
    pub(crate) first_index: u64,
    pub(crate) max_batch: u64,
    /// Mint new entries once the fixture backlog runs out (always true for minted logs).
    pub(crate) mint_when_exhausted: bool,
    /// `http://127.0.0.1:PORT/<name>/`.
    pub(crate) url: String,
    /// Static-ct-api: every issuer served under `issuer/`, by SHA-256.
    /// RFC 6962: the roots get-roots lists.
    pub(crate) issuers: HashMap<Hash, Vec<u8>>,
}

/// The mutable state of one log.
pub(crate) struct LogState {
    pub(crate) entries: Vec<StoredEntry>,
    pub(crate) tree: MerkleTree,
    pub(crate) faults: Faults,
    pub(crate) rate: f64,
    pub(crate) rate_credit: f64,
    pub(crate) listed: bool,
    head: Option<TreeHead>,
}

/// A log: configuration, key, state, and the simulator's minter.
pub(crate) struct Log {
    pub(crate) config: LogConfig,
    pub(crate) key: LogKey,
    pub(crate) minter: Arc<Minter>,
    state: Mutex<LogState>,
}

pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl Log {
    /// A log holding `entries` (from `config.first_index`), none published yet.
    pub(crate) fn new(
        config: LogConfig,
        minter: Arc<Minter>,
        entries: Vec<StoredEntry>,
        rate: f64,
        listed: bool,
    ) -> Result<Self, SimError> {
        Ok(Self {
            config,
            key: LogKey::generate()?,
            minter,
            state: Mutex::new(LogState {
                entries,
                tree: MerkleTree::default(),
                faults: Faults::default(),
                rate,
                rate_credit: 0.0,
                listed,
                head: None,
            }),
        })
    }

    /// Locks the state. A poisoned lock only means a test thread panicked
    /// while holding it; the data is still consistent enough to keep serving.
    pub(crate) fn lock(&self) -> MutexGuard<'_, LogState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Published tree size given a locked state.
    pub(crate) fn size_of(&self, state: &LogState) -> u64 {
        self.config.first_index + state.tree.len()
    }

    /// Unpublished fixture entries.
    pub(crate) fn backlog(&self, state: &LogState) -> u64 {
        state.entries.len() as u64 - state.tree.len()
    }

    /// Publishes `n` more entries: backlog first, then freshly minted ones if
    /// the log may mint. All or nothing.
    pub(crate) fn publish(&self, state: &mut LogState, n: u64) -> Result<u64, SimError> {
        let backlog = self.backlog(state);
        if n > backlog && !self.config.mint_when_exhausted {
            return Err(SimError::Exhausted {
                log: self.config.name.clone(),
                available: backlog,
            });
        }
        for _ in 0..n {
            let published = state.tree.len() as usize;
            if published == state.entries.len() {
                let entry = self.mint_next(state)?;
                state.entries.push(entry);
            }
            let hash = state
                .entries
                .get(published)
                .map(|e| e.info.leaf_hash)
                .ok_or_else(|| SimError::Invalid("entry vanished".into()))?;
            state.tree.push(hash);
        }
        Ok(self.size_of(state))
    }

    /// Mints the entry for the next index: x509 at even indices, precert at odd.
    fn mint_next(&self, state: &LogState) -> Result<StoredEntry, SimError> {
        let index = self.config.first_index + state.entries.len() as u64;
        let entry_type = if index % 2 == 0 {
            EntryType::X509
        } else {
            EntryType::Precert
        };
        let minted = self.minter.mint(entry_type)?;
        let parts = EntryParts {
            entry_type,
            leaf_der: minted.der,
            issuer_key_hash: minted.tbs.as_ref().map(|_| *self.minter.issuer_key_hash()),
            tbs_der: minted.tbs,
            chain_der: self.minter.chain(),
            timestamp_ms: self.next_timestamp(state),
            domains: minted.domains,
        };
        StoredEntry::encode(self.config.protocol, index, parts)
    }

    /// Now, but never before the last entry's timestamp.
    pub(crate) fn next_timestamp(&self, state: &LogState) -> u64 {
        let last = state.entries.last().map_or(0, |e| e.info.timestamp_ms);
        now_ms().max(last)
    }

    /// The signed head of the published tree; cached so that repeated
    /// requests see the same STH until the size changes.
    pub(crate) fn current_head(&self, state: &mut LogState) -> Result<TreeHead, SimError> {
        let size = self.size_of(state);
        if let Some(head) = state.head.as_ref().filter(|h| h.size == size) {
            return Ok(head.clone());
        }
        let timestamp_ms = now_ms().max(state.head.as_ref().map_or(0, |h| h.timestamp_ms + 1));
        let head = self.sign_head(state, size, timestamp_ms)?;
        state.head = Some(head.clone());
        Ok(head)
    }

    /// A fresh signed head for an arbitrary held size (used by ShrinkTree).
    pub(crate) fn sign_head(
        &self,
        state: &LogState,
        size: u64,
        timestamp_ms: u64,
    ) -> Result<TreeHead, SimError> {
        let root = size
            .checked_sub(self.config.first_index)
            .and_then(|held| state.tree.root(held))
            .ok_or_else(|| SimError::Invalid(format!("no tree of size {size}")))?;
        Ok(TreeHead {
            size,
            timestamp_ms,
            root,
            signature: self.key.sign_tree_head(timestamp_ms, size, &root)?,
        })
    }

    /// The head to serve for a get-sth/checkpoint request, with its fault applied.
    pub(crate) fn head_for_request(
        &self,
        state: &mut LogState,
        fault: Option<&Fault>,
    ) -> Result<TreeHead, SimError> {
        let mut head = self.current_head(state)?;
        match fault {
            Some(Fault::ShrinkTree(by)) => {
                let size = head.size.saturating_sub(*by).max(self.config.first_index);
                head = self.sign_head(state, size, head.timestamp_ms)?;
            }
            Some(Fault::ForkRoot) => {
                head.root[0] ^= 0xff;
                head.signature =
                    self.key
                        .sign_tree_head(head.timestamp_ms, head.size, &head.root)?;
            }
            Some(Fault::BadSignature) => {
                // Validly encoded, but over a different tree size.
                head.signature =
                    self.key
                        .sign_tree_head(head.timestamp_ms, head.size ^ 1, &head.root)?;
            }
            _ => {}
        }
        Ok(head)
    }
}

/// A test's handle on one log: read what it serves, make it grow, break it.
/// Cheap to clone; stays valid after the log is removed from the simulator.
#[derive(Clone)]
pub struct LogHandle {
    pub(crate) log: Arc<Log>,
}

impl LogHandle {
    /// The log's name, which is also its URL path prefix.
    pub fn name(&self) -> &str {
        &self.log.config.name
    }

    /// Which API the log speaks.
    pub fn protocol(&self) -> Protocol {
        self.log.config.protocol
    }

    /// The URL the log list gives for this log: RFC 6962 `url`, or
    /// static-ct-api `monitoring_url` (= `submission_url`); ends with `/`.
    pub fn url(&self) -> &str {
        &self.log.config.url
    }

    /// The static-ct-api checkpoint origin: the URL without scheme and trailing slash.
    pub fn origin(&self) -> String {
        origin_of(&self.log.config.url)
    }

    /// The first index the log holds (0 unless an RFC 6962 fixture says otherwise).
    pub fn first_index(&self) -> u64 {
        self.log.config.first_index
    }

    /// The published tree size (what the next get-sth/checkpoint reports).
    pub fn size(&self) -> u64 {
        let state = self.log.lock();
        self.log.size_of(&state)
    }

    /// Fixture entries not yet published.
    pub fn backlog(&self) -> u64 {
        let state = self.log.lock();
        self.log.backlog(&state)
    }

    /// Makes the next `n` entries visible (fixture backlog first, then minted
    /// ones if the log mints) and returns the new tree size. Fails, publishing
    /// nothing, if a fixture log that does not mint has fewer than `n` left.
    pub fn publish(&self, n: u64) -> Result<u64, SimError> {
        let mut state = self.log.lock();
        self.log.publish(&mut state, n)
    }

    /// Sets the background growth rate in entries per second (0 stops it).
    pub fn set_rate(&self, entries_per_sec: f64) {
        self.log.lock().rate = entries_per_sec.max(0.0);
    }

    /// What the log serves (or will serve, for backlog) at `index`.
    pub fn entry(&self, index: u64) -> Option<SimEntry> {
        let state = self.log.lock();
        let i = usize::try_from(index.checked_sub(self.log.config.first_index)?).ok()?;
        state.entries.get(i).map(|e| e.info.clone())
    }

    /// The RFC 6962 root of the tree at `size` (held leaves only; see module doc).
    pub fn root_hash(&self, size: u64) -> Option<[u8; 32]> {
        let state = self.log.lock();
        state
            .tree
            .root(size.checked_sub(self.log.config.first_index)?)
    }

    /// The log's SubjectPublicKeyInfo DER, to verify its signatures.
    pub fn public_key_der(&self) -> Vec<u8> {
        self.log.key.spki_der().to_vec()
    }

    /// The RFC 6962 LogID (SHA-256 of the SPKI).
    pub fn log_id(&self) -> [u8; 32] {
        self.log.key.log_id()
    }

    /// Shows or hides the log in `/log_list.json`; a hidden log keeps serving.
    pub fn set_listed(&self, listed: bool) {
        self.log.lock().listed = listed;
    }

    /// Serves `fault` to the next `times` requests to `endpoint` (after any
    /// faults queued earlier for that endpoint). Errors if the fault cannot
    /// apply to that endpoint or the endpoint is not of this log's protocol.
    pub fn inject(&self, endpoint: Endpoint, fault: Fault, times: u32) -> Result<(), SimError> {
        if endpoint.protocol() != self.protocol() || !fault.applies_to(endpoint) {
            return Err(SimError::Invalid(format!(
                "{fault:?} cannot apply to {endpoint:?} of {:?} log {}",
                self.protocol(),
                self.name()
            )));
        }
        self.log.lock().faults.push(endpoint, fault, times);
        Ok(())
    }

    /// Drops all queued faults.
    pub fn clear_faults(&self) {
        self.log.lock().faults.clear();
    }

    /// Faults queued and not yet served.
    pub fn pending_faults(&self) -> u32 {
        self.log.lock().faults.pending()
    }

    /// Requests received on `endpoint`, faulted ones included.
    pub fn requests(&self, endpoint: Endpoint) -> u64 {
        self.log.lock().faults.count(endpoint)
    }

    /// Requests received for exactly `path` below the log prefix, without
    /// query string, e.g. `"tile/data/000"` or `"ct/v1/get-sth"`.
    pub fn path_requests(&self, path: &str) -> u64 {
        self.log.lock().faults.path_count(path)
    }
}

/// `http://host:port/name/` → `host:port/name`.
pub(crate) fn origin_of(url: &str) -> String {
    let no_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    no_scheme.trim_end_matches('/').to_owned()
}
