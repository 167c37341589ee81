//! From decoded log entries to published messages: render each entry into
//! its three certstream forms and hand them to the [`Output`] (history,
//! then hub) in order.
//!
//! # Design
//! - **Rendering runs on the blocking pool, one batch per task.** X.509
//!   parsing and JSON encoding are CPU work (a get-entries batch of 256 is
//!   milliseconds); doing it inline would stall the async workers that
//!   also serve websockets. One `spawn_blocking` per batch keeps the
//!   hand-off cost negligible.
//! - **Order is the caller's.** A watcher awaits [`Pipeline::publish`] before
//!   fetching on, and a batch is published front to back, so each log's
//!   entries reach the hub in `cert_index` order.
//! - **Per-certificate metadata is extracted here, once**: the filter facts
//!   rendering produced and the dedup issuance key of the leaf, both on
//!   the blocking pool with the rendering itself.
//! - **One seam, two destinations.** Embedded, a batch goes to the
//!   [`Output`] (history, then hub); on a NATS ingest node it goes to the
//!   JetStream stream instead ([`Ingest`]), and positions to its KV bucket.
//! - **Publish, then record.** After a batch is in the hub, the pipeline
//!   saves the log's position in the [`Store`]: the start of this batch,
//!   i.e. one batch behind (see `state.rs` for why). A failed save is
//!   logged and costs at most a repeat after a crash, never a gap.
//! - **Nothing is dropped quietly.** `render` never fails (an unparseable
//!   certificate comes out degraded, counted in `unparsed_certs`); should it
//!   panic on some input, that one entry is logged and counted as
//!   undecodable, and the rest of the batch still goes out.

use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use certstream_format::{render, EntryInput, Rendered, UpdateType};
use ct::loglist::LogSource;
use ct::{EntryType, LogEntry};

use crate::cert_meta::CertMeta;
use crate::hub::Message;
use crate::nats::envelope::Envelope;
use crate::nats::ingest::Ingest;
use crate::output::{Outgoing, Output};
use crate::state::Store;
use crate::stats::{unix_now, LogStats};

/// An entry ready to render, with the `cert_link` its protocol gives it.
#[derive(Debug)]
pub struct Pending {
    /// The decoded entry.
    pub entry: LogEntry,
    /// `get-entries?start=N&end=N` or the data tile URL.
    pub cert_link: String,
}

/// Renders batches and publishes them; cheap to clone.
#[derive(Debug, Clone)]
pub struct Pipeline {
    sink: Sink,
}

/// Where rendered batches and positions go.
#[derive(Debug, Clone)]
enum Sink {
    /// Embedded: history and hub; positions in the local store.
    Local { output: Output, store: Store },
    /// NATS ingest: the JetStream stream; positions in its KV bucket,
    /// saved once JetStream has acknowledged the batch (no lag needed).
    /// Boxed: a JetStream handle is much larger than the local pair.
    Nats(Box<Ingest>),
}

/// The runtime is shutting down and could not run the render task.
#[derive(Debug, thiserror::Error)]
#[error("render task did not run (runtime shutting down)")]
pub struct PipelineStopped;

impl Pipeline {
    /// A pipeline that publishes to `output` and records positions in `store`.
    pub fn new(output: Output, store: Store) -> Pipeline {
        Pipeline {
            sink: Sink::Local { output, store },
        }
    }

    /// A pipeline that publishes to a NATS JetStream stream (ingest role).
    pub fn nats(ingest: Ingest) -> Pipeline {
        Pipeline {
            sink: Sink::Nats(Box::new(ingest)),
        }
    }

    /// Render `batch` (the decodable entries of `source` in `range`, in
    /// index order), publish it, then record progress: `range.end` in
    /// `/stats`, `range.start` in the store.
    pub async fn publish(
        &self,
        source: &Arc<LogSource>,
        stats: &Arc<LogStats>,
        batch: Vec<Pending>,
        range: Range<u64>,
    ) -> Result<(), PipelineStopped> {
        if !batch.is_empty() {
            let task_source = Arc::clone(source);
            let task_stats = Arc::clone(stats);
            let (messages, unparsed) = tokio::task::spawn_blocking(move || {
                render_batch(&task_source, &task_stats, &batch)
            })
            .await
            .map_err(|_| PipelineStopped)?;
            stats.published(messages.len() as u64, unparsed);
            match &self.sink {
                Sink::Local { output, .. } => {
                    output
                        .emit(messages.into_iter().map(|(_, m)| m).collect())
                        .await;
                }
                Sink::Nats(ingest) => {
                    let batch: Vec<(u64, Envelope)> = messages
                        .into_iter()
                        .map(|(index, outgoing)| {
                            let (facts, issuance) = outgoing.meta.into_parts();
                            (
                                index,
                                Envelope {
                                    message: outgoing.message,
                                    issuance,
                                    facts,
                                },
                            )
                        })
                        .collect();
                    ingest.publish(source.url(), &batch).await?;
                }
            }
        }
        stats.position(range.end);
        match &self.sink {
            Sink::Local { .. } => self.save(source, stats, range.start).await,
            Sink::Nats(_) => self.save(source, stats, range.end).await,
        }
        Ok(())
    }

    /// Record `next` as the durable position of a log that has been idle
    /// there for a poll interval (or is stopping).
    pub async fn settle(&self, source: &LogSource, stats: &LogStats, next: u64) {
        self.save(source, stats, next).await;
    }

    async fn save(&self, source: &LogSource, stats: &LogStats, next: u64) {
        let store = match &self.sink {
            Sink::Local { store, .. } => store,
            Sink::Nats(ingest) => {
                ingest.record(source.url(), next).await;
                stats.saved(next);
                return;
            }
        };
        match store.record(source.url(), next).await {
            Ok(()) => stats.saved(next),
            Err(error) => tracing::error!(
                log = source.url(),
                next,
                error = format!("{error:#}"),
                "saving the log position failed; a restart may repeat entries"
            ),
        }
    }
}

/// Render one decoded log entry into its three wire forms.
///
/// The one place a `ct::LogEntry` becomes a `certstream_format::EntryInput`,
/// shared by the live pipeline, `backfill` and the ingest benchmark, so all
/// three emit exactly the same message for the same entry.
pub fn render_entry(
    entry: &LogEntry,
    cert_link: &str,
    source_url: &str,
    source_name: &str,
    seen: f64,
) -> Rendered {
    let chain: Vec<&[u8]> = entry.chain.iter().map(|c| c.as_ref()).collect();
    render(&EntryInput {
        update_type: match entry.entry_type {
            EntryType::X509 => UpdateType::X509LogEntry,
            EntryType::Precert => UpdateType::PrecertLogEntry,
        },
        leaf_der: &entry.leaf,
        chain_der: &chain,
        cert_index: entry.index,
        cert_link,
        seen,
        source_url,
        source_name,
    })
}

/// Render every entry; returns the messages and the degraded-certificate count.
/// Each message comes with its `cert_index`.
fn render_batch(
    source: &LogSource,
    stats: &LogStats,
    batch: &[Pending],
) -> (Vec<(u64, Outgoing)>, u64) {
    let mut messages = Vec::with_capacity(batch.len());
    let mut unparsed = 0u64;
    for pending in batch {
        let entry = &pending.entry;
        let render = || {
            render_entry(
                entry,
                &pending.cert_link,
                source.url(),
                &source.description,
                unix_now(),
            )
        };
        match catch_unwind(AssertUnwindSafe(render)) {
            Ok(rendered) => {
                unparsed += u64::from(rendered.unparsed_certs);
                let issuance = certstream_format::dedup::issuance_key(&entry.leaf);
                messages.push((
                    entry.index,
                    Outgoing {
                        message: Message {
                            full: rendered.full.into(),
                            lite: rendered.lite.into(),
                            domains: rendered.domains.into(),
                        },
                        meta: CertMeta::new(rendered.filter_meta, issuance),
                    },
                ));
            }
            Err(_) => {
                tracing::error!(
                    log = source.url(),
                    index = entry.index,
                    "rendering the entry panicked; entry skipped"
                );
                stats.undecodable();
            }
        }
    }
    (messages, unparsed)
}
