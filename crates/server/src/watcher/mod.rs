//! Log watchers: one task per log, following the log's verified head and
//! feeding new entries to the [`Pipeline`] in index order.
//!
//! # Design
//! - **One task per log, nothing shared but the pipeline and the
//!   operator's request budget.** A slow or failing log only delays its own
//!   task (and, through the per-operator cap, its operator's other logs).
//! - **Where to start.** A log with a saved position resumes there (no
//!   gap across restarts); otherwise, and always with `--start-at-head`, it
//!   starts at its current head: certstream is a live feed, not a backfill.
//!   Until the first head is read the log's `position` in `/stats` is null.
//! - **The loop is shared, the protocol is not.** `rfc6962` and `static_ct`
//!   implement [`Protocol`]: fetch and verify the head; fetch and publish
//!   the next stretch of entries. [`Watcher`] owns everything they share:
//!   head consistency (`trust.rs`), draining, polling cadence, error
//!   counting, backoff with jitter that honours `Retry-After`, shutdown.
//! - **Behind? Fetch in parallel, deliver in order.** A protocol may fetch
//!   up to `parallel_fetches` batches or tiles at once (each request holds
//!   an operator permit) but publishes them strictly in index order, and
//!   stops at the first failure: what was published stays published, the
//!   rest is fetched again after the backoff. Nothing is skipped.
//! - **Draining.** A log that leaves the list, retires, or freezes
//!   (`readonly`) is read up to a last size (its final tree size, or the
//!   head at the moment it left) and then its task ends. A drain that keeps
//!   failing gives up after [`DRAIN_ATTEMPTS`] tries, with an error log.
//! - **No silent retries.** Every failure is logged at `warn` (inconsistent
//!   heads at `error`) with its kind and the delay before the next try, and
//!   counted per kind.

mod rfc6962;
mod static_ct;
pub mod supervisor;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use ct::issuer_cache::IssuerCache;
use ct::loglist::LogSource;
use ct::FetchError;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::backoff::Backoff;
use crate::operators::Operator;
use crate::pipeline::{Pipeline, PipelineStopped};
use crate::stats::LogStats;
use crate::trust::{HeadTracker, Inconsistent, TreeHead};

/// Consecutive failures after which a draining log is abandoned.
pub const DRAIN_ATTEMPTS: u32 = 8;

/// What every watcher shares.
#[derive(Debug, Clone)]
pub struct WatchContext {
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
    /// Batches or tiles fetched at once by a log that is behind.
    pub parallel_fetches: usize,
}

/// The log a watcher follows, its counters and its operator's budget.
#[derive(Debug, Clone)]
pub struct WatchedLog {
    /// The log as the log list describes it.
    pub source: Arc<LogSource>,
    /// Its `/stats` entry.
    pub stats: Arc<LogStats>,
    /// Its operator's HTTP client and request permits.
    pub operator: Operator,
}

/// What the supervisor wants a watcher to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifecycle {
    /// Follow the head indefinitely.
    Follow,
    /// Read up to this size (or, if `None`, the head at the time of the
    /// order), then stop.
    Drain(Option<u64>),
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
    /// The log served a head we refuse to follow; retried after a backoff.
    #[error(transparent)]
    Inconsistent(#[from] Inconsistent),
    /// The server is shutting down.
    #[error(transparent)]
    Stopped(#[from] PipelineStopped),
}

impl WatchError {
    /// Label under which `/stats` and `/metrics` count the error.
    fn kind(&self) -> &'static str {
        match self {
            WatchError::Fetch(e) => e.kind(),
            WatchError::Empty => "empty_response",
            WatchError::Inconsistent(e) => e.kind(),
            WatchError::Stopped(_) => "stopped",
        }
    }
}

/// The bounds a protocol may fetch within.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Size of the latest verified head.
    pub head: u64,
    /// Do not emit entries at or beyond this index (draining).
    pub stop_at: Option<u64>,
    /// Whether `head` was read during this very step.
    pub fresh: bool,
}

impl Limit {
    /// One past the last index that may be emitted.
    pub fn end(&self) -> u64 {
        self.stop_at.map_or(self.head, |s| s.min(self.head))
    }
}

/// What [`Protocol::advance`] achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    /// Published what it could; `next` has moved.
    Done,
    /// Needs a head read during this step first (static-ct-api partial tiles).
    NeedFreshHead,
}

/// One protocol's way of reading a log.
pub trait Protocol: Send {
    /// Fetch the current tree head and verify its signature with the key
    /// from the log list.
    fn head(&self, log: &WatchedLog) -> impl Future<Output = Result<TreeHead, WatchError>> + Send;

    /// Fetch and publish entries from `*next` (below `limit.end()`),
    /// moving `*next` past each published batch, even when a later one fails.
    fn advance(
        &mut self,
        log: &WatchedLog,
        context: &WatchContext,
        next: &mut u64,
        limit: Limit,
    ) -> impl Future<Output = Result<Advance, WatchError>> + Send;
}

/// Result of one successful step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// More entries are known to be waiting: step again at once.
    More,
    /// At the head: wait a poll interval.
    CaughtUp,
    /// Drained: the task ends.
    Finished,
}

/// The protocol-independent state of one log's watcher.
#[derive(Debug)]
pub struct Watcher<P> {
    protocol: P,
    log: WatchedLog,
    context: WatchContext,
    heads: HeadTracker,
    /// Where to start, if resuming; consumed by the first step.
    resume: Option<u64>,
    /// Next index to publish; `None` until the starting head is known.
    next: Option<u64>,
    /// Set while draining.
    stop_at: Option<u64>,
}

impl<P: Protocol> Watcher<P> {
    /// A watcher that starts at `resume`, or at the head if `None`.
    pub fn new(protocol: P, log: WatchedLog, context: WatchContext, resume: Option<u64>) -> Self {
        Watcher {
            protocol,
            log,
            context,
            heads: HeadTracker::default(),
            resume,
            next: None,
            stop_at: None,
        }
    }

    fn url(&self) -> &str {
        self.log.source.url()
    }

    /// Read, verify and accept the head.
    async fn refresh(&mut self) -> Result<TreeHead, WatchError> {
        let head = self.protocol.head(&self.log).await?;
        let head = self.heads.accept(head)?;
        self.log.stats.head(head.size);
        Ok(head)
    }

    /// Switch to draining up to `target`, or to the head as of now.
    async fn begin_drain(&mut self, target: Option<u64>) {
        let target = match target {
            Some(target) => target,
            None => match self.refresh().await {
                Ok(head) => head.size,
                Err(error) => {
                    let known = self.heads.latest().map_or(0, |h| h.size);
                    tracing::warn!(
                        log = self.url(),
                        %error,
                        last_known_head = known,
                        "cannot read the head of a log being drained; draining to the last known head"
                    );
                    known
                }
            },
        };
        self.stop_at = Some(target);
        self.log.stats.state("draining");
        tracing::info!(log = self.url(), until = target, "draining log");
    }

    async fn step(&mut self) -> Result<Step, WatchError> {
        let Some(mut next) = self.next else {
            return self.start().await;
        };
        if self.stop_at.is_some_and(|stop| next >= stop) {
            return Ok(Step::Finished);
        }
        let mut head = self.heads.latest().map_or(0, |h| h.size);
        let mut fresh = false;
        if next >= self.limit(head).end() {
            head = self.refresh().await?.size;
            fresh = true;
            if next >= self.limit(head).end() {
                // Idle for a poll interval: everything before `next` has
                // long left the hub, so it can be saved as done.
                self.context
                    .pipeline
                    .settle(&self.log.source, &self.log.stats, next)
                    .await;
                return Ok(Step::CaughtUp);
            }
        }
        loop {
            let mut limit = self.limit(head);
            limit.fresh = fresh;
            let result = self
                .protocol
                .advance(&self.log, &self.context, &mut next, limit)
                .await;
            self.next = Some(next);
            match result? {
                Advance::Done => break,
                Advance::NeedFreshHead if !fresh => {
                    head = self.refresh().await?.size;
                    fresh = true;
                }
                Advance::NeedFreshHead => break,
            }
        }
        Ok(if next < self.limit(head).end() || self.stop_at.is_some() {
            Step::More
        } else {
            Step::CaughtUp
        })
    }

    fn limit(&self, head: u64) -> Limit {
        Limit {
            head,
            stop_at: self.stop_at,
            fresh: false,
        }
    }

    /// First step: read the head and decide where to start.
    async fn start(&mut self) -> Result<Step, WatchError> {
        let head = self.refresh().await?.size;
        let start = match self.resume {
            Some(saved) => {
                if saved > head {
                    tracing::warn!(
                        log = self.url(),
                        saved,
                        head,
                        "saved position is beyond the log's head; waiting for the log to reach it"
                    );
                }
                saved
            }
            None => head,
        };
        self.next = Some(start);
        self.log.stats.position(start);
        if self.stop_at.is_none() {
            self.log.stats.state("following");
        }
        tracing::info!(
            log = self.url(),
            start,
            head,
            resumed = self.resume.is_some(),
            "watching"
        );
        Ok(if start < self.limit(head).end() {
            Step::More
        } else {
            Step::CaughtUp
        })
    }

    /// Step until shutdown, or until drained.
    pub async fn run(
        mut self,
        mut lifecycle: watch::Receiver<Lifecycle>,
        shutdown: CancellationToken,
    ) {
        let mut backoff = Backoff::new(self.context.max_backoff);
        let mut drain_failures = 0u32;
        loop {
            if lifecycle.has_changed().unwrap_or(false)
                || (self.stop_at.is_none() && *lifecycle.borrow() != Lifecycle::Follow)
            {
                let order = *lifecycle.borrow_and_update();
                if let Lifecycle::Drain(target) = order {
                    tokio::select! {
                        _ = shutdown.cancelled() => return,
                        _ = self.begin_drain(target) => {}
                    }
                }
            }
            let delay = tokio::select! {
                _ = shutdown.cancelled() => return,
                result = self.step() => match result {
                    Ok(Step::More) => {
                        backoff.reset();
                        drain_failures = 0;
                        continue;
                    }
                    Ok(Step::CaughtUp) => {
                        backoff.reset();
                        drain_failures = 0;
                        self.context.poll_interval
                    }
                    Ok(Step::Finished) => {
                        let next = self.next.unwrap_or(0);
                        self.context.pipeline.settle(&self.log.source, &self.log.stats, next).await;
                        self.log.stats.state("stopped");
                        tracing::info!(log = self.url(), next, "log drained; watcher stopped");
                        return;
                    }
                    Err(WatchError::Stopped(_)) => return,
                    Err(error) => {
                        let delay = backoff.next_delay(match &error {
                            WatchError::Fetch(e) => e.retry_after(),
                            _ => None,
                        });
                        self.report(&error, delay);
                        if self.stop_at.is_some() {
                            drain_failures += 1;
                            if drain_failures >= DRAIN_ATTEMPTS {
                                self.log.stats.state("stopped");
                                tracing::error!(
                                    log = self.url(),
                                    next = self.next,
                                    until = self.stop_at,
                                    "giving up draining a log that keeps failing"
                                );
                                return;
                            }
                        }
                        delay
                    }
                },
            };
            tokio::select! {
                _ = shutdown.cancelled() => return,
                _ = tokio::time::sleep(delay) => {}
                // A drain order cuts the wait short.
                _ = changed(&mut lifecycle) => {}
            }
        }
    }

    /// Count and log a failed step.
    fn report(&self, error: &WatchError, retry_in: Duration) {
        let kind = error.kind();
        if let WatchError::Inconsistent(_) = error {
            self.log.stats.inconsistent(kind);
            tracing::error!(
                log = self.url(),
                kind,
                %error,
                ?retry_in,
                "log served an inconsistent tree head; not following it"
            );
        } else {
            self.log.stats.error(kind);
            tracing::warn!(log = self.url(), kind, %error, ?retry_in, "fetch failed; will retry");
        }
    }
}

/// Resolves when the lifecycle changes; never if the supervisor is gone.
async fn changed(lifecycle: &mut watch::Receiver<Lifecycle>) {
    if lifecycle.changed().await.is_err() {
        std::future::pending::<()>().await;
    }
}
