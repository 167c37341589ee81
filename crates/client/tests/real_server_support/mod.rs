//! The real thing for tests/real_server.rs: an in-process
//! `certstream-server` watching the logs of a `ctlog-sim` simulator over
//! real sockets, plus a relay that strips `data.cursor` so that the same
//! server can play a server without cursors.
//!
//! Design decisions:
//! - The server is started on an address the test chooses, so a restart
//!   can bind the *same* port and the client's own reconnect finds it;
//!   the state directory is the test's too, so the restarted server
//!   resumes where the first one stopped.
//! - Readiness and progress are read from the server's `/stats` (clients
//!   per stream, each log's position) instead of sleeping: a client counted
//!   there is subscribed, and a log whose position equals the simulator's
//!   tree size has been fully processed.

use ctlog_sim::Simulator;
use futures::{SinkExt, StreamExt};
use serde_json::Value;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::Message as Frame;

/// A state directory under the system temp dir, removed when dropped.
pub struct StateDir(PathBuf);

impl StateDir {
    pub fn new() -> StateDir {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "certstream-client-real-server-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        StateDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for StateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A running certstream-server and the simulator it watches.
pub struct RealServer {
    pub sim: Simulator,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), String>>,
}

impl RealServer {
    /// Starts a server on `listen` (`127.0.0.1:0` for any port) with its
    /// state in `state_dir`, and waits until every simulator log is
    /// watched (the server knows where it starts in each).
    pub async fn start(sim: Simulator, listen: SocketAddr, state_dir: &Path) -> RealServer {
        let config = certstream_server::Config {
            listen,
            log_list: sim.log_list_url(),
            state_dir: state_dir.to_owned(),
            poll_interval: Duration::from_millis(50),
            request_timeout: Duration::from_secs(5),
            max_backoff: Duration::from_millis(500),
            // Heartbeats would only be noise here; the client skips them.
            heartbeat_interval: Duration::from_secs(3600),
            ..certstream_server::Config::default()
        };
        let server = certstream_server::Server::bind(config)
            .await
            .expect("server binds");
        let addr = server.local_addr();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            server.run(shutdown).await.map_err(|e| format!("{e:#}"))
        });
        let server = RealServer {
            sim,
            addr,
            stop: Some(stop),
            task,
        };
        let logs = server.sim.logs().len();
        server
            .wait_for("every log watched", |stats| {
                stats["logs"].as_array().is_some_and(|l| {
                    l.len() == logs && l.iter().all(|log| log["position"].is_u64())
                })
            })
            .await;
        server
    }

    /// `ws://127.0.0.1:PORT/`, the lite stream.
    pub fn url(&self) -> String {
        format!("ws://{}/", self.addr)
    }

    /// Stops the server (it must stop cleanly: positions saved) and hands
    /// back the simulator, to start another server on the same logs.
    pub async fn stop(mut self) -> Simulator {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(Duration::from_secs(10), &mut self.task)
            .await
            .expect("server stops within 10 s")
            .expect("server task did not panic");
        if let Err(error) = result {
            panic!("server failed: {error}");
        }
        self.sim
    }

    /// `/stats`.
    pub async fn stats(&self) -> Value {
        reqwest::get(format!("http://{}/stats", self.addr))
            .await
            .expect("GET /stats")
            .json()
            .await
            .expect("/stats is JSON")
    }

    /// Polls `/stats` until `done` holds; panics after 10 s.
    pub async fn wait_for(&self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let stats = self.stats().await;
            if done(&stats) {
                return stats;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "timed out waiting for {what}; stats: {stats:#}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until exactly this many websocket clients are connected per
    /// stream: a client counted by the server is subscribed to it.
    pub async fn wait_for_clients(&self, lite: u64, full: u64, domains_only: u64) {
        self.wait_for("clients connected", |stats| {
            let clients = &stats["clients"];
            clients["lite"] == lite
                && clients["full"] == full
                && clients["domains_only"] == domains_only
        })
        .await;
    }

    /// Waits until the server has processed every entry the simulator's
    /// logs have published; returns the `/stats` seen then.
    pub async fn wait_until_caught_up(&self) -> Value {
        let sizes: Vec<(String, u64)> = self
            .sim
            .logs()
            .iter()
            .map(|log| (log.url().to_owned(), log.size()))
            .collect();
        self.wait_for("every log caught up", |stats| {
            let Some(logs) = stats["logs"].as_array() else {
                return false;
            };
            sizes.iter().all(|(url, size)| {
                logs.iter()
                    .any(|log| log["url"] == url.as_str() && log["position"] == *size)
            })
        })
        .await
    }

    /// Publishes `n` entries into every log.
    pub fn grow(&self, n: u64) {
        grow(&self.sim, n);
    }
}

/// Waits for the client's next connection attempt on a stopped server's
/// port and holds it (TCP accepted, no HTTP response) until the returned
/// socket is dropped. The listener itself is closed at once, so the next
/// server can bind the port: the test, not the client's timing, decides
/// when the client can come back.
pub async fn hold_next_attempt(addr: SocketAddr) -> TcpStream {
    let listener = TcpListener::bind(addr)
        .await
        .expect("bind the stopped server's port");
    let (held, _) = tokio::time::timeout(Duration::from_secs(10), listener.accept())
        .await
        .expect("the client tries to reconnect")
        .expect("accept");
    held
}

/// Publishes `n` entries into every log of `sim`.
pub fn grow(sim: &Simulator, n: u64) {
    for log in sim.logs() {
        log.publish(n).expect("publish");
    }
}

/// A websocket relay in front of a real server that removes `data.cursor`
/// from every message, so that a client sees the real server as one without
/// cursors (like CaliDog's original). It records each request target and cuts the first connection
/// after a given number of certificates, to make the client reconnect.
pub struct CursorStrippingProxy {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl CursorStrippingProxy {
    pub async fn start(upstream: SocketAddr, cut_first_after: usize) -> CursorStrippingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy binds");
        let addr = listener.local_addr().expect("proxy address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            let mut cut = Some(cut_first_after);
            while let Ok((tcp, _)) = listener.accept().await {
                tokio::spawn(relay(tcp, upstream, cut.take(), Arc::clone(&seen)));
            }
        });
        CursorStrippingProxy {
            addr,
            requests,
            task,
        }
    }

    /// The request target (path and query) of every relayed connection,
    /// recorded once the upstream server accepted it.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("lock").clone()
    }

    /// Waits until `n` connections have been relayed (10 s at most).
    pub async fn wait_for_requests(&self, n: usize) -> Vec<String> {
        for _ in 0..500 {
            let seen = self.requests();
            if seen.len() >= n {
                return seen;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("expected {n} connections, saw {:?}", self.requests());
    }
}

impl Drop for CursorStrippingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Relays one connection until either side ends it, or until `cut`
/// certificates have been forwarded.
async fn relay(
    tcp: TcpStream,
    upstream: SocketAddr,
    cut: Option<usize>,
    requests: Arc<Mutex<Vec<String>>>,
) {
    let mut target = String::new();
    // tungstenite's handshake callback returns its large ErrorResponse.
    #[allow(clippy::result_large_err)]
    let record = |request: &Request, response: Response| {
        target = request.uri().to_string();
        Ok(response)
    };
    let Ok(mut client) = tokio_tungstenite::accept_hdr_async(tcp, record).await else {
        return;
    };
    let Ok((mut server, _)) =
        tokio_tungstenite::connect_async(format!("ws://{upstream}{target}")).await
    else {
        return;
    };
    requests.lock().expect("lock").push(target);
    let mut forwarded = 0;
    loop {
        tokio::select! {
            frame = server.next() => {
                let Some(Ok(Frame::Text(text))) = frame else {
                    match frame {
                        Some(Ok(_)) => continue,
                        _ => return,
                    }
                };
                let (stripped, certificate) = strip_cursor(text.as_str());
                if client.send(Frame::text(stripped)).await.is_err() {
                    return;
                }
                forwarded += usize::from(certificate);
                if cut == Some(forwarded) {
                    // Both connections are dropped: the client sees a drop.
                    return;
                }
            }
            frame = client.next() => {
                if !matches!(frame, Some(Ok(_))) {
                    return;
                }
            }
        }
    }
}

/// The message without `data.cursor`, and whether it is a certificate.
fn strip_cursor(text: &str) -> (String, bool) {
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return (text.to_owned(), false);
    };
    let certificate = value["message_type"] == "certificate_update";
    if let Some(data) = value.get_mut("data").and_then(Value::as_object_mut) {
        data.remove("cursor");
    }
    (value.to_string(), certificate)
}
