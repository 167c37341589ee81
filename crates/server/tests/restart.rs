//! Crash safety: the real `certstream-server` binary is killed with SIGKILL
//! in the middle of a stream and restarted with the same `--state-dir`.
//! What the two runs streamed together must cover every entry of every log
//! from the first run's start to the end, with at most one batch repeated
//! per log.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ctlog_sim::{Endpoint, Fault, LogHandle, LogSpec, Simulator};
use futures::StreamExt;
use tokio_tungstenite::tungstenite::Message;

use common::{certificate_of, temp_state_dir};

/// Entries per get-entries request in both runs.
const BATCH: u64 = 16;

/// A server child process, killed with SIGKILL when dropped.
struct ServerProcess {
    child: Child,
    addr: String,
}

impl ServerProcess {
    fn spawn(sim: &Simulator, state_dir: &Path) -> ServerProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        let child = Command::new(env!("CARGO_BIN_EXE_certstream-server"))
            .args(["--listen", &addr, "--log-list", &sim.log_list_url()])
            .arg("--state-dir")
            .arg(state_dir)
            .args(["--poll-interval", "50ms", "--max-backoff", "200ms"])
            .args(["--batch-size", &BATCH.to_string(), "--log-level", "warn"])
            .env_remove("CERTSTREAM_CONFIG")
            .stdout(Stdio::null())
            .spawn()
            .expect("start certstream-server");
        ServerProcess { child, addr }
    }

    /// `/stats`, once the server answers.
    async fn stats(&self) -> Option<serde_json::Value> {
        reqwest::get(format!("http://{}/stats", self.addr))
            .await
            .ok()?
            .json()
            .await
            .ok()
    }

    /// Wait until `/stats` answers and `done` holds.
    async fn wait_for(&self, what: &str, done: impl Fn(&serde_json::Value) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(stats) = self.stats().await {
                if done(&stats) {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill(); // SIGKILL on Unix
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// What one websocket client received: per log URL, indices in order.
type Received = Arc<Mutex<BTreeMap<String, Vec<u64>>>>;

/// Connect to the lite stream (retrying until the server listens) and
/// record every certificate in the background.
async fn record(addr: &str) -> Received {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut client = loop {
        match tokio_tungstenite::connect_async(format!("ws://{addr}/")).await {
            Ok((client, _)) => break client,
            Err(e) => {
                assert!(Instant::now() < deadline, "cannot connect: {e}");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    };
    let received = Received::default();
    let sink = Arc::clone(&received);
    tokio::spawn(async move {
        while let Some(Ok(frame)) = client.next().await {
            if let Message::Text(text) = frame {
                if let Some((url, index)) = certificate_of(&text) {
                    sink.lock().unwrap().entry(url).or_default().push(index);
                }
            }
        }
    });
    received
}

fn total(received: &Received) -> usize {
    received.lock().unwrap().values().map(Vec::len).sum()
}

fn indices(received: &Received, log: &LogHandle) -> Vec<u64> {
    received
        .lock()
        .unwrap()
        .get(log.url())
        .cloned()
        .unwrap_or_default()
}

/// Indices must be consecutive (each once, in order).
fn assert_consecutive(run: &str, log: &LogHandle, got: &[u64]) {
    for pair in got.windows(2) {
        assert_eq!(pair[1], pair[0] + 1, "{run}, {}: {got:?}", log.name());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_stream_then_restart_loses_nothing() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic").initial_size(10))
        .log(LogSpec::static_ct_minted("tiled").initial_size(10))
        .start()
        .await
        .expect("simulator");
    let logs = sim.logs();
    let state_dir = temp_state_dir();

    // Run 1: follow both logs from their heads while they grow.
    let mut first = ServerProcess::spawn(&sim, &state_dir);
    first
        .wait_for("every log watched", |s| {
            s["logs"]
                .as_array()
                .is_some_and(|l| l.len() == logs.len() && l.iter().all(|l| l["position"].is_u64()))
        })
        .await;
    let run1 = record(&first.addr).await;
    first
        .wait_for("client", |s| s["clients"]["lite"] == 1)
        .await;
    for log in &logs {
        log.set_rate(250.0);
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    while total(&run1) < 300 {
        assert!(Instant::now() < deadline, "run 1 streamed too little");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    first.kill();
    // The logs grow on while the server is down, then stop.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for log in &logs {
        log.set_rate(0.0);
    }
    let sizes: Vec<u64> = logs.iter().map(LogHandle::size).collect();

    // Run 2: hold each log's first head read for a moment so the client is
    // connected before the resumed watchers publish anything.
    logs[0]
        .inject(
            Endpoint::GetSth,
            Fault::Delay(Duration::from_millis(1500)),
            1,
        )
        .unwrap();
    logs[1]
        .inject(
            Endpoint::Checkpoint,
            Fault::Delay(Duration::from_millis(1500)),
            1,
        )
        .unwrap();
    let second = ServerProcess::spawn(&sim, &state_dir);
    let run2 = record(&second.addr).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while logs
        .iter()
        .zip(&sizes)
        .any(|(log, size)| indices(&run2, log).last() != Some(&(size - 1)))
    {
        assert!(Instant::now() < deadline, "run 2 did not catch up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    second
        .wait_for("run 2 alive", |s| s["logs"].as_array().is_some())
        .await;
    drop(second);

    for (log, size) in logs.iter().zip(&sizes) {
        let one = indices(&run1, log);
        let two = indices(&run2, log);
        assert_consecutive("run 1", log, &one);
        assert_consecutive("run 2", log, &two);
        assert_eq!(
            one.first(),
            Some(&10),
            "{}: run 1 starts at the head",
            log.name()
        );
        let (last_one, first_two) = (*one.last().unwrap(), *two.first().unwrap());
        assert!(
            first_two <= last_one + 1,
            "{}: gap across the restart: run 1 ended at {last_one}, run 2 began at {first_two}",
            log.name()
        );
        let repeated = last_one + 1 - first_two;
        let batch = match log.protocol() {
            ctlog_sim::Protocol::Rfc6962 => BATCH,
            ctlog_sim::Protocol::StaticCt => 256,
        };
        assert!(
            repeated <= batch,
            "{}: {repeated} entries repeated, more than one batch",
            log.name()
        );
        assert_eq!(*two.last().unwrap(), size - 1, "{}", log.name());
    }
    let _ = std::fs::remove_dir_all(&state_dir);
}

/// An orderly stop saves every log's full position; the next run resumes
/// there and repeats nothing. `--start-at-head` ignores what was saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_restart_resumes_exactly_and_start_at_head_skips_ahead() {
    use certstream_server::state::Store;
    use common::{assert_exactly_once_in_order, assert_no_more_certificates, read_certificates};

    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic").initial_size(10))
        .log(LogSpec::static_ct_minted("tiled").initial_size(10))
        .start()
        .await
        .expect("simulator");
    let state_dir = temp_state_dir();
    let dir = state_dir.clone();
    let h = common::start(sim, move |c| c.state_dir = dir).await;
    for log in h.sim.logs() {
        log.publish(7).unwrap();
    }
    h.wait_for("caught up", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["position"] == 17)
    })
    .await;
    let sim = h.into_sim().await;
    let saved = Store::open(&state_dir).unwrap().load().unwrap();
    for log in sim.logs() {
        assert_eq!(saved.get(log.url()), Some(&17), "{}", log.name());
    }

    // Entries published while stopped are streamed on restart, once.
    for log in sim.logs() {
        log.publish(5).unwrap();
    }
    for log in sim.logs() {
        log.inject(
            match log.protocol() {
                ctlog_sim::Protocol::Rfc6962 => Endpoint::GetSth,
                ctlog_sim::Protocol::StaticCt => Endpoint::Checkpoint,
            },
            Fault::Delay(Duration::from_millis(700)),
            1,
        )
        .unwrap();
    }
    let dir = state_dir.clone();
    let (h, mut client) = common::start_with_client(sim, "/", move |c| c.state_dir = dir).await;
    let got = read_certificates(&mut client, 10, Duration::from_secs(10)).await;
    for log in h.sim.logs() {
        assert_exactly_once_in_order(&got, log.url(), 17, 5);
    }
    assert_no_more_certificates(&mut client, Duration::from_millis(300)).await;
    let sim = h.into_sim().await;

    // --start-at-head: entries published while stopped are not streamed.
    for log in sim.logs() {
        log.publish(4).unwrap();
    }
    let dir = state_dir.clone();
    let h = common::start(sim, move |c| {
        c.state_dir = dir;
        c.start_at_head = true;
    })
    .await;
    for log in h.sim.logs() {
        assert_eq!(
            h.log_stats(log.url()).await["position"],
            26,
            "{}",
            log.name()
        );
    }
    h.stop().await.unwrap();
    let _ = std::fs::remove_dir_all(&state_dir);
}
