//! RFC 6962 decoding and STH verification on real log responses
//! (tests/data/rfc6962), checked against the reference goldens.

mod common;

use common::{b64, contains, golden_lines, pem_der, read, POISON_OID_DER};
use ct::rfc6962::{decode_entry, parse_entries, parse_sth, verify_sth};
use ct::EntryType;

const ENTRY_FILES: &[&str] = &[
    "pilot2013-get-entries-0-3",
    "ctgo-precert2015-and-x509-2014-get-entries",
    "calidog2018-le-x3-get-entries",
    "live2026-argon2026h2-get-entries-1111014090-1111014109",
];

#[test]
fn every_fixture_entry_decodes_like_the_reference() {
    let (mut x509, mut precert) = (0, 0);
    for stem in ENTRY_FILES {
        let raw = parse_entries(&read(&format!("rfc6962/{stem}.json")), u64::MAX).unwrap();
        let golden = golden_lines(&format!("golden/rfc6962/{stem}.jsonl"));
        assert_eq!(raw.len(), golden.len(), "{stem}");
        for (raw, want) in raw.iter().zip(&golden) {
            let index = want["cert_index"].as_u64().unwrap();
            let entry = decode_entry(index, raw).unwrap_or_else(|e| panic!("{stem} #{index}: {e}"));
            assert_eq!(entry.index, index);
            assert_eq!(
                entry.leaf.as_ref(),
                b64(want["leaf_cert"]["as_der"].as_str().unwrap()),
                "{stem} #{index} leaf"
            );
            let chain: Vec<Vec<u8>> = want["chain"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| b64(c["as_der"].as_str().unwrap()))
                .collect();
            assert_eq!(entry.chain, chain, "{stem} #{index} chain");
            // The leaf's timestamp is the MerkleTreeLeaf's bytes 2..10.
            let ts = u64::from_be_bytes(raw.leaf_input[2..10].try_into().unwrap());
            assert_eq!(entry.timestamp_ms, ts);
            match entry.entry_type {
                EntryType::X509 => {
                    assert_eq!(want["update_type"], "X509LogEntry");
                    assert!(!contains(&entry.leaf, POISON_OID_DER), "{stem} #{index}");
                    x509 += 1;
                }
                EntryType::Precert => {
                    assert_eq!(want["update_type"], "PrecertLogEntry");
                    assert!(contains(&entry.leaf, POISON_OID_DER), "{stem} #{index}");
                    precert += 1;
                }
            }
        }
    }
    // Totals from tests/data/FIXTURES.md.
    assert_eq!((x509, precert), (16, 11));
}

#[test]
fn truncating_any_fixture_leaf_is_an_error() {
    let raw = parse_entries(
        &read("rfc6962/ctgo-precert2015-and-x509-2014-get-entries.json"),
        2,
    )
    .unwrap();
    for entry in &raw {
        for cut in [
            1,
            10,
            entry.leaf_input.len() / 2,
            entry.leaf_input.len() - 1,
        ] {
            let mut bad = entry.clone();
            bad.leaf_input.truncate(cut);
            assert!(decode_entry(0, &bad).is_err(), "leaf cut at {cut}");
        }
        let mut bad = entry.clone();
        bad.extra_data.truncate(entry.extra_data.len() - 1);
        assert!(decode_entry(0, &bad).is_err());
    }
}

#[test]
fn real_pilot_sth_verifies() {
    let sth = parse_sth(&read("rfc6962/pilot2014-get-sth-valid.json")).unwrap();
    assert_eq!(sth.tree_size, 3_721_782);
    let key = pem_der("rfc6962/pilot-pubkey.pem");
    verify_sth(&sth, &key).unwrap();

    // Any change to the signed fields breaks it.
    let mut bad = sth.clone();
    bad.tree_size += 1;
    assert!(verify_sth(&bad, &key).is_err());
    let mut bad = sth.clone();
    bad.sha256_root_hash[0] ^= 1;
    assert!(verify_sth(&bad, &key).is_err());
    let mut bad = sth.clone();
    bad.timestamp_ms += 1;
    assert!(verify_sth(&bad, &key).is_err());
    // A key that is not a key.
    assert!(verify_sth(&sth, b"not a key").is_err());
}

#[test]
fn bogus_sth_does_not_verify() {
    let sth = parse_sth(&read("rfc6962/pilot2013-get-sth-size4-bogus.json")).unwrap();
    assert_eq!(sth.tree_size, 4);
    assert!(verify_sth(&sth, &pem_der("rfc6962/pilot-pubkey.pem")).is_err());
}

#[test]
fn rsa_sth_verifies() {
    // Synthetic: see tests/data/make_rsa_sth.py (no real fixture uses RSA).
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/rsa2048-sth.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let key = b64(json["key"].as_str().unwrap());
    let sth = parse_sth(json["sth"].to_string().as_bytes()).unwrap();
    verify_sth(&sth, &key).unwrap();
    let mut bad = sth.clone();
    bad.tree_size -= 1;
    assert!(verify_sth(&bad, &key).is_err());
    // The ECDSA Pilot key cannot have made an RSA signature.
    assert!(verify_sth(&sth, &pem_der("rfc6962/pilot-pubkey.pem")).is_err());
}
