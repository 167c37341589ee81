//! c2sp.org static-ct-api log client: checkpoint, data tiles, issuers; and
//! TileLeaf decoding.
//!
//! CONTRACT (used by crates/server): the signatures below.
//!
//! Design: fetching ([`Client::data_tile`]), parsing ([`parse_data_tile`])
//! and chain resolution ([`Client::resolve`]) are separate steps so the
//! server can decide, e.g., to skip the leading entries of a tile it has
//! already streamed before resolving chains; [`Client::tile_entries`]
//! chains all three for the common case. A TileLeaf carries only
//! fingerprints of its chain, so resolution goes through the shared
//! [`IssuerCache`] and fetches an issuer from the log only on a miss.
//!
//! Gzip-compressed tiles are decoded by reqwest (the workspace enables its
//! `gzip` feature), so the `reqwest::Client` passed in must not disable it.

use std::collections::HashMap;

use bytes::Bytes;
use url::Url;

use crate::checkpoint::Checkpoint;
use crate::http;
use crate::issuer_cache::{verify_fingerprint, IssuerCache};
use crate::tile::{data_tile_path, TILE_WIDTH};
use crate::timestamped_entry::TimestampedEntry;
use crate::tls::Reader;
use crate::{DecodeError, EntryType, FetchError, LogEntry};

/// One decoded TileLeaf from a data tile.
#[derive(Debug, Clone)]
pub struct TileLeaf {
    /// The TimestampedEntry's `timestamp` (ms since the Unix epoch).
    pub timestamp_ms: u64,
    /// Certificate or pre-certificate.
    pub entry_type: EntryType,
    /// x509: the certificate; precert: the `pre_certificate`.
    pub leaf: Bytes,
    /// The `leaf_index` extension, when present.
    pub leaf_index: Option<u64>,
    /// SHA-256 fingerprints of the chain, issuer first.
    pub chain_fingerprints: Vec<[u8; 32]>,
}

/// Client for one static-ct-api log.
///
/// Holds a shared `reqwest::Client` (connection pool, timeouts and user
/// agent are the caller's policy) and the log's monitoring prefix.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    monitoring: Url,
}

/// CtExtensions `ExtensionType` of the leaf index (c2sp.org/static-ct-api).
const EXTENSION_LEAF_INDEX: u8 = 0;

impl Client {
    /// `monitoring_url` as in the log list (with trailing `/`; one is added
    /// if missing).
    pub fn new(http: reqwest::Client, monitoring_url: &str) -> Result<Self, url::ParseError> {
        let monitoring = Url::parse(&crate::loglist::with_trailing_slash(monitoring_url))?;
        Ok(Self { http, monitoring })
    }

    /// Fetch and parse `<monitoring>/checkpoint` (signature not checked here;
    /// see [`Checkpoint::verify_rfc6962`]).
    pub async fn checkpoint(&self) -> Result<Checkpoint, FetchError> {
        let url = self.endpoint("checkpoint");
        let body = http::get(&self.http, &url).await?;
        let text = std::str::from_utf8(&body)
            .map_err(|e| http::decode_error(&url, format!("checkpoint is not UTF-8: {e}")))?;
        Checkpoint::parse(text).map_err(|e| http::decode_error(&url, e.0))
    }

    /// Fetch data tile `n`; `width` is 256 for a full tile, else 1..=255 for
    /// the partial tile `n.p/width`. Gzip is handled transparently.
    pub async fn data_tile(&self, n: u64, width: u16) -> Result<Bytes, FetchError> {
        http::get(&self.http, &self.tile_link(n, width)).await
    }

    /// Fetch `<monitoring>/issuer/<hex sha256>`. The bytes are checked to
    /// hash to `fingerprint`, as the spec promises.
    pub async fn issuer(&self, fingerprint: &[u8; 32]) -> Result<Bytes, FetchError> {
        let url = self.endpoint(&format!("issuer/{}", hex::encode(fingerprint)));
        let der = http::get(&self.http, &url).await?;
        verify_fingerprint(fingerprint, &der).map_err(|e| http::decode_error(&url, e.0))?;
        Ok(der)
    }

    /// `<monitoring>tile/data/<path>[.p/width]`, certstream's `cert_link`.
    pub fn tile_link(&self, n: u64, width: u16) -> String {
        self.endpoint(&data_tile_path(n, width))
    }

    /// Turn tile leaves starting at log index `first_index` into entries,
    /// resolving each chain fingerprint through the shared `cache`.
    /// Checks each `leaf_index` against its position.
    pub async fn resolve(
        &self,
        first_index: u64,
        leaves: Vec<TileLeaf>,
        cache: &IssuerCache,
    ) -> Result<Vec<LogEntry>, FetchError> {
        // The full-tile path of the tile holding `first_index`, for errors.
        let link = || self.endpoint(&data_tile_path(first_index / TILE_WIDTH, 256));
        for (i, leaf) in (first_index..).zip(&leaves) {
            if leaf.leaf_index != Some(i) {
                return Err(http::decode_error(
                    &link(),
                    format!("entry {i} has leaf_index {:?}", leaf.leaf_index),
                ));
            }
        }

        // Fetch each distinct issuer once, concurrently.
        let mut wanted: Vec<[u8; 32]> = leaves
            .iter()
            .flat_map(|l| l.chain_fingerprints.iter().copied())
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let fetched = futures::future::try_join_all(wanted.iter().map(|fp| async move {
            let der = cache.get_or_fetch(fp, self.issuer(fp)).await?;
            Ok::<_, FetchError>((*fp, der))
        }))
        .await?;
        let issuers: HashMap<[u8; 32], Bytes> = fetched.into_iter().collect();

        Ok((first_index..)
            .zip(leaves)
            .map(|(index, leaf)| LogEntry {
                index,
                timestamp_ms: leaf.timestamp_ms,
                entry_type: leaf.entry_type,
                chain: leaf
                    .chain_fingerprints
                    .iter()
                    .filter_map(|fp| issuers.get(fp).cloned())
                    .collect(),
                leaf: leaf.leaf,
            })
            .collect())
    }

    /// Fetch data tile `n` of `width` entries, parse it, check it holds
    /// exactly `width` leaves, and resolve them into entries: the whole
    /// pipeline for a watcher that wants every entry of the tile.
    pub async fn tile_entries(
        &self,
        n: u64,
        width: u16,
        cache: &IssuerCache,
    ) -> Result<Vec<LogEntry>, FetchError> {
        let bytes = self.data_tile(n, width).await?;
        let url = self.tile_link(n, width);
        let leaves = parse_data_tile(&bytes).map_err(|e| http::decode_error(&url, e.0))?;
        if leaves.len() != usize::from(width) {
            return Err(http::decode_error(
                &url,
                format!("tile holds {} entries, expected {width}", leaves.len()),
            ));
        }
        self.resolve(n * TILE_WIDTH, leaves, cache).await
    }

    fn endpoint(&self, path: &str) -> String {
        format!("{}{path}", self.monitoring)
    }
}

/// Split a data tile's bytes into TileLeaf records.
pub fn parse_data_tile(bytes: &[u8]) -> Result<Vec<TileLeaf>, DecodeError> {
    let mut r = Reader::new(bytes);
    let mut leaves = Vec::new();
    while !r.is_empty() {
        let leaf = read_tile_leaf(&mut r)
            .map_err(|e| DecodeError(format!("tile entry {}: {e}", leaves.len())))?;
        leaves.push(leaf);
    }
    Ok(leaves)
}

/// ```text
/// struct {
///     TimestampedEntry timestamped_entry;
///     select (entry_type) {
///         case x509_entry: Empty;
///         case precert_entry: ASN.1Cert pre_certificate;
///     };
///     Fingerprint certificate_chain<0..2^16-1>;
/// } TileLeaf;
/// ```
fn read_tile_leaf(r: &mut Reader<'_>) -> Result<TileLeaf, DecodeError> {
    let entry = TimestampedEntry::read(r)?;
    let leaf = match entry.entry_type {
        EntryType::X509 => entry.signed_entry,
        EntryType::Precert => r.asn1_cert("pre_certificate")?,
    };
    let mut chain = Reader::new(r.vec(2, 0, "certificate_chain")?);
    let mut chain_fingerprints = Vec::new();
    while !chain.is_empty() {
        chain_fingerprints.push(chain.array::<32>("chain fingerprint")?);
    }
    Ok(TileLeaf {
        timestamp_ms: entry.timestamp_ms,
        entry_type: entry.entry_type,
        leaf: Bytes::copy_from_slice(leaf),
        leaf_index: leaf_index(entry.extensions)?,
        chain_fingerprints,
    })
}

/// Find the `leaf_index` extension (a 40-bit big-endian integer) in a
/// CtExtensions list: `struct { uint8 type; opaque data<0..2^16-1>; }`.
fn leaf_index(extensions: &[u8]) -> Result<Option<u64>, DecodeError> {
    let mut r = Reader::new(extensions);
    let mut found = None;
    while !r.is_empty() {
        let kind = r.u8("extension_type")?;
        let data = r.vec(2, 0, "extension_data")?;
        if kind == EXTENSION_LEAF_INDEX {
            if found.is_some() {
                return Err(DecodeError("duplicate leaf_index extension".into()));
            }
            let bytes: [u8; 5] = data.try_into().map_err(|_| {
                DecodeError(format!("leaf_index is {} bytes, expected 5", data.len()))
            })?;
            found = Some(bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)));
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaf_index_extension() {
        assert_eq!(leaf_index(&[]).unwrap(), None);
        assert_eq!(
            leaf_index(&[0, 0, 5, 0x01, 0x02, 0x03, 0x04, 0x05]).unwrap(),
            Some(0x01_0203_0405)
        );
        // Unknown extensions are skipped.
        assert_eq!(
            leaf_index(&[7, 0, 1, 0xff, 0, 0, 5, 0, 0, 0, 1, 0]).unwrap(),
            Some(256)
        );
        // Wrong length, duplicate, truncated.
        assert!(leaf_index(&[0, 0, 4, 0, 0, 0, 1]).is_err());
        assert!(leaf_index(&[0, 0, 5, 0, 0, 0, 0, 1, 0, 0, 5, 0, 0, 0, 0, 2]).is_err());
        assert!(leaf_index(&[0, 0, 5, 0, 0]).is_err());
    }

    #[test]
    fn links() {
        let c = Client::new(reqwest::Client::new(), "https://mon.example/log").unwrap();
        assert_eq!(
            c.tile_link(1_234_067, 256),
            "https://mon.example/log/tile/data/x001/x234/067"
        );
        assert_eq!(
            c.tile_link(3, 10),
            "https://mon.example/log/tile/data/003.p/10"
        );
    }
}
