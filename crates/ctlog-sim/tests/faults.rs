//! Fault injection and request counters, observed over a real socket.

mod common;

use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::*;
use ctlog_sim::{Endpoint, Fault, LogSpec, Simulator};

async fn sim() -> Simulator {
    Simulator::builder()
        .log(LogSpec::rfc6962_minted("r").initial_size(10))
        .log(LogSpec::static_ct_minted("s").initial_size(10))
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn status_with_retry_after_then_recovers() {
    let sim = sim().await;
    let log = sim.log("r").unwrap();
    let url = format!("{}ct/v1/get-entries?start=0&end=3", log.url());
    log.inject(
        Endpoint::GetEntries,
        Fault::Status {
            code: 429,
            retry_after: Some(Duration::from_secs(7)),
        },
        2,
    )
    .unwrap();
    for _ in 0..2 {
        let resp = client().get(&url).send().await.unwrap();
        assert_eq!(resp.status(), 429);
        assert_eq!(resp.headers()["retry-after"], "7");
    }
    assert_eq!(status(&url).await, 200);
    // Faults are per endpoint: get-sth was never affected.
    log.inject(
        Endpoint::GetEntries,
        Fault::Status {
            code: 503,
            retry_after: None,
        },
        1,
    )
    .unwrap();
    assert_eq!(status(&format!("{}ct/v1/get-sth", log.url())).await, 200);
    let resp = client().get(&url).send().await.unwrap();
    assert_eq!(resp.status(), 503);
    assert!(resp.headers().get("retry-after").is_none());
    assert_eq!(log.requests(Endpoint::GetEntries), 4);
    assert_eq!(log.requests(Endpoint::GetSth), 1);
    assert_eq!(log.pending_faults(), 0);
}

#[tokio::test]
async fn delay_truncation_and_bad_base64() {
    let sim = sim().await;
    let log = sim.log("r").unwrap();
    let url = format!("{}ct/v1/get-entries?start=0&end=1", log.url());
    log.inject(
        Endpoint::GetEntries,
        Fault::Delay(Duration::from_millis(300)),
        1,
    )
    .unwrap();
    let t = Instant::now();
    assert_eq!(status(&url).await, 200);
    assert!(t.elapsed() >= Duration::from_millis(300));

    log.inject(Endpoint::GetEntries, Fault::TruncatedBody, 1)
        .unwrap();
    let body = client()
        .get(&url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&body).is_err());
    assert!(body.starts_with(b"{\"entries\""));

    log.inject(Endpoint::GetEntries, Fault::InvalidBase64, 1)
        .unwrap();
    let body = get_json(&url).await;
    assert!(B64
        .decode(body["entries"][0]["leaf_input"].as_str().unwrap())
        .is_err());
    assert!(B64
        .decode(body["entries"][1]["leaf_input"].as_str().unwrap())
        .is_ok());
}

#[tokio::test]
async fn short_entries() {
    let sim = sim().await;
    let log = sim.log("r").unwrap();
    let url = format!("{}ct/v1/get-entries?start=0&end=9", log.url());
    log.inject(Endpoint::GetEntries, Fault::ShortEntries(3), 1)
        .unwrap();
    assert_eq!(get_json(&url).await["entries"].as_array().unwrap().len(), 3);
    assert_eq!(
        get_json(&url).await["entries"].as_array().unwrap().len(),
        10
    );
}

#[tokio::test]
async fn bad_signature_and_shrinking_tree_sth() {
    let sim = sim().await;
    let log = sim.log("r").unwrap();
    let spki = log.public_key_der();
    let url = format!("{}ct/v1/get-sth", log.url());
    let check = |sth: &serde_json::Value| {
        let root = B64
            .decode(sth["sha256_root_hash"].as_str().unwrap())
            .unwrap();
        let sig = B64
            .decode(sth["tree_head_signature"].as_str().unwrap())
            .unwrap();
        let msg = tree_head_message(
            sth["timestamp"].as_u64().unwrap(),
            sth["tree_size"].as_u64().unwrap(),
            &root,
        );
        verify_digitally_signed(&spki, &msg, &sig)
    };
    log.inject(Endpoint::GetSth, Fault::BadSignature, 1)
        .unwrap();
    log.inject(Endpoint::GetSth, Fault::ShrinkTree(4), 1)
        .unwrap();
    let bad = get_json(&url).await;
    assert_eq!(bad["tree_size"], 10);
    assert!(!check(&bad));
    let shrunk = get_json(&url).await;
    assert_eq!(shrunk["tree_size"], 6);
    assert!(check(&shrunk), "a shrunk head is still correctly signed");
    assert_eq!(
        B64.decode(shrunk["sha256_root_hash"].as_str().unwrap())
            .unwrap(),
        log.root_hash(6).unwrap()
    );
    let good = get_json(&url).await;
    assert_eq!(good["tree_size"], 10);
    assert!(check(&good));
}

#[tokio::test]
async fn checkpoint_faults_and_tile_counters() {
    let sim = sim().await;
    let log = sim.log("s").unwrap();
    let url = format!("{}checkpoint", log.url());
    log.inject(Endpoint::Checkpoint, Fault::ShrinkTree(100), 1)
        .unwrap();
    log.inject(Endpoint::Checkpoint, Fault::BadSignature, 1)
        .unwrap();
    let text =
        |u: String| async move { client().get(u).send().await.unwrap().text().await.unwrap() };
    let shrunk = parse_checkpoint(&text(url.clone()).await);
    assert_eq!(shrunk.size, 0, "shrinks to the empty tree at most");
    let bad = parse_checkpoint(&text(url.clone()).await);
    assert_eq!(bad.size, 10);
    assert!(!verify_digitally_signed(
        &log.public_key_der(),
        &tree_head_message(bad.timestamp, bad.size, &bad.root),
        &bad.signature
    ));

    let tile = format!("{}tile/data/000.p/10", log.url());
    log.inject(
        Endpoint::DataTile,
        Fault::Status {
            code: 500,
            retry_after: None,
        },
        1,
    )
    .unwrap();
    assert_eq!(status(&tile).await, 500);
    assert_eq!(status(&tile).await, 200);
    assert_eq!(
        status(&format!("{}tile/data/000.p/9", log.url())).await,
        200
    );
    assert_eq!(log.path_requests("tile/data/000.p/10"), 2);
    assert_eq!(log.path_requests("tile/data/000.p/9"), 1);
    assert_eq!(log.requests(Endpoint::DataTile), 3);
    assert_eq!(log.requests(Endpoint::Checkpoint), 2);
}

#[tokio::test]
async fn inject_rejects_faults_that_cannot_fire() {
    let sim = sim().await;
    let r = sim.log("r").unwrap();
    let s = sim.log("s").unwrap();
    assert!(r.inject(Endpoint::GetSth, Fault::InvalidBase64, 1).is_err());
    assert!(
        r.inject(Endpoint::Checkpoint, Fault::TruncatedBody, 1)
            .is_err(),
        "wrong protocol"
    );
    assert!(s
        .inject(Endpoint::DataTile, Fault::BadSignature, 1)
        .is_err());
    s.inject(Endpoint::Issuer, Fault::Delay(Duration::from_millis(1)), 2)
        .unwrap();
    assert_eq!(s.pending_faults(), 2);
    s.clear_faults();
    assert_eq!(s.pending_faults(), 0);
}
