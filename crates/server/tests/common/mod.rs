//! Shared harness: a CT log simulator plus an in-process server pointed at
//! its log list, with helpers for HTTP and websocket clients.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use certstream_server::{Config, Server};
use ctlog_sim::Simulator;
use futures::StreamExt;
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// A websocket client connection.
pub type Client = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// A running simulator and server.
pub struct Harness {
    pub sim: Simulator,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<anyhow::Result<()>>,
    /// The state directory when the harness made it (removed by `stop`);
    /// `None` when a test chose its own.
    own_state_dir: Option<PathBuf>,
}

/// A fresh, empty directory under the system temp dir.
pub fn temp_state_dir() -> PathBuf {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "certstream-server-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Start a server for `sim` with fast test timings, adjusted by `tweak`,
/// and wait until every listed log's watcher has found its starting head.
pub async fn start(sim: Simulator, tweak: impl FnOnce(&mut Config)) -> Harness {
    let state_dir = temp_state_dir();
    let mut config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        log_list: sim.log_list_url(),
        state_dir: state_dir.clone(),
        poll_interval: Duration::from_millis(50),
        request_timeout: Duration::from_secs(5),
        max_backoff: Duration::from_millis(500),
        ..Config::default()
    };
    tweak(&mut config);
    let own_state_dir = (config.state_dir == state_dir).then_some(state_dir);
    let server = Server::bind(config).await.expect("bind");
    let addr = server.local_addr();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(server.run(async {
        let _ = stopped.await;
    }));
    let harness = Harness {
        sim,
        addr,
        stop: Some(stop),
        task,
        own_state_dir,
    };
    harness.wait_until_watching().await;
    harness
}

impl Harness {
    /// GET `path` as JSON.
    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        reqwest::get(format!("http://{}{path}", self.addr))
            .await
            .expect("GET")
            .json()
            .await
            .expect("JSON body")
    }

    /// `/stats`.
    pub async fn stats(&self) -> serde_json::Value {
        self.get_json("/stats").await
    }

    /// Wait until `/stats` lists every simulator log with a position.
    async fn wait_until_watching(&self) {
        let expected = self.sim.logs().len();
        self.wait_for("every log watched", |stats| {
            let logs = stats["logs"].as_array().unwrap();
            logs.len() == expected && logs.iter().all(|l| l["position"].is_u64())
        })
        .await;
    }

    /// Poll `/stats` until `done` holds (10 s at most).
    pub async fn wait_for(&self, what: &str, done: impl Fn(&serde_json::Value) -> bool) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let stats = self.stats().await;
            if done(&stats) {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "timed out waiting for {what}; stats: {stats:#}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Open a websocket to `path`.
    pub async fn connect(&self, path: &str) -> Client {
        let (client, _) = tokio_tungstenite::connect_async(format!("ws://{}{path}", self.addr))
            .await
            .expect("websocket connect");
        client
    }

    /// Trigger shutdown, wait for the server to return, and remove the
    /// state directory if the harness made it.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(Duration::from_secs(10), &mut self.task)
            .await
            .expect("server stops within 10 s")
            .expect("server task did not panic");
        if let Some(dir) = &self.own_state_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        result
    }
}

/// The next text frame, skipping control frames; panics after `within`.
pub async fn next_text(client: &mut Client, within: Duration) -> String {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let frame = tokio::time::timeout_at(deadline, client.next())
            .await
            .expect("a text frame in time")
            .expect("connection open")
            .expect("frame");
        match frame {
            Message::Text(text) => return text.to_string(),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("unexpected frame {other:?}"),
        }
    }
}
