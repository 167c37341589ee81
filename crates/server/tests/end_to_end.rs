//! End to end: the CT log simulator (both protocols, real and minted
//! certificates) feeding an in-process server, with real websocket clients
//! on all three streams while the logs grow.
//!
//! The truth is what the simulator served: every entry must reach every
//! client exactly once per log, in `cert_index` order, with the leaf and
//! chain bytes the log holds; lite and domains-only messages must be the
//! full message cut down as FORMAT.md says.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ctlog_sim::{Endpoint, EntryType, Fault, LogSpec, Protocol, Simulator};
use serde_json::Value;
use tokio::task::JoinHandle;

use common::{next_text, start, Client, Harness};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data");
const ARGON_FIRST: u64 = 1_111_014_090;

/// Read `certificates` certificate messages from `client` (heartbeats are
/// counted separately), as parsed JSON in arrival order.
fn read_stream(mut client: Client, certificates: usize) -> JoinHandle<(Vec<Value>, usize)> {
    tokio::spawn(async move {
        let mut messages = Vec::with_capacity(certificates);
        let mut heartbeats = 0;
        while messages.len() < certificates {
            let text = next_text(&mut client, Duration::from_secs(30)).await;
            let value: Value = serde_json::from_str(&text).expect("valid JSON");
            if value["message_type"] == "heartbeat" {
                assert!(value["timestamp"].is_f64(), "{value}");
                heartbeats += 1;
            } else {
                messages.push(value);
            }
        }
        (messages, heartbeats)
    })
}

/// Per log URL: (name, first index streamed, number of entries streamed).
type Expected = BTreeMap<String, (String, u64, u64)>;

/// Grow each named log by the given rounds, pausing between rounds so the
/// server catches up (and reads partial tiles of several widths).
async fn grow(h: &Harness, rounds: &[(&str, &[u64])]) -> Expected {
    let mut expected = Expected::new();
    for (name, _) in rounds {
        let log = h.sim.log(name).unwrap();
        expected.insert(log.url().to_owned(), ((*name).to_owned(), log.size(), 0));
    }
    let longest = rounds.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    for round in 0..longest {
        for (name, sizes) in rounds {
            if let Some(n) = sizes.get(round) {
                let log = h.sim.log(name).unwrap();
                log.publish(*n).unwrap();
                expected.get_mut(log.url()).unwrap().2 += n;
            }
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    expected
}

/// Check the full stream against the simulator's entries.
fn check_full(h: &Harness, expected: &Expected, full: &[Value]) {
    let mut next: BTreeMap<&str, u64> = expected
        .iter()
        .map(|(url, (_, first, _))| (url.as_str(), *first))
        .collect();
    for message in full {
        assert_eq!(message["message_type"], "certificate_update");
        let data = &message["data"];
        let url = data["source"]["url"].as_str().unwrap();
        let (name, _, _) = &expected[url];
        assert_eq!(data["source"]["name"], format!("ctlog-sim {name}"));
        let index = data["cert_index"].as_u64().unwrap();
        let want = next.get_mut(url).unwrap();
        assert_eq!(
            index, *want,
            "{name}: entries out of order, missing or repeated"
        );
        *want += 1;

        let entry = h.sim.log(name).unwrap().entry(index).unwrap();
        let leaf = &data["leaf_cert"];
        assert_eq!(
            B64.decode(leaf["as_der"].as_str().unwrap()).unwrap(),
            entry.leaf_der,
            "{name} #{index}: leaf bytes"
        );
        let chain: Vec<Vec<u8>> = data["chain"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| B64.decode(c["as_der"].as_str().unwrap()).unwrap())
            .collect();
        assert_eq!(chain, entry.chain_der, "{name} #{index}: chain");
        let update_type = match entry.entry_type {
            EntryType::X509 => "X509LogEntry",
            EntryType::Precert => "PrecertLogEntry",
        };
        assert_eq!(data["update_type"], update_type, "{name} #{index}");
        if !entry.domains.is_empty() {
            let domains: Vec<&str> = entry.domains.iter().map(String::as_str).collect();
            assert_eq!(
                leaf["all_domains"],
                serde_json::json!(domains),
                "{name} #{index}"
            );
        }
        let link = data["cert_link"].as_str().unwrap();
        if h.sim.log(name).unwrap().protocol() == Protocol::Rfc6962 {
            assert_eq!(
                link,
                format!("{url}ct/v1/get-entries?start={index}&end={index}")
            );
        } else {
            let tile = index / 256;
            assert!(
                link.starts_with(&format!("{url}tile/data/{tile:03}")),
                "{link} for #{index}"
            );
        }
        assert!(data["seen"].is_f64());
    }
    for (url, (name, first, count)) in expected {
        assert_eq!(next[url.as_str()], first + count, "{name}: entries missing");
    }
}

/// Lite = full without `data.chain` and `data.leaf_cert.as_der`;
/// domains-only = `dns_entries` with `leaf_cert.all_domains`.
fn check_derived(full: &[Value], lite: &[Value], domains: &[Value]) {
    assert_eq!(full.len(), lite.len());
    assert_eq!(full.len(), domains.len());
    for ((full, lite), domains) in full.iter().zip(lite).zip(domains) {
        let mut cut = full.clone();
        let data = cut["data"].as_object_mut().unwrap();
        data.remove("chain");
        data["leaf_cert"].as_object_mut().unwrap().remove("as_der");
        // `seen` is per entry, identical in every form: compare it too.
        assert_eq!(lite, &cut);
        assert_eq!(
            domains,
            &serde_json::json!({
                "message_type": "dns_entries",
                "data": full["data"]["leaf_cert"]["all_domains"],
            })
        );
    }
}

/// The simulator for the main test: two logs per protocol, one with real
/// certificates each.
async fn sim() -> Simulator {
    Simulator::builder()
        // Short batches: the log answers at most 7 entries per request.
        .log(
            LogSpec::rfc6962_minted("classic")
                .initial_size(3)
                .max_batch(7),
        )
        .log(LogSpec::rfc6962_fixture(
            "argon",
            format!("{DATA}/rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.json"),
            ARGON_FIRST,
        ))
        // Starts mid-tile, so the first read is a partial tile.
        .log(LogSpec::static_ct_minted("tiled").initial_size(250))
        .log(LogSpec::static_ct_fixture(
            "navigli",
            format!("{DATA}/static-ct/navigli2025h2"),
        ))
        .start()
        .await
        .expect("simulator")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_entry_reaches_every_stream_once_in_order() {
    let h = start(sim().await, |c| {
        c.batch_size = 16;
        c.heartbeat_interval = Duration::from_millis(500);
    })
    .await;
    let rounds: &[(&str, &[u64])] = &[
        ("classic", &[10, 1, 25]),
        ("argon", &[5, 15]),
        ("tiled", &[3, 10, 300]),
        ("navigli", &[100, 200, 724]),
    ];
    let total: u64 = rounds.iter().flat_map(|(_, r)| r.iter()).sum();
    let total = usize::try_from(total).unwrap();

    let full = read_stream(h.connect("/full-stream").await, total);
    let lite = read_stream(h.connect("/").await, total);
    let domains = read_stream(h.connect("/domains-only").await, total);
    h.wait_for("three clients", |s| {
        s["clients"] == serde_json::json!({"lite": 1, "full": 1, "domains_only": 1})
    })
    .await;

    let expected = grow(&h, rounds).await;
    let (full, full_heartbeats) = full.await.unwrap();
    let (lite, _) = lite.await.unwrap();
    let (domains, _) = domains.await.unwrap();

    check_full(&h, &expected, &full);
    check_derived(&full, &lite, &domains);
    assert!(full_heartbeats > 0, "a heartbeat every 500 ms");

    // The HTTP views show the newest lite messages.
    let latest = h.get_json("/latest.json").await;
    let newest: Vec<&Value> = lite.iter().rev().take(25).collect();
    assert_eq!(
        latest["messages"]
            .as_array()
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        newest
    );
    assert_eq!(&h.get_json("/example.json").await, newest[0]);

    // Per-log counters.
    let stats = h.stats().await;
    for (url, (name, first, count)) in &expected {
        let log = stats["logs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["url"] == url.as_str())
            .unwrap();
        assert_eq!(log["entries_processed"], *count, "{name}: {log:#}");
        assert_eq!(log["position"], first + count, "{name}: {log:#}");
        assert_eq!(log["undecodable_entries"], 0, "{name}: {log:#}");
    }

    // Each data tile was read at most once per width, full tiles once.
    for name in ["tiled", "navigli"] {
        let log = h.sim.log(name).unwrap();
        for n in 0..5u64 {
            for width in 1..=256u64 {
                let path = if width == 256 {
                    format!("tile/data/{n:03}")
                } else {
                    format!("tile/data/{n:03}.p/{width}")
                };
                assert!(
                    log.path_requests(&path) <= 1,
                    "{name}: {path} fetched twice"
                );
            }
        }
        let full_tiles = log.size() / 256;
        for n in 0..full_tiles {
            assert_eq!(
                log.path_requests(&format!("tile/data/{n:03}")),
                1,
                "{name} tile {n}"
            );
        }
    }
    h.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_logs_are_retried_without_losing_or_repeating_entries() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic").initial_size(10))
        .log(LogSpec::static_ct_minted("tiled").initial_size(10))
        .log(LogSpec::rfc6962_minted("healthy").initial_size(10))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.max_backoff = Duration::from_millis(200);
    })
    .await;
    let classic = h.sim.log("classic").unwrap();
    let tiled = h.sim.log("tiled").unwrap();
    let healthy = h.sim.log("healthy").unwrap();
    let retry_after = Some(Duration::from_secs(1));
    classic
        .inject(
            Endpoint::GetEntries,
            Fault::Status {
                code: 503,
                retry_after: None,
            },
            2,
        )
        .unwrap();
    classic
        .inject(
            Endpoint::GetEntries,
            Fault::Status {
                code: 429,
                retry_after,
            },
            1,
        )
        .unwrap();
    classic
        .inject(Endpoint::GetEntries, Fault::ShortEntries(3), 2)
        .unwrap();
    classic
        .inject(Endpoint::GetEntries, Fault::InvalidBase64, 1)
        .unwrap();
    classic
        .inject(Endpoint::GetSth, Fault::TruncatedBody, 1)
        .unwrap();
    tiled
        .inject(
            Endpoint::DataTile,
            Fault::Status {
                code: 500,
                retry_after: None,
            },
            2,
        )
        .unwrap();
    tiled
        .inject(Endpoint::DataTile, Fault::TruncatedBody, 1)
        .unwrap();
    tiled
        .inject(
            Endpoint::Checkpoint,
            Fault::Delay(Duration::from_millis(300)),
            1,
        )
        .unwrap();

    let total = 3 * 40;
    let full = read_stream(h.connect("/full-stream").await, total);
    h.wait_for("client", |s| s["clients"]["full"] == 1).await;
    let expected = grow(
        &h,
        &[("classic", &[40]), ("tiled", &[40]), ("healthy", &[40])],
    )
    .await;
    let (full, _) = full.await.unwrap();
    check_full(&h, &expected, &full);

    let stats = h.stats().await;
    let errors = |url: &str| {
        stats["logs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["url"] == url)
            .unwrap()["errors"]
            .clone()
    };
    let classic_errors = errors(classic.url());
    assert_eq!(classic_errors["http_5xx"], 2, "{classic_errors}");
    assert_eq!(classic_errors["http_429"], 1, "{classic_errors}");
    assert!(
        classic_errors["decode"].as_u64().unwrap() >= 2,
        "{classic_errors}"
    );
    let tiled_errors = errors(tiled.url());
    assert_eq!(tiled_errors["http_5xx"], 2, "{tiled_errors}");
    assert_eq!(errors(healthy.url()), serde_json::json!({}));
    h.stop().await.unwrap();
}
