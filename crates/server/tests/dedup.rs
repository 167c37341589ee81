//! `?dedupe=1`: the precertificate and final certificate of one issuance,
//! logged in several logs, reach a dedupe client once.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use serde_json::Value;

use common::Client;

async fn certificates(client: &mut Client, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < n {
        let text = common::next_text(client, Duration::from_secs(10)).await;
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["message_type"] == "certificate_update" {
            out.push(value);
        }
    }
    out
}

fn domain_set(message: &Value) -> BTreeSet<String> {
    message["data"]["leaf_cert"]["all_domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn precert_and_cert_pairs_in_several_logs_collapse_to_one_message_per_issuance() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("one"))
        .log(LogSpec::rfc6962_minted("two"))
        .log(LogSpec::static_ct_minted("three"))
        .start()
        .await
        .expect("simulator");
    let h = common::start(sim, |c| c.heartbeat_interval = Duration::from_secs(3600)).await;
    let mut everything = h.connect("/full-stream").await;
    let mut deduped = h.connect("/full-stream?dedupe=1").await;
    let mut precerts = h.connect("/?dedupe=1&update_type=precert").await;

    let mut issuances = Vec::new();
    for _ in 0..3 {
        let issuance = h.sim.mint_issuance(&["one", "two", "three"]).unwrap();
        issuances.push(
            issuance
                .domains
                .iter()
                .cloned()
                .collect::<BTreeSet<String>>(),
        );
    }
    // Every copy is on the plain stream: a precert and a cert per log.
    let all = certificates(&mut everything, 18).await;
    for domains in &issuances {
        assert_eq!(all.iter().filter(|m| domain_set(m) == *domains).count(), 6);
    }

    let once = certificates(&mut deduped, 3).await;
    let got: Vec<BTreeSet<String>> = once.iter().map(domain_set).collect();
    let mut want = issuances.clone();
    want.sort();
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(sorted, want, "each issuance exactly once");
    common::assert_no_more_certificates(&mut deduped, Duration::from_millis(300)).await;

    // With a filter, dedup runs on what passes it: one precert each.
    let pre = certificates(&mut precerts, 3).await;
    assert!(pre
        .iter()
        .all(|m| m["data"]["update_type"] == "PrecertLogEntry"));
    let mut got: Vec<BTreeSet<String>> = pre.iter().map(domain_set).collect();
    got.sort();
    assert_eq!(got, want);
    common::assert_no_more_certificates(&mut precerts, Duration::from_millis(300)).await;
    h.stop().await.unwrap();
}
