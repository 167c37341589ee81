//! Following an RFC 6962 log: `get-sth`, then `get-entries` in batches.
//!
//! # Design
//! - Batches are `[next, min(next + batch, size) - 1]`. Logs may answer
//!   with fewer entries than asked (a short batch); the watcher continues
//!   from what arrived, so it never skips an entry nor asks twice for one.
//!   Extra entries beyond the range asked are ignored.
//! - The tree head is only re-read once the watcher has caught up with the
//!   last one, so a watcher that is behind spends its requests on entries.
//! - An entry whose leaf does not decode (bad MerkleTreeLeaf or
//!   `extra_data`) has no certificate to show, so it cannot become even a
//!   degraded message. It is logged with its index and counted as
//!   `undecodable_entries`, and the watcher moves on: one bad entry must not
//!   wedge the log forever. (A certificate that merely fails X.509 parsing
//!   is not this case: it is published in degraded form.)

use ct::rfc6962::{decode_entry, Client};

use super::{Follow, Step, WatchContext, WatchError, WatchedLog};
use crate::pipeline::Pending;

/// State of one RFC 6962 log's watcher.
#[derive(Debug)]
pub struct Rfc6962Watcher {
    client: Client,
    log: WatchedLog,
    context: WatchContext,
    /// Next index to fetch; `None` until the starting head is known.
    next: Option<u64>,
    /// Tree size from the last get-sth.
    head: u64,
}

impl Rfc6962Watcher {
    /// A watcher for the log at `url` (the log list's `url`).
    pub fn new(
        url: &str,
        log: &WatchedLog,
        context: &WatchContext,
    ) -> Result<Self, url::ParseError> {
        Ok(Rfc6962Watcher {
            client: Client::new(context.http.clone(), url)?,
            log: log.clone(),
            context: context.clone(),
            next: None,
            head: 0,
        })
    }

    /// Re-read the tree head. A head below what we already saw (a broken or
    /// rolled-back log) is reported but never moves us backwards.
    async fn refresh_head(&mut self) -> Result<(), WatchError> {
        let sth = self.client.get_sth().await?;
        self.log.stats.head(sth.tree_size);
        if sth.tree_size < self.head {
            tracing::warn!(
                log = self.log.source.url(),
                size = sth.tree_size,
                previous = self.head,
                "tree head went backwards; ignored"
            );
        } else {
            self.head = sth.tree_size;
        }
        Ok(())
    }
}

impl Follow for Rfc6962Watcher {
    async fn step(&mut self) -> Result<Step, WatchError> {
        let Some(next) = self.next else {
            self.refresh_head().await?;
            self.next = Some(self.head);
            self.log.stats.position(self.head);
            tracing::info!(log = self.log.source.url(), start = self.head, "watching");
            return Ok(Step::CaughtUp);
        };
        if next >= self.head {
            self.refresh_head().await?;
            if next >= self.head {
                return Ok(Step::CaughtUp);
            }
        }

        let end = next.saturating_add(self.context.batch_size).min(self.head) - 1;
        let mut raw = self.client.get_entries(next, end).await?;
        if raw.is_empty() {
            return Err(WatchError::Empty);
        }
        let asked = usize::try_from(end - next + 1).unwrap_or(usize::MAX);
        raw.truncate(asked);

        let mut batch = Vec::with_capacity(raw.len());
        for (index, entry) in (next..).zip(&raw) {
            match decode_entry(index, entry) {
                Ok(entry) => batch.push(Pending {
                    entry,
                    cert_link: self.client.entry_link(index),
                }),
                Err(error) => {
                    tracing::warn!(
                        log = self.log.source.url(),
                        index,
                        %error,
                        "undecodable entry; counted and skipped"
                    );
                    self.log.stats.undecodable();
                }
            }
        }
        self.context
            .pipeline
            .publish(&self.log.source, &self.log.stats, batch)
            .await?;

        let next = next + raw.len() as u64;
        self.next = Some(next);
        self.log.stats.position(next);
        Ok(if next < self.head {
            Step::More
        } else {
            Step::CaughtUp
        })
    }
}
