//! Loading real CT data from `tests/data`: RFC 6962 `get-entries` bodies and
//! static-ct-api data tiles plus their `issuer/` files.
//!
//! Fixture bytes are served verbatim; they are only decoded (with the small
//! reader in [`crate::tls`]) to fill in each entry's [`SimEntry`] and to split
//! data tiles into per-entry `TileLeaf` records, so that any partial tile
//! width can be served.

use std::collections::HashMap;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::entry::{SimEntry, StoredEntry, Wire};
use crate::error::SimError;
use crate::leaf::EntryType;
use crate::merkle::{leaf_hash, Hash};
use crate::tile_path;
use crate::tls::Reader;

#[derive(Deserialize)]
struct GetEntries {
    entries: Vec<RawEntry>,
}

#[derive(Deserialize)]
struct RawEntry {
    leaf_input: String,
    extra_data: String,
}

fn read(path: &Path) -> Result<Vec<u8>, SimError> {
    std::fs::read(path).map_err(|source| SimError::Io {
        path: path.display().to_string(),
        source,
    })
}

fn bad(path: &Path, what: impl std::fmt::Display) -> SimError {
    SimError::Fixture(format!("{}: {what}", path.display()))
}

/// The fields of a `TimestampedEntry`, borrowed from the input.
struct Timestamped<'a> {
    timestamp_ms: u64,
    entry_type: EntryType,
    /// The certificate (x509) or TBS (precert).
    signed: &'a [u8],
    issuer_key_hash: Option<Hash>,
}

/// Reads a `TimestampedEntry` (extensions are skipped).
fn read_timestamped<'a>(r: &mut Reader<'a>) -> Result<Timestamped<'a>, SimError> {
    let timestamp_ms = r.uint(8)?;
    let (entry_type, issuer_key_hash) = match r.uint(2)? {
        0 => (EntryType::X509, None),
        1 => {
            let ikh: Hash = r
                .bytes(32)?
                .try_into()
                .map_err(|_| SimError::Encoding("issuer key hash".into()))?;
            (EntryType::Precert, Some(ikh))
        }
        other => return Err(SimError::Encoding(format!("entry type {other}"))),
    };
    let signed = r.vec(3)?;
    r.vec(2)?;
    Ok(Timestamped {
        timestamp_ms,
        entry_type,
        signed,
        issuer_key_hash,
    })
}

/// Reads `ASN.1Cert chain<0..2^24-1>`.
fn read_chain(r: &mut Reader<'_>) -> Result<Vec<Vec<u8>>, SimError> {
    let list = r.vec(3)?;
    let mut inner = Reader::new(list);
    let mut chain = Vec::new();
    while !inner.is_empty() {
        chain.push(inner.vec(3)?.to_vec());
    }
    Ok(chain)
}

/// Loads a `get-entries` JSON body as entries `first_index..`.
pub(crate) fn load_rfc6962(path: &Path, first_index: u64) -> Result<Vec<StoredEntry>, SimError> {
    let body: GetEntries = serde_json::from_slice(&read(path)?).map_err(|e| bad(path, e))?;
    let mut out = Vec::with_capacity(body.entries.len());
    for (i, raw) in body.entries.into_iter().enumerate() {
        let index = first_index + i as u64;
        let leaf_input = B64.decode(&raw.leaf_input).map_err(|e| bad(path, e))?;
        let extra_data = B64.decode(&raw.extra_data).map_err(|e| bad(path, e))?;
        let mut r = Reader::new(&leaf_input);
        if r.uint(1)? != 0 || r.uint(1)? != 0 {
            return Err(bad(
                path,
                format!("entry {index}: not a v1 timestamped_entry leaf"),
            ));
        }
        let te = read_timestamped(&mut r)?;
        let mut x = Reader::new(&extra_data);
        let (leaf_der, tbs_der) = match te.entry_type {
            EntryType::X509 => (te.signed.to_vec(), None),
            EntryType::Precert => (x.vec(3)?.to_vec(), Some(te.signed.to_vec())),
        };
        let chain_der = read_chain(&mut x)?;
        let info = SimEntry {
            index,
            entry_type: te.entry_type,
            leaf_der,
            tbs_der,
            issuer_key_hash: te.issuer_key_hash,
            chain_der,
            timestamp_ms: te.timestamp_ms,
            domains: Vec::new(),
            leaf_hash: leaf_hash(&leaf_input),
        };
        out.push(StoredEntry {
            info,
            wire: Wire::Rfc6962 {
                leaf_input,
                extra_data,
            },
        });
    }
    Ok(out)
}

/// A static-ct-api fixture: its entries from index 0 and its issuers by fingerprint.
pub(crate) struct StaticFixture {
    pub(crate) entries: Vec<StoredEntry>,
    pub(crate) issuers: HashMap<Hash, Vec<u8>>,
}

/// Loads `dir/tile/data/*` (full tiles from 000 on, then the widest partial
/// tile after the last full one) and `dir/issuer/*`.
pub(crate) fn load_static(dir: &Path) -> Result<StaticFixture, SimError> {
    let mut issuers = HashMap::new();
    let issuer_dir = dir.join("issuer");
    let listing = std::fs::read_dir(&issuer_dir).map_err(|source| SimError::Io {
        path: issuer_dir.display().to_string(),
        source,
    })?;
    for item in listing {
        let item = item.map_err(|source| SimError::Io {
            path: issuer_dir.display().to_string(),
            source,
        })?;
        let der = read(&item.path())?;
        issuers.insert(Sha256::digest(&der).into(), der);
    }

    let data = dir.join("tile").join("data");
    let mut entries = Vec::new();
    for n in 0u64.. {
        let full = data.join(tile_path::encode_index(n));
        let bytes = if full.is_file() {
            read(&full)?
        } else {
            let partial = (1..tile_path::TILE_WIDTH)
                .rev()
                .map(|w| data.join(tile_path::encode(n, w)))
                .find(|p| p.is_file());
            match partial {
                Some(p) => read(&p)?,
                None => break,
            }
        };
        let before = entries.len();
        split_tile(&bytes, &issuers, &mut entries).map_err(|e| bad(&full, e))?;
        if entries.len() - before < tile_path::TILE_WIDTH as usize {
            break;
        }
    }
    if entries.is_empty() {
        return Err(bad(&data, "no data tiles"));
    }
    Ok(StaticFixture { entries, issuers })
}

/// Splits one data tile into `TileLeaf` records, appending them to `out`.
fn split_tile(
    tile: &[u8],
    issuers: &HashMap<Hash, Vec<u8>>,
    out: &mut Vec<StoredEntry>,
) -> Result<(), SimError> {
    let mut r = Reader::new(tile);
    while !r.is_empty() {
        let start = tile.len() - r.remaining();
        let te = read_timestamped(&mut r)?;
        let te_end = tile.len() - r.remaining();
        let leaf_der = match te.entry_type {
            EntryType::X509 => te.signed.to_vec(),
            EntryType::Precert => r.vec(3)?.to_vec(),
        };
        let fingerprints = r.vec(2)?;
        let end = tile.len() - r.remaining();
        let chain_der = fingerprints
            .chunks(32)
            .map(|fp| {
                issuers
                    .get(fp)
                    .cloned()
                    .ok_or_else(|| SimError::Fixture(format!("no issuer {}", hex::encode(fp))))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let record = |range: std::ops::Range<usize>| {
            tile.get(range)
                .ok_or_else(|| SimError::Encoding("tile record out of range".into()))
        };
        let mut merkle_leaf = vec![0, 0];
        merkle_leaf.extend_from_slice(record(start..te_end)?);
        let info = SimEntry {
            index: out.len() as u64,
            entry_type: te.entry_type,
            tbs_der: (te.entry_type == EntryType::Precert).then(|| te.signed.to_vec()),
            leaf_der,
            issuer_key_hash: te.issuer_key_hash,
            chain_der,
            timestamp_ms: te.timestamp_ms,
            domains: Vec::new(),
            leaf_hash: leaf_hash(&merkle_leaf),
        };
        out.push(StoredEntry {
            info,
            wire: Wire::Tile {
                tile_leaf: record(start..end)?.to_vec(),
            },
        });
    }
    Ok(())
}
