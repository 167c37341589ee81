//! What a log holds per index: the public [`SimEntry`] view tests assert
//! against, plus the exact bytes served for it and its Merkle leaf hash.
//!
//! Minted entries are encoded here from their parts (see [`crate::leaf`]);
//! fixture entries keep their original bytes and only get decoded into a
//! [`SimEntry`] (see [`crate::fixture`]).

use sha2::{Digest, Sha256};

use crate::error::SimError;
use crate::leaf::{self, EntryType, SignedEntry};
use crate::merkle::{leaf_hash, Hash};

/// Which read API a log speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// RFC 6962: `ct/v1/get-sth`, `get-entries`, `get-roots`.
    Rfc6962,
    /// c2sp.org/static-ct-api: `checkpoint`, `tile/...`, `issuer/...`.
    StaticCt,
}

/// Exactly what a log served at one index, decoded, so a test can compare a
/// monitor's output with the truth without decoding CT structures itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimEntry {
    /// The entry's index in the log.
    pub index: u64,
    /// x509 or precert.
    pub entry_type: EntryType,
    /// The certificate (x509) or the pre-certificate with its poison (precert).
    pub leaf_der: Vec<u8>,
    /// Precert only: the TBSCertificate in the leaf (poison removed).
    pub tbs_der: Option<Vec<u8>>,
    /// Precert only: SHA-256 of the issuer's SubjectPublicKeyInfo.
    pub issuer_key_hash: Option<Hash>,
    /// The issuer chain as logged, leaf-side first.
    pub chain_der: Vec<Vec<u8>>,
    /// The `TimestampedEntry` timestamp (ms since the Unix epoch).
    pub timestamp_ms: u64,
    /// The domains the simulator minted the leaf with (CN first). Empty for
    /// fixture entries: their expected domains are in `tests/data/golden/`.
    pub domains: Vec<String>,
    /// The RFC 6962 Merkle leaf hash of the entry.
    pub leaf_hash: Hash,
}

/// The served encoding of one entry.
#[derive(Debug)]
pub(crate) enum Wire {
    /// `get-entries` fields, raw (base64-encoded when served).
    Rfc6962 {
        leaf_input: Vec<u8>,
        extra_data: Vec<u8>,
    },
    /// One `TileLeaf` record of a data tile.
    Tile { tile_leaf: Vec<u8> },
}

/// One entry as the log stores it.
#[derive(Debug)]
pub(crate) struct StoredEntry {
    pub(crate) info: SimEntry,
    pub(crate) wire: Wire,
}

/// The parts of an entry to encode; `tbs_der`/`issuer_key_hash` must be
/// present for precerts.
pub(crate) struct EntryParts {
    pub(crate) entry_type: EntryType,
    pub(crate) leaf_der: Vec<u8>,
    pub(crate) tbs_der: Option<Vec<u8>>,
    pub(crate) issuer_key_hash: Option<Hash>,
    pub(crate) chain_der: Vec<Vec<u8>>,
    pub(crate) timestamp_ms: u64,
    pub(crate) domains: Vec<String>,
}

impl StoredEntry {
    /// Encodes `parts` as entry `index` of a log speaking `protocol`.
    pub(crate) fn encode(
        protocol: Protocol,
        index: u64,
        parts: EntryParts,
    ) -> Result<Self, SimError> {
        let signed = match (parts.entry_type, &parts.tbs_der, &parts.issuer_key_hash) {
            (EntryType::X509, _, _) => SignedEntry::X509 {
                cert: &parts.leaf_der,
            },
            (EntryType::Precert, Some(tbs), Some(issuer_key_hash)) => SignedEntry::Precert {
                issuer_key_hash,
                tbs,
            },
            (EntryType::Precert, _, _) => {
                return Err(SimError::Encoding(
                    "precert entry without TBS or issuer key hash".into(),
                ))
            }
        };
        let pre_certificate =
            (parts.entry_type == EntryType::Precert).then_some(parts.leaf_der.as_slice());
        let (wire, hash) = match protocol {
            Protocol::Rfc6962 => {
                let te = leaf::timestamped_entry(parts.timestamp_ms, &signed, &[])?;
                let leaf_input = leaf::merkle_tree_leaf(&te);
                let extra_data = match pre_certificate {
                    Some(pre) => leaf::precert_extra_data(pre, &parts.chain_der)?,
                    None => leaf::x509_extra_data(&parts.chain_der)?,
                };
                let hash = leaf_hash(&leaf_input);
                (
                    Wire::Rfc6962 {
                        leaf_input,
                        extra_data,
                    },
                    hash,
                )
            }
            Protocol::StaticCt => {
                let ext = leaf::leaf_index_extensions(index);
                let te = leaf::timestamped_entry(parts.timestamp_ms, &signed, &ext)?;
                let fingerprints: Vec<Hash> = parts
                    .chain_der
                    .iter()
                    .map(|c| Sha256::digest(c).into())
                    .collect();
                let tile_leaf = leaf::tile_leaf(&te, pre_certificate, &fingerprints)?;
                (
                    Wire::Tile { tile_leaf },
                    leaf_hash(&leaf::merkle_tree_leaf(&te)),
                )
            }
        };
        Ok(Self {
            info: SimEntry {
                index,
                entry_type: parts.entry_type,
                leaf_der: parts.leaf_der,
                tbs_der: parts.tbs_der,
                issuer_key_hash: parts.issuer_key_hash,
                chain_der: parts.chain_der,
                timestamp_ms: parts.timestamp_ms,
                domains: parts.domains,
                leaf_hash: hash,
            },
            wire,
        })
    }
}
