//! Reading an RFC 6962 log: `get-sth`, then `get-entries` in batches.
//!
//! # Design
//! - The head is an STH whose `tree_head_signature` must verify with the
//!   log key from the list ([`ct::rfc6962::verify_sth`]).
//! - Batches are `[next, next + batch_size)`, clipped to the head. A log
//!   that is behind gets up to `parallel_fetches` batches requested at
//!   once (each holding one operator permit); they are published in order.
//! - Logs may answer with fewer entries than asked (a short batch). The
//!   rest of that batch is asked for at once, so a batch is complete before
//!   it is published: never an entry skipped, never one asked twice.
//!   Extra entries beyond the range are a decode error (`ct` checks).
//! - An entry whose leaf does not decode (bad MerkleTreeLeaf or
//!   `extra_data`) has no certificate to show, so it cannot become even a
//!   degraded message. It is logged with its index and counted as
//!   `undecodable_entries`, and the watcher moves on: one bad entry must not
//!   wedge the log forever. (A certificate that merely fails X.509 parsing
//!   is not this case: it is published in degraded form.)

use std::ops::Range;
use std::sync::Arc;

use ct::rfc6962::{decode_entry, verify_sth, Client, RawEntry};
use futures::StreamExt;
use tokio::sync::Semaphore;

use super::{Advance, Limit, Protocol, WatchContext, WatchError, WatchedLog};
use crate::pipeline::Pending;
use crate::trust::{Inconsistent, TreeHead};

/// How to read one RFC 6962 log.
#[derive(Debug)]
pub struct Rfc6962 {
    client: Client,
}

impl Rfc6962 {
    /// A reader for the log at `url` (the log list's `url`).
    pub fn new(url: &str, http: reqwest::Client) -> Result<Self, url::ParseError> {
        Ok(Rfc6962 {
            client: Client::new(http, url)?,
        })
    }
}

impl Protocol for Rfc6962 {
    async fn head(&self, log: &WatchedLog) -> Result<TreeHead, WatchError> {
        let sth = {
            let _permit = log.operator.permits.acquire().await;
            self.client.get_sth().await?
        };
        verify_sth(&sth, &log.source.key).map_err(Inconsistent::from)?;
        Ok(TreeHead {
            size: sth.tree_size,
            root: sth.sha256_root_hash,
        })
    }

    async fn advance(
        &mut self,
        log: &WatchedLog,
        context: &WatchContext,
        next: &mut u64,
        limit: Limit,
    ) -> Result<Advance, WatchError> {
        let end = limit.end();
        let batch = context.batch_size.max(1);
        let mut ranges = Vec::new();
        let mut from = *next;
        while from < end && ranges.len() < context.parallel_fetches.max(1) {
            let to = from.saturating_add(batch).min(end);
            ranges.push(from..to);
            from = to;
        }
        let fetches = ranges.into_iter().map(|range| {
            fetch_range(
                self.client.clone(),
                Arc::clone(&log.operator.permits),
                range,
            )
        });
        let mut fetched = futures::stream::iter(fetches).buffered(context.parallel_fetches.max(1));
        while let Some(result) = fetched.next().await {
            let (range, raw) = result?;
            let pending = self.decode(log, range.start, &raw);
            context
                .pipeline
                .publish(&log.source, &log.stats, pending, range.clone())
                .await?;
            *next = range.end;
        }
        Ok(Advance::Done)
    }
}

impl Rfc6962 {
    /// Decode a complete batch starting at `first`; undecodable entries are
    /// logged, counted and left out.
    fn decode(&self, log: &WatchedLog, first: u64, raw: &[RawEntry]) -> Vec<Pending> {
        let mut batch = Vec::with_capacity(raw.len());
        for (index, entry) in (first..).zip(raw) {
            match decode_entry(index, entry) {
                Ok(entry) => batch.push(Pending {
                    entry,
                    cert_link: self.client.entry_link(index),
                }),
                Err(error) => {
                    tracing::warn!(
                        log = log.source.url(),
                        index,
                        %error,
                        "undecodable entry; counted and skipped"
                    );
                    log.stats.undecodable();
                }
            }
        }
        batch
    }
}

/// Every entry of `range`, asking again for the rest after a short answer.
async fn fetch_range(
    client: Client,
    permits: Arc<Semaphore>,
    range: Range<u64>,
) -> Result<(Range<u64>, Vec<RawEntry>), WatchError> {
    let mut entries = Vec::with_capacity(usize::try_from(range.end - range.start).unwrap_or(0));
    let mut from = range.start;
    while from < range.end {
        let got = {
            let _permit = permits.acquire().await;
            client.get_entries(from, range.end - 1).await?
        };
        if got.is_empty() {
            return Err(WatchError::Empty);
        }
        from += got.len() as u64;
        entries.extend(got);
    }
    Ok((range, entries))
}
