//! Issuer certificates shared by every static-ct-api log, keyed by SHA-256.
//!
//! CONTRACT (used by crates/server): `IssuerCache::new` and `Default`; cheap to clone
//! (shared inside).
//!
//! Design:
//! - Content-addressed, so one cache serves all logs: an issuer fetched from
//!   one log is the same bytes in every other. Every insertion is checked to
//!   hash to its key, so a log cannot poison the cache for the others.
//! - A plain `std::sync::Mutex<HashMap>`: lookups are rare (a few per tile)
//!   and never held across an `.await`.
//! - Single flight: concurrent [`IssuerCache::get_or_fetch`] calls for the
//!   same missing issuer wait on a per-fingerprint async lock, so only the
//!   first goes to the network and the rest find it cached.
//! - Bounded by entry count and total bytes. Real logs reference a few
//!   hundred intermediates, so the bounds only matter against a log that
//!   invents issuers; eviction is then of an arbitrary entry, which is
//!   enough to cap memory without LRU bookkeeping.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::{DecodeError, FetchError};

/// Default bound on cached issuers.
pub const DEFAULT_MAX_ENTRIES: usize = 10_000;
/// Default bound on the summed size of cached issuers, in bytes.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// Cache of issuer DER by fingerprint, shared across logs (most logs share
/// the same few dozen intermediates).
#[derive(Debug, Clone)]
pub struct IssuerCache {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug)]
struct Inner {
    certs: HashMap<[u8; 32], Bytes>,
    bytes: usize,
    max_entries: usize,
    max_bytes: usize,
    /// One async lock per issuer currently being fetched.
    in_flight: HashMap<[u8; 32], Arc<tokio::sync::Mutex<()>>>,
}

impl Default for IssuerCache {
    fn default() -> Self {
        Self::with_limits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES)
    }
}

impl IssuerCache {
    /// A cache with the default bounds.
    pub fn new() -> Self {
        Self::default()
    }

    /// A cache holding at most `max_entries` issuers and `max_bytes` of DER.
    pub fn with_limits(max_entries: usize, max_bytes: usize) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner {
                certs: HashMap::new(),
                bytes: 0,
                max_entries,
                max_bytes,
                in_flight: HashMap::new(),
            })),
        }
    }

    /// The cached issuer with this SHA-256, if any.
    pub fn get(&self, fingerprint: &[u8; 32]) -> Option<Bytes> {
        self.lock().certs.get(fingerprint).cloned()
    }

    /// Number of cached issuers (for metrics).
    pub fn len(&self) -> usize {
        self.lock().certs.len()
    }

    /// Whether nothing is cached yet.
    pub fn is_empty(&self) -> bool {
        self.lock().certs.is_empty()
    }

    /// Add an issuer, after checking that `der` hashes to `fingerprint`.
    /// Evicts arbitrary entries if the cache is over its bounds.
    pub fn insert(&self, fingerprint: [u8; 32], der: Bytes) -> Result<(), DecodeError> {
        verify_fingerprint(&fingerprint, &der)?;
        let mut inner = self.lock();
        if der.len() > inner.max_bytes {
            // Caching it would evict everything else; the caller still has it.
            return Ok(());
        }
        if let Some(old) = inner.certs.insert(fingerprint, der.clone()) {
            inner.bytes -= old.len();
        }
        inner.bytes += der.len();
        while inner.certs.len() > inner.max_entries || inner.bytes > inner.max_bytes {
            let Some(victim) = inner.certs.keys().find(|k| **k != fingerprint).copied() else {
                break;
            };
            if let Some(old) = inner.certs.remove(&victim) {
                inner.bytes -= old.len();
            }
        }
        Ok(())
    }

    /// The issuer with this fingerprint, from the cache or else from
    /// `fetch` (which is only awaited if needed). Fetched bytes must hash to
    /// `fingerprint` or the result is [`FetchError::Decode`] and nothing is
    /// cached. Concurrent calls for one fingerprint share a single fetch
    /// when it succeeds.
    pub async fn get_or_fetch<F>(
        &self,
        fingerprint: &[u8; 32],
        fetch: F,
    ) -> Result<Bytes, FetchError>
    where
        F: Future<Output = Result<Bytes, FetchError>>,
    {
        if let Some(der) = self.get(fingerprint) {
            return Ok(der);
        }
        let gate = self
            .lock()
            .in_flight
            .entry(*fingerprint)
            .or_default()
            .clone();
        let result = async {
            let _guard = gate.lock().await;
            // Whoever held the gate before us may have fetched it.
            if let Some(der) = self.get(fingerprint) {
                return Ok(der);
            }
            let der = fetch.await?;
            self.insert(*fingerprint, der.clone())
                .map_err(|source| FetchError::Decode {
                    url: format!("issuer/{}", hex::encode(fingerprint)),
                    source,
                })?;
            Ok(der)
        }
        .await;
        let mut inner = self.lock();
        if inner
            .in_flight
            .get(fingerprint)
            .is_some_and(|g| Arc::ptr_eq(g, &gate))
            && Arc::strong_count(&gate) == 2
        {
            // Nobody else is waiting on this gate (the map and we hold it).
            inner.in_flight.remove(fingerprint);
        }
        result
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the map inconsistent
        // in a way that matters (worst case a byte count is off), so keep
        // serving rather than propagate the poison.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Check that `der` is the certificate named by `fingerprint`.
pub fn verify_fingerprint(fingerprint: &[u8; 32], der: &[u8]) -> Result<(), DecodeError> {
    let actual: [u8; 32] = Sha256::digest(der).into();
    if actual == *fingerprint {
        Ok(())
    } else {
        Err(DecodeError(format!(
            "issuer hashes to {}, expected {}",
            hex::encode(actual),
            hex::encode(fingerprint)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn fp(der: &[u8]) -> [u8; 32] {
        Sha256::digest(der).into()
    }

    #[test]
    fn insert_checks_hash() {
        let cache = IssuerCache::new();
        assert!(cache.insert(fp(b"a"), Bytes::from_static(b"b")).is_err());
        assert!(cache.is_empty());
        cache.insert(fp(b"a"), Bytes::from_static(b"a")).unwrap();
        assert_eq!(cache.get(&fp(b"a")).as_deref(), Some(&b"a"[..]));
    }

    #[test]
    fn bounded_by_entries_and_bytes() {
        let cache = IssuerCache::with_limits(3, 1000);
        for i in 0..10u8 {
            cache.insert(fp(&[i]), Bytes::from(vec![i])).unwrap();
            assert!(cache.len() <= 3);
        }
        // The newest entry always survives eviction.
        assert!(cache.get(&fp(&[9])).is_some());

        let cache = IssuerCache::with_limits(100, 10);
        for i in 0..5u8 {
            cache.insert(fp(&[i; 4]), Bytes::from(vec![i; 4])).unwrap();
        }
        assert_eq!(cache.len(), 2, "2 x 4 bytes fit in 10, 3 do not");
    }

    #[tokio::test]
    async fn fetch_is_verified_and_shared() {
        let cache = IssuerCache::new();
        let calls = AtomicUsize::new(0);
        let der = Bytes::from_static(b"issuer");
        let fetch = || async {
            calls.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
            Ok(der.clone())
        };
        let key = fp(b"issuer");
        let (a, b, c) = tokio::join!(
            cache.get_or_fetch(&key, fetch()),
            cache.get_or_fetch(&key, fetch()),
            cache.get_or_fetch(&key, fetch()),
        );
        assert_eq!(a.unwrap(), der);
        assert_eq!(b.unwrap(), der);
        assert_eq!(c.unwrap(), der);
        assert_eq!(calls.load(Ordering::SeqCst), 1, "one network fetch");

        // Bytes that do not match the fingerprint are rejected, not cached.
        let wrong = cache
            .get_or_fetch(&fp(b"other"), async { Ok(Bytes::from_static(b"evil")) })
            .await;
        assert_eq!(wrong.unwrap_err().kind(), "decode");
        assert!(cache.get(&fp(b"other")).is_none());
    }
}
