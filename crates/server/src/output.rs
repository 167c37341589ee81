//! Where rendered certificates go: the history store, then the hub, in
//! one order.
//!
//! # Design
//! - **One seam for the pipeline's output.** In embedded mode a batch is
//!   appended to the on-disk history and then published to the hub; a
//!   clustered backend (NATS JetStream) replaces this one type.
//! - **Store, then publish, under one lock.** Watchers of different logs
//!   publish concurrently, but sequences must be the same in history and
//!   in the hub. A batch takes the lock, reads the hub's next sequence,
//!   appends the batch to history at those sequences (one transaction),
//!   then publishes it. Storing first means a cursor a client has seen is
//!   always on disk: after a crash the hub restarts *after* it, so no
//!   cursor is ever reused for a different certificate.
//! - **History trouble never stops the stream.** A failed append is logged
//!   and the batch is still published live; those entries are then missing
//!   from history, and a client replaying across them is told how many it
//!   missed (see `feed`).

use std::sync::Arc;

use tokio::sync::Mutex;

use crate::cert_meta::CertMeta;
use crate::history::Record;
use crate::history_store::HistoryStore;
use crate::hub::{Hub, Message};

/// One rendered certificate on its way out.
#[derive(Debug)]
pub struct Outgoing {
    /// The three wire forms, without a cursor.
    pub message: Message,
    /// Its filter facts and dedup key.
    pub meta: CertMeta,
}

/// The history store and the hub, fed in one order; cheap to clone.
#[derive(Debug, Clone)]
pub struct Output {
    hub: Hub,
    history: HistoryStore,
    order: Arc<Mutex<()>>,
}

impl Output {
    /// Output to `history` then `hub` (the hub must start at the history's
    /// next sequence, see [`Hub::starting_at`]).
    pub fn new(hub: Hub, history: HistoryStore) -> Output {
        Output {
            hub,
            history,
            order: Arc::new(Mutex::new(())),
        }
    }

    /// Store `batch` in history (one transaction) and publish it, in order.
    pub async fn emit(&self, batch: Vec<Outgoing>) {
        if batch.is_empty() {
            return;
        }
        let _order = self.order.lock().await;
        let first = self.hub.next_seq();
        let records = batch
            .iter()
            .zip(first..)
            .map(|(outgoing, seq)| Record {
                seq,
                message: outgoing.message.clone(),
                issuance: outgoing.meta.issuance(),
            })
            .collect();
        if let Err(error) = self.history.append(records).await {
            tracing::error!(
                error = format!("{error:#}"),
                first,
                "storing a batch in history failed; it is streamed live only"
            );
        }
        for outgoing in batch {
            self.hub.publish_with(outgoing.message, outgoing.meta);
        }
    }
}
