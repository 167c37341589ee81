//! Server-side filters (issue #6): each filter and combinations, over
//! websocket and NDJSON, checked against what an unfiltered client of the
//! same server received; bad filters and options are refused with a 400
//! before the upgrade.

mod common;

use std::net::IpAddr;
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use serde_json::Value;

use common::{start, Client, RawClient};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data");
const ARGON_FIRST: u64 = 1_111_014_090;
/// Entries published in the argon fixture (all of it).
const ARGON: u64 = 20;
/// Entries minted into `alpha` (x509 at even indices, precert at odd).
const ALPHA: u64 = 40;

/// A minted log (issuer `ctlog-sim`) and a log of real certificates.
async fn sim() -> Simulator {
    Simulator::builder()
        .log(LogSpec::rfc6962_minted("alpha"))
        .log(LogSpec::rfc6962_fixture(
            "argon",
            format!("{DATA}/rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.json"),
            ARGON_FIRST,
        ))
        .start()
        .await
        .expect("simulator")
}

/// `(source.url, cert_index)` of a certificate message.
fn id(message: &Value) -> (String, u64) {
    let data = &message["data"];
    (
        data["source"]["url"].as_str().unwrap().to_owned(),
        data["cert_index"].as_u64().unwrap(),
    )
}

fn domains(message: &Value) -> Vec<String> {
    message["data"]["leaf_cert"]["all_domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_lowercase())
        .collect()
}

/// Read `n` certificate messages (skipping heartbeats) from a websocket.
async fn read_ws(client: &mut Client, n: usize) -> Vec<Value> {
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

/// Each case: a query and the rule it must implement, written
/// independently of the server's matcher.
type Rule = fn(&Value) -> bool;

fn cases() -> Vec<(&'static str, Rule)> {
    vec![
        ("domain=*.com", |m| {
            domains(m).iter().any(|d| d.ends_with(".com"))
        }),
        ("domain=www*", |m| {
            domains(m).iter().any(|d| d.starts_with("www"))
        }),
        ("regex=^(api|mail)%5C.", |m| {
            domains(m)
                .iter()
                .any(|d| d.starts_with("api.") || d.starts_with("mail."))
        }),
        ("update_type=precert", |m| {
            m["data"]["update_type"] == "PrecertLogEntry"
        }),
        ("issuer=CTLOG-SIM", |m| {
            m["data"]["leaf_cert"]["issuer"]["O"] == "ctlog-sim"
        }),
        ("log=argon", |m| id(m).0.contains("argon")),
        // Same parameter twice: OR.
        ("domain=*.net&domain=*.org", |m| {
            domains(m)
                .iter()
                .any(|d| d.ends_with(".net") || d.ends_with(".org"))
        }),
        // Different parameters: AND.
        ("log=alpha&update_type=x509&domain=*.io", |m| {
            id(m).0.contains("alpha")
                && m["data"]["update_type"] == "X509LogEntry"
                && domains(m).iter().any(|d| d.ends_with(".io"))
        }),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_filter_and_combinations_select_exactly_the_matching_certificates() {
    let h = start(sim().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600)
    })
    .await;
    let mut everything = h.connect("/full-stream").await;
    let mut filtered = Vec::new();
    for (query, rule) in cases() {
        filtered.push((
            query,
            rule,
            h.connect(&format!("/full-stream?{query}")).await,
        ));
    }
    // One NDJSON client too, with a combination.
    let ndjson_query = "domain=*.com&update_type=precert";
    let mut ndjson = reqwest::get(format!(
        "http://{}/full-stream?format=ndjson&{ndjson_query}",
        h.addr
    ))
    .await
    .unwrap();
    assert_eq!(ndjson.status(), 200);
    assert_eq!(ndjson.headers()["content-type"], "application/x-ndjson");

    h.sim.log("alpha").unwrap().publish(ALPHA).unwrap();
    h.sim.log("argon").unwrap().publish(ARGON).unwrap();
    let all = read_ws(&mut everything, (ALPHA + ARGON) as usize).await;

    for (query, rule, client) in &mut filtered {
        let want: Vec<(String, u64)> = all.iter().filter(|m| rule(m)).map(id).collect();
        assert!(
            !want.is_empty() && want.len() < all.len(),
            "{query}: the fixture should exercise the filter ({} of {})",
            want.len(),
            all.len()
        );
        let got: Vec<(String, u64)> = read_ws(client, want.len()).await.iter().map(id).collect();
        assert_eq!(got, want, "{query}");
        common::assert_no_more_certificates(client, Duration::from_millis(200)).await;
    }

    let want: Vec<(String, u64)> = all
        .iter()
        .filter(|m| {
            m["data"]["update_type"] == "PrecertLogEntry"
                && domains(m).iter().any(|d| d.ends_with(".com"))
        })
        .map(id)
        .collect();
    assert!(!want.is_empty());
    let mut body = String::new();
    let mut got = Vec::new();
    while got.len() < want.len() {
        let chunk = tokio::time::timeout(Duration::from_secs(10), ndjson.chunk())
            .await
            .expect("NDJSON in time")
            .unwrap()
            .expect("stream open");
        body.push_str(std::str::from_utf8(&chunk).unwrap());
        while let Some(end) = body.find('\n') {
            let line: String = body.drain(..=end).collect();
            let value: Value = serde_json::from_str(line.trim_end()).unwrap();
            if value["message_type"] == "certificate_update" {
                got.push(id(&value));
            }
        }
    }
    assert_eq!(got, want, "NDJSON {ndjson_query}");
    h.stop().await.unwrap();
}

#[tokio::test]
async fn bad_filters_and_options_are_refused_with_400_before_the_upgrade() {
    let h = start(sim().await, |_| {}).await;
    let localhost = IpAddr::from([127, 0, 0, 1]);
    for (path, needle) in [
        ("/full-stream?regex=(unclosed", "invalid regex filter"),
        ("/?regex=%5Cw%7B1000%7D%7B1000%7D", "invalid regex filter"),
        ("/domains-only?update_type=cat", "invalid update_type"),
        ("/?domain=", "empty domain= filter"),
        ("/full-stream?since=yesterday", "since must be a cursor"),
        ("/?dedupe=perhaps", "dedupe must be"),
    ] {
        match RawClient::connect(h.addr, path, None, localhost).await {
            Err((status, body)) => {
                assert_eq!(status, 400, "{path}");
                assert!(body.contains(needle), "{path}: {body}");
            }
            Ok(_) => panic!("{path} was upgraded"),
        }
    }
    for path in [
        "/full-stream?format=ndjson&regex=(",
        "/sse?stream=full&regex=(",
        "/sse?stream=all",
    ] {
        let response = reqwest::get(format!("http://{}{path}", h.addr))
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{path}");
    }
    h.stop().await.unwrap();
}
