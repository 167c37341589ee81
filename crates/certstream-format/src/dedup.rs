//! Recognising one issuance across logs and entry types (`?dedupe=1`).
//!
//! A CA logs a precertificate in two or three logs, then often logs the
//! final certificate too, so a firehose shows one issuance up to six
//! times. What they share is the TBSCertificate: the final certificate's
//! TBS is the precertificate's with the CT poison extension
//! (1.3.6.1.4.1.11129.2.4.3) removed and the SCT list extension
//! (1.3.6.1.4.1.11129.2.4.2) added (RFC 6962 §3.1). [`issuance_tbs`]
//! removes both and leaves every other byte as logged, so both give the
//! same bytes, which is also the TBS the log signed for the precert.
//!
//! Hand-written on top of the crate's BER reader because no crate edits a
//! DER structure while keeping the untouched parts byte-identical; only
//! the three enclosing lengths (TBS, `[3]`, extensions SEQUENCE) are
//! re-encoded. Limitation: a precertificate signed by a dedicated
//! Precertificate Signing Certificate (rare, deprecated) names that
//! signer as issuer, so it does not collapse with its final certificate.
//!
//! [`DedupWindow`] is the bounded memory of keys seen. It is a plain FIFO
//! of the last `capacity` distinct keys (a `HashSet` plus a `VecDeque`):
//! an issuance's copies arrive within seconds of each other, so "the most
//! recent N" is the useful window, and the std collections do it in a
//! dozen lines without an LRU crate's bookkeeping.

use crate::ber;
use crate::der::{self, tag};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};

/// DER content of OID 1.3.6.1.4.1.11129.2.4.3 (CT precertificate poison).
const POISON_OID: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x03];
/// DER content of OID 1.3.6.1.4.1.11129.2.4.2 (embedded SCT list).
const SCT_LIST_OID: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02];

/// The identity of an issuance: SHA-256 of [`issuance_tbs`]. Equal for a
/// precertificate and its final certificate, in any log. `None` when
/// `leaf_der` is not a certificate this can take apart.
pub fn issuance_key(leaf_der: &[u8]) -> Option<[u8; 32]> {
    issuance_tbs(leaf_der).map(|tbs| Sha256::digest(tbs.as_ref()).into())
}

/// The TBSCertificate of `leaf_der` without the poison and SCT list
/// extensions; borrowed when it had neither. When both were the only
/// extensions, the `[3]` field is left out (X.509 forbids an empty list).
pub fn issuance_tbs(leaf_der: &[u8]) -> Option<Cow<'_, [u8]>> {
    let cert = der::outer(leaf_der)?;
    if !cert.is_universal(tag::SEQUENCE) {
        return None;
    }
    let tbs = cert.children()?.next()?;
    if !tbs.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut fields = tbs.children()?.all()?;
    let Some(last) = fields.last().filter(|f| f.is_context(3)) else {
        return Some(Cow::Borrowed(tbs.raw));
    };
    let list = last.children()?.next()?;
    if !list.is_universal(tag::SEQUENCE) {
        return None;
    }
    let extensions = list.children()?.all()?;
    let mut kept = Vec::with_capacity(extensions.len());
    for extension in &extensions {
        let oid = extension.children()?.next()?.expect(tag::OID)?;
        if oid != POISON_OID && oid != SCT_LIST_OID {
            kept.push(extension.raw);
        }
    }
    if kept.len() == extensions.len() {
        return Some(Cow::Borrowed(tbs.raw));
    }
    fields.pop();
    let mut body: Vec<u8> = fields.iter().flat_map(|f| f.raw.iter().copied()).collect();
    if !kept.is_empty() {
        let list = encode(0x30, &kept.concat());
        body.extend_from_slice(&encode(0xa3, &list));
    }
    Some(Cow::Owned(encode(0x30, &body)))
}

/// One definite-length element: identifier octet, length, content.
fn encode(identifier: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![identifier];
    ber::push_length(&mut out, content.len());
    out.extend_from_slice(content);
    out
}

/// Remembers the last `capacity` distinct issuance keys, so that each
/// issuance is let through once. One per client that asked for
/// `?dedupe=1`; about 100 bytes per remembered key.
#[derive(Debug, Clone)]
pub struct DedupWindow {
    seen: HashSet<[u8; 32]>,
    order: VecDeque<[u8; 32]>,
    capacity: usize,
}

impl DedupWindow {
    /// A window remembering up to `capacity` keys (at least one).
    pub fn new(capacity: usize) -> DedupWindow {
        let capacity = capacity.max(1);
        DedupWindow {
            seen: HashSet::with_capacity(capacity.min(1 << 16)),
            order: VecDeque::with_capacity(capacity.min(1 << 16)),
            capacity,
        }
    }

    /// True the first time `key` is offered while remembered; false for a
    /// repeat. A new key forgets the oldest one when the window is full.
    pub fn first_time(&mut self, key: [u8; 32]) -> bool {
        if self.seen.contains(&key) {
            return false;
        }
        if self.order.len() >= self.capacity {
            if let Some(oldest) = self.order.pop_front() {
                self.seen.remove(&oldest);
            }
        }
        self.order.push_back(key);
        self.seen.insert(key);
        true
    }

    /// How many keys are remembered.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True before the first key.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}
