//! Connecting to NATS and setting up the stream, idempotently.
//!
//! # Design
//! - **One stream, one subject** (`<stream>.certificates`): a single
//!   subject keeps one total order, which is what a cursor needs.
//! - **`create_or_update` at every start-up**, by ingest and edge alike:
//!   the first node creates the stream, later ones (and restarts) find it
//!   and bring its limits to the configured ones. Replicas, retention and
//!   the duplicate window are whatever the configuration says; file
//!   storage, discard-old.
//! - **Never give up on the connection.** The client reconnects forever
//!   and retries the first connection too, so an edge or ingest started
//!   before its NATS servers, or riding out a server restart, just waits.
//!   Which servers: every URL given (comma-separated), plus those the
//!   cluster advertises.

use std::time::Duration;

use anyhow::Context as _;
use async_nats::jetstream::{self, stream};

use crate::config::Config;

/// How long start-up keeps trying to set up a stream.
pub const SETUP_PATIENCE: Duration = Duration::from_secs(30);

/// What the NATS backend needs from the configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct NatsSettings {
    /// Server URLs (`nats://host:port`), tried in turn.
    pub servers: Vec<String>,
    /// Stream name; the KV bucket and subject are derived from it.
    pub stream: String,
    /// Replicas of the stream and the KV bucket (1, 3 or 5).
    pub replicas: usize,
    /// Messages older than this leave the stream.
    pub max_age: Duration,
    /// The stream keeps at most this many bytes (oldest dropped first).
    pub max_bytes: u64,
    /// How long JetStream remembers a `Nats-Msg-Id` to drop a repeat.
    pub duplicate_window: Duration,
}

impl NatsSettings {
    /// The NATS settings of `config`, or `None` when NATS is not configured
    /// (the embedded mode).
    pub fn from_config(config: &Config) -> Option<NatsSettings> {
        let url = config.nats.as_deref()?;
        Some(NatsSettings {
            servers: url
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            stream: config.nats_stream.clone(),
            replicas: config.nats_replicas,
            max_age: config.history_max_age,
            max_bytes: config.history_max_bytes,
            duplicate_window: config.nats_duplicate_window,
        })
    }

    /// The one subject certificates are published on.
    pub fn subject(&self) -> String {
        format!("{}.certificates", self.stream)
    }

    /// The KV bucket holding the log positions.
    pub fn positions_bucket(&self) -> String {
        format!("{}-positions", self.stream)
    }
}

/// A JetStream context bound to the certificate stream.
#[derive(Debug, Clone)]
pub struct JetStream {
    /// For publishing, consumers and KV.
    pub context: jetstream::Context,
    /// The settings it was made from.
    pub settings: NatsSettings,
}

impl JetStream {
    /// Connect (retrying until a server answers) and make sure the stream
    /// exists with the configured limits.
    pub async fn connect(settings: NatsSettings, name: &str) -> anyhow::Result<JetStream> {
        let client = async_nats::ConnectOptions::new()
            .name(name)
            .retry_on_initial_connect()
            .max_reconnects(None)
            .connection_timeout(Duration::from_secs(2))
            .connect(settings.servers.as_slice())
            .await
            .with_context(|| format!("connecting to NATS at {}", settings.servers.join(",")))?;
        let mut context = jetstream::new(client);
        // A publish or API call waiting out a leader election must fail
        // soon enough to be retried, not hang.
        context.set_timeout(Duration::from_secs(5));
        let js = JetStream { context, settings };
        js.ensure_stream().await?;
        Ok(js)
    }

    /// Create the stream, or update an existing one to the configured limits.
    pub async fn ensure_stream(&self) -> anyhow::Result<stream::Info> {
        let settings = &self.settings;
        self.ensure(stream::Config {
            name: settings.stream.clone(),
            subjects: vec![settings.subject()],
            max_age: settings.max_age,
            max_bytes: i64::try_from(settings.max_bytes).unwrap_or(i64::MAX),
            storage: stream::StorageType::File,
            num_replicas: settings.replicas,
            duplicate_window: settings.duplicate_window,
            discard: stream::DiscardPolicy::Old,
            ..Default::default()
        })
        .await
    }

    /// Create or update a stream. Right after a cluster forms, JetStream
    /// may still be electing leaders and placing replicas, so failures are
    /// retried for [`SETUP_PATIENCE`] before start-up gives up.
    pub async fn ensure(&self, config: stream::Config) -> anyhow::Result<stream::Info> {
        let deadline = tokio::time::Instant::now() + SETUP_PATIENCE;
        loop {
            match self.context.create_or_update_stream(config.clone()).await {
                Ok(info) => return Ok(info),
                Err(error) if tokio::time::Instant::now() < deadline => {
                    tracing::debug!(%error, stream = config.name, "stream set-up failed; retrying");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(error) => {
                    return Err(error)
                        .with_context(|| format!("setting up JetStream stream {}", config.name))
                }
            }
        }
    }

    /// The stream's handle (its cached info is fresh at this moment).
    pub async fn stream(&self) -> anyhow::Result<stream::Stream> {
        self.context
            .get_stream(&self.settings.stream)
            .await
            .with_context(|| format!("looking up JetStream stream {}", self.settings.stream))
    }
}

/// A consumer whose reader vanished (an edge that died, a replay whose
/// delete got lost) is removed by the server after this.
const READER_INACTIVE_THRESHOLD: Duration = Duration::from_secs(30);

/// The one consumer shape every reader of the stream uses, the edge's live
/// feed and `?since=` replays alike: an ephemeral, unacknowledged,
/// in-memory pull consumer starting at stream sequence `start`
/// (JetStream sequences start at 1). Readers never ack: the stream, not
/// the consumer, is the record, and a reader that falls behind simply
/// recreates its consumer from its own next sequence.
pub fn reader(start: u64) -> async_nats::jetstream::consumer::pull::Config {
    use async_nats::jetstream::consumer::{pull, AckPolicy, DeliverPolicy};
    pull::Config {
        deliver_policy: DeliverPolicy::ByStartSequence {
            start_sequence: start.max(1),
        },
        ack_policy: AckPolicy::None,
        inactive_threshold: READER_INACTIVE_THRESHOLD,
        num_replicas: 1,
        memory_storage: true,
        ..Default::default()
    }
}
