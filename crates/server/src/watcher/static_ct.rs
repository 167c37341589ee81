//! Following a static-ct-api (tiled) log: poll the checkpoint, read data tiles.
//!
//! # Design
//! - The watcher reads the tile holding `next` (planned by
//!   `ct::tile::tiles_covering`): the full tile (width 256) when the
//!   checkpoint covers it, otherwise the partial tile `N.p/W` that ends at
//!   the checkpoint. A partial tile is therefore only ever read at
//!   the head, and since `next` then moves to the head, the same partial
//!   tile (same width) is never asked for twice: the next read of tile N
//!   happens only once the tree has grown, with a larger width or as the
//!   full tile, and only the entries from `next` on are emitted.
//! - A partial tile is only read right after a fresh checkpoint. When the
//!   plan reaches the head after reading full tiles, or retries after an
//!   error, the checkpoint is re-read first: the tile may have filled up
//!   meanwhile, and logs may delete partial tiles once the full one exists.
//! - The last tile read is kept until its entries are published. A retry
//!   after a failed issuer lookup reuses it instead of downloading it again.
//! - A tile that does not parse, or holds fewer leaves than its width, is a
//!   decode error: retried with backoff like any bad response, because
//!   skipping it would silently lose up to 256 certificates.
//! - `cert_link` is the URL of the tile the entry was read from.

use ct::static_ct::{parse_data_tile, Client, TileLeaf};
use ct::tile::{tiles_covering, TILE_WIDTH};
use ct::{DecodeError, FetchError};

use super::{Follow, Step, WatchContext, WatchError, WatchedLog};
use crate::pipeline::Pending;

/// State of one static-ct-api log's watcher.
#[derive(Debug)]
pub struct StaticCtWatcher {
    client: Client,
    log: WatchedLog,
    context: WatchContext,
    /// Next index to emit; `None` until the starting checkpoint is known.
    next: Option<u64>,
    /// Tree size from the last checkpoint.
    head: u64,
    /// The most recently fetched tile, kept until its entries are published.
    fetched: Option<FetchedTile>,
}

/// A parsed data tile.
#[derive(Debug)]
struct FetchedTile {
    number: u64,
    width: u16,
    leaves: Vec<TileLeaf>,
}

impl StaticCtWatcher {
    /// A watcher for the log whose `monitoring_url` is given.
    pub fn new(
        monitoring_url: &str,
        log: &WatchedLog,
        context: &WatchContext,
    ) -> Result<Self, url::ParseError> {
        Ok(StaticCtWatcher {
            client: Client::new(context.http.clone(), monitoring_url)?,
            log: log.clone(),
            context: context.clone(),
            next: None,
            head: 0,
            fetched: None,
        })
    }

    /// Re-read the checkpoint; never moves backwards.
    async fn refresh_head(&mut self) -> Result<(), WatchError> {
        let checkpoint = self.client.checkpoint().await?;
        self.log.stats.head(checkpoint.tree_size);
        if checkpoint.tree_size < self.head {
            tracing::warn!(
                log = self.log.source.url(),
                size = checkpoint.tree_size,
                previous = self.head,
                "checkpoint went backwards; ignored"
            );
        } else {
            self.head = checkpoint.tree_size;
        }
        Ok(())
    }

    /// Tile `number` at `width`, from the last fetch if it is that tile.
    async fn tile(&mut self, number: u64, width: u16) -> Result<FetchedTile, WatchError> {
        if let Some(tile) = self.fetched.take() {
            if tile.number == number && tile.width == width {
                return Ok(tile);
            }
        }
        let bytes = self.client.data_tile(number, width).await?;
        let bad_tile = |message: String| FetchError::Decode {
            url: self.client.tile_link(number, width),
            source: DecodeError(message),
        };
        let leaves = parse_data_tile(&bytes).map_err(|e| bad_tile(e.0))?;
        if leaves.len() < usize::from(width) {
            return Err(bad_tile(format!(
                "tile holds {} leaves, expected {width}",
                leaves.len()
            ))
            .into());
        }
        Ok(FetchedTile {
            number,
            width,
            leaves,
        })
    }
}

impl Follow for StaticCtWatcher {
    async fn step(&mut self) -> Result<Step, WatchError> {
        let Some(next) = self.next else {
            self.refresh_head().await?;
            self.next = Some(self.head);
            self.log.stats.position(self.head);
            tracing::info!(log = self.log.source.url(), start = self.head, "watching");
            return Ok(Step::CaughtUp);
        };
        let mut refreshed = false;
        if next >= self.head {
            self.refresh_head().await?;
            refreshed = true;
        }
        let Some(mut span) = tiles_covering(next, self.head).next() else {
            return Ok(Step::CaughtUp);
        };
        if u64::from(span.width) < TILE_WIDTH && !refreshed {
            // A partial tile planned from an older checkpoint (after full
            // tiles, or on a retry) may be gone once the tile filled up.
            self.refresh_head().await?;
            span = match tiles_covering(next, self.head).next() {
                Some(span) => span,
                None => return Ok(Step::CaughtUp),
            };
        }
        let (number, width) = (span.n, span.width);
        let tile_end = span.first_index() + u64::from(width);
        let tile = self.tile(number, width).await?;
        let leaves = tile
            .leaves
            .get(usize::from(span.skip)..usize::from(width))
            .unwrap_or_default()
            .to_vec();
        self.fetched = Some(tile);
        let entries = self
            .client
            .resolve(next, leaves, &self.context.issuers)
            .await?;
        let cert_link = self.client.tile_link(number, width);
        let batch = entries
            .into_iter()
            .map(|entry| Pending {
                entry,
                cert_link: cert_link.clone(),
            })
            .collect();
        self.context
            .pipeline
            .publish(&self.log.source, &self.log.stats, batch)
            .await?;

        self.next = Some(tile_end);
        self.log.stats.position(tile_end);
        self.fetched = None;
        Ok(if tile_end < self.head {
            Step::More
        } else {
            Step::CaughtUp
        })
    }
}
