//! Rendered chain certificates, cached per thread.
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

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Entries per generation; a few hundred intermediates cover all of CT.
const GENERATION: usize = 256;

/// A chain CERT as rendered: its JSON and whether it parsed.
pub(crate) type CachedCert = Rc<(String, bool)>;

#[derive(Default)]
struct Cache {
    current: HashMap<Vec<u8>, CachedCert>,
    previous: HashMap<Vec<u8>, CachedCert>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::default();
}

/// The rendered CERT for `der`, computed by `render` on a miss.
pub(crate) fn get_or_render(der: &[u8], render: impl FnOnce() -> (String, bool)) -> CachedCert {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(hit) = cache.current.get(der) {
            return Rc::clone(hit);
        }
        let value = match cache.previous.remove(der) {
            Some(hit) => hit,
            None => Rc::new(render()),
        };
        if cache.current.len() >= GENERATION {
            cache.previous = std::mem::take(&mut cache.current);
        }
        cache.current.insert(der.to_vec(), Rc::clone(&value));
        value
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
