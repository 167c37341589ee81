//! Shared helpers for the socket-level tests: fixture paths, an HTTP client,
//! and an independent verifier for tree head signatures and checkpoints.
#![allow(dead_code)] // each test binary uses a different subset

use std::path::PathBuf;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ring::signature::{UnparsedPublicKey, ECDSA_P256_SHA256_ASN1};
use sha2::{Digest, Sha256};

pub const ARGON: &str = "live2026-argon2026h2-get-entries-1111014090-1111014109.json";
pub const ARGON_FIRST: u64 = 1_111_014_090;

/// `tests/data` at the workspace root.
pub fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

pub fn rfc6962(file: &str) -> PathBuf {
    data().join("rfc6962").join(file)
}

pub fn navigli() -> PathBuf {
    data().join("static-ct").join("navigli2025h2")
}

/// A client that does not ask for gzip unless told to.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder().no_gzip().build().unwrap()
}

pub async fn get_json(url: &str) -> serde_json::Value {
    let resp = client().get(url).send().await.unwrap();
    assert_eq!(resp.status(), 200, "{url}");
    resp.json().await.unwrap()
}

pub async fn status(url: &str) -> u16 {
    client().get(url).send().await.unwrap().status().as_u16()
}

/// Verifies an RFC 6962 `DigitallySigned` (ECDSA P-256, SHA-256) by `spki`.
pub fn verify_digitally_signed(spki: &[u8], message: &[u8], ds: &[u8]) -> bool {
    if ds.len() < 4 || ds[..2] != [4, 3] {
        return false;
    }
    let len = usize::from(u16::from_be_bytes([ds[2], ds[3]]));
    if ds.len() != 4 + len {
        return false;
    }
    // A P-256 SPKI ends with the 65-byte uncompressed point.
    let point = &spki[spki.len() - 65..];
    UnparsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, point)
        .verify(message, &ds[4..])
        .is_ok()
}

/// The RFC 6962 TreeHeadSignature input, written out here independently.
pub fn tree_head_message(timestamp: u64, size: u64, root: &[u8]) -> Vec<u8> {
    let mut m = vec![0u8, 1u8];
    m.extend_from_slice(&timestamp.to_be_bytes());
    m.extend_from_slice(&size.to_be_bytes());
    m.extend_from_slice(root);
    m
}

/// The static-ct-api note key ID: SHA-256(name ‖ 0x0A ‖ 0x05 ‖ LogID)[:4].
pub fn note_key_id(name: &str, log_id: &[u8]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([0x0a, 0x05]);
    h.update(log_id);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// A parsed checkpoint.
#[derive(Debug)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Vec<u8>,
    pub signer: String,
    pub key_id: [u8; 4],
    pub timestamp: u64,
    pub signature: Vec<u8>,
}

/// Parses a checkpoint note with one RFC6962NoteSignature line.
pub fn parse_checkpoint(text: &str) -> Checkpoint {
    let (body, sigs) = text.split_once("\n\n").expect("blank line");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 3, "origin, size, root and no extension lines");
    let sig_line = sigs.strip_suffix('\n').expect("final newline");
    let rest = sig_line.strip_prefix("\u{2014} ").expect("em dash");
    let (signer, b64) = rest.split_once(' ').unwrap();
    let raw = B64.decode(b64).unwrap();
    Checkpoint {
        origin: lines[0].to_owned(),
        size: lines[1].parse().unwrap(),
        root: B64.decode(lines[2]).unwrap(),
        signer: signer.to_owned(),
        key_id: raw[..4].try_into().unwrap(),
        timestamp: u64::from_be_bytes(raw[4..12].try_into().unwrap()),
        signature: raw[12..].to_vec(),
    }
}

/// Gzip-decodes `bytes`.
pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}
