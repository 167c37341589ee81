//! Websocket sessions under stress and abuse: slow clients (cut off or
//! skipping ahead) while fast ones get everything, connection limits,
//! inbound frame policing, permessage-deflate, liveness and shutdown.

mod common;

use std::net::IpAddr;
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use futures::StreamExt;
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message;

use common::{start, Client, Harness, RawClient, RawFrame};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data");

/// Entries in the navigli static-ct fixture (four full data tiles).
const NAVIGLI: u64 = 1024;

fn ip(last: u8) -> IpAddr {
    IpAddr::from([127, 0, 0, last])
}

/// A simulator with the real navigli tiles (big full-stream messages) and
/// nothing published yet.
async fn navigli() -> Simulator {
    Simulator::builder()
        .log(LogSpec::static_ct_fixture(
            "navigli",
            format!("{DATA}/static-ct/navigli2025h2"),
        ))
        .start()
        .await
        .expect("simulator")
}

/// A `certificate_update`'s index, or `None` for other messages.
fn cert_index(text: &str) -> Option<u64> {
    let value: Value = serde_json::from_str(text).expect("JSON");
    (value["message_type"] == "certificate_update")
        .then(|| value["data"]["cert_index"].as_u64().unwrap())
}

/// Read `client` until it has `count` certificates; returns their indices
/// (and the client, still connected).
fn read_certificates(
    mut client: Client,
    count: usize,
) -> tokio::task::JoinHandle<(Vec<u64>, Client)> {
    tokio::spawn(async move {
        let mut indices = Vec::new();
        while indices.len() < count {
            let text = common::next_text(&mut client, Duration::from_secs(20)).await;
            indices.extend(cert_index(&text));
        }
        (indices, client)
    })
}

/// Publish the whole fixture in steps that a reading client absorbs easily
/// (100 entries per step, ring of 400), while `slow` does not read.
async fn publish_in_steps(h: &Harness) {
    let log = h.sim.log("navigli").unwrap();
    let mut left = NAVIGLI;
    while left > 0 {
        let step = left.min(100);
        log.publish(step).unwrap();
        left -= step;
        tokio::time::sleep(Duration::from_millis(120)).await;
    }
}

async fn slow_client_harness() -> Harness {
    start(navigli().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.client_buffer = 400;
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_client_is_cut_off_with_a_reason_while_a_fast_one_gets_everything() {
    let h = slow_client_harness().await;
    let fast = read_certificates(h.connect("/full-stream").await, NAVIGLI as usize);
    let mut slow = RawClient::connect_slow(h.addr, "/full-stream").await;
    h.wait_for("both clients", |s| s["clients"]["full"] == 2)
        .await;

    publish_in_steps(&h).await;
    let (fast, _still_connected) = tokio::time::timeout(Duration::from_secs(30), fast)
        .await
        .expect("fast client done in time")
        .unwrap();
    assert_eq!(
        fast,
        (0..NAVIGLI).collect::<Vec<_>>(),
        "fast client got everything"
    );

    // The stalled client now reads what was buffered, then the close.
    let mut received = 0u64;
    let close = loop {
        match slow.next_frame(Duration::from_secs(20)).await {
            Some(RawFrame::Text { text, .. }) => {
                assert_eq!(cert_index(&text), Some(received), "in order, no holes");
                received += 1;
            }
            Some(RawFrame::Close { code, reason }) => break (code, reason),
            Some(_) => {}
            None => panic!("connection ended without a close frame"),
        }
    };
    assert_eq!(close.0, 1008, "{close:?}");
    assert!(close.1.contains("too slow"), "{close:?}");
    assert!(received < NAVIGLI - 400, "cut off after {received}");
    h.wait_for("slow client counted and gone", |s| {
        s["slow_clients_disconnected"] == 1 && s["clients"]["full"] == 1
    })
    .await;
    h.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_skip_mode_client_is_told_how_many_entries_it_missed() {
    let h = slow_client_harness().await;
    let fast = read_certificates(h.connect("/full-stream").await, NAVIGLI as usize);
    let mut slow = RawClient::connect_slow(h.addr, "/full-stream?on_lag=skip").await;
    h.wait_for("both clients", |s| s["clients"]["full"] == 2)
        .await;

    publish_in_steps(&h).await;
    let (fast, _still_connected) = tokio::time::timeout(Duration::from_secs(30), fast)
        .await
        .expect("fast client done in time")
        .unwrap();
    assert_eq!(
        fast,
        (0..NAVIGLI).collect::<Vec<_>>(),
        "fast client got everything"
    );

    // Every entry is either delivered or reported missed, in order.
    let (mut next, mut missed_total, mut skips) = (0u64, 0u64, 0u64);
    while next < NAVIGLI {
        let (text, _) = slow.next_text(Duration::from_secs(20)).await;
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["message_type"] == "skipped" {
            let missed = value["missed"].as_u64().unwrap();
            assert!(missed > 0);
            next += missed;
            missed_total += missed;
            skips += 1;
        } else {
            assert_eq!(cert_index(&text), Some(next), "after {missed_total} missed");
            next += 1;
        }
    }
    assert_eq!(next, NAVIGLI);
    assert!(skips >= 1 && missed_total > 0, "the client did fall behind");
    h.wait_for("skip counted, client still there", |s| {
        s["sessions"]["skips"] == skips
            && s["sessions"]["skipped_messages"] == missed_total
            && s["slow_clients_disconnected"] == 0
            && s["clients"]["full"] == 2
    })
    .await;
    h.stop().await.unwrap();
}

#[tokio::test]
async fn connection_limits_refuse_before_the_upgrade_with_a_clear_status() {
    let h = start(navigli().await, |c| {
        c.max_connections = 3;
        c.max_connections_per_ip = 2;
    })
    .await;
    let first = RawClient::connect(h.addr, "/", None, ip(1))
        .await
        .expect("1st");
    let _second = RawClient::connect(h.addr, "/", None, ip(1))
        .await
        .expect("2nd");
    let (status, body) = RawClient::connect(h.addr, "/", None, ip(1))
        .await
        .err()
        .expect("refused");
    assert_eq!(status, 429);
    assert!(
        body.contains("too many connections from your address"),
        "{body}"
    );

    let _third = RawClient::connect(h.addr, "/full-stream", None, ip(2))
        .await
        .expect("other address");
    let (status, body) = RawClient::connect(h.addr, "/domains-only", None, ip(3))
        .await
        .err()
        .expect("refused");
    assert_eq!(status, 503);
    assert!(body.contains("connection limit (3 connections)"), "{body}");

    // A slot comes back when a client leaves.
    drop(first);
    h.wait_for("client gone", |s| s["clients"]["lite"] == 1)
        .await;
    let _fourth = RawClient::connect(h.addr, "/", None, ip(3))
        .await
        .expect("slot freed");
    let stats = h.stats().await;
    assert_eq!(stats["sessions"]["refused_per_ip"], 1);
    assert_eq!(stats["sessions"]["refused_full"], 1);
    h.stop().await.unwrap();
}

#[tokio::test]
async fn an_oversized_inbound_frame_closes_with_1009() {
    let h = start(navigli().await, |c| c.max_inbound_frame = 1024).await;
    let mut client = RawClient::connect(h.addr, "/", None, ip(1)).await.unwrap();
    // At the limit: accepted and ignored; the session still answers pings.
    client.send(0x1, &[b'x'; 1024]).await.unwrap();
    client.send(0x9, b"still there?").await.unwrap();
    assert_eq!(
        client.next_frame(Duration::from_secs(5)).await,
        Some(RawFrame::Pong)
    );
    // One byte over: refused from the header alone.
    let _ = client.send(0x1, &[b'x'; 1025]).await;
    match client.next_frame(Duration::from_secs(5)).await {
        Some(RawFrame::Close { code, reason }) => {
            assert_eq!(code, 1009);
            assert!(reason.contains("1024"), "{reason}");
        }
        other => panic!("expected a close, got {other:?}"),
    }
    assert_eq!(client.next_frame(Duration::from_secs(5)).await, None);
    h.wait_for("counted", |s| {
        s["sessions"]["oversized_frames"] == 1 && s["clients"]["lite"] == 0
    })
    .await;
    h.stop().await.unwrap();
}

#[tokio::test]
async fn malformed_inbound_frames_close_with_1002() {
    let h = start(navigli().await, |_| {}).await;
    for garbage in [
        &b"\x81\x01x"[..],                // unmasked
        &b"\x83\x80\x00\x00\x00\x00"[..], // reserved opcode
        &b"\x80\x80\x00\x00\x00\x00"[..], // continuation of nothing
    ] {
        let mut client = RawClient::connect(h.addr, "/", None, ip(1)).await.unwrap();
        client.send_raw(garbage).await.unwrap();
        match client.next_frame(Duration::from_secs(5)).await {
            Some(RawFrame::Close { code, .. }) => assert_eq!(code, 1002, "{garbage:?}"),
            other => panic!("expected a close for {garbage:?}, got {other:?}"),
        }
    }
    h.wait_for("counted", |s| s["sessions"]["protocol_errors"] == 3)
        .await;
    h.stop().await.unwrap();
}

#[tokio::test]
async fn permessage_deflate_frames_decode_to_the_same_json() {
    let h = start(navigli().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600)
    })
    .await;
    let offer = "permessage-deflate; client_max_window_bits";
    let mut compressed = RawClient::connect(h.addr, "/full-stream", Some(offer), ip(1))
        .await
        .unwrap();
    assert_eq!(
        compressed.extensions.as_deref(),
        Some("permessage-deflate; server_no_context_takeover")
    );
    let mut plain_raw = RawClient::connect(h.addr, "/full-stream", None, ip(1))
        .await
        .unwrap();
    assert_eq!(plain_raw.extensions, None);
    let mut reference = h.connect("/full-stream").await;
    h.wait_for("clients", |s| s["clients"]["full"] == 3).await;

    h.sim.log("navigli").unwrap().publish(50).unwrap();
    for n in 0..50 {
        let expected = common::next_text(&mut reference, Duration::from_secs(10)).await;
        assert_eq!(cert_index(&expected), Some(n));
        let (text, was_compressed) = compressed.next_text(Duration::from_secs(10)).await;
        assert!(was_compressed, "message {n} sent uncompressed");
        assert_eq!(text, expected, "message {n}");
        let (text, was_compressed) = plain_raw.next_text(Duration::from_secs(10)).await;
        assert!(!was_compressed);
        assert_eq!(text, expected);
    }
    assert_eq!(h.stats().await["sessions"]["deflate_sessions"], 1);

    // Shutdown reaches compressed sessions too.
    let stopping = tokio::spawn(h.stop());
    loop {
        match compressed.next_frame(Duration::from_secs(5)).await {
            Some(RawFrame::Close { code, .. }) => {
                assert_eq!(code, 1001);
                break;
            }
            Some(_) => {}
            None => panic!("no close frame"),
        }
    }
    stopping.await.unwrap().unwrap();
}

#[tokio::test]
async fn compression_can_be_turned_off() {
    let h = start(navigli().await, |c| c.compression = false).await;
    let client = RawClient::connect(h.addr, "/", Some("permessage-deflate"), ip(1))
        .await
        .unwrap();
    assert_eq!(client.extensions, None);
    h.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_that_answer_pings_stay_and_silent_ones_time_out() {
    let h = start(navigli().await, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.ping_interval = Duration::from_millis(50);
        c.idle_timeout = Duration::from_millis(400);
    })
    .await;
    // Like certstream-js: never sends a thing of its own, but its
    // websocket library answers every ping.
    let mut answering = h.connect("/full-stream").await;
    let reader = tokio::spawn(async move {
        let mut pings = 0;
        let until = tokio::time::Instant::now() + Duration::from_millis(1500);
        while let Ok(frame) = tokio::time::timeout_at(until, answering.next()).await {
            match frame {
                Some(Ok(Message::Ping(_))) => pings += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
        (pings, answering)
    });
    // Sends nothing at all, pongs included.
    let mut silent = RawClient::connect(h.addr, "/", None, ip(1)).await.unwrap();
    let close = loop {
        match silent.next_frame(Duration::from_secs(5)).await {
            Some(RawFrame::Close { code, reason }) => break (code, reason),
            Some(RawFrame::Ping(_)) => {}
            other => panic!("expected pings then a close, got {other:?}"),
        }
    };
    assert_eq!(close.0, 1008);
    assert!(close.1.contains("idle timeout"), "{close:?}");

    let (pings, _answering) = reader.await.unwrap();
    assert!(pings >= 10, "only {pings} pings in 1.5 s");
    let stats = h.stats().await;
    assert_eq!(
        stats["clients"]["full"], 1,
        "the answering client is still connected"
    );
    assert_eq!(stats["sessions"]["idle_timeouts"], 1);
    h.stop().await.unwrap();
}
