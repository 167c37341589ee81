//! Cursors and `?since=` (issue #6): a client that goes away while the
//! logs grow gets exactly what it missed, in order, then live entries;
//! across a server restart too; and a cursor older than retention gets a
//! `cursor_expired` notice and resumes from the oldest message kept.

mod common;

use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use serde_json::Value;

use common::{temp_state_dir, Client};

/// A certificate as a resuming client checks it.
#[derive(Debug, Clone, PartialEq)]
struct Cert {
    url: String,
    index: u64,
    cursor: u64,
}

async fn sim() -> Simulator {
    Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic"))
        .log(LogSpec::static_ct_minted("tiled"))
        .start()
        .await
        .expect("simulator")
}

/// Next message (certificate or notice; heartbeats skipped).
async fn next_message(client: &mut Client) -> Value {
    loop {
        let text = common::next_text(client, Duration::from_secs(10)).await;
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["message_type"] != "heartbeat" {
            return value;
        }
    }
}

fn cert(value: &Value) -> Cert {
    assert_eq!(value["message_type"], "certificate_update", "{value}");
    let data = &value["data"];
    Cert {
        url: data["source"]["url"].as_str().unwrap().to_owned(),
        index: data["cert_index"].as_u64().unwrap(),
        cursor: data["cursor"].as_str().unwrap().parse().unwrap(),
    }
}

async fn read(client: &mut Client, n: usize) -> Vec<Cert> {
    let mut out = Vec::new();
    while out.len() < n {
        out.push(cert(&next_message(client).await));
    }
    out
}

/// Per log, the indices in the order received.
fn indices(certs: &[Cert], url: &str) -> Vec<u64> {
    certs
        .iter()
        .filter(|c| c.url == url)
        .map(|c| c.index)
        .collect()
}

fn assert_cursors_follow(certs: &[Cert], after: u64) {
    let cursors: Vec<u64> = certs.iter().map(|c| c.cursor).collect();
    let want: Vec<u64> = (after + 1..after + 1 + certs.len() as u64).collect();
    assert_eq!(cursors, want, "cursors are consecutive after {after}");
}

/// Publish `n` entries into every log.
fn grow(sim: &Simulator, n: u64) {
    for log in sim.logs() {
        log.publish(n).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_away_for_a_while_resumes_with_exactly_what_it_missed_then_live() {
    let sim = sim().await;
    // A ring of 16: of the 48 entries the client misses, the first 32 must
    // come from the history store, the rest from the ring.
    let h = common::start(sim, |c| {
        c.client_buffer = 16;
        c.heartbeat_interval = Duration::from_secs(3600);
    })
    .await;
    let mut client = h.connect("/").await;
    grow(&h.sim, 5);
    let first = read(&mut client, 10).await;
    let last_seen = first.last().unwrap().cursor;
    drop(client);

    // Away for a second while the logs grow.
    for _ in 0..4 {
        grow(&h.sim, 6);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    h.wait_for("caught up", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["position"] == 29)
    })
    .await;

    let mut back = h.connect(&format!("/?since={last_seen}")).await;
    let missed = read(&mut back, 48).await;
    assert_cursors_follow(&missed, last_seen);
    for log in h.sim.logs() {
        assert_eq!(indices(&missed, log.url()), (5..29).collect::<Vec<_>>());
    }
    // Then live, without a repeat.
    grow(&h.sim, 3);
    let live = read(&mut back, 6).await;
    assert_cursors_follow(&live, last_seen + 48);
    for log in h.sim.logs() {
        assert_eq!(indices(&live, log.url()), [29, 30, 31]);
    }
    common::assert_no_more_certificates(&mut back, Duration::from_millis(300)).await;

    // A client already caught up just continues live.
    let now = live.last().unwrap().cursor;
    let mut current = h.connect(&format!("/full-stream?since={now}")).await;
    grow(&h.sim, 1);
    let next = read(&mut current, 2).await;
    assert_cursors_follow(&next, now);
    h.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn since_works_across_a_server_restart() {
    let state_dir = temp_state_dir();
    let dir = state_dir.clone();
    let h = common::start(sim().await, move |c| {
        c.state_dir = dir;
        // Holds a burst; after the restart the ring is empty, so what the
        // client missed can only come from history.
        c.client_buffer = 10;
        c.heartbeat_interval = Duration::from_secs(3600);
    })
    .await;
    let mut client = h.connect("/full-stream").await;
    grow(&h.sim, 4);
    let seen = read(&mut client, 8).await;
    let last_seen = seen.last().unwrap().cursor;
    drop(client);
    // More arrives after the client left, then the server restarts and
    // more arrives while it is down.
    grow(&h.sim, 3);
    h.wait_for("caught up", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["position"] == 7)
    })
    .await;
    let sim = h.into_sim().await;
    grow(&sim, 2);

    let dir = state_dir.clone();
    let h = common::start(sim, move |c| {
        c.state_dir = dir;
        // Holds a burst; after the restart the ring is empty, so what the
        // client missed can only come from history.
        c.client_buffer = 10;
        c.heartbeat_interval = Duration::from_secs(3600);
    })
    .await;
    h.wait_for("caught up", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["position"] == 9)
    })
    .await;
    let mut back = h.connect(&format!("/full-stream?since={last_seen}")).await;
    let missed = read(&mut back, 10).await;
    assert_cursors_follow(&missed, last_seen);
    for log in h.sim.logs() {
        assert_eq!(indices(&missed, log.url()), (4..9).collect::<Vec<_>>());
    }
    grow(&h.sim, 1);
    let live = read(&mut back, 2).await;
    assert_cursors_follow(&live, last_seen + 10);
    common::assert_no_more_certificates(&mut back, Duration::from_millis(300)).await;
    h.stop().await.unwrap();
    let _ = std::fs::remove_dir_all(&state_dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_cursor_gets_a_notice_and_resumes_from_the_oldest_kept() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic"))
        .start()
        .await
        .expect("simulator");
    // The ring holds one burst and a little: the expired entries are gone
    // from it too.
    let h = common::start(sim, |c| {
        c.client_buffer = 6;
        c.history_max_age = Duration::from_millis(500);
        c.heartbeat_interval = Duration::from_secs(3600);
    })
    .await;
    let log = h.sim.log("classic").unwrap();
    let mut client = h.connect("/").await;
    log.publish(5).unwrap();
    let old = read(&mut client, 5).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    // This batch is stored after the first has expired, which it trims.
    log.publish(5).unwrap();
    let kept = read(&mut client, 5).await;
    drop(client);

    let since = old[1].cursor;
    let mut back = h.connect(&format!("/?since={since}")).await;
    let notice = next_message(&mut back).await;
    assert_eq!(notice["message_type"], "notice", "{notice}");
    assert_eq!(notice["data"]["code"], "cursor_expired");
    assert_eq!(notice["data"]["since"], since.to_string());
    assert_eq!(notice["data"]["oldest"], kept[0].cursor.to_string());
    let resumed = read(&mut back, 5).await;
    assert_eq!(resumed, kept, "everything from the oldest kept, in order");
    common::assert_no_more_certificates(&mut back, Duration::from_millis(300)).await;
    h.stop().await.unwrap();
}
