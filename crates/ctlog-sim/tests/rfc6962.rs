//! RFC 6962 endpoints over a real socket: get-sth, get-entries, get-roots.

mod common;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::*;
use ctlog_sim::{EntryType, Simulator};
use sha2::{Digest, Sha256};

fn rfc6962_root(leaves: &[Vec<u8>]) -> [u8; 32] {
    // Recursive MTH, independent of the simulator's incremental tree.
    fn mth(hashes: &[[u8; 32]]) -> [u8; 32] {
        match hashes.len() {
            0 => Sha256::digest([]).into(),
            1 => hashes[0],
            n => {
                let k = n.next_power_of_two() / 2;
                let mut h = Sha256::new();
                h.update([1]);
                h.update(mth(&hashes[..k]));
                h.update(mth(&hashes[k..]));
                h.finalize().into()
            }
        }
    }
    let hashes: Vec<[u8; 32]> = leaves
        .iter()
        .map(|l| {
            let mut h = Sha256::new();
            h.update([0]);
            h.update(l);
            h.finalize().into()
        })
        .collect();
    mth(&hashes)
}

#[tokio::test]
async fn pilot_fixture_root_and_signature() {
    let sim = Simulator::builder()
        .rfc6962_fixture("pilot", rfc6962("pilot2013-get-entries-0-3.json"), 0)
        .start()
        .await
        .unwrap();
    let log = sim.log("pilot").unwrap();
    let sth = get_json(&format!("{}ct/v1/get-sth", log.url())).await;
    assert_eq!(sth["tree_size"], 0);
    log.publish(4).unwrap();
    let sth = get_json(&format!("{}ct/v1/get-sth", log.url())).await;
    assert_eq!(sth["tree_size"], 4);
    // FIXTURES.md: the correct RFC 6962 root of these 4 leaves.
    assert_eq!(
        sth["sha256_root_hash"],
        "A26tmgcaUJpkFXFpkzCS8bJ29cQBEgExKAYFL8hiJ5E="
    );
    let root = B64
        .decode(sth["sha256_root_hash"].as_str().unwrap())
        .unwrap();
    let sig = B64
        .decode(sth["tree_head_signature"].as_str().unwrap())
        .unwrap();
    let ts = sth["timestamp"].as_u64().unwrap();
    let spki = log.public_key_der();
    assert!(verify_digitally_signed(
        &spki,
        &tree_head_message(ts, 4, &root),
        &sig
    ));
    assert!(!verify_digitally_signed(
        &spki,
        &tree_head_message(ts, 5, &root),
        &sig
    ));
    // Same size, same STH.
    let again = get_json(&format!("{}ct/v1/get-sth", log.url())).await;
    assert_eq!(again, sth);
    assert!(log.publish(1).is_err(), "fixture exhausted and not minting");
}

#[tokio::test]
async fn get_entries_serves_fixture_verbatim_from_first_index() {
    let sim = Simulator::builder()
        .rfc6962_fixture("argon", rfc6962(ARGON), ARGON_FIRST)
        .start()
        .await
        .unwrap();
    let log = sim.log("argon").unwrap();
    assert_eq!(log.size(), ARGON_FIRST);
    let url = format!("{}ct/v1/get-entries", log.url());
    let q = |s: u64, e: u64| format!("{url}?start={s}&end={e}");
    assert_eq!(
        status(&q(ARGON_FIRST, ARGON_FIRST)).await,
        400,
        "nothing published yet"
    );
    assert_eq!(log.publish(20).unwrap(), ARGON_FIRST + 20);

    let fixture: serde_json::Value =
        serde_json::from_slice(&std::fs::read(rfc6962(ARGON)).unwrap()).unwrap();
    let body = get_json(&q(ARGON_FIRST, ARGON_FIRST + 100)).await;
    assert_eq!(
        body["entries"], fixture["entries"],
        "clamped to size, bytes unchanged"
    );

    // The SimEntry view agrees with what was served.
    let leaves: Vec<Vec<u8>> = fixture["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| B64.decode(e["leaf_input"].as_str().unwrap()).unwrap())
        .collect();
    let mut precerts = 0;
    for (i, leaf) in leaves.iter().enumerate() {
        let e = log.entry(ARGON_FIRST + i as u64).unwrap();
        let ts = u64::from_be_bytes(leaf[2..10].try_into().unwrap());
        assert_eq!(e.timestamp_ms, ts);
        let ty = u16::from_be_bytes([leaf[10], leaf[11]]);
        assert_eq!(e.entry_type == EntryType::Precert, ty == 1);
        precerts += usize::from(ty == 1);
        assert!(!e.chain_der.is_empty());
    }
    assert_eq!(precerts, 10);
    // Root over the held leaves only (documented for sparse logs).
    let sth = get_json(&format!("{}ct/v1/get-sth", log.url())).await;
    assert_eq!(
        B64.decode(sth["sha256_root_hash"].as_str().unwrap())
            .unwrap(),
        rfc6962_root(&leaves)
    );

    // Bad requests.
    assert_eq!(
        status(&q(ARGON_FIRST - 1, ARGON_FIRST)).await,
        400,
        "below first index"
    );
    assert_eq!(
        status(&q(ARGON_FIRST + 20, ARGON_FIRST + 21)).await,
        400,
        "start >= size"
    );
    assert_eq!(
        status(&q(ARGON_FIRST + 5, ARGON_FIRST + 4)).await,
        400,
        "start > end"
    );
    assert_eq!(status(&format!("{url}?start=x&end=3")).await, 400);
    assert_eq!(status(&url).await, 400);
}

#[tokio::test]
async fn batch_cap_and_minted_entries() {
    let sim = Simulator::builder()
        .log(
            ctlog_sim::LogSpec::rfc6962_minted("m")
                .max_batch(7)
                .initial_size(20),
        )
        .start()
        .await
        .unwrap();
    let log = sim.log("m").unwrap();
    assert_eq!(log.size(), 20);
    let body = get_json(&format!("{}ct/v1/get-entries?start=3&end=19", log.url())).await;
    let entries = body["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 7);
    for (i, e) in entries.iter().enumerate() {
        let index = 3 + i as u64;
        let truth = log.entry(index).unwrap();
        let leaf = B64.decode(e["leaf_input"].as_str().unwrap()).unwrap();
        let extra = B64.decode(e["extra_data"].as_str().unwrap()).unwrap();
        assert_eq!(&leaf[..2], &[0, 0]);
        assert_eq!(
            u64::from_be_bytes(leaf[2..10].try_into().unwrap()),
            truth.timestamp_ms
        );
        let ty = u16::from_be_bytes([leaf[10], leaf[11]]);
        // Minted logs alternate: even x509, odd precert.
        assert_eq!(ty, (index % 2) as u16);
        let leaf_hash: [u8; 32] = Sha256::new()
            .chain_update([0])
            .chain_update(&leaf)
            .finalize()
            .into();
        assert_eq!(leaf_hash, truth.leaf_hash);
        if ty == 0 {
            // leaf: u24 cert; extra_data: u24 chain of u24 certs.
            let n = u32::from_be_bytes([0, leaf[12], leaf[13], leaf[14]]) as usize;
            assert_eq!(&leaf[15..15 + n], truth.leaf_der.as_slice());
            assert_eq!(leaf.len(), 15 + n + 2);
            let mut chain = Vec::new();
            let mut p = 3;
            while p < extra.len() {
                let n = u32::from_be_bytes([0, extra[p], extra[p + 1], extra[p + 2]]) as usize;
                chain.push(extra[p + 3..p + 3 + n].to_vec());
                p += 3 + n;
            }
            assert_eq!(chain, truth.chain_der);
        } else {
            let ikh = &leaf[12..44];
            assert_eq!(Some(ikh), truth.issuer_key_hash.as_ref().map(|h| &h[..]));
            let n = u32::from_be_bytes([0, leaf[44], leaf[45], leaf[46]]) as usize;
            assert_eq!(Some(&leaf[47..47 + n]), truth.tbs_der.as_deref());
            let n = u32::from_be_bytes([0, extra[0], extra[1], extra[2]]) as usize;
            assert_eq!(
                &extra[3..3 + n],
                truth.leaf_der.as_slice(),
                "pre_certificate"
            );
        }
    }
    let roots = get_json(&format!("{}ct/v1/get-roots", log.url())).await;
    let certs: Vec<Vec<u8>> = roots["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| B64.decode(c.as_str().unwrap()).unwrap())
        .collect();
    assert_eq!(certs, vec![sim.root_der()]);
    assert_eq!(
        log.entry(0).unwrap().chain_der.last(),
        Some(&sim.root_der())
    );
}
