//! Shared helpers for the fixture tests: where the repository's test data
//! lives, and how to read a golden JSON-lines file.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::PathBuf;

/// `tests/data/` at the workspace root.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

pub fn read(rel: &str) -> Vec<u8> {
    let path = data_dir().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One JSON value per line.
pub fn golden_lines(rel: &str) -> Vec<serde_json::Value> {
    String::from_utf8(read(rel))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn b64(s: &str) -> Vec<u8> {
    use base64::prelude::{Engine, BASE64_STANDARD};
    BASE64_STANDARD.decode(s).unwrap()
}

/// DER of a single-key PEM file.
pub fn pem_der(rel: &str) -> Vec<u8> {
    let text = String::from_utf8(read(rel)).unwrap();
    let body: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
    b64(&body)
}

/// `1.3.6.1.4.1.11129.2.4.3` (CT precertificate poison) as a DER OID TLV.
pub const POISON_OID_DER: &[u8] = &[
    0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x03,
];

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
