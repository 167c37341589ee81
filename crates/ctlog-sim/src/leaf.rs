//! Encoders for the CT structures a log serves: RFC 6962 §3.4
//! `MerkleTreeLeaf`/`TimestampedEntry`, the §3.1 `extra_data` chain entries,
//! and static-ct-api `TileLeaf` with its `leaf_index` extension.
//!
//! These are written here, independently of `crates/ct`, on purpose: the
//! simulator is the test oracle for that crate's decoders, and sharing one
//! encoder/decoder pair would let a symmetric bug (e.g. a wrong length prefix
//! on both sides) pass every test.

use crate::error::SimError;
use crate::merkle::Hash;
use crate::tls::{put_uint, put_vec};

/// Which of the two RFC 6962 `LogEntryType`s an entry is; tests assert on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryType {
    /// `x509_entry` (0): a final certificate.
    X509,
    /// `precert_entry` (1): a pre-certificate, logged as its TBSCertificate.
    Precert,
}

impl EntryType {
    /// The wire value of `LogEntryType`.
    pub fn code(self) -> u64 {
        match self {
            EntryType::X509 => 0,
            EntryType::Precert => 1,
        }
    }
}

/// The `signed_entry` of a `TimestampedEntry`.
pub(crate) enum SignedEntry<'a> {
    /// `ASN.1Cert signed_entry` of an x509 entry.
    X509 { cert: &'a [u8] },
    /// `PreCert`: issuer key hash plus the poison-free TBSCertificate.
    Precert {
        issuer_key_hash: &'a Hash,
        tbs: &'a [u8],
    },
}

/// Encodes a `TimestampedEntry`; `extensions` are the raw `CtExtensions` bytes.
pub(crate) fn timestamped_entry(
    timestamp_ms: u64,
    entry: &SignedEntry<'_>,
    extensions: &[u8],
) -> Result<Vec<u8>, SimError> {
    let mut out = Vec::new();
    put_uint(&mut out, timestamp_ms, 8);
    match entry {
        SignedEntry::X509 { cert } => {
            put_uint(&mut out, EntryType::X509.code(), 2);
            put_vec(&mut out, cert, 3)?;
        }
        SignedEntry::Precert {
            issuer_key_hash,
            tbs,
        } => {
            put_uint(&mut out, EntryType::Precert.code(), 2);
            out.extend_from_slice(&issuer_key_hash[..]);
            put_vec(&mut out, tbs, 3)?;
        }
    }
    put_vec(&mut out, extensions, 2)?;
    Ok(out)
}

/// Wraps a `TimestampedEntry` into a `MerkleTreeLeaf` (version v1 = 0,
/// leaf_type timestamped_entry = 0): the RFC 6962 `leaf_input`.
pub(crate) fn merkle_tree_leaf(timestamped_entry: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(timestamped_entry.len() + 2);
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(timestamped_entry);
    out
}

/// `ASN.1Cert certificate_chain<0..2^24-1>`, the shared tail of both chain entries.
fn put_chain(out: &mut Vec<u8>, chain: &[Vec<u8>]) -> Result<(), SimError> {
    let mut inner = Vec::new();
    for cert in chain {
        put_vec(&mut inner, cert, 3)?;
    }
    put_vec(out, &inner, 3)
}

/// RFC 6962 `extra_data` of an x509 entry: an `X509ChainEntry`'s chain
/// (the leaf itself is in `leaf_input`).
pub(crate) fn x509_extra_data(chain: &[Vec<u8>]) -> Result<Vec<u8>, SimError> {
    let mut out = Vec::new();
    put_chain(&mut out, chain)?;
    Ok(out)
}

/// RFC 6962 `extra_data` of a precert entry: a `PrecertChainEntry`.
pub(crate) fn precert_extra_data(
    pre_certificate: &[u8],
    chain: &[Vec<u8>],
) -> Result<Vec<u8>, SimError> {
    let mut out = Vec::new();
    put_vec(&mut out, pre_certificate, 3)?;
    put_chain(&mut out, chain)?;
    Ok(out)
}

/// static-ct-api `CtExtensions` holding only the `leaf_index` extension
/// (type 0, a 40-bit big-endian index): exactly 8 bytes, as the spec says.
pub(crate) fn leaf_index_extensions(index: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(8);
    put_uint(&mut out, 0, 1);
    put_uint(&mut out, 5, 2);
    put_uint(&mut out, index, 5);
    out
}

/// static-ct-api `TileLeaf`: the `TimestampedEntry`, the pre-certificate for
/// precert entries, and the chain as SHA-256 fingerprints.
pub(crate) fn tile_leaf(
    timestamped_entry: &[u8],
    pre_certificate: Option<&[u8]>,
    chain_fingerprints: &[Hash],
) -> Result<Vec<u8>, SimError> {
    let mut out = timestamped_entry.to_vec();
    if let Some(pre) = pre_certificate {
        put_vec(&mut out, pre, 3)?;
    }
    put_vec(&mut out, &chain_fingerprints.concat(), 2)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaf_index_extension_is_eight_bytes() {
        assert_eq!(
            leaf_index_extensions(0x01_0203_0405),
            [0, 0, 5, 1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn x509_timestamped_entry_layout() {
        let te = timestamped_entry(7, &SignedEntry::X509 { cert: b"AB" }, &[]).unwrap();
        assert_eq!(
            te,
            [0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 2, b'A', b'B', 0, 0]
        );
        assert_eq!(merkle_tree_leaf(&te)[..2], [0, 0]);
    }

    #[test]
    fn precert_extra_data_layout() {
        let extra = precert_extra_data(b"P", &[b"C1".to_vec()]).unwrap();
        assert_eq!(extra, [0, 0, 1, b'P', 0, 0, 5, 0, 0, 2, b'C', b'1']);
    }
}
