//! The embedded history store: recent messages on disk under
//! `--state-dir`, by sequence, bounded by age and size.
//!
//! # Design
//! - **redb, one transaction per published batch.** redb (already the
//!   position store's engine) commits atomically and durably
//!   (copy-on-write pages, fsync on commit) and repairs itself after a
//!   crash, so a `kill -9` leaves every batch either wholly stored or
//!   absent. The pipeline appends a batch *before* the hub publishes it,
//!   so any cursor a client has seen is on disk, and the next sequence
//!   survives a restart (`meta.next_seq`, written in the same transaction).
//!   One commit per batch (up to 256 certificates) keeps the fsync count
//!   at one per get-entries response; see BENCHMARKS.md for the cost.
//! - **A separate file** (`history.redb`), not a table in `state.redb`:
//!   a redb file can be opened once per process, the position store owns
//!   that one, and history is large and trimmed constantly while
//!   positions are tiny.
//! - **Tables**: `records` (sequence → encoded record), `batches` (first
//!   sequence of a batch → (unix ms, bytes, count)) and `meta`
//!   (`next_seq`). Retention works on whole batches from the oldest: in
//!   the same transaction as an append, batches older than the age limit,
//!   or beyond the size limit, are deleted. The newest batch is always
//!   kept, so a history never empties itself.
//! - **Record encoding is hand-written**: a version byte, an optional
//!   32-byte issuance key and three length-prefixed UTF-8 strings. It is
//!   a dozen lines, copies each form once, and adds no dependency; every
//!   length is checked on decode, so a damaged record is an error, never
//!   a panic.
//! - Disk I/O is blocking and runs on the blocking pool.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use axum::extract::ws::Utf8Bytes;
use futures::future::BoxFuture;
use redb::{Database, ReadableTable, TableDefinition};

use crate::cert_meta::IssuanceKey;
use crate::history::{History, Record};
use crate::hub::Message;

/// File name of the history database inside the state directory.
pub const FILE_NAME: &str = "history.redb";

/// sequence → encoded [`Record`] (without its sequence).
const RECORDS: TableDefinition<u64, &[u8]> = TableDefinition::new("records");
/// first sequence of a batch → (unix ms when stored, encoded bytes, count).
const BATCHES: TableDefinition<u64, (u64, u64, u64)> = TableDefinition::new("batches");
/// `next_seq` → the sequence the next message will get.
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
const NEXT_SEQ: &str = "next_seq";

/// First byte of every encoded record.
const FORMAT_VERSION: u8 = 1;

/// How much history is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Batches older than this are deleted.
    pub max_age: Duration,
    /// Encoded records beyond this many bytes are deleted, oldest first.
    pub max_bytes: u64,
}

/// Handle on the history database; cheap to clone.
#[derive(Debug, Clone)]
pub struct HistoryStore {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: Database,
    retention: Retention,
    /// Mirrors what is on disk, updated after each commit.
    state: Mutex<State>,
}

#[derive(Debug, Clone, Copy)]
struct State {
    next_seq: u64,
    oldest: Option<u64>,
    bytes: u64,
}

impl HistoryStore {
    /// Open (or create) `state_dir/history.redb`.
    pub fn open(state_dir: &Path, retention: Retention) -> anyhow::Result<HistoryStore> {
        let path = state_dir.join(FILE_NAME);
        let db = Database::create(&path)
            .with_context(|| format!("opening history database {}", path.display()))?;
        let txn = db.begin_write()?;
        txn.open_table(RECORDS)?;
        txn.open_table(BATCHES)?;
        txn.open_table(META)?;
        txn.commit()?;

        let txn = db.begin_read()?;
        let next_seq = txn
            .open_table(META)?
            .get(NEXT_SEQ)?
            .map_or(0, |v| v.value());
        let batches = txn.open_table(BATCHES)?;
        let oldest = batches.first()?.map(|(first, _)| first.value());
        let mut bytes = 0;
        for row in batches.iter()? {
            bytes += row?.1.value().1;
        }
        drop(batches);
        drop(txn);
        Ok(HistoryStore {
            inner: Arc::new(Inner {
                db,
                retention,
                state: Mutex::new(State {
                    next_seq,
                    oldest,
                    bytes,
                }),
            }),
        })
    }

    /// The sequence the next appended message must get: where the stream
    /// left off before a restart.
    pub fn next_seq(&self) -> u64 {
        self.state().next_seq
    }

    /// Bytes of encoded records kept (for tests and stats).
    pub fn bytes(&self) -> u64 {
        self.state().bytes
    }

    /// Durably store `records` (consecutive sequences from
    /// [`HistoryStore::next_seq`]) in one transaction, trimming what
    /// retention no longer allows.
    pub async fn append(&self, records: Vec<Record>) -> anyhow::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.append_blocking(&records, unix_ms()))
            .await
            .context("history write task")?
    }

    /// [`HistoryStore::append`] on the calling thread, stamped `now_ms`.
    pub fn append_blocking(&self, records: &[Record], now_ms: u64) -> anyhow::Result<()> {
        let (Some(first), Some(last)) = (records.first(), records.last()) else {
            return Ok(());
        };
        let (first, last) = (first.seq, last.seq);
        let expected = self.next_seq();
        anyhow::ensure!(
            first >= expected && last - first + 1 == records.len() as u64,
            "history append out of order: got {first}..={last}, expected {expected} onwards"
        );
        let mut state = self.state();
        let txn = self.inner.db.begin_write()?;
        {
            let mut table = txn.open_table(RECORDS)?;
            let mut batch_bytes = 0u64;
            for record in records {
                let encoded = encode(record);
                batch_bytes += encoded.len() as u64;
                table.insert(record.seq, encoded.as_slice())?;
            }
            let mut batches = txn.open_table(BATCHES)?;
            batches.insert(first, (now_ms, batch_bytes, records.len() as u64))?;
            state.bytes += batch_bytes;
            state.oldest.get_or_insert(first);

            let max_age_ms =
                u64::try_from(self.inner.retention.max_age.as_millis()).unwrap_or(u64::MAX);
            let expired_before = now_ms.saturating_sub(max_age_ms);
            loop {
                let Some((start, (stored_ms, bytes, count))) =
                    batches.first()?.map(|(k, v)| (k.value(), v.value()))
                else {
                    break;
                };
                let too_old = stored_ms < expired_before;
                let too_big = state.bytes > self.inner.retention.max_bytes;
                if start == first || !(too_old || too_big) {
                    break;
                }
                for seq in start..start + count {
                    table.remove(seq)?;
                }
                batches.remove(start)?;
                state.bytes -= bytes;
                state.oldest = batches.first()?.map(|(k, _)| k.value());
            }
            txn.open_table(META)?.insert(NEXT_SEQ, last + 1)?;
        }
        txn.commit().context("committing a history batch")?;
        state.next_seq = last + 1;
        *self.lock() = state;
        Ok(())
    }

    /// Up to `max` records from sequence `from` on, on the calling thread.
    pub fn read_blocking(&self, from: u64, max: usize) -> anyhow::Result<Vec<Record>> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(RECORDS)?;
        let mut out = Vec::with_capacity(max.min(1024));
        for row in table.range(from..)?.take(max) {
            let (seq, bytes) = row?;
            let seq = seq.value();
            let record = decode(seq, bytes.value())
                .with_context(|| format!("history record {seq} is damaged"))?;
            out.push(record);
        }
        Ok(out)
    }

    fn state(&self) -> State {
        *self.lock()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl History for HistoryStore {
    fn read(&self, from: u64, max: usize) -> BoxFuture<'_, anyhow::Result<Vec<Record>>> {
        let store = self.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || store.read_blocking(from, max))
                .await
                .context("history read task")?
        })
    }

    fn oldest(&self) -> Option<u64> {
        self.state().oldest
    }
}

/// Milliseconds since the Unix epoch.
fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// `version, has_key, [key], len full, full, len lite, lite, domains`.
fn encode(record: &Record) -> Vec<u8> {
    let Message {
        full,
        lite,
        domains,
    } = &record.message;
    let mut out = Vec::with_capacity(2 + 32 + 8 + full.len() + lite.len() + domains.len());
    out.push(FORMAT_VERSION);
    match record.issuance {
        Some(key) => {
            out.push(1);
            out.extend_from_slice(&key);
        }
        None => out.push(0),
    }
    for form in [full, lite] {
        // A rendered message is far below 4 GiB.
        out.extend_from_slice(&(form.len() as u32).to_le_bytes());
        out.extend_from_slice(form.as_bytes());
    }
    out.extend_from_slice(domains.as_bytes());
    out
}

fn decode(seq: u64, bytes: &[u8]) -> anyhow::Result<Record> {
    let (&version, rest) = bytes.split_first().context("empty record")?;
    anyhow::ensure!(
        version == FORMAT_VERSION,
        "unknown record version {version}"
    );
    let (&has_key, mut rest) = rest.split_first().context("record cut short")?;
    let issuance = if has_key == 1 {
        let (key, after) = rest.split_at_checked(32).context("record cut short")?;
        rest = after;
        Some(IssuanceKey::try_from(key)?)
    } else {
        None
    };
    let mut forms = Vec::with_capacity(2);
    for _ in 0..2 {
        let (len, after) = rest.split_at_checked(4).context("record cut short")?;
        let len = u32::from_le_bytes(len.try_into()?) as usize;
        let (form, after) = after.split_at_checked(len).context("record cut short")?;
        forms.push(text(form)?);
        rest = after;
    }
    let lite = forms.pop().context("lite form")?;
    let full = forms.pop().context("full form")?;
    Ok(Record {
        seq,
        message: Message {
            full,
            lite,
            domains: text(rest)?,
        },
        issuance,
    })
}

fn text(bytes: &[u8]) -> anyhow::Result<Utf8Bytes> {
    Ok(Utf8Bytes::from(String::from_utf8(bytes.to_vec())?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(seq: u64, size: usize) -> Record {
        Record {
            seq,
            message: Message {
                full: format!("full {seq} {}", "x".repeat(size)).into(),
                lite: format!("lite {seq}").into(),
                domains: format!("domains {seq}").into(),
            },
            issuance: (seq != 3).then_some([seq as u8; 32]),
        }
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("certstream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    const KEEP_ALL: Retention = Retention {
        max_age: Duration::from_secs(3600),
        max_bytes: u64::MAX,
    };

    #[test]
    fn records_round_trip_and_the_next_sequence_survives_reopening() {
        let dir = temp_dir("history-roundtrip");
        {
            let store = HistoryStore::open(&dir, KEEP_ALL).unwrap();
            assert_eq!(store.next_seq(), 0);
            assert_eq!(store.oldest(), None);
            let batch: Vec<Record> = (0..5).map(|s| record(s, 10)).collect();
            store.append_blocking(&batch, 1_000).unwrap();
            assert!(
                store.append_blocking(&[record(3, 1)], 1_000).is_err(),
                "seqs only grow"
            );
        }
        let store = HistoryStore::open(&dir, KEEP_ALL).unwrap();
        assert_eq!(store.next_seq(), 5);
        assert_eq!(store.oldest(), Some(0));
        let read = store.read_blocking(2, 2).unwrap();
        assert_eq!(read.iter().map(|r| r.seq).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(read[0].message.lite.as_str(), "lite 2");
        assert_eq!(read[0].message.domains.as_str(), "domains 2");
        assert_eq!(read[0].issuance, Some([2; 32]));
        assert_eq!(read[1].issuance, None);
        assert!(store.read_blocking(5, 10).unwrap().is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn retention_drops_whole_batches_by_age_and_by_size_but_keeps_the_newest() {
        let dir = temp_dir("history-retention");
        let store = HistoryStore::open(
            &dir,
            Retention {
                max_age: Duration::from_secs(10),
                max_bytes: 3_000,
            },
        )
        .unwrap();
        store
            .append_blocking(&[record(0, 100), record(1, 100)], 1_000)
            .unwrap();
        store.append_blocking(&[record(2, 100)], 2_000).unwrap();
        // 11 s after the first batch: it is too old, the second is not.
        store.append_blocking(&[record(3, 100)], 11_500).unwrap();
        assert_eq!(store.oldest(), Some(2));
        assert_eq!(store.read_blocking(0, 10).unwrap()[0].seq, 2);
        // One batch bigger than the size limit: everything older goes.
        store.append_blocking(&[record(4, 5_000)], 11_600).unwrap();
        assert_eq!(store.oldest(), Some(4));
        assert!(store.bytes() > 5_000);
        drop(store);
        let reopened = HistoryStore::open(&dir, KEEP_ALL).unwrap();
        assert_eq!(reopened.oldest(), Some(4));
        assert_eq!(reopened.next_seq(), 5);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn damaged_records_are_errors() {
        let good = encode(&record(3, 3));
        assert_eq!(
            decode(3, &good).unwrap().message.full.as_str(),
            "full 3 xxx"
        );
        for cut in [0, 1, 5, 10, 17, 20] {
            assert!(decode(7, &good[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad_version = good.clone();
        bad_version[0] = 9;
        assert!(decode(7, &bad_version).is_err());
    }
}
