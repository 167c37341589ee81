//! Keeping the set of watchers in line with the log list as it changes.
//!
//! # Design
//! - **Keyed by URL**, the identity certstream publishes (`source.url`)
//!   and the key of saved positions.
//! - **At start-up** each log resumes from its saved position, unless
//!   `--start-at-head` or it has none, in which case it starts at its head.
//!   A frozen (`readonly`) log is only read if a saved position shows
//!   entries we have not streamed yet, up to its final tree size.
//! - **On a refresh** a log new to the list starts at its head. A log that
//!   left the list or turned `retired` is drained to the head it has at that
//!   moment; one that turned `readonly` is drained to its final tree size.
//!   Draining watchers stop by themselves; a finished watcher is forgotten,
//!   so a log that comes back is watched again from its head.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use ct::loglist::{LogSource, Protocol as ListProtocol};
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::rfc6962::Rfc6962;
use super::static_ct::StaticCt;
use super::{Lifecycle, WatchContext, WatchedLog, Watcher};
use crate::operators::Operators;
use crate::stats::Stats;

/// Owns the running watchers.
#[derive(Debug)]
pub struct Supervisor {
    context: WatchContext,
    operators: Arc<Operators>,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
    tracker: TaskTracker,
    /// Saved positions, consulted for the logs of the first list only.
    saved: HashMap<String, u64>,
    running: HashMap<String, Running>,
    first_list_applied: bool,
}

#[derive(Debug)]
struct Running {
    lifecycle: watch::Sender<Lifecycle>,
}

impl Supervisor {
    /// A supervisor that spawns watchers on `tracker`; `saved` are the
    /// positions to resume from (empty for `--start-at-head`).
    pub fn new(
        context: WatchContext,
        operators: Arc<Operators>,
        stats: Arc<Stats>,
        shutdown: CancellationToken,
        tracker: TaskTracker,
        saved: HashMap<String, u64>,
    ) -> Supervisor {
        Supervisor {
            context,
            operators,
            stats,
            shutdown,
            tracker,
            saved,
            running: HashMap::new(),
            first_list_applied: false,
        }
    }

    /// Bring the watchers in line with `sources`, the current list.
    pub fn apply(&mut self, sources: Vec<LogSource>) {
        // Forget watchers whose task has ended (drained or abandoned).
        self.running.retain(|_, r| !r.lifecycle.is_closed());
        let first = !self.first_list_applied;
        self.first_list_applied = true;

        let listed: HashSet<String> = sources.iter().map(|s| s.url().to_owned()).collect();
        for (url, running) in &self.running {
            if !listed.contains(url) && *running.lifecycle.borrow() == Lifecycle::Follow {
                tracing::info!(log = %url, "log left the list (or retired)");
                let _ = running.lifecycle.send(Lifecycle::Drain(None));
            }
        }
        for source in sources {
            let url = source.url().to_owned();
            if let Some(running) = self.running.get(&url) {
                if let Some(last) = source.final_tree_size {
                    if *running.lifecycle.borrow() == Lifecycle::Follow {
                        tracing::info!(log = %url, final_tree_size = last, "log became read-only");
                        let _ = running.lifecycle.send(Lifecycle::Drain(Some(last)));
                    }
                }
                continue;
            }
            let resume = if first {
                self.saved.get(&url).copied()
            } else {
                None
            };
            let lifecycle = match (source.final_tree_size, resume) {
                (None, _) => Lifecycle::Follow,
                (Some(last), Some(resume)) if resume < last => Lifecycle::Drain(Some(last)),
                (Some(_), _) => {
                    tracing::debug!(log = %url, "frozen log with nothing left to read; not watched");
                    continue;
                }
            };
            self.spawn(source, resume, lifecycle);
        }
    }

    fn spawn(&mut self, source: LogSource, resume: Option<u64>, lifecycle: Lifecycle) {
        let protocol_name = match source.protocol {
            ListProtocol::Rfc6962 { .. } => "rfc6962",
            ListProtocol::StaticCt { .. } => "static-ct",
        };
        let operator = self.operators.get(&source.operator);
        let stats = self
            .stats
            .add_log(source.url(), &source.description, protocol_name);
        if let Some(saved) = resume {
            stats.saved(saved);
        }
        let url = source.url().to_owned();
        let log = WatchedLog {
            source: Arc::new(source),
            stats,
            operator,
        };
        let (sender, receiver) = watch::channel(lifecycle);
        let http = log.operator.http.clone();
        let context = self.context.clone();
        let shutdown = self.shutdown.clone();
        let started = match &log.source.protocol {
            ListProtocol::Rfc6962 { url } => Rfc6962::new(url, http).map(|p| {
                let watcher = Watcher::new(p, log.clone(), context, resume);
                self.tracker.spawn(watcher.run(receiver, shutdown));
            }),
            ListProtocol::StaticCt { monitoring_url, .. } => StaticCt::new(monitoring_url, http)
                .map(|p| {
                    let watcher = Watcher::new(p, log.clone(), context, resume);
                    self.tracker.spawn(watcher.run(receiver, shutdown));
                }),
        };
        match started {
            Ok(()) => {
                self.running.insert(url, Running { lifecycle: sender });
            }
            Err(error) => {
                tracing::error!(log = %url, %error, "bad log URL, not watched");
            }
        }
    }
}
