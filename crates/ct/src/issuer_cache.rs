//! Issuer certificates shared by every static-ct-api log, keyed by SHA-256.
//!
//! CONTRACT (used by crates/server): `IssuerCache::new` and `Default`; cheap to clone
//! (shared inside).

/// Cache of issuer DER by fingerprint, shared across logs (most logs share
/// the same few dozen intermediates).
#[derive(Debug, Clone, Default)]
pub struct IssuerCache {
    _private: (),
}

impl IssuerCache {
    pub fn new() -> Self {
        Self::default()
    }
}
