//! Reading a static-ct-api (tiled) log: checkpoint, then data tiles.
//!
//! # Design
//! - The head is the checkpoint, whose RFC6962NoteSignature must verify
//!   with the log key from the list ([`ct::checkpoint::Checkpoint::verify_rfc6962`]).
//! - Tiles are planned by `ct::tile::tiles_covering`: full tiles (width
//!   256) while the checkpoint covers them, then the partial tile `N.p/W`
//!   that ends at the checkpoint. A log that is behind gets up to
//!   `parallel_fetches` full tiles requested at once (each holding one
//!   operator permit), published in order.
//! - A partial tile is only read right after a fresh checkpoint: the tile
//!   may have filled up meanwhile, and logs may delete partial tiles once
//!   the full one exists. Since `next` then moves to the head, the same
//!   partial tile is never read twice; only entries from `next` on are
//!   emitted from a tile.
//! - Tiles fetched but not yet published (a later tile, or the issuer
//!   lookup, failed) are kept and reused on the retry instead of being
//!   downloaded again.
//! - Each leaf's `leaf_index` must equal its position (checked in
//!   `ct::static_ct::Client::resolve`); a mismatch is a decode error and the
//!   tile is retried, because skipping it would silently lose up to 256
//!   certificates. So is a tile with fewer leaves than its width.
//! - When draining to a size inside a tile, the covering tile is read and
//!   only the entries below that size are emitted.
//! - `cert_link` is the URL of the tile the entry was read from.

use std::collections::HashMap;
use std::sync::Arc;

use ct::static_ct::{parse_data_tile, Client, TileLeaf};
use ct::tile::{tiles_covering, TileSpan, TILE_WIDTH};
use ct::{DecodeError, FetchError};
use futures::StreamExt;
use tokio::sync::Semaphore;

use super::{Advance, Limit, Protocol, WatchContext, WatchError, WatchedLog};
use crate::pipeline::Pending;
use crate::trust::{Inconsistent, TreeHead};

/// How to read one static-ct-api log.
#[derive(Debug)]
pub struct StaticCt {
    client: Client,
    /// Tiles fetched but not yet published, by (number, width).
    fetched: HashMap<(u64, u16), Vec<TileLeaf>>,
}

impl StaticCt {
    /// A reader for the log whose `monitoring_url` is given.
    pub fn new(monitoring_url: &str, http: reqwest::Client) -> Result<Self, url::ParseError> {
        Ok(StaticCt {
            client: Client::new(http, monitoring_url)?,
            fetched: HashMap::new(),
        })
    }
}

impl Protocol for StaticCt {
    async fn head(&self, log: &WatchedLog) -> Result<TreeHead, WatchError> {
        let checkpoint = {
            let _permit = log.operator.permits.acquire().await;
            self.client.checkpoint().await?
        };
        checkpoint
            .verify_rfc6962(&log.source.key)
            .map_err(Inconsistent::from)?;
        Ok(TreeHead {
            size: checkpoint.tree_size,
            root: checkpoint.root_hash,
        })
    }

    async fn advance(
        &mut self,
        log: &WatchedLog,
        context: &WatchContext,
        next: &mut u64,
        limit: Limit,
    ) -> Result<Advance, WatchError> {
        let parallel = context.parallel_fetches.max(1);
        let plan: Vec<TileSpan> = tiles_covering(*next, limit.head).take(parallel).collect();
        let Some(first) = plan.first().copied() else {
            return Ok(Advance::Done);
        };
        let spans: Vec<TileSpan> = if u64::from(first.width) < TILE_WIDTH {
            if !limit.fresh {
                return Ok(Advance::NeedFreshHead);
            }
            vec![first]
        } else {
            plan.into_iter()
                .take_while(|s| u64::from(s.width) == TILE_WIDTH)
                .collect()
        };
        self.fetched
            .retain(|key, _| spans.iter().any(|s| (s.n, s.width) == *key));

        let missing: Vec<TileSpan> = spans
            .iter()
            .filter(|s| !self.fetched.contains_key(&(s.n, s.width)))
            .copied()
            .collect();
        let fetches = missing
            .into_iter()
            .map(|span| fetch_tile(self.client.clone(), Arc::clone(&log.operator.permits), span));
        let results: Vec<_> = futures::stream::iter(fetches)
            .buffered(parallel)
            .collect()
            .await;
        // Keep every tile that arrived, even past a failure, for the retry.
        let mut failure = None;
        for result in results {
            match result {
                Ok((span, leaves)) => {
                    self.fetched.insert((span.n, span.width), leaves);
                }
                Err(error) => {
                    failure.get_or_insert(error);
                }
            }
        }

        for span in spans {
            let Some(leaves) = self.fetched.get(&(span.n, span.width)) else {
                break;
            };
            let first_index = span.first_index();
            let tile_end = first_index + u64::from(span.width);
            let to = limit.stop_at.map_or(tile_end, |s| s.min(tile_end));
            if to <= *next {
                break;
            }
            let from = *next;
            let skip = usize::try_from(from - first_index).unwrap_or(usize::MAX);
            let take = usize::try_from(to - first_index).unwrap_or(usize::MAX);
            let wanted = leaves.get(skip..take).unwrap_or_default().to_vec();
            let entries = self.client.resolve(from, wanted, &context.issuers).await?;
            let cert_link = self.client.tile_link(span.n, span.width);
            let batch = entries
                .into_iter()
                .map(|entry| Pending {
                    entry,
                    cert_link: cert_link.clone(),
                })
                .collect();
            context
                .pipeline
                .publish(&log.source, &log.stats, batch, from..to)
                .await?;
            self.fetched.remove(&(span.n, span.width));
            *next = to;
            if limit.stop_at.is_some_and(|s| to >= s) {
                break;
            }
        }
        match failure {
            Some(error) => Err(error),
            None => Ok(Advance::Done),
        }
    }
}

/// Fetch and parse one data tile, checking it holds `width` leaves.
async fn fetch_tile(
    client: Client,
    permits: Arc<Semaphore>,
    span: TileSpan,
) -> Result<(TileSpan, Vec<TileLeaf>), WatchError> {
    let bytes = {
        let _permit = permits.acquire().await;
        client.data_tile(span.n, span.width).await?
    };
    let bad_tile = |message: String| FetchError::Decode {
        url: client.tile_link(span.n, span.width),
        source: DecodeError(message),
    };
    let leaves = parse_data_tile(&bytes).map_err(|e| bad_tile(e.0))?;
    if leaves.len() < usize::from(span.width) {
        return Err(bad_tile(format!(
            "tile holds {} leaves, expected {}",
            leaves.len(),
            span.width
        ))
        .into());
    }
    Ok((span, leaves))
}
