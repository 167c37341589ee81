//! The history seam: recent messages by sequence number, for clients that
//! resume with `?since=<cursor>`.
//!
//! # Design
//! - **One small trait.** A session only needs "records from sequence N
//!   on" and "the oldest sequence kept"; [`History`] is exactly that, so
//!   the embedded on-disk store ([`crate::history_store`]) and a clustered
//!   backend (NATS JetStream, whose stream sequence is the cursor) are
//!   interchangeable behind `Arc<dyn History>`.
//! - **Records hold what is transported, not what is sent**: the three
//!   wire forms *without* `data.cursor` (the hub stamps it when it builds
//!   an [`Entry`]) and the dedup key. The filter facts are re-derived from
//!   the lite JSON on first use (see [`crate::cert_meta`]).
//! - **Reads are async and return owned batches**, so a backend may do
//!   blocking disk I/O on the blocking pool or a network round trip, and a
//!   session can be cancelled between reads without losing its place (its
//!   position only moves once a batch is in hand).

use std::sync::Arc;

use futures::future::BoxFuture;

use crate::cert_meta::{CertMeta, IssuanceKey};
use crate::hub::{Entry, Message};

/// One stored certificate message.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its position in the stream (the cursor clients see).
    pub seq: u64,
    /// The wire forms, without `data.cursor`.
    pub message: Message,
    /// The dedup key computed by the pipeline.
    pub issuance: Option<IssuanceKey>,
}

impl Record {
    /// The entry a session sends for this record: cursor stamped and
    /// frames built exactly as the hub does for live entries.
    pub fn into_entry(self) -> Arc<Entry> {
        Arc::new(Entry::new(
            self.seq,
            self.message,
            CertMeta::deferred(self.issuance),
        ))
    }
}

/// Recent messages by sequence, for resuming clients.
pub trait History: Send + Sync + std::fmt::Debug {
    /// Up to `max` records with sequence `>= from`, in sequence order.
    /// Empty when nothing at or after `from` is stored (yet).
    fn read(&self, from: u64, max: usize) -> BoxFuture<'_, anyhow::Result<Vec<Record>>>;

    /// The oldest sequence still kept, or `None` when nothing is.
    fn oldest(&self) -> Option<u64>;
}
