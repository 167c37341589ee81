//! Durable per-log positions: where each log's stream resumes after a
//! restart or a crash.
//!
//! # Design
//! - **redb, one table `positions`: log URL → next index.** redb is a
//!   pure-Rust embedded database whose commits are atomic and durable
//!   (copy-on-write pages, fsync on commit), so a `kill -9` at any moment
//!   leaves either the old or the new value, never a torn file; a database
//!   that was not closed cleanly is repaired on open. Keyed by URL, the
//!   identity certstream publishes as `source.url`.
//! - **Written after the hub has the entries, and one batch behind.** The
//!   pipeline records a position only after it has handed a batch to the
//!   hub, and what it records is the *start* of that batch: the entries of
//!   the batch before have then had a whole fetch-and-render cycle to leave
//!   through the websockets. A crash can therefore repeat at most one batch
//!   per log but never skip one, even for entries that were still in the
//!   hub's ring when the process died. A log that is caught up records its
//!   full position at its next idle head poll ([`Store::settle`]), and a
//!   graceful shutdown records every log's full position, so an orderly
//!   restart repeats nothing.
//! - **Writes skip no-ops.** The last value written per log is cached, so an
//!   idle log costs no disk writes.
//! - Commits are blocking I/O and run on the blocking pool.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::Context;
use redb::{Database, ReadableTable, TableDefinition};

/// File name of the database inside the state directory.
pub const FILE_NAME: &str = "state.redb";

/// log URL → index of the next entry to stream.
const POSITIONS: TableDefinition<&str, u64> = TableDefinition::new("positions");

/// Handle on the position store; cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: Database,
    /// Last value written per log, to skip redundant commits.
    written: Mutex<HashMap<String, u64>>,
}

impl Store {
    /// Open (or create) `state_dir/state.redb`.
    pub fn open(state_dir: &Path) -> anyhow::Result<Store> {
        let path = state_dir.join(FILE_NAME);
        let db = Database::create(&path)
            .with_context(|| format!("opening state database {}", path.display()))?;
        // Create the table so that reads of a fresh database succeed.
        let txn = db.begin_write()?;
        txn.open_table(POSITIONS)?;
        txn.commit()?;
        let store = Store {
            inner: Arc::new(Inner {
                db,
                written: Mutex::new(HashMap::new()),
            }),
        };
        let saved = store.load()?;
        *lock(&store.inner.written) = saved;
        Ok(store)
    }

    /// Every saved position.
    pub fn load(&self) -> anyhow::Result<HashMap<String, u64>> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(POSITIONS)?;
        let mut out = HashMap::new();
        for row in table.iter()? {
            let (url, next) = row?;
            out.insert(url.value().to_owned(), next.value());
        }
        Ok(out)
    }

    /// Durably record that `url` resumes at `next`. Never moves a log's
    /// position backwards, and does nothing if `next` is already saved.
    pub async fn record(&self, url: &str, next: u64) -> anyhow::Result<()> {
        if lock(&self.inner.written)
            .get(url)
            .is_some_and(|&w| w >= next)
        {
            return Ok(());
        }
        let store = self.clone();
        let url = url.to_owned();
        tokio::task::spawn_blocking(move || store.write(&url, next))
            .await
            .context("state write task")?
    }

    /// [`Store::record`] for a log that has been idle at `next` for a poll
    /// interval: everything before `next` has long left the hub.
    pub async fn settle(&self, url: &str, next: u64) -> anyhow::Result<()> {
        self.record(url, next).await
    }

    /// Record many positions in one commit (graceful shutdown).
    pub fn record_all(&self, positions: &[(String, u64)]) -> anyhow::Result<()> {
        let txn = self.inner.db.begin_write()?;
        {
            let mut table = txn.open_table(POSITIONS)?;
            for (url, next) in positions {
                table.insert(url.as_str(), next)?;
            }
        }
        txn.commit()?;
        let mut written = lock(&self.inner.written);
        for (url, next) in positions {
            written.insert(url.clone(), *next);
        }
        Ok(())
    }

    /// One commit for one log.
    fn write(&self, url: &str, next: u64) -> anyhow::Result<()> {
        let txn = self.inner.db.begin_write()?;
        {
            let mut table = txn.open_table(POSITIONS)?;
            let current = table.get(url)?.map(|v| v.value());
            if current.is_some_and(|c| c >= next) {
                return Ok(());
            }
            table.insert(url, next)?;
        }
        txn.commit()
            .with_context(|| format!("saving the position of {url}"))?;
        lock(&self.inner.written).insert(url.to_owned(), next);
        Ok(())
    }
}

/// The cache stays correct even if a holder panicked.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn positions_survive_reopening_and_never_go_back() {
        let dir = std::env::temp_dir().join(format!("certstream-state-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        {
            let store = Store::open(&dir).unwrap();
            store.record("https://a/", 10).await.unwrap();
            store.record("https://a/", 7).await.unwrap();
            store.record("https://b/", 3).await.unwrap();
        }
        let store = Store::open(&dir).unwrap();
        let saved = store.load().unwrap();
        assert_eq!(saved.get("https://a/"), Some(&10));
        assert_eq!(saved.get("https://b/"), Some(&3));
        store.record_all(&[("https://b/".to_owned(), 5)]).unwrap();
        assert_eq!(store.load().unwrap().get("https://b/"), Some(&5));
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
