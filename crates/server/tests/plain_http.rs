//! NDJSON and Server-Sent Events consumed by a real `curl` process: same
//! messages as the websocket, `since` and `Last-Event-ID` honoured, SSE
//! `id:` equal to the cursor, filters applied.

mod common;

use std::process::Stdio;
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::{Child, ChildStdout, Command};

/// A `curl -sN` child and its output lines.
struct Curl {
    child: Child,
    lines: Lines<BufReader<ChildStdout>>,
}

impl Curl {
    fn spawn(url: &str, headers: &[&str]) -> Curl {
        let mut command = Command::new("curl");
        command.args(["-sN", "--fail"]);
        for header in headers {
            command.args(["-H", header]);
        }
        let mut child = command
            .arg(url)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("curl runs");
        let stdout = child.stdout.take().unwrap();
        Curl {
            child,
            lines: BufReader::new(stdout).lines(),
        }
    }

    async fn line(&mut self) -> String {
        tokio::time::timeout(Duration::from_secs(10), self.lines.next_line())
            .await
            .expect("a line in time")
            .unwrap()
            .expect("curl still streaming")
    }

    /// The next `n` certificate messages of an NDJSON stream.
    async fn ndjson_certificates(&mut self, n: usize) -> Vec<Value> {
        let mut out = Vec::new();
        while out.len() < n {
            let value: Value = serde_json::from_str(&self.line().await).unwrap();
            if value["message_type"] != "heartbeat" {
                out.push(value);
            }
        }
        out
    }

    /// The next `n` SSE events that carry an `id:`, as (id, data).
    async fn sse_events(&mut self, n: usize) -> Vec<(u64, Value)> {
        let mut out = Vec::new();
        let (mut id, mut data) = (None, None);
        while out.len() < n {
            let line = self.line().await;
            if let Some(value) = line.strip_prefix("id: ") {
                id = Some(value.parse::<u64>().unwrap());
            } else if let Some(value) = line.strip_prefix("data: ") {
                data = Some(serde_json::from_str::<Value>(value).unwrap());
            } else if line.is_empty() {
                if let (Some(id), Some(data)) = (id.take(), data.take()) {
                    out.push((id, data));
                }
                (id, data) = (None, None);
            }
        }
        out
    }

    async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

fn cursor(message: &Value) -> u64 {
    message["data"]["cursor"].as_str().unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ndjson_and_sse_stream_to_curl_with_since_and_last_event_id() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic"))
        .start()
        .await
        .expect("simulator");
    let h = common::start(sim, |c| c.heartbeat_interval = Duration::from_secs(3600)).await;
    let log = h.sim.log("classic").unwrap();
    let mut ws = h.connect("/full-stream").await;
    log.publish(6).unwrap();
    let mut reference = Vec::new();
    while reference.len() < 6 {
        let text = common::next_text(&mut ws, Duration::from_secs(10)).await;
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["message_type"] == "certificate_update" {
            reference.push(value);
        }
    }
    let cursors: Vec<u64> = reference.iter().map(cursor).collect();
    let base = format!("http://{}", h.addr);

    // NDJSON on the lite stream, resuming after the second certificate.
    let mut ndjson = Curl::spawn(&format!("{base}/?format=ndjson&since={}", cursors[1]), &[]);
    let got = ndjson.ndjson_certificates(4).await;
    assert_eq!(got.iter().map(cursor).collect::<Vec<_>>(), cursors[2..]);
    for (lite, full) in got.iter().zip(&reference[2..]) {
        assert_eq!(lite["data"]["cert_index"], full["data"]["cert_index"]);
        assert!(lite["data"].get("chain").is_none(), "the lite form");
    }

    // SSE on /sse (full), reconnecting like an EventSource after event 3.
    let mut sse = Curl::spawn(
        &format!("{base}/sse?stream=full"),
        &[&format!("Last-Event-ID: {}", cursors[3])],
    );
    let events = sse.sse_events(2).await;
    for ((id, data), want) in events.iter().zip(&reference[4..]) {
        assert_eq!(*id, cursor(want), "id: is the cursor");
        assert_eq!(data, want, "the full message, as on the websocket");
    }

    // SSE by Accept header on a stream route, domains-only, filtered.
    let domain = reference[5]["data"]["leaf_cert"]["all_domains"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let mut domains = Curl::spawn(
        &format!("{base}/domains-only?since={}&domain={domain}", cursors[0]),
        &["Accept: text/event-stream"],
    );
    let events = domains.sse_events(1).await;
    assert_eq!(events[0].0, cursors[5]);
    assert_eq!(events[0].1["message_type"], "dns_entries");
    assert_eq!(
        events[0].1["data"],
        reference[5]["data"]["leaf_cert"]["all_domains"]
    );

    // All three continue live.
    log.publish(2).unwrap();
    let live = ndjson.ndjson_certificates(2).await;
    assert_eq!(
        live.iter().map(cursor).collect::<Vec<_>>(),
        [cursors[5] + 1, cursors[5] + 2]
    );
    let live = sse.sse_events(2).await;
    assert_eq!(
        live.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        [cursors[5] + 1, cursors[5] + 2]
    );
    for curl in [ndjson, sse, domains] {
        curl.stop().await;
    }
    h.stop().await.unwrap();
}
