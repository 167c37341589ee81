//! Rendered chain certificates, cached per thread; and the bounded
//! two-generation cache ([`TwoGenerations`]) that holds them.
//!
//! Chain certificates repeat: a log's entries are signed by a handful of
//! intermediates, so most entries carry CERTs the server has already
//! described. Rendering a chain CERT is a pure function of its DER, so
//! its JSON (and whether it parsed) can be reused byte for byte.
//!
//! Design: one small cache per thread (no lock on the hot path; each
//! server worker warms its own), keyed by the DER itself (exact, no
//! collision to reason about). Eviction is two-generation, a cheap LRU
//! approximation: when the current map is full it becomes the previous
//! one and the old previous is dropped; a hit in the previous map is
//! promoted. Hand-written because it is a dozen lines and needs no
//! dependency; memory is bounded by `2 * GENERATION` entries per thread.
//!
//! The maps hash only the last bytes of the DER ([`TailHash`]): hashing a
//! whole certificate (a kilobyte or more, twice per entry) cost as much as
//! a lookup should. Equality is still checked on the whole DER.

use foldhash::fast::RandomState;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;

/// Entries per generation; a few hundred intermediates cover all of CT.
const GENERATION: usize = 256;

/// A chain CERT as rendered: its JSON and whether it parsed.
pub(crate) type CachedCert = Rc<(String, bool)>;

/// How many trailing DER bytes are hashed.
const HASHED_TAIL: usize = 32;

/// Hashes the last [`HASHED_TAIL`] bytes of a key. A certificate ends with
/// its signature, which the issuing CA computes and no submitter chooses,
/// so those bytes spread keys as well as the whole DER would. The hash is
/// randomly seeded per map ([`RandomState`]).
#[derive(Default, Clone)]
struct TailHash(RandomState);

impl BuildHasher for TailHash {
    type Hasher = TailHasher<<RandomState as BuildHasher>::Hasher>;

    fn build_hasher(&self) -> Self::Hasher {
        TailHasher(self.0.build_hasher())
    }
}

/// A hasher that feeds its inner hasher only the tail of each write.
struct TailHasher<H>(H);

impl<H: Hasher> Hasher for TailHasher<H> {
    fn finish(&self) -> u64 {
        self.0.finish()
    }

    fn write(&mut self, bytes: &[u8]) {
        let tail = bytes.len().saturating_sub(HASHED_TAIL);
        self.0.write(bytes.get(tail..).unwrap_or(bytes));
    }
}

/// A byte-keyed map that keeps roughly the most recently used entries:
/// at most `2 * generation` of them. It hashes with `foldhash` (seeded at
/// random, several times faster than std's SipHash on keys of hundreds of
/// bytes, which showed in profiles). Shared by the chain cache here, the
/// extension text cache (`extensions/text_cache.rs`) and the issuer NAME
/// cache (`name::issuer_object`): each is a bounded, lock-free, per-thread
/// memo of a pure function of bytes.
pub(crate) struct TwoGenerations<V, S = RandomState> {
    generation: usize,
    current: HashMap<Vec<u8>, V, S>,
    previous: HashMap<Vec<u8>, V, S>,
}

impl<V: Clone, S: BuildHasher + Default> TwoGenerations<V, S> {
    /// An empty cache whose generations hold `generation` entries.
    pub(crate) fn new(generation: usize) -> Self {
        TwoGenerations {
            generation,
            current: HashMap::default(),
            previous: HashMap::default(),
        }
    }

    /// The value for `key`, computed by `make` on a miss.
    pub(crate) fn get_or_insert_with(&mut self, key: &[u8], make: impl FnOnce() -> V) -> V {
        if let Some(hit) = self.current.get(key) {
            return hit.clone();
        }
        let value = match self.previous.remove(key) {
            Some(hit) => hit,
            None => make(),
        };
        if self.current.len() >= self.generation {
            self.previous = std::mem::take(&mut self.current);
        }
        self.current.insert(key.to_vec(), value.clone());
        value
    }
}

thread_local! {
    static CACHE: RefCell<TwoGenerations<CachedCert, TailHash>> =
        RefCell::new(TwoGenerations::new(GENERATION));
}

/// The rendered CERT for `der`, computed by `render` on a miss.
pub(crate) fn get_or_render(der: &[u8], render: impl FnOnce() -> (String, bool)) -> CachedCert {
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .get_or_insert_with(der, || Rc::new(render()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_once_per_certificate_and_survives_eviction() {
        let calls = std::cell::Cell::new(0);
        let render = |tag: u8| {
            get_or_render(&[tag], || {
                calls.set(calls.get() + 1);
                (format!("cert {tag}"), true)
            })
        };
        assert_eq!(render(1).0, "cert 1");
        assert_eq!(render(1).0, "cert 1");
        assert_eq!(calls.get(), 1);
        // Fill more than a generation: 1 is evicted, then rendered again.
        for i in 0..=(2 * GENERATION) {
            let key = (i % 250) as u8 + 2;
            let _ = get_or_render(&[key, (i / 250) as u8], || (String::new(), true));
        }
        assert_eq!(render(1).0, "cert 1");
        assert_eq!(calls.get(), 2);
    }
}
