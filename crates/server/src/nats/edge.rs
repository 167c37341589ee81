//! The edge role's input: the JetStream stream into the local hub, each
//! message at its stream sequence.
//!
//! # Design
//! - **One ephemeral pull consumer per edge**: in memory, R1, no
//!   acknowledgements, nothing to set up or clean up (the server drops it
//!   when the edge goes away), and any number of edges read the same
//!   stream independently. Not the client's "ordered consumer": that one
//!   notices a dead server only after two 15 s heartbeats; this one asks
//!   for a heartbeat every `HEARTBEAT` and is recreated as soon as one
//!   is missed, a delivery is skipped, or any other error occurs.
//! - **The hub starts at the stream's next sequence** and each message is
//!   published *at* its sequence ([`Hub::publish_at`]), so `data.cursor`
//!   is the JetStream sequence on every edge and a client can resume on
//!   any of them.
//! - **Recreated from the hub's position.** Whatever failed, the new
//!   consumer starts at the hub's next sequence (after a backoff if the
//!   last one delivered nothing): no gap, no repeat (the hub ignores a
//!   sequence it already has).
//! - The history handle's `oldest` is refreshed on the same task, every
//!   [`REFRESH_EVERY`].

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use futures::TryStreamExt;
use tokio_util::sync::CancellationToken;

use crate::backoff::Backoff;
use crate::cert_meta::CertMeta;
use crate::hub::Hub;
use crate::nats::envelope::Envelope;
use crate::nats::jetstream::{self, JetStream};
use crate::nats::stream_history::StreamHistory;

/// How often the stream's oldest sequence is re-read.
pub const REFRESH_EVERY: Duration = Duration::from_secs(5);

/// The server sends a heartbeat this often while idle; a missed one means
/// the consumer is gone (its server died) and is recreated.
const HEARTBEAT: Duration = Duration::from_secs(1);

/// Longest wait before recreating a failed consumer.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(2);

/// An edge's hub and history, ready to follow the stream.
#[derive(Debug)]
pub struct Edge {
    /// Fed from the stream; serves the clients.
    pub hub: Hub,
    /// The stream itself, for resuming clients.
    pub history: Arc<StreamHistory>,
    js: JetStream,
}

impl Edge {
    /// A hub that starts after the stream's last message (ring of
    /// `capacity` entries), and the stream as history.
    pub async fn open(js: JetStream, capacity: usize) -> anyhow::Result<Edge> {
        let stream = js.stream().await?;
        let next = stream.cached_info().state.last_sequence + 1;
        Ok(Edge {
            hub: Hub::starting_at(capacity, next),
            history: Arc::new(StreamHistory::new(stream)),
            js,
        })
    }

    /// Copy the stream into the hub until `shutdown`.
    pub async fn follow(self, shutdown: CancellationToken) {
        let mut backoff = Backoff::new(MAX_RETRY_DELAY);
        let refresher = async {
            loop {
                tokio::time::sleep(REFRESH_EVERY).await;
                if let Err(error) = self.history.refresh().await {
                    tracing::debug!(error = format!("{error:#}"), "stream state not refreshed");
                }
            }
        };
        let consumer = async {
            loop {
                let start = self.hub.next_seq();
                let error = match self.consume(start).await {
                    Ok(()) => anyhow::anyhow!("the consumer ended"),
                    Err(error) => error,
                };
                if self.hub.next_seq() > start {
                    backoff.reset();
                }
                let delay = backoff.next_delay(None);
                tracing::warn!(
                    error = format!("{error:#}"),
                    next = self.hub.next_seq(),
                    retry_in = ?delay,
                    "following the NATS stream failed; resuming"
                );
                tokio::time::sleep(delay).await;
            }
        };
        tokio::select! {
            _ = shutdown.cancelled() => {}
            _ = refresher => {}
            _ = consumer => {}
        }
    }

    /// Read the stream from sequence `start` into the hub until it fails.
    async fn consume(&self, start: u64) -> anyhow::Result<()> {
        let stream = self.js.stream().await?;
        let consumer = stream
            .create_consumer(jetstream::reader(start))
            .await
            .context("creating the edge's consumer")?;
        let mut messages = consumer
            .stream()
            .heartbeat(HEARTBEAT)
            .expires(HEARTBEAT * 5)
            .messages()
            .await
            .context("consuming")?;
        let mut first = true;
        while let Some(message) = messages.try_next().await.context("reading the stream")? {
            let seq = message
                .info()
                .map_err(anyhow::Error::from_boxed)?
                .stream_sequence;
            let next = self.hub.next_seq();
            // The first message may be past `start` (retention, deletions);
            // after it, a jump means deliveries were lost on the way.
            anyhow::ensure!(
                first || seq <= next,
                "sequence {next} was not delivered (got {seq})"
            );
            first = false;
            match Envelope::decode(message.payload.clone()) {
                Ok(envelope) => {
                    let meta = match envelope.facts {
                        Some(facts) => CertMeta::new(facts, envelope.issuance),
                        None => CertMeta::deferred(envelope.issuance),
                    };
                    self.hub.publish_at(seq, envelope.message, meta);
                }
                Err(error) => {
                    tracing::error!(seq, %error, "undecodable message in the stream; skipped")
                }
            }
        }
        Ok(())
    }
}
