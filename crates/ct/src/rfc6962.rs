//! RFC 6962 log client: `get-sth` and `get-entries`, plus MerkleTreeLeaf /
//! `extra_data` decoding.
//!
//! CONTRACT (used by crates/server): the signatures below.
//!
//! Design: the client only fetches and base64-decodes ([`RawEntry`]);
//! [`decode_entry`] is a separate pure function so the server can decode on
//! a worker, count per-entry decode failures without failing the batch, and
//! so tests can run it on recorded responses. A response that is not what
//! we asked for (bad JSON, bad base64, *more* entries than requested) fails
//! the whole fetch as [`FetchError::Decode`]; fewer entries is normal
//! (logs cap batch sizes) and is returned as is.

use base64::prelude::{Engine, BASE64_STANDARD};
use bytes::Bytes;
use serde::Deserialize;
use url::Url;

use crate::http;
use crate::signature::{verify_tree_head, SignatureError};
use crate::timestamped_entry::TimestampedEntry;
use crate::tls::Reader;
use crate::{DecodeError, EntryType, FetchError, LogEntry};

/// A signed tree head as served by `get-sth`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedTreeHead {
    /// Number of entries in the tree.
    pub tree_size: u64,
    /// When the log signed this head (ms since the Unix epoch).
    pub timestamp_ms: u64,
    /// RFC 6962 Merkle Tree Hash of the tree.
    pub sha256_root_hash: [u8; 32],
    /// The raw `tree_head_signature` (a TLS DigitallySigned struct).
    pub tree_head_signature: Vec<u8>,
}

/// One element of a `get-entries` response, base64-decoded.
#[derive(Debug, Clone)]
pub struct RawEntry {
    /// A MerkleTreeLeaf.
    pub leaf_input: Vec<u8>,
    /// An X509ChainEntry or PrecertChainEntry.
    pub extra_data: Vec<u8>,
}

/// Client for one RFC 6962 log.
///
/// Holds a shared `reqwest::Client` (connection pool, timeouts and user
/// agent are the caller's policy) and the log's base URL.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
}

#[derive(Deserialize)]
struct SthJson {
    tree_size: u64,
    timestamp: u64,
    sha256_root_hash: String,
    tree_head_signature: String,
}

#[derive(Deserialize)]
struct EntriesJson {
    entries: Vec<EntryJson>,
}

#[derive(Deserialize)]
struct EntryJson {
    leaf_input: String,
    extra_data: String,
}

impl Client {
    /// `base_url` is the log list's `url` (with trailing `/`; one is added
    /// if missing so `ct/v1/...` joins under it rather than replacing its
    /// last path segment).
    pub fn new(http: reqwest::Client, base_url: &str) -> Result<Self, url::ParseError> {
        let base = Url::parse(&crate::loglist::with_trailing_slash(base_url))?;
        Ok(Self { http, base })
    }

    /// Fetch the log's current signed tree head (signature not checked
    /// here; see [`verify_sth`]).
    pub async fn get_sth(&self) -> Result<SignedTreeHead, FetchError> {
        let url = self.endpoint("ct/v1/get-sth");
        let body = http::get(&self.http, &url).await?;
        parse_sth(&body).map_err(|e| http::decode_error(&url, e.0))
    }

    /// Entries `start..=end`. Logs may return fewer than asked (a short
    /// batch); callers continue from `start + returned.len()`.
    pub async fn get_entries(&self, start: u64, end: u64) -> Result<Vec<RawEntry>, FetchError> {
        let url = self.endpoint(&format!("ct/v1/get-entries?start={start}&end={end}"));
        let body = http::get(&self.http, &url).await?;
        let asked = end.saturating_sub(start).saturating_add(1);
        parse_entries(&body, asked).map_err(|e| http::decode_error(&url, e.0))
    }

    /// `<url>ct/v1/get-entries?start=N&end=N`, certstream's `cert_link`.
    pub fn entry_link(&self, index: u64) -> String {
        self.endpoint(&format!("ct/v1/get-entries?start={index}&end={index}"))
    }

    /// The log's base URL followed by `path` (which may carry a query).
    fn endpoint(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Parse a `get-sth` JSON body.
pub fn parse_sth(body: &[u8]) -> Result<SignedTreeHead, DecodeError> {
    let json: SthJson =
        serde_json::from_slice(body).map_err(|e| DecodeError(format!("get-sth JSON: {e}")))?;
    let root = base64_field(&json.sha256_root_hash, "sha256_root_hash")?;
    let sha256_root_hash = <[u8; 32]>::try_from(root.as_slice()).map_err(|_| {
        DecodeError(format!(
            "sha256_root_hash: {} bytes, expected 32",
            root.len()
        ))
    })?;
    Ok(SignedTreeHead {
        tree_size: json.tree_size,
        timestamp_ms: json.timestamp,
        sha256_root_hash,
        tree_head_signature: base64_field(&json.tree_head_signature, "tree_head_signature")?,
    })
}

/// Parse a `get-entries` JSON body that answers a request for `asked`
/// entries: more than that is an error, fewer is a normal short batch.
pub fn parse_entries(body: &[u8], asked: u64) -> Result<Vec<RawEntry>, DecodeError> {
    let json: EntriesJson =
        serde_json::from_slice(body).map_err(|e| DecodeError(format!("get-entries JSON: {e}")))?;
    if json.entries.len() as u64 > asked {
        return Err(DecodeError(format!(
            "get-entries returned {} entries, asked for {asked}",
            json.entries.len()
        )));
    }
    json.entries
        .iter()
        .map(|e| {
            Ok(RawEntry {
                leaf_input: base64_field(&e.leaf_input, "leaf_input")?,
                extra_data: base64_field(&e.extra_data, "extra_data")?,
            })
        })
        .collect()
}

fn base64_field(value: &str, what: &str) -> Result<Vec<u8>, DecodeError> {
    BASE64_STANDARD
        .decode(value)
        .map_err(|e| DecodeError(format!("{what}: bad base64: {e}")))
}

/// Check an STH's `tree_head_signature` against the log key (DER
/// SubjectPublicKeyInfo, as in the log list), so a monitor never trusts a
/// tree size or root the log did not sign.
pub fn verify_sth(sth: &SignedTreeHead, spki_der: &[u8]) -> Result<(), SignatureError> {
    verify_tree_head(
        spki_der,
        sth.timestamp_ms,
        sth.tree_size,
        &sth.sha256_root_hash,
        &sth.tree_head_signature,
    )
}

/// Decode a `get-entries` element at `index` into a [`LogEntry`].
///
/// `leaf_input` is a MerkleTreeLeaf (version v1, leaf_type
/// timestamped_entry, then a TimestampedEntry); `extra_data` is an
/// X509ChainEntry or, for precerts, a PrecertChainEntry whose
/// `pre_certificate` becomes [`LogEntry::leaf`].
pub fn decode_entry(index: u64, raw: &RawEntry) -> Result<LogEntry, DecodeError> {
    let mut r = Reader::new(&raw.leaf_input);
    let version = r.u8("MerkleTreeLeaf version")?;
    if version != 0 {
        return Err(DecodeError(format!(
            "MerkleTreeLeaf version {version}, expected 0 (v1)"
        )));
    }
    let leaf_type = r.u8("MerkleTreeLeaf leaf_type")?;
    if leaf_type != 0 {
        return Err(DecodeError(format!(
            "MerkleTreeLeaf leaf_type {leaf_type}, expected 0 (timestamped_entry)"
        )));
    }
    let entry = TimestampedEntry::read(&mut r)?;
    r.finish("MerkleTreeLeaf")?;

    let mut r = Reader::new(&raw.extra_data);
    let leaf = match entry.entry_type {
        EntryType::X509 => entry.signed_entry,
        EntryType::Precert => r.asn1_cert("pre_certificate")?,
    };
    let chain = read_chain(&mut r, "certificate_chain")?;
    r.finish("extra_data")?;

    Ok(LogEntry {
        index,
        timestamp_ms: entry.timestamp_ms,
        entry_type: entry.entry_type,
        leaf: Bytes::copy_from_slice(leaf),
        chain,
    })
}

/// `ASN.1Cert chain<0..2^24-1>`: a vector of length-prefixed certificates.
fn read_chain(r: &mut Reader<'_>, what: &str) -> Result<Vec<Bytes>, DecodeError> {
    let mut certs = Reader::new(r.vec(3, 0, what)?);
    let mut chain = Vec::new();
    while !certs.is_empty() {
        chain.push(Bytes::copy_from_slice(certs.asn1_cert(what)?));
    }
    Ok(chain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A MerkleTreeLeaf for an x509 entry holding `cert`.
    fn x509_leaf(cert: &[u8], extensions: &[u8]) -> Vec<u8> {
        let mut v = vec![0, 0];
        v.extend_from_slice(&1_700_000_000_000u64.to_be_bytes());
        v.extend_from_slice(&[0, 0]);
        v.extend_from_slice(&(cert.len() as u32).to_be_bytes()[1..]);
        v.extend_from_slice(cert);
        v.extend_from_slice(&(extensions.len() as u16).to_be_bytes());
        v.extend_from_slice(extensions);
        v
    }

    fn chain(certs: &[&[u8]]) -> Vec<u8> {
        let mut inner = Vec::new();
        for c in certs {
            inner.extend_from_slice(&(c.len() as u32).to_be_bytes()[1..]);
            inner.extend_from_slice(c);
        }
        let mut v = (inner.len() as u32).to_be_bytes()[1..].to_vec();
        v.extend_from_slice(&inner);
        v
    }

    #[test]
    fn decodes_synthetic_x509_entry() {
        let raw = RawEntry {
            leaf_input: x509_leaf(b"LEAF", &[]),
            extra_data: chain(&[b"ISSUER", b"ROOT"]),
        };
        let e = decode_entry(7, &raw).unwrap();
        assert_eq!(e.index, 7);
        assert_eq!(e.timestamp_ms, 1_700_000_000_000);
        assert_eq!(e.entry_type, EntryType::X509);
        assert_eq!(&e.leaf[..], b"LEAF");
        assert_eq!(e.chain, vec![&b"ISSUER"[..], &b"ROOT"[..]]);
    }

    #[test]
    fn rejects_malformed_leaves() {
        let good = RawEntry {
            leaf_input: x509_leaf(b"LEAF", &[]),
            extra_data: chain(&[]),
        };
        assert!(decode_entry(0, &good).is_ok());

        let mut bad = good.clone();
        bad.leaf_input[0] = 1; // version v2
        assert!(decode_entry(0, &bad).is_err());

        let mut bad = good.clone();
        bad.leaf_input[1] = 1; // unknown leaf_type
        assert!(decode_entry(0, &bad).is_err());

        let mut bad = good.clone();
        bad.leaf_input[11] = 2; // entry_type 2
        assert!(decode_entry(0, &bad).is_err());

        let mut bad = good.clone();
        bad.leaf_input.push(0); // trailing byte after extensions
        assert!(decode_entry(0, &bad).is_err());

        let mut bad = good.clone();
        bad.leaf_input.truncate(bad.leaf_input.len() - 3); // cut into the cert
        assert!(decode_entry(0, &bad).is_err());

        let mut bad = good.clone();
        bad.extra_data.push(0); // trailing byte after the chain
        assert!(decode_entry(0, &bad).is_err());

        // A chain whose inner certificate overruns the chain vector.
        let bad = RawEntry {
            leaf_input: good.leaf_input.clone(),
            extra_data: vec![0, 0, 4, 0, 0, 9, 1],
        };
        assert!(decode_entry(0, &bad).is_err());
    }

    #[test]
    fn entries_response_checks() {
        let one = br#"{"entries":[{"leaf_input":"AAE=","extra_data":""}]}"#;
        let parsed = parse_entries(one, 1).unwrap();
        assert_eq!(parsed[0].leaf_input, vec![0, 1]);
        assert!(parsed[0].extra_data.is_empty());
        // A short batch is fine.
        assert_eq!(parse_entries(one, 5).unwrap().len(), 1);
        // More than asked is not.
        let two =
            br#"{"entries":[{"leaf_input":"","extra_data":""},{"leaf_input":"","extra_data":""}]}"#;
        assert!(parse_entries(two, 1).is_err());
        // Bad base64, truncated JSON, missing field.
        assert!(parse_entries(br#"{"entries":[{"leaf_input":"!!","extra_data":""}]}"#, 1).is_err());
        assert!(parse_entries(br#"{"entries":[{"leaf_input":"AAE=""#, 1).is_err());
        assert!(parse_entries(br#"{"entries":[{"leaf_input":"AAE="}]}"#, 1).is_err());
    }

    #[test]
    fn links_and_endpoints() {
        let c = Client::new(reqwest::Client::new(), "https://log.example/2026h1").unwrap();
        assert_eq!(
            c.entry_link(42),
            "https://log.example/2026h1/ct/v1/get-entries?start=42&end=42"
        );
    }
}
