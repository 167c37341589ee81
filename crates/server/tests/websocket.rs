//! The HTTP and websocket surface of a running server, with logs that do
//! not grow: pages, JSON routes, keep-alive, limits and shutdown.

mod common;

use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use futures::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

use common::{start, Harness};

/// A simulator with one log of each protocol, already holding entries.
async fn sim() -> Simulator {
    Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic").initial_size(5))
        .log(LogSpec::static_ct_minted("tiled").initial_size(300))
        .start()
        .await
        .expect("simulator")
}

async fn harness() -> Harness {
    // Heartbeats are far away: these tests are about everything else.
    start(sim().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600)
    })
    .await
}

#[tokio::test]
async fn root_without_upgrade_is_an_html_page_that_opens_the_lite_stream() {
    let h = harness().await;
    let response = reqwest::get(format!("http://{}/", h.addr)).await.unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let body = response.text().await.unwrap();
    assert!(
        body.contains("new WebSocket("),
        "page must connect to the stream"
    );
    h.stop().await.unwrap();
}

#[tokio::test]
async fn json_routes_before_any_certificate() {
    let h = harness().await;
    assert_eq!(
        h.get_json("/latest.json").await,
        serde_json::json!({"messages": []})
    );
    let response = reqwest::get(format!("http://{}/example.json", h.addr))
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    h.stop().await.unwrap();
}

#[tokio::test]
async fn stats_show_each_log_from_its_head_and_the_clients() {
    let h = harness().await;
    let stats = h.stats().await;
    let logs = stats["logs"].as_array().unwrap();
    for (name, protocol, size) in [("classic", "rfc6962", 5), ("tiled", "static-ct", 300)] {
        let url = h.sim.log(name).unwrap().url().to_owned();
        let log = logs
            .iter()
            .find(|l| l["url"] == url)
            .unwrap_or_else(|| panic!("{url} missing from {stats:#}"));
        assert_eq!(log["protocol"], protocol);
        assert_eq!(log["head_size"], size, "{log:#}");
        assert_eq!(log["position"], size, "starts at the head: {log:#}");
        assert_eq!(log["entries_processed"], 0);
    }
    assert_eq!(
        stats["clients"],
        serde_json::json!({"lite": 0, "full": 0, "domains_only": 0})
    );

    let lite = h.connect("/").await;
    let full = h.connect("/full-stream").await;
    let domains = h.connect("/domains-only").await;
    let domains2 = h.connect("/domains-only").await;
    h.wait_for("four clients counted", |s| {
        s["clients"] == serde_json::json!({"lite": 1, "full": 1, "domains_only": 2})
    })
    .await;

    drop((lite, full, domains));
    h.wait_for("three clients uncounted", |s| {
        s["clients"] == serde_json::json!({"lite": 0, "full": 0, "domains_only": 1})
    })
    .await;
    drop(domains2);
    h.stop().await.unwrap();
}

#[tokio::test]
async fn server_pings_clients_and_answers_their_pings() {
    let h = start(sim().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.ping_interval = Duration::from_millis(100);
    })
    .await;
    let mut client = h.connect("/full-stream").await;
    client
        .send(Message::Ping(b"are you there".to_vec().into()))
        .await
        .unwrap();
    let (mut got_ping, mut got_pong) = (false, false);
    while !(got_ping && got_pong) {
        let frame = tokio::time::timeout(Duration::from_secs(5), client.next())
            .await
            .expect("ping and pong within 5 s")
            .unwrap()
            .unwrap();
        match frame {
            Message::Ping(_) => got_ping = true,
            Message::Pong(payload) => {
                assert_eq!(&payload[..], b"are you there");
                got_pong = true;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    h.stop().await.unwrap();
}

#[tokio::test]
async fn a_client_that_never_pings_or_reads_is_not_dropped() {
    let h = start(sim().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.ping_interval = Duration::from_millis(50);
    })
    .await;
    let mut client = h.connect("/").await;
    // Stay silent (no pings, no pongs, no reads) for many ping intervals.
    tokio::time::sleep(Duration::from_millis(800)).await;
    h.wait_for("client still counted", |s| s["clients"]["lite"] == 1)
        .await;
    // The connection is alive: the queued server pings are there to read.
    let frame = tokio::time::timeout(Duration::from_secs(2), client.next())
        .await
        .expect("a frame")
        .expect("open")
        .expect("no error");
    assert!(matches!(frame, Message::Ping(_)), "{frame:?}");
    h.stop().await.unwrap();
}

#[tokio::test]
async fn oversized_inbound_messages_end_the_session() {
    let h = harness().await;
    let mut client = h.connect("/").await;
    let big = "x".repeat(200 * 1024);
    // The send itself may fail if the server hangs up mid-frame.
    let _ = client.send(Message::Text(big.into())).await;
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match client.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "server kept a client that sent 200 KiB");
    h.wait_for("client uncounted", |s| s["clients"]["lite"] == 0)
        .await;
    h.stop().await.unwrap();
}

#[tokio::test]
async fn small_inbound_messages_are_ignored() {
    let h = harness().await;
    let mut client = h.connect("/").await;
    client.send(Message::Text("hello".into())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    h.wait_for("client still counted", |s| s["clients"]["lite"] == 1)
        .await;
    drop(client);
    h.stop().await.unwrap();
}

#[tokio::test]
async fn shutdown_closes_every_session_with_going_away() {
    let h = harness().await;
    let mut clients = vec![
        h.connect("/").await,
        h.connect("/full-stream").await,
        h.connect("/domains-only").await,
    ];
    let stopping = tokio::spawn(h.stop());
    for client in &mut clients {
        let close = tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                match client.next().await {
                    Some(Ok(Message::Close(frame))) => return frame,
                    Some(Ok(_)) => continue,
                    other => panic!("expected a close frame, got {other:?}"),
                }
            }
        })
        .await
        .expect("close frame within 5 s")
        .expect("close frame has a code");
        assert_eq!(close.code, CloseCode::Away);
    }
    stopping.await.unwrap().unwrap();
}

#[tokio::test]
async fn positions_are_saved_at_shutdown() {
    let state_dir = common::temp_state_dir();
    let _cleanup = DirGuard(state_dir.clone());
    let h = start(sim().await, |c| c.state_dir = state_dir.clone()).await;
    let expected: std::collections::HashMap<String, u64> = h
        .sim
        .logs()
        .iter()
        .map(|log| (log.url().to_owned(), log.size()))
        .collect();
    h.stop().await.unwrap();
    let saved = certstream_server::state::Store::open(&state_dir)
        .and_then(|store| store.load())
        .expect("the position store opens after shutdown");
    assert_eq!(saved, expected);
}

/// Removes a directory when dropped.
struct DirGuard(std::path::PathBuf);

impl Drop for DirGuard {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_falls_behind_is_closed_with_a_reason() {
    let h = start(sim().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        // A ring of 2: one tile's batch, published in one go, overruns it.
        c.client_buffer = 2;
    })
    .await;
    let mut client = h.connect("/full-stream").await;
    h.wait_for("client", |s| s["clients"]["full"] == 1).await;
    // 300 -> 500 is one partial tile read: a single batch of 200 entries.
    h.sim.log("tiled").unwrap().publish(200).unwrap();

    let close = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match client.next().await {
                Some(Ok(Message::Close(frame))) => return frame,
                Some(Ok(_)) => continue,
                other => panic!("expected a close frame, got {other:?}"),
            }
        }
    })
    .await
    .expect("closed within 10 s")
    .expect("close frame has a code");
    assert_eq!(close.code, CloseCode::Policy);
    assert!(close.reason.contains("too slow"), "{}", close.reason);
    h.wait_for("slow client counted and gone", |s| {
        s["slow_clients_disconnected"] == 1 && s["clients"]["full"] == 0
    })
    .await;
    h.stop().await.unwrap();
}
