//! The NATS JetStream deployment end to end (issue #8): three
//! `nats-server` processes in a cluster (routes, JetStream, R3 stream),
//! two active-active ingest nodes and two edge nodes (the real binary as
//! child processes), and the CT log simulator.
//!
//! One test walks through the failures in turn, checking after each that
//! clients on both edges got every new entry exactly once, in the same
//! order with the same cursors:
//! 1. steady state;
//! 2. one ingest node killed;
//! 3. one NATS server killed;
//! 4. one edge killed: its client reconnects to the other edge with
//!    `?since=<last cursor>` and gets exactly what it missed, then live.
//!
//! Needs `nats-server` on PATH; without it the test prints "skipped" and
//! passes, unless `CI` is set.

mod nats_harness;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use futures::StreamExt;
use nats_harness::{nats_server_available, NatsCluster, Node};
use tokio_tungstenite::tungstenite::Message;

/// One certificate as a client saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    url: String,
    index: u64,
    cursor: u64,
}

/// A websocket client that records every certificate it receives.
struct Reader {
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Reader {
    async fn connect(addr: std::net::SocketAddr, path: &str) -> Reader {
        let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}{path}"))
            .await
            .expect("websocket connect");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let task = tokio::spawn(async move {
            while let Some(Ok(frame)) = ws.next().await {
                let Message::Text(text) = frame else { continue };
                let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                if value["message_type"] != "certificate_update" {
                    continue;
                }
                let data = &value["data"];
                sink.lock().unwrap().push(Seen {
                    url: data["source"]["url"].as_str().unwrap().to_owned(),
                    index: data["cert_index"].as_u64().unwrap(),
                    cursor: data["cursor"].as_str().unwrap().parse().unwrap(),
                });
            }
        });
        Reader { seen, task }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Wait until `n` certificates arrived (30 s at most).
    async fn wait_for(&self, n: usize, what: &str) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while self.seen.lock().unwrap().len() < n {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{what}: only {} of {n} certificates arrived",
                self.seen.lock().unwrap().len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Every log's indices `from[url]..to[url]` exactly once each, in index
/// order per log, with strictly increasing cursors.
fn assert_complete(seen: &[Seen], ranges: &[(String, u64, u64)], what: &str) {
    for (url, from, to) in ranges {
        let indices: Vec<u64> = seen
            .iter()
            .filter(|s| &s.url == url)
            .map(|s| s.index)
            .collect();
        let want: Vec<u64> = (*from..*to).collect();
        assert_eq!(
            indices, want,
            "{what}: {url} missing, repeated or out of order"
        );
    }
    let expected: u64 = ranges.iter().map(|(_, f, t)| t - f).sum();
    assert_eq!(
        seen.len() as u64,
        expected,
        "{what}: unexpected extra certificates"
    );
    assert!(
        seen.windows(2).all(|w| w[0].cursor < w[1].cursor),
        "{what}: cursors not strictly increasing"
    );
}

/// Publish `n` entries in every log; returns each log's new range.
fn grow(sim: &Simulator, n: u64) -> Vec<(String, u64, u64)> {
    sim.logs()
        .iter()
        .map(|log| {
            let before = log.size();
            let after = log.publish(n).expect("publish");
            (log.url().to_owned(), before, after)
        })
        .collect()
}

/// Ranges covering `a` then `b` (same logs, contiguous).
fn join(a: &[(String, u64, u64)], b: &[(String, u64, u64)]) -> Vec<(String, u64, u64)> {
    a.iter()
        .zip(b)
        .map(|((url, from, _), (_, _, to))| (url.clone(), *from, *to))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cluster_survives_ingest_nats_and_edge_failures() {
    if !nats_server_available("cluster_survives_ingest_nats_and_edge_failures") {
        return;
    }
    let mut cluster = NatsCluster::start(3).await;
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic").initial_size(10))
        .log(LogSpec::static_ct_minted("tiled").initial_size(10))
        .start()
        .await
        .expect("simulator");
    let nats = cluster.urls();
    let common = ["--nats-replicas", "3", "--history-max-bytes", "67108864"];

    // One after the other: nats-server 2.9 answers neither of two
    // concurrent creations of the same stream for seconds (the nodes
    // retry, so production copes; the test need not wait for it).
    let mut ingest_a = Node::start("ingest", &sim.log_list_url(), &nats, &common).await;
    ingest_a.wait_watching(2).await;
    let ingest_b = Node::start("ingest", &sim.log_list_url(), &nats, &common).await;
    ingest_b.wait_watching(2).await;
    let mut edge_1 = Node::start("edge", &sim.log_list_url(), &nats, &common).await;
    let edge_2 = Node::start("edge", &sim.log_list_url(), &nats, &common).await;
    // An edge answers /stats once it follows the stream.
    edge_1.stats().await;
    edge_2.stats().await;

    let client_1 = Reader::connect(edge_1.addr, "/full-stream").await;
    let client_2 = Reader::connect(edge_2.addr, "/full-stream").await;

    // 1. Steady state: both ingests publish every entry, the stream keeps
    // one copy, both edges deliver it.
    let first = grow(&sim, 20);
    client_1.wait_for(40, "steady state, edge 1").await;
    client_2.wait_for(40, "steady state, edge 2").await;

    // 2. Kill one ingest: its twin carries on alone.
    ingest_a.kill().await;
    let second = grow(&sim, 20);
    client_1.wait_for(80, "ingest killed, edge 1").await;
    client_2.wait_for(80, "ingest killed, edge 2").await;

    // 3. Kill one NATS server: the R3 stream keeps a quorum.
    cluster.kill(0).await;
    let third = grow(&sim, 20);
    client_1.wait_for(120, "NATS server killed, edge 1").await;
    client_2.wait_for(120, "NATS server killed, edge 2").await;

    let so_far = join(&join(&first, &second), &third);
    let seen_1 = client_1.seen();
    assert_complete(&seen_1, &so_far, "edge 1");
    assert_eq!(
        seen_1,
        client_2.seen(),
        "both edges deliver the same entries, same order, same cursors"
    );

    // 4. Kill edge 1. Entries published while its client is away are
    // replayed by edge 2 from `since`, then the client continues live.
    edge_1.kill().await;
    let last_cursor = seen_1.last().expect("entries").cursor;
    let missed = grow(&sim, 15);
    client_2.wait_for(150, "edge killed, edge 2").await;
    let resumed = Reader::connect(edge_2.addr, &format!("/full-stream?since={last_cursor}")).await;
    resumed.wait_for(30, "resumed client, replay").await;
    let live = grow(&sim, 10);
    resumed.wait_for(50, "resumed client, live").await;
    client_2.wait_for(170, "after resume, edge 2").await;

    let after = join(&missed, &live);
    assert_complete(&resumed.seen(), &after, "resumed client");
    let everything = join(&so_far, &after);
    let seen_2 = client_2.seen();
    assert_complete(&seen_2, &everything, "edge 2");
    // The resumed client saw exactly edge 2's tail after its cursor.
    let tail: Vec<Seen> = seen_2
        .into_iter()
        .filter(|s| s.cursor > last_cursor)
        .collect();
    assert_eq!(
        resumed.seen(),
        tail,
        "resume on another edge: same entries and cursors"
    );

    drop(ingest_b);
}
