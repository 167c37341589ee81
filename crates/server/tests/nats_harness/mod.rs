//! Test harness for NATS deployments: a cluster of real `nats-server`
//! processes and `certstream-server` nodes run as child processes of the
//! real binary, all on 127.0.0.1, every process killed when its handle
//! drops (so a failing test leaves nothing running).
//!
//! Child processes rather than in-process servers because the tests kill
//! nodes: only a process dies with all its connections at once.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use tokio::process::{Child, Command};

/// Whether `nats-server` can be run. Without it the NATS tests print
/// "skipped" and pass, except under CI (env `CI` set), where they fail:
/// `.ci/run` installs it.
pub fn nats_server_available(test: &str) -> bool {
    let found = std::process::Command::new("nats-server")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: nats-server is not on PATH (CI must install it: apt-get install nats-server)"
        );
        println!("skipped: {test}: nats-server is not on PATH");
    }
    found
}

/// A port that was free a moment ago on 127.0.0.1.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(what: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "certstream-{what}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A NATS cluster of `nats-server` processes with JetStream, routed to
/// each other on loopback ports.
pub struct NatsCluster {
    servers: Vec<Option<Child>>,
    ports: Vec<u16>,
    _dir: TempDir,
}

impl NatsCluster {
    /// Start `n` servers and wait until each accepts client connections.
    pub async fn start(n: usize) -> NatsCluster {
        let dir = TempDir::new("nats");
        let ports: Vec<u16> = (0..n).map(|_| free_port()).collect();
        let cluster_ports: Vec<u16> = (0..n).map(|_| free_port()).collect();
        let monitor_ports: Vec<u16> = (0..n).map(|_| free_port()).collect();
        let mut servers = Vec::new();
        for i in 0..n {
            let routes: Vec<String> = cluster_ports
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| format!("\"nats://127.0.0.1:{p}\""))
                .collect();
            let store = dir.path().join(format!("n{i}"));
            let config = format!(
                "server_name: \"n{i}\"\nlisten: \"127.0.0.1:{}\"\nhttp: \"127.0.0.1:{}\"\n\
                 jetstream {{ store_dir: \"{}\", max_memory_store: 268435456, max_file_store: 1073741824 }}\n\
                 cluster {{ name: \"certstream-test\", listen: \"127.0.0.1:{}\", routes: [{}] }}\n",
                ports[i],
                monitor_ports[i],
                store.display(),
                cluster_ports[i],
                routes.join(", ")
            );
            let file = dir.path().join(format!("n{i}.conf"));
            std::fs::write(&file, config).expect("nats config");
            let child = Command::new("nats-server")
                .arg("-c")
                .arg(&file)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("spawning nats-server");
            servers.push(Some(child));
        }
        // Ready once every server knows the JetStream meta leader (the
        // cluster formed and elected one); before that, API calls time out.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        for port in &monitor_ports {
            loop {
                let leader = match reqwest::get(format!("http://127.0.0.1:{port}/jsz")).await {
                    Ok(response) => response
                        .json::<serde_json::Value>()
                        .await
                        .ok()
                        .and_then(|jsz| jsz["meta_cluster"]["leader"].as_str().map(str::to_owned)),
                    Err(_) => None,
                };
                if leader.is_some_and(|l| !l.is_empty()) {
                    break;
                }
                assert!(
                    tokio::time::Instant::now() < deadline,
                    "NATS server on monitor port {port} never saw a JetStream leader"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        NatsCluster {
            servers,
            ports,
            _dir: dir,
        }
    }

    /// Every server's client URL, comma-separated (what `--nats` takes).
    pub fn urls(&self) -> String {
        self.ports
            .iter()
            .map(|p| format!("nats://127.0.0.1:{p}"))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// SIGKILL server `i`.
    pub async fn kill(&mut self, i: usize) {
        if let Some(mut child) = self.servers[i].take() {
            let _ = child.kill().await;
        }
    }
}

/// Wait until something accepts TCP connections on 127.0.0.1:`port`.
pub async fn wait_for_port(port: u16, within: Duration) {
    let deadline = tokio::time::Instant::now() + within;
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "nothing listens on port {port}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// One `certstream-server` process.
pub struct Node {
    child: Option<Child>,
    pub addr: SocketAddr,
    _state: TempDir,
}

impl Node {
    /// Start the real binary as `role` against `log_list` and the NATS
    /// servers `nats`, with fast test timings and `extra` flags; waits
    /// until `/stats` answers.
    pub async fn start(role: &str, log_list: &str, nats: &str, extra: &[&str]) -> Node {
        let state = TempDir::new(role);
        let port = free_port();
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let child = Command::new(env!("CARGO_BIN_EXE_certstream-server"))
            .args(["--listen", &addr.to_string()])
            .args(["--log-list", log_list])
            .arg("--state-dir")
            .arg(state.path())
            .args(["--role", role, "--nats", nats])
            .args(["--poll-interval", "50ms", "--max-backoff", "500ms"])
            .args([
                "--heartbeat-interval",
                "1h",
                "--log-level",
                "certstream_server=debug,info",
            ])
            .args(extra)
            // Warnings (the failures the tests inject) show in the output.
            .stdout(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("spawning certstream-server");
        let node = Node {
            child: Some(child),
            addr,
            _state: state,
        };
        wait_for_port(port, Duration::from_secs(20)).await;
        node
    }

    /// `/stats` as JSON.
    pub async fn stats(&self) -> serde_json::Value {
        reqwest::get(format!("http://{}/stats", self.addr))
            .await
            .expect("GET /stats")
            .json()
            .await
            .expect("JSON")
    }

    /// Wait until `/stats` shows `logs` logs, each with a position (an
    /// ingest node has found where every log starts).
    pub async fn wait_watching(&self, logs: usize) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let stats = self.stats().await;
            let list = stats["logs"].as_array().cloned().unwrap_or_default();
            if list.len() == logs && list.iter().all(|l| l["position"].is_u64()) {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "ingest never watched every log: {stats:#}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL the process.
    pub async fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
    }
}
