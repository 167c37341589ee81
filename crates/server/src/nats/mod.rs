//! The NATS JetStream backend (`--nats URL`): certstream across many
//! machines, with JetStream as the distributed log between two roles.
//!
//! # Design
//! - **We do not build a cluster; JetStream is the cluster.** An *ingest*
//!   node runs the watchers and the renderer and publishes each certificate
//!   once to one stream ([`jetstream`]); an *edge* node consumes that
//!   stream into its local hub and serves every client route ([`edge`]).
//!   Replication (R3), leader election and durability are the NATS
//!   servers' business.
//! - **The message is what the hub needs, already rendered** ([`envelope`]):
//!   the three wire forms without `data.cursor` plus the dedup key, so an
//!   edge never renders or re-serialises a certificate.
//! - **Exactly-once in the stream despite active-active ingest.** Each
//!   message carries `Nats-Msg-Id: <log url>#<index>`; JetStream drops a
//!   second copy published within the stream's duplicate window. Two ingest
//!   nodes can therefore watch the same logs, and a restarted one may
//!   repeat a batch, without a duplicate reaching any client.
//! - **Positions live in JetStream KV** ([`positions`]), moved forward
//!   only, after JetStream acknowledged the batch: the group's progress,
//!   so a restarted ingest (or its twin) resumes where the group stopped.
//! - **The cursor is the JetStream stream sequence.** An edge publishes
//!   each message into its hub *at* that sequence, so `data.cursor` is the
//!   same on every edge and `?since=` works on any of them; history for a
//!   resuming client is read back from the stream ([`stream_history`]).
//! - **Start-up is idempotent**: the stream and the KV bucket are created
//!   or updated to the configured limits; edges use ephemeral ordered
//!   consumers, which need no set-up and leave nothing behind.
//! - Only JetStream features of nats-server 2.9 are used (the client is
//!   built without its `server_2_10`+ features).

pub mod edge;
pub mod envelope;
pub mod ingest;
pub mod jetstream;
pub mod positions;
pub mod stream_history;
