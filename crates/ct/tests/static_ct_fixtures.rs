//! static-ct-api decoding on real tiles (tests/data/static-ct/navigli2025h2),
//! checked against the reference goldens, plus checkpoint parsing and
//! signature verification on the synthetic skylight checkpoint.

mod common;

use common::{b64, contains, data_dir, golden_lines, read, POISON_OID_DER};
use ct::checkpoint::Checkpoint;
use ct::issuer_cache::{verify_fingerprint, IssuerCache};
use ct::loglist::LogList;
use ct::static_ct::{parse_data_tile, TileLeaf};
use ct::EntryType;

const NAVIGLI: &str = "static-ct/navigli2025h2";

fn tile(name: &str) -> Vec<TileLeaf> {
    parse_data_tile(&read(&format!("{NAVIGLI}/tile/data/{name}"))).unwrap()
}

/// Every issuer file of the fixture, as (fingerprint, DER).
fn issuers() -> Vec<([u8; 32], Vec<u8>)> {
    std::fs::read_dir(data_dir().join(NAVIGLI).join("issuer"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let fp: [u8; 32] = hex::decode(e.file_name().to_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap();
            (fp, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn full_tiles_match_the_reference() {
    let golden = golden_lines(&format!("golden/{NAVIGLI}.jsonl"));
    let leaves: Vec<TileLeaf> = ["000", "001", "002", "003"]
        .iter()
        .flat_map(|n| tile(n))
        .collect();
    assert_eq!(leaves.len(), 1024);
    assert_eq!(golden.len(), 1024);
    let issuer_ders: std::collections::HashMap<_, _> = issuers().into_iter().collect();

    for (i, (leaf, want)) in leaves.iter().zip(&golden).enumerate() {
        assert_eq!(want["cert_index"].as_u64(), Some(i as u64));
        assert_eq!(leaf.leaf_index, Some(i as u64), "leaf_index of entry {i}");
        assert_eq!(leaf.entry_type, EntryType::Precert);
        assert_eq!(want["update_type"], "PrecertLogEntry");
        assert!(
            contains(&leaf.leaf, POISON_OID_DER),
            "entry {i} lacks the poison"
        );
        assert_eq!(
            leaf.leaf.as_ref(),
            b64(want["leaf_cert"]["as_der"].as_str().unwrap())
        );
        // Logged 2025-05-03 (UTC): between 2025-05-03T00:00Z and 2025-05-04T00:00Z.
        assert!((1_746_230_400_000..1_746_316_800_000).contains(&leaf.timestamp_ms));
        let chain: Vec<Vec<u8>> = leaf
            .chain_fingerprints
            .iter()
            .map(|fp| {
                issuer_ders
                    .get(fp)
                    .expect("chain issuer is in issuer/")
                    .clone()
            })
            .collect();
        let want_chain: Vec<Vec<u8>> = want["chain"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| b64(c["as_der"].as_str().unwrap()))
            .collect();
        assert_eq!(chain, want_chain, "chain of entry {i}");
        assert_eq!(chain.len(), 2);
    }
}

#[test]
fn partial_tile_is_a_prefix_of_the_full_one() {
    let partial = tile("003.p/10");
    let full = tile("003");
    assert_eq!(partial.len(), 10);
    for (p, f) in partial.iter().zip(&full) {
        assert_eq!(p.leaf, f.leaf);
        assert_eq!(p.leaf_index, f.leaf_index);
        assert_eq!(p.timestamp_ms, f.timestamp_ms);
        assert_eq!(p.chain_fingerprints, f.chain_fingerprints);
    }
    assert_eq!(partial[0].leaf_index, Some(768));
}

#[test]
fn truncated_or_padded_tiles_are_rejected() {
    let bytes = read(&format!("{NAVIGLI}/tile/data/003.p/10"));
    assert!(parse_data_tile(&bytes[..bytes.len() - 1]).is_err());
    assert!(parse_data_tile(&bytes[..bytes.len() / 2]).is_err());
    let mut padded = bytes.clone();
    padded.push(0);
    assert!(parse_data_tile(&padded).is_err());
    assert!(parse_data_tile(&[]).unwrap().is_empty());
}

#[test]
fn issuer_files_hash_to_their_names_and_fill_the_cache() {
    let all = issuers();
    assert_eq!(all.len(), 5);
    let cache = IssuerCache::new();
    for (fp, der) in &all {
        verify_fingerprint(fp, der).unwrap();
        cache.insert(*fp, der.clone().into()).unwrap();
    }
    assert_eq!(cache.len(), 5);
    // The wrong bytes for a name are refused.
    assert!(cache.insert(all[0].0, all[1].1.clone().into()).is_err());
}

#[test]
fn synthetic_checkpoint_parses_and_verifies() {
    let dir = "static-ct/skylight-rome2026h1-synthetic";
    let text = String::from_utf8(read(&format!("{dir}/checkpoint"))).unwrap();
    let cp = Checkpoint::parse(&text).unwrap();
    assert_eq!(cp.origin, "rome2026h1.example.org");
    assert_eq!(cp.tree_size, 300);
    assert_eq!(
        cp.root_hash.to_vec(),
        b64("lCkHUpkmVBEms2r2T1K6Og69+wUuuN3MIEW1/ezu2v0=")
    );
    assert!(text.starts_with(&cp.body) && cp.body.ends_with("\n") && !cp.body.ends_with("\n\n"));
    assert_eq!(cp.signatures.len(), 1);
    assert_eq!(cp.signatures[0].0, "rome2026h1.example.org");

    // The log list entry beside it is a bare tiled log: take its key.
    let log: serde_json::Value =
        serde_json::from_slice(&read(&format!("{dir}/log.v3.json"))).unwrap();
    let key = b64(log["key"].as_str().unwrap());
    let timestamp = cp.verify_rfc6962(&key).unwrap();
    assert_eq!(
        Some(timestamp),
        log["final_tree_head"]["timestamp"].as_u64()
    );
    assert_eq!(
        ct::checkpoint::rfc6962_key_id(&cp.origin, &key).to_vec(),
        cp.signatures[0].1[..4].to_vec()
    );

    // Tampering with the size or the root breaks the signature.
    let mut bad = cp.clone();
    bad.tree_size = 301;
    assert!(bad.verify_rfc6962(&key).is_err());
    let mut bad = cp.clone();
    bad.root_hash[31] ^= 1;
    assert!(bad.verify_rfc6962(&key).is_err());
    // A different origin has a different key ID, so no signature matches.
    let mut bad = cp.clone();
    bad.origin = "paris.example.org".into();
    assert!(bad.verify_rfc6962(&key).is_err());
    // Another log's key is not the signer.
    let list = LogList::parse(&read("loglists/google-v3-2026-01-20-azul.json")).unwrap();
    let other = &list.watchable()[0].key;
    assert!(cp.verify_rfc6962(other).is_err());
}

#[test]
fn malformed_checkpoints_are_rejected() {
    let good = "example.org/log\n300\nlCkHUpkmVBEms2r2T1K6Og69+wUuuN3MIEW1/ezu2v0=\n\n\u{2014} example.org/log AAAAAAE=\n";
    let cp = Checkpoint::parse(good).unwrap();
    assert_eq!(cp.tree_size, 300);
    assert_eq!(
        cp.signatures,
        vec![("example.org/log".to_string(), vec![0, 0, 0, 0, 1])]
    );
    // Extension lines are part of the body.
    let ext = good.replace("=\n\n", "=\nextension line\n\n");
    assert!(Checkpoint::parse(&ext)
        .unwrap()
        .body
        .ends_with("extension line\n"));

    for (what, bad) in [
        ("no blank line", good.replace("\n\n", "\n")),
        (
            "no signature",
            good.split("\n\n").next().unwrap().to_string() + "\n\n",
        ),
        ("ASCII dash", good.replace('\u{2014}', "-")),
        ("size not decimal", good.replace("\n300\n", "\n0x12c\n")),
        ("size leading zero", good.replace("\n300\n", "\n0300\n")),
        ("size negative", good.replace("\n300\n", "\n-1\n")),
        (
            "root too short",
            good.replace("lCkHUpkmVBEms2r2T1K6Og69+wUuuN3MIEW1/ezu2v0=", "AAAA"),
        ),
        ("root not base64", good.replace("lCkH", "!!!!")),
        ("signature too short", good.replace("AAAAAAE=", "AAAA")),
        ("no final newline", good.trim_end().to_string()),
        ("empty origin", good.replacen("example.org/log\n", "\n", 1)),
    ] {
        assert!(Checkpoint::parse(&bad).is_err(), "{what} accepted");
    }
}
