//! The certstream clients people already run, unchanged, against this
//! server: certstream-python 1.12 (`listen_for_events`) and certstream-js
//! 1.1.1. Their scripts live in `tests/real-clients/`; `scripts/test`
//! installs the pinned packages and points these tests at them through
//! `CERTSTREAM_TEST_PYTHON`, `CERTSTREAM_TEST_NODE` and
//! `CERTSTREAM_REAL_CLIENTS_DIR`. Without those variables the tests say they
//! are skipped, except under CI (`CI` set), where that is a failure.
//!
//! The server pings often here (every 200 ms) and the clients must keep
//! receiving for several seconds: certstream-js never pings on its own, and
//! must not be dropped for it.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

use common::start;

/// Certificates each client must receive. At the simulator's 20 entries/s
/// across two logs this spans several seconds, i.e. many ping intervals.
const WANT: usize = 60;

/// The interpreter (or node binary) and the scripts' directory, or `None`
/// when the environment was not prepared by `scripts/test`.
fn client_env(var: &str) -> Option<(String, PathBuf)> {
    let program = std::env::var(var).ok();
    let dir = std::env::var("CERTSTREAM_REAL_CLIENTS_DIR").ok();
    match (program, dir) {
        (Some(program), Some(dir)) => Some((program, PathBuf::from(dir))),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{var} and CERTSTREAM_REAL_CLIENTS_DIR must be set under CI (scripts/test sets them)"
            );
            eprintln!(
                "skipped: run scripts/test, which sets {var} and CERTSTREAM_REAL_CLIENTS_DIR"
            );
            None
        }
    }
}

/// Run one client script against a live server fed by two growing logs
/// (one per protocol) and check what it printed.
async fn run_client(program: &str, script: PathBuf) {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("minted-rfc").rate(10.0))
        .log(LogSpec::static_ct_minted("minted-tiles").rate(10.0))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |config| {
        config.ping_interval = Duration::from_millis(200);
        config.heartbeat_interval = Duration::from_millis(500);
    })
    .await;
    let urls: BTreeSet<String> = h.sim.logs().iter().map(|l| l.url().to_owned()).collect();

    let mut child = Command::new(program)
        .arg(&script)
        .arg(format!("ws://{}/", h.addr))
        .arg(WANT.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("starting {program} {}: {e}", script.display()));
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();

    let mut received = Vec::new();
    let read_all = async {
        while let Some(line) = lines.next_line().await.expect("client stdout") {
            // certstream-js logs "Connecting to ..." on stdout too.
            if let Ok(value) = serde_json::from_str::<Value>(&line) {
                received.push(value);
            }
        }
        child.wait().await.expect("client exit status")
    };
    let status = tokio::time::timeout(Duration::from_secs(60), read_all)
        .await
        .expect("the client received its certificates within 60 s");
    assert!(status.success(), "client exited with {status}");
    assert_eq!(received.len(), WANT);

    let mut last_index = std::collections::BTreeMap::new();
    for line in &received {
        let url = line["source_url"].as_str().expect("source.url");
        assert!(urls.contains(url), "unknown log {url}");
        let index = line["cert_index"].as_u64().expect("cert_index");
        if let Some(previous) = last_index.insert(url.to_owned(), index) {
            assert_eq!(index, previous + 1, "{url}: gap or repeat");
        }
        let entry = h
            .sim
            .log(if url.contains("minted-rfc") {
                "minted-rfc"
            } else {
                "minted-tiles"
            })
            .unwrap()
            .entry(index)
            .expect("an entry the simulator served");
        let domains: Vec<&str> = line["all_domains"]
            .as_array()
            .expect("all_domains")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(domains, entry.domains, "{url} index {index}");
        let update_type = match entry.entry_type {
            ctlog_sim::EntryType::X509 => "X509LogEntry",
            ctlog_sim::EntryType::Precert => "PrecertLogEntry",
        };
        assert_eq!(line["update_type"], update_type);
    }
    assert_eq!(last_index.len(), 2, "both protocols reached the client");
    h.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certstream_python_listen_for_events() {
    let Some((python, dir)) = client_env("CERTSTREAM_TEST_PYTHON") else {
        return;
    };
    run_client(&python, dir.join("python_client.py")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certstream_js_client_without_pings() {
    let Some((node, dir)) = client_env("CERTSTREAM_TEST_NODE") else {
        return;
    };
    run_client(&node, dir.join("node_client.js")).await;
}
