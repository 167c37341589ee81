//! The ingest role's output: rendered certificates into the JetStream
//! stream, log positions into the KV bucket.
//!
//! # Design
//! - **Pipelined publishing, in order.** A batch is sent on the one client
//!   connection back to back (NATS keeps a connection's order) and the
//!   acknowledgements are awaited afterwards, so a batch of 256 costs one
//!   round trip, not 256, and each log's entries enter the stream in index
//!   order.
//! - **`Nats-Msg-Id: <log url>#<index>`** makes every publish idempotent
//!   within the stream's duplicate window: the twin ingest's copy, or a
//!   retried batch, is acknowledged as a duplicate and stored once.
//! - **Retry until acknowledged, never skip.** If any message of a batch is
//!   not acknowledged (a NATS server died, the stream leader is being
//!   re-elected, the connection is reconnecting), the whole batch is
//!   published again after a backoff; the messages that did arrive are
//!   dropped as duplicates. The watcher waits meanwhile, so nothing is
//!   fetched that cannot be delivered, and only shutdown ends the retries.
//! - **Positions after acknowledgement** (see [`positions`](super::positions)).

use std::collections::HashMap;
use std::time::Duration;

use async_nats::jetstream::context::PublishAckFuture;
use async_nats::jetstream::message::PublishMessage;
use tokio_util::sync::CancellationToken;

use crate::backoff::Backoff;
use crate::nats::envelope::Envelope;
use crate::nats::jetstream::JetStream;
use crate::nats::positions::Positions;
use crate::pipeline::PipelineStopped;

/// Longest wait between two attempts at publishing a batch.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(2);

/// Publishes batches and records positions; cheap to clone.
#[derive(Debug, Clone)]
pub struct Ingest {
    js: JetStream,
    subject: String,
    positions: Positions,
    shutdown: CancellationToken,
}

impl Ingest {
    /// An ingest output on `js`; retries stop when `shutdown` is cancelled.
    pub async fn open(js: JetStream, shutdown: CancellationToken) -> anyhow::Result<Ingest> {
        let positions = Positions::open(&js).await?;
        Ok(Ingest {
            subject: js.settings.subject(),
            js,
            positions,
            shutdown,
        })
    }

    /// Where the group stopped, by log URL: the watchers resume there.
    pub async fn saved_positions(&self) -> anyhow::Result<HashMap<String, u64>> {
        self.positions.load().await
    }

    /// Publish `batch` (`(cert_index, envelope)` of the log at `log_url`,
    /// in index order) and wait until JetStream has stored every message,
    /// retrying as long as it takes. Fails only at shutdown.
    pub async fn publish(
        &self,
        log_url: &str,
        batch: &[(u64, Envelope)],
    ) -> Result<(), PipelineStopped> {
        let bodies: Vec<(String, bytes::Bytes)> = batch
            .iter()
            .map(|(index, envelope)| (format!("{log_url}#{index}"), envelope.encode()))
            .collect();
        let mut backoff = Backoff::new(MAX_RETRY_DELAY);
        loop {
            let attempt = self.publish_once(&bodies);
            let outcome = tokio::select! {
                _ = self.shutdown.cancelled() => return Err(PipelineStopped),
                outcome = attempt => outcome,
            };
            match outcome {
                Ok(duplicates) => {
                    if duplicates > 0 {
                        tracing::debug!(log = log_url, duplicates, "already in the stream");
                    }
                    return Ok(());
                }
                Err(error) => {
                    let delay = backoff.next_delay(None);
                    tracing::warn!(
                        log = log_url,
                        error = format!("{error:#}"),
                        retry_in = ?delay,
                        "publishing to JetStream failed; publishing the batch again"
                    );
                    tokio::select! {
                        _ = self.shutdown.cancelled() => return Err(PipelineStopped),
                        _ = tokio::time::sleep(delay) => {}
                    }
                }
            }
        }
    }

    /// One attempt: send every message, then wait for every
    /// acknowledgement. Returns how many were duplicates.
    async fn publish_once(&self, bodies: &[(String, bytes::Bytes)]) -> anyhow::Result<usize> {
        let mut acks: Vec<PublishAckFuture> = Vec::with_capacity(bodies.len());
        for (id, body) in bodies {
            let publish = PublishMessage::build().payload(body.clone()).message_id(id);
            acks.push(
                self.js
                    .context
                    .send_publish(self.subject.clone(), publish)
                    .await?,
            );
        }
        let mut duplicates = 0;
        for ack in acks {
            if ack.await?.duplicate {
                duplicates += 1;
            }
        }
        Ok(duplicates)
    }

    /// Record that the log at `url` resumes at `next` (only ever forward).
    /// A failure is logged: it costs a repeat after a restart, which the
    /// duplicate window absorbs, never a gap.
    pub async fn record(&self, url: &str, next: u64) {
        if let Err(error) = self.positions.advance(url, next).await {
            tracing::warn!(
                log = url,
                next,
                error = format!("{error:#}"),
                "saving the log position in NATS failed"
            );
        }
    }
}
