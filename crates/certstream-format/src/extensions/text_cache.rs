//! Extension text, cached per thread.
//!
//! Most of a leaf's extensions are its issuer's boilerplate: authority
//! info access, CRL distribution points, certificate policies, authority
//! key identifier, extended key usage, key usage and basic constraints are
//! byte-identical in every certificate an intermediate issues. Their text
//! is a pure function of (OID, value), so it is memoised in a
//! [`TwoGenerations`] cache keyed by both, exactly (no hash of the bytes is
//! trusted for equality). The extensions that differ in every certificate
//! (subjectAltName, subjectKeyIdentifier, the SCT list) are printed
//! directly: caching them would only push useful entries out.

use crate::chain_cache::TwoGenerations;
use std::cell::RefCell;

/// Entries per generation: a CA's handful of boilerplate extensions times
/// the few hundred intermediates seen on a stream.
const GENERATION: usize = 2048;

/// DER content octets of the extensions that are unique per certificate.
const PER_CERTIFICATE: [&[u8]; 3] = [
    &[0x55, 0x1d, 0x11],                                           // subjectAltName
    &[0x55, 0x1d, 0x0e],                                           // subjectKeyIdentifier
    &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02], // CT SCT list
];

struct TextCache {
    /// Scratch buffer for the lookup key, reused to save an allocation.
    key: Vec<u8>,
    texts: TwoGenerations<Option<String>>,
}

thread_local! {
    static CACHE: RefCell<TextCache> = RefCell::new(TextCache {
        key: Vec::new(),
        texts: TwoGenerations::new(GENERATION),
    });
}

/// The text of extension `oid` with content `value`: `print()`'s result,
/// from the cache when this thread has printed the same extension before.
pub(super) fn get_or_print(
    oid: &[u8],
    value: &[u8],
    print: impl FnOnce() -> Option<String>,
) -> Option<String> {
    if PER_CERTIFICATE.contains(&oid) {
        return print();
    }
    CACHE.with(|cache| {
        let TextCache { key, texts } = &mut *cache.borrow_mut();
        // Length-prefixed OID then value: no two (OID, value) pairs share a key.
        key.clear();
        key.extend_from_slice(&oid.len().to_le_bytes());
        key.extend_from_slice(oid);
        key.extend_from_slice(value);
        texts.get_or_insert_with(key, print)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn prints_each_extension_once_keyed_by_oid_and_value() {
        let calls = Cell::new(0);
        let print = |oid: &[u8], value: &[u8], text: &str| {
            get_or_print(oid, value, || {
                calls.set(calls.get() + 1);
                Some(text.to_owned())
            })
        };
        let key_usage: &[u8] = &[0x55, 0x1d, 0x0f];
        let eku: &[u8] = &[0x55, 0x1d, 0x25];
        assert_eq!(print(key_usage, b"v", "a").as_deref(), Some("a"));
        assert_eq!(print(key_usage, b"v", "ignored").as_deref(), Some("a"));
        assert_eq!(calls.get(), 1);
        // Same value under another OID, or another value: printed afresh.
        assert_eq!(print(eku, b"v", "b").as_deref(), Some("b"));
        assert_eq!(print(key_usage, b"w", "c").as_deref(), Some("c"));
        assert_eq!(calls.get(), 3);
        // A failed print is remembered too.
        assert_eq!(get_or_print(eku, b"x", || None), None);
        assert_eq!(print(eku, b"x", "d"), None);
        // Per-certificate extensions are never cached.
        let san: &[u8] = &[0x55, 0x1d, 0x11];
        assert_eq!(print(san, b"v", "e").as_deref(), Some("e"));
        assert_eq!(print(san, b"v", "f").as_deref(), Some("f"));
    }
}
