//! [`History`] backed by the JetStream stream: what an edge replays to a
//! client that resumes with `?since=`.
//!
//! # Design
//! - **The stream is the history.** Its sequence is the cursor, so a read
//!   from sequence N is a pull consumer starting at N: one short-lived,
//!   ephemeral, unacknowledged, in-memory R1 consumer per read, deleted
//!   right after (and expiring on its own if the delete is lost). A
//!   resuming client reads a few batches and then continues from the
//!   edge's ring, so these reads are rare and short.
//! - **Reads never wait for new messages** (`fetch`, not `batch`): what
//!   the stream does not hold yet arrives through the edge's hub.
//! - **`oldest()` is answered from memory**, refreshed by the edge every
//!   few seconds from the stream's state ([`StreamHistory::refresh`]),
//!   because the trait asks synchronously and a slightly stale answer only
//!   decides when to tell a client its cursor expired.

use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context as _;
use async_nats::jetstream::stream::Stream;
use futures::future::BoxFuture;
use futures::TryStreamExt;

use crate::history::{History, Record};
use crate::nats::envelope::Envelope;
use crate::nats::jetstream;

/// The JetStream stream, read by sequence; cheap to share.
#[derive(Debug)]
pub struct StreamHistory {
    stream: Stream,
    /// First sequence held; 0 when the stream is empty.
    oldest: AtomicU64,
}

impl StreamHistory {
    /// History over `stream`; `oldest` starts from its cached state.
    pub fn new(stream: Stream) -> StreamHistory {
        let state = &stream.cached_info().state;
        let oldest = if state.messages == 0 {
            0
        } else {
            state.first_sequence
        };
        StreamHistory {
            stream,
            oldest: AtomicU64::new(oldest),
        }
    }

    /// Re-read the stream's first sequence (retention moves it).
    pub async fn refresh(&self) -> anyhow::Result<()> {
        let info = self
            .stream
            .get_info()
            .await
            .context("reading stream state")?;
        let oldest = if info.state.messages == 0 {
            0
        } else {
            info.state.first_sequence
        };
        self.oldest.store(oldest, Ordering::Relaxed);
        Ok(())
    }

    async fn read_records(&self, from: u64, max: usize) -> anyhow::Result<Vec<Record>> {
        if max == 0 {
            return Ok(Vec::new());
        }
        let consumer = self
            .stream
            .create_consumer(jetstream::reader(from))
            .await
            .context("creating a history consumer")?;
        let name = consumer.cached_info().name.clone();
        let read = async {
            let mut records = Vec::with_capacity(max);
            let mut batch = consumer
                .fetch()
                .max_messages(max)
                .messages()
                .await
                .context("reading history")?;
            while let Some(message) = batch.try_next().await.map_err(anyhow::Error::from_boxed)? {
                let seq = message
                    .info()
                    .map_err(anyhow::Error::from_boxed)?
                    .stream_sequence;
                match Envelope::decode(message.payload.clone()) {
                    Ok(envelope) => records.push(Record {
                        seq,
                        message: envelope.message,
                        issuance: envelope.issuance,
                    }),
                    // Left out: the feed reports the hole as missed.
                    Err(error) => tracing::error!(seq, %error, "undecodable message in the stream"),
                }
            }
            anyhow::Ok(records)
        }
        .await;
        if let Err(error) = self.stream.delete_consumer(&name).await {
            tracing::debug!(%error, "deleting a history consumer failed; it will expire");
        }
        read
    }
}

impl History for StreamHistory {
    fn read(&self, from: u64, max: usize) -> BoxFuture<'_, anyhow::Result<Vec<Record>>> {
        Box::pin(self.read_records(from, max))
    }

    fn oldest(&self) -> Option<u64> {
        match self.oldest.load(Ordering::Relaxed) {
            0 => None,
            seq => Some(seq),
        }
    }
}
