//! static-ct-api endpoints over a real socket: checkpoint, data and hash
//! tiles (full and partial), gzip, issuers.

mod common;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::*;
use ctlog_sim::{LogSpec, Simulator};
use sha2::{Digest, Sha256};

async fn get(log: &ctlog_sim::LogHandle, path: &str) -> (u16, Vec<u8>) {
    let resp = client()
        .get(format!("{}{path}", log.url()))
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.bytes().await.unwrap().to_vec())
}

async fn checkpoint(log: &ctlog_sim::LogHandle) -> Checkpoint {
    let resp = client()
        .get(format!("{}checkpoint", log.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "text/plain; charset=utf-8");
    parse_checkpoint(&resp.text().await.unwrap())
}

fn assert_valid(cp: &Checkpoint, log: &ctlog_sim::LogHandle) {
    assert_eq!(cp.origin, log.origin());
    assert_eq!(cp.signer, cp.origin);
    assert_eq!(cp.key_id, note_key_id(&cp.origin, &log.log_id()));
    assert!(verify_digitally_signed(
        &log.public_key_der(),
        &tree_head_message(cp.timestamp, cp.size, &cp.root),
        &cp.signature
    ));
}

#[test]
fn key_id_formula_matches_the_skylight_example() {
    // The synthetic skylight checkpoint and its log list entry (tests/data).
    let dir = data().join("static-ct/skylight-rome2026h1-synthetic");
    let cp = parse_checkpoint(&std::fs::read_to_string(dir.join("checkpoint")).unwrap());
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("log.v3.json")).unwrap()).unwrap();
    let log_id = B64.decode(meta["log_id"].as_str().unwrap()).unwrap();
    assert_eq!(cp.key_id, note_key_id(&cp.origin, &log_id));
    let key = B64.decode(meta["key"].as_str().unwrap()).unwrap();
    assert!(verify_digitally_signed(
        &key,
        &tree_head_message(cp.timestamp, cp.size, &cp.root),
        &cp.signature
    ));
}

#[tokio::test]
async fn navigli_roots_checkpoints_and_tiles() {
    let sim = Simulator::builder()
        .static_ct_fixture("navigli", navigli())
        .start()
        .await
        .unwrap();
    let log = sim.log("navigli").unwrap();
    assert_eq!(log.origin(), format!("{}/navigli", sim.addr()));
    assert_eq!(log.backlog(), 1024);
    let cp = checkpoint(&log).await;
    assert_eq!(cp.size, 0);
    assert_valid(&cp, &log);
    assert_eq!(
        status(&format!("{}tile/data/000.p/1", log.url())).await,
        404
    );

    log.publish(778).unwrap();
    let cp = checkpoint(&log).await;
    assert_eq!(
        (cp.size, B64.encode(&cp.root)),
        (778, "+WnHOMRZl/LG1669oeskbdK9bcO4nkrY1cfVyknC52U=".into())
    );
    assert_valid(&cp, &log);

    let tiles = navigli().join("tile");
    let fixture = |p: &str| std::fs::read(tiles.join(p)).unwrap();
    // Full tiles below the head, the real partial at the head, 404 beyond.
    assert_eq!(get(&log, "tile/data/000").await, (200, fixture("data/000")));
    assert_eq!(get(&log, "tile/data/002").await, (200, fixture("data/002")));
    assert_eq!(
        get(&log, "tile/data/003.p/10").await,
        (200, fixture("data/003.p/10"))
    );
    assert_eq!(get(&log, "tile/data/003").await.0, 404);
    assert_eq!(get(&log, "tile/data/003.p/11").await.0, 404);
    assert_eq!(get(&log, "tile/data/004.p/1").await.0, 404);
    // Any covered partial width is a prefix of the full tile.
    let (code, p5) = get(&log, "tile/data/001.p/5").await;
    assert_eq!(code, 200);
    assert!(fixture("data/001").starts_with(&p5) && !p5.is_empty());
    // Level-0 hash tiles equal the real log's.
    assert_eq!(get(&log, "tile/0/001").await, (200, fixture("0/001")));
    assert_eq!(
        get(&log, "tile/0/003.p/10").await,
        (200, fixture("0/003.p/10"))
    );
    assert_eq!(
        get(&log, "tile/1/000").await.0,
        404,
        "level 1 is partial at 778"
    );
    assert_eq!(get(&log, "tile/1/000.p/3").await.0, 200);
    assert_eq!(get(&log, "tile/x/000").await.0, 404);

    log.publish(1024 - 778).unwrap();
    let cp = checkpoint(&log).await;
    assert_eq!(
        (cp.size, B64.encode(&cp.root)),
        (1024, "EMfGG85uIddeOXt5/wdQGP3IQd0COCqoLg9Q6CsPLJA=".into())
    );
    assert_valid(&cp, &log);
    assert_eq!(get(&log, "tile/data/003").await, (200, fixture("data/003")));
    assert_eq!(get(&log, "tile/0/003").await, (200, fixture("0/003")));
    // A level-1 hash is the MTH of one full level-0 tile.
    let (code, l1) = get(&log, "tile/1/000.p/4").await;
    assert_eq!(code, 200);
    let l0 = fixture("0/002");
    let leaves: Vec<&[u8]> = l0.chunks(32).collect();
    let mut level: Vec<Vec<u8>> = leaves.iter().map(|h| h.to_vec()).collect();
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|p| {
                Sha256::new()
                    .chain_update([1])
                    .chain_update(&p[0])
                    .chain_update(&p[1])
                    .finalize()
                    .to_vec()
            })
            .collect();
    }
    assert_eq!(&l1[64..96], level[0].as_slice());
    assert_eq!(
        log.root_hash(1024).map(|r| B64.encode(r)),
        Some("EMfGG85uIddeOXt5/wdQGP3IQd0COCqoLg9Q6CsPLJA=".into())
    );
}

#[tokio::test]
async fn gzip_and_issuers() {
    let sim = Simulator::builder()
        .log(LogSpec::static_ct_fixture("navigli", navigli()).initial_size(300))
        .start()
        .await
        .unwrap();
    let log = sim.log("navigli").unwrap();
    let url = format!("{}tile/data/000", log.url());
    let plain = client().get(&url).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();
    let zipped = client()
        .get(&url)
        .header("accept-encoding", "gzip, identity")
        .send()
        .await
        .unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    let zipped = zipped.bytes().await.unwrap();
    assert!(zipped.len() < plain.len());
    assert_eq!(gunzip(&zipped), plain.to_vec());

    // Every fingerprint in entry 0's chain is served under issuer/.
    let e = log.entry(0).unwrap();
    assert_eq!(e.chain_der.len(), 2);
    for der in &e.chain_der {
        let fp = hex::encode(Sha256::digest(der));
        let resp = client()
            .get(format!("{}issuer/{fp}", log.url()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.headers()["content-type"], "application/pkix-cert");
        assert_eq!(resp.bytes().await.unwrap().to_vec(), *der);
        let upper = fp.to_uppercase();
        assert_eq!(status(&format!("{}issuer/{upper}", log.url())).await, 404);
    }
    assert_eq!(
        status(&format!("{}issuer/{}", log.url(), "00".repeat(32))).await,
        404
    );
}

#[tokio::test]
async fn minted_static_log_tile_leaves() {
    let sim = Simulator::builder()
        .log(LogSpec::static_ct_minted("tiled").initial_size(260))
        .start()
        .await
        .unwrap();
    let log = sim.log("tiled").unwrap();
    let tile = client()
        .get(format!("{}tile/data/001.p/4", log.url()))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    // Walk the TileLeaf records by hand.
    let mut p = 0;
    for index in 256..260u64 {
        let truth = log.entry(index).unwrap();
        let start = p;
        assert_eq!(
            u64::from_be_bytes(tile[p..p + 8].try_into().unwrap()),
            truth.timestamp_ms
        );
        let ty = u16::from_be_bytes([tile[p + 8], tile[p + 9]]);
        assert_eq!(u64::from(ty), index % 2);
        p += 10;
        if ty == 1 {
            p += 32;
        }
        let n = u32::from_be_bytes([0, tile[p], tile[p + 1], tile[p + 2]]) as usize;
        p += 3 + n;
        // leaf_index extension: 8 bytes, type 0, length 5, the index.
        assert_eq!(&tile[p..p + 5], &[0, 8, 0, 0, 5]);
        let mut idx = [0u8; 8];
        idx[3..].copy_from_slice(&tile[p + 5..p + 10]);
        assert_eq!(u64::from_be_bytes(idx), index);
        p += 10;
        let leaf_hash: [u8; 32] = Sha256::new()
            .chain_update([0, 0, 0])
            .chain_update(&tile[start..p])
            .finalize()
            .into();
        assert_eq!(leaf_hash, truth.leaf_hash);
        if ty == 1 {
            let n = u32::from_be_bytes([0, tile[p], tile[p + 1], tile[p + 2]]) as usize;
            assert_eq!(&tile[p + 3..p + 3 + n], truth.leaf_der.as_slice());
            p += 3 + n;
        }
        let n = usize::from(u16::from_be_bytes([tile[p], tile[p + 1]]));
        let fps: Vec<Vec<u8>> = tile[p + 2..p + 2 + n]
            .chunks(32)
            .map(<[u8]>::to_vec)
            .collect();
        let expected: Vec<Vec<u8>> = truth
            .chain_der
            .iter()
            .map(|c| Sha256::digest(c).to_vec())
            .collect();
        assert_eq!(fps, expected);
        p += 2 + n;
    }
    assert_eq!(p, tile.len());
}
