//! Counters behind `/stats`: connected clients per stream and, per log,
//! progress and errors.
//!
//! # Design
//! - **One mutex per log.** Each log's counters are written by its own
//!   watcher only (a few times per batch) and read by the rare `/stats`
//!   request, so a plain mutex around a serialisable struct is simpler than a
//!   field of atomics and just as fast. Client counts change on every
//!   connect/disconnect from many tasks, so those are atomics.
//! - **RAII client counting.** [`ClientGuard`] decrements on drop, so a
//!   connection that ends any way at all (error, panic, shutdown) is
//!   uncounted.
//! - The snapshot is plain serde; `/stats` is `serde_json` of it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::hub::StreamKind;
use crate::session_stats::{SessionCounters, SessionSnapshot};

/// Shared registry of every counter the server exposes.
#[derive(Debug, Default)]
pub struct Stats {
    lite_clients: AtomicU64,
    full_clients: AtomicU64,
    domains_clients: AtomicU64,
    slow_clients_disconnected: AtomicU64,
    /// Websocket session events (lag skips, refusals, bad frames).
    pub sessions: SessionCounters,
    log_list_loads: AtomicU64,
    log_list_failures: AtomicU64,
    logs: Mutex<Vec<Arc<LogStats>>>,
}

impl Stats {
    /// Register a log so it shows in `/stats` from the start, even before
    /// its first successful fetch. A log that comes back (removed from the
    /// list, then listed again) keeps its counters.
    pub fn add_log(&self, url: &str, name: &str, protocol: &'static str) -> Arc<LogStats> {
        let mut logs = lock(&self.logs);
        if let Some(log) = logs.iter().find(|l| lock(&l.counters).url == url) {
            return Arc::clone(log);
        }
        let log = Arc::new(LogStats {
            counters: Mutex::new(LogCounters {
                url: url.to_owned(),
                name: name.to_owned(),
                protocol,
                state: "starting",
                ..LogCounters::default()
            }),
        });
        logs.push(Arc::clone(&log));
        log
    }

    /// Count a log list load (start-up or refresh) and whether it worked.
    pub fn log_list_loaded(&self, ok: bool) {
        let counter = if ok {
            &self.log_list_loads
        } else {
            &self.log_list_failures
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Count a websocket client until the returned guard is dropped.
    pub fn client_connected(self: &Arc<Self>, kind: StreamKind) -> ClientGuard {
        self.clients(kind).fetch_add(1, Ordering::Relaxed);
        ClientGuard {
            stats: Arc::clone(self),
            kind,
        }
    }

    /// Count a client cut off for falling behind the ring.
    pub fn slow_client_disconnected(&self) {
        self.slow_clients_disconnected
            .fetch_add(1, Ordering::Relaxed);
    }

    /// Everything, as `/stats` shows it.
    pub fn snapshot(&self) -> StatsSnapshot {
        StatsSnapshot {
            clients: ClientCounts {
                lite: self.lite_clients.load(Ordering::Relaxed),
                full: self.full_clients.load(Ordering::Relaxed),
                domains_only: self.domains_clients.load(Ordering::Relaxed),
            },
            slow_clients_disconnected: self.slow_clients_disconnected.load(Ordering::Relaxed),
            sessions: self.sessions.snapshot(),
            log_list_loads: self.log_list_loads.load(Ordering::Relaxed),
            log_list_failures: self.log_list_failures.load(Ordering::Relaxed),
            logs: lock(&self.logs).iter().map(|log| log.snapshot()).collect(),
        }
    }

    fn clients(&self, kind: StreamKind) -> &AtomicU64 {
        match kind {
            StreamKind::Lite => &self.lite_clients,
            StreamKind::Full => &self.full_clients,
            StreamKind::DomainsOnly => &self.domains_clients,
        }
    }
}

/// Keeps one client counted in [`Stats`] while alive.
#[derive(Debug)]
pub struct ClientGuard {
    stats: Arc<Stats>,
    kind: StreamKind,
}

impl Drop for ClientGuard {
    fn drop(&mut self) {
        self.stats
            .clients(self.kind)
            .fetch_sub(1, Ordering::Relaxed);
    }
}

/// Counters of one log, updated by its watcher and the pipeline.
#[derive(Debug)]
pub struct LogStats {
    counters: Mutex<LogCounters>,
}

/// One log's entry in `/stats`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LogCounters {
    /// `source.url` of the log.
    pub url: String,
    /// `source.name` of the log.
    pub name: String,
    /// `rfc6962` or `static-ct`.
    pub protocol: &'static str,
    /// `starting`, `following`, `draining` (left the list or froze; read
    /// up to its last head, then stopped) or `stopped`.
    pub state: &'static str,
    /// Tree size from the latest get-sth / checkpoint; null before the first.
    pub head_size: Option<u64>,
    /// Index of the next entry to fetch; null until the watcher has found
    /// the head it starts from (a client connected after that sees every
    /// later entry).
    pub position: Option<u64>,
    /// Index saved in the state store: a restart resumes here.
    pub saved_position: Option<u64>,
    /// Entries published to clients.
    pub entries_processed: u64,
    /// Entries whose leaf could not be decoded at all (logged, not published).
    pub undecodable_entries: u64,
    /// Certificates published in degraded form because they did not parse.
    pub unparsed_certs: u64,
    /// Failed fetches by `FetchError::kind()` (plus `empty_response` and
    /// the inconsistent-head kinds).
    pub errors: BTreeMap<&'static str, u64>,
    /// Tree heads refused: bad signature, shrinking tree, or a second root
    /// for one size.
    pub inconsistent_heads: u64,
    /// Unix time of the last successful request to the log.
    pub last_success: Option<f64>,
}

impl LogStats {
    /// Record a fetched tree head.
    pub fn head(&self, tree_size: u64) {
        let mut c = lock(&self.counters);
        c.head_size = Some(tree_size);
        c.last_success = Some(unix_now());
    }

    /// Record that entries before `next` are done (published or counted).
    pub fn position(&self, next: u64) {
        let mut c = lock(&self.counters);
        c.position = Some(next);
        c.last_success = Some(unix_now());
    }

    /// Record published entries and how many certificates were degraded.
    pub fn published(&self, entries: u64, unparsed_certs: u64) {
        let mut c = lock(&self.counters);
        c.entries_processed += entries;
        c.unparsed_certs += unparsed_certs;
    }

    /// Record an entry that could not be decoded into a certificate.
    pub fn undecodable(&self) {
        lock(&self.counters).undecodable_entries += 1;
    }

    /// Record a failed request by kind.
    pub fn error(&self, kind: &'static str) {
        *lock(&self.counters).errors.entry(kind).or_default() += 1;
    }

    /// Record a refused tree head (also counted under its error kind).
    pub fn inconsistent(&self, kind: &'static str) {
        let mut c = lock(&self.counters);
        c.inconsistent_heads += 1;
        *c.errors.entry(kind).or_default() += 1;
    }

    /// Record the watcher's lifecycle state.
    pub fn state(&self, state: &'static str) {
        lock(&self.counters).state = state;
    }

    /// Record the position durably saved.
    pub fn saved(&self, next: u64) {
        let mut c = lock(&self.counters);
        c.saved_position = Some(c.saved_position.map_or(next, |s| s.max(next)));
    }

    /// A copy of the counters.
    pub fn snapshot(&self) -> LogCounters {
        lock(&self.counters).clone()
    }
}

/// The `/stats` document.
#[derive(Debug, Clone, Serialize)]
pub struct StatsSnapshot {
    /// Connected websocket clients per stream.
    pub clients: ClientCounts,
    /// Clients disconnected for falling behind.
    pub slow_clients_disconnected: u64,
    /// Websocket session events.
    pub sessions: SessionSnapshot,
    /// Log list loads that succeeded (start-up and refreshes).
    pub log_list_loads: u64,
    /// Log list loads that failed (the previous list stayed in force).
    pub log_list_failures: u64,
    /// One entry per watched log.
    pub logs: Vec<LogCounters>,
}

/// Connected websocket clients per stream.
#[derive(Debug, Clone, Serialize)]
pub struct ClientCounts {
    /// On `/`.
    pub lite: u64,
    /// On `/full-stream`.
    pub full: u64,
    /// On `/domains-only`.
    pub domains_only: u64,
}

/// Current Unix time in seconds, as certstream's `seen` and heartbeats use.
pub fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Counters stay meaningful even if a holder panicked mid-update, so a
/// poisoned lock is used as is rather than taking the server down.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
