//! Log watchers: one task per log, following the log's head and feeding new
//! entries to the [`Pipeline`].
//!
//! # Design
//! - **One task per log, nothing shared but the pipeline.** A slow or
//!   failing log only delays its own task; the others keep their own pace.
//! - **Start at the head.** Each watcher's first step reads the log's current
//!   tree size and starts there: certstream is a live feed, not a backfill.
//!   Until then the log's `position` in `/stats` is null.
//! - **A protocol is a [`Follow`] step.** `rfc6962` and `static_ct` each
//!   implement one step ("catch up a bit, or say we are caught up"); the
//!   loop here owns everything they share: polling cadence, error counting
//!   by `FetchError::kind()`, exponential backoff with jitter that honours
//!   `Retry-After`, and shutdown. Positions only move forward after a batch
//!   is published, so a failed step is simply retried: nothing is skipped and
//!   nothing repeated.
//! - **Frozen logs are not polled.** A `readonly` log with a final tree size
//!   will never have a new entry, and we start at the head.

mod rfc6962;
mod static_ct;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use ct::issuer_cache::IssuerCache;
use ct::loglist::{LogSource, Protocol};
use ct::FetchError;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::backoff::Backoff;
use crate::pipeline::{Pipeline, PipelineStopped};
use crate::stats::{LogStats, Stats};

/// What every watcher shares.
#[derive(Debug, Clone)]
pub struct WatchContext {
    /// One HTTP client (one connection pool) for all logs.
    pub http: reqwest::Client,
    /// Issuers of static-ct-api logs, shared because logs share CAs.
    pub issuers: IssuerCache,
    /// Where entries go.
    pub pipeline: Pipeline,
    /// Delay between head polls once caught up.
    pub poll_interval: Duration,
    /// Entries per RFC 6962 get-entries request.
    pub batch_size: u64,
    /// Longest retry delay.
    pub max_backoff: Duration,
}

/// Result of one successful [`Follow::step`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// More entries are known to be waiting: step again at once.
    More,
    /// At the head: wait a poll interval.
    CaughtUp,
}

/// Why a step failed.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// A request failed; retried after a backoff.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The log answered a non-empty range with no entries; retried after a backoff.
    #[error("log returned no entries for a range below its tree size")]
    Empty,
    /// The server is shutting down.
    #[error(transparent)]
    Stopped(#[from] PipelineStopped),
}

impl WatchError {
    /// Label under which `/stats` counts the error.
    fn kind(&self) -> &'static str {
        match self {
            WatchError::Fetch(e) => e.kind(),
            WatchError::Empty => "empty_response",
            WatchError::Stopped(_) => "stopped",
        }
    }
}

/// One protocol's way of following a log.
pub trait Follow: Send {
    /// Fetch and publish the next piece of the log, or learn that there is
    /// nothing new.
    fn step(&mut self) -> impl Future<Output = Result<Step, WatchError>> + Send;
}

/// The log a watcher follows and the counters it reports to.
#[derive(Debug, Clone)]
pub struct WatchedLog {
    /// The log as the log list describes it.
    pub source: Arc<LogSource>,
    /// Its `/stats` entry.
    pub stats: Arc<LogStats>,
}

/// Spawn a watcher for every log in `sources` that can still grow. Each
/// stops when `shutdown` is cancelled.
pub fn spawn_all(
    sources: Vec<LogSource>,
    context: &WatchContext,
    stats: &Stats,
    shutdown: &CancellationToken,
    tracker: &TaskTracker,
) {
    for source in sources {
        if source.final_tree_size.is_some() {
            tracing::debug!(log = source.url(), "frozen log, not watched");
            continue;
        }
        let protocol = match source.protocol {
            Protocol::Rfc6962 { .. } => "rfc6962",
            Protocol::StaticCt { .. } => "static-ct",
        };
        let log = WatchedLog {
            stats: stats.add_log(source.url(), &source.description, protocol),
            source: Arc::new(source),
        };
        let started = match &log.source.protocol {
            Protocol::Rfc6962 { url } => rfc6962::Rfc6962Watcher::new(url, &log, context)
                .map(|w| tracker.spawn(run(w, log.clone(), context.clone(), shutdown.clone()))),
            Protocol::StaticCt { monitoring_url, .. } => {
                static_ct::StaticCtWatcher::new(monitoring_url, &log, context)
                    .map(|w| tracker.spawn(run(w, log.clone(), context.clone(), shutdown.clone())))
            }
        };
        if let Err(error) = started {
            tracing::error!(log = log.source.url(), %error, "bad log URL, not watched");
        }
    }
}

/// The loop shared by both protocols.
async fn run<W: Follow>(
    mut watcher: W,
    log: WatchedLog,
    context: WatchContext,
    shutdown: CancellationToken,
) {
    let mut backoff = Backoff::new(context.max_backoff);
    loop {
        let delay = tokio::select! {
            _ = shutdown.cancelled() => return,
            result = watcher.step() => match result {
                Ok(Step::More) => {
                    backoff.reset();
                    continue;
                }
                Ok(Step::CaughtUp) => {
                    backoff.reset();
                    context.poll_interval
                }
                Err(WatchError::Stopped(_)) => return,
                Err(error) => {
                    log.stats.error(error.kind());
                    let retry_after = match &error {
                        WatchError::Fetch(e) => e.retry_after(),
                        _ => None,
                    };
                    let delay = backoff.next_delay(retry_after);
                    tracing::warn!(
                        log = log.source.url(),
                        kind = error.kind(),
                        %error,
                        retry_in = ?delay,
                        "fetch failed"
                    );
                    delay
                }
            },
        };
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(delay) => {}
        }
    }
}
