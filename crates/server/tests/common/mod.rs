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
    let harness = launch(sim, tweak).await;
    harness.wait_until_watching().await;
    harness
}

/// Bind and run a server for `sim` with fast test timings, adjusted by
/// `tweak`; returns as soon as it listens.
async fn launch(sim: Simulator, tweak: impl FnOnce(&mut Config)) -> Harness {
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
    Harness {
        sim,
        addr,
        stop: Some(stop),
        task,
        own_state_dir,
    }
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

impl Harness {
    /// Whether the server task is still running (it has not returned or
    /// panicked).
    pub fn alive(&self) -> bool {
        !self.task.is_finished()
    }

    /// The `/stats` entry of the log at `url`.
    pub async fn log_stats(&self, url: &str) -> serde_json::Value {
        let stats = self.stats().await;
        stats["logs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["url"] == url)
            .cloned()
            .unwrap_or(serde_json::Value::Null)
    }
}

/// `(source.url, cert_index)` of a certificate message; `None` for other
/// messages (heartbeats).
pub fn certificate_of(text: &str) -> Option<(String, u64)> {
    let value: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
    if value["message_type"] != "certificate_update" {
        return None;
    }
    let data = &value["data"];
    Some((
        data["source"]["url"].as_str()?.to_owned(),
        data["cert_index"].as_u64()?,
    ))
}

/// Read `n` certificate messages (skipping heartbeats) within `within`.
pub async fn read_certificates(
    client: &mut Client,
    n: usize,
    within: Duration,
) -> Vec<(String, u64)> {
    let deadline = tokio::time::Instant::now() + within;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        assert!(
            !left.is_zero(),
            "only {} of {n} certificates arrived: {out:?}",
            out.len()
        );
        let text = next_text(client, left).await;
        out.extend(certificate_of(&text));
    }
    out
}

/// Assert that no certificate message arrives for `quiet` (nothing is
/// delivered twice, nothing beyond what was expected).
pub async fn assert_no_more_certificates(client: &mut Client, quiet: Duration) {
    let deadline = tokio::time::Instant::now() + quiet;
    loop {
        match tokio::time::timeout_at(deadline, client.next()).await {
            Err(_) => return,
            Ok(Some(Ok(Message::Text(text)))) => {
                assert!(
                    certificate_of(&text).is_none(),
                    "unexpected extra certificate: {text:.200}"
                );
            }
            Ok(Some(Ok(_))) => {}
            Ok(other) => panic!("connection ended: {other:?}"),
        }
    }
}

/// Assert that `got` holds, for the log at `url`, exactly the indices
/// `first..first + count`, each once, in order.
pub fn assert_exactly_once_in_order(got: &[(String, u64)], url: &str, first: u64, count: u64) {
    let indices: Vec<u64> = got
        .iter()
        .filter(|(u, _)| u == url)
        .map(|(_, i)| *i)
        .collect();
    let want: Vec<u64> = (first..first + count).collect();
    assert_eq!(
        indices, want,
        "{url}: entries missing, repeated or out of order"
    );
}

/// A websocket client written on a bare TCP socket, for what
/// tokio-tungstenite cannot do: permessage-deflate, a chosen source
/// address, refusals read as HTTP, and malformed or oversized frames.
pub struct RawClient {
    stream: TcpStream,
    buf: Vec<u8>,
    /// The `Sec-WebSocket-Extensions` the server answered with, if any.
    pub extensions: Option<String>,
}

/// One frame from the server, as received (compressed payloads inflated).
#[derive(Debug, Clone, PartialEq)]
pub enum RawFrame {
    /// A text message; `compressed` says whether RSV1 was set.
    Text { text: String, compressed: bool },
    /// A close frame with its code and reason.
    Close { code: u16, reason: String },
    /// A ping with its payload.
    Ping(Vec<u8>),
    /// A pong.
    Pong,
}

/// The RFC 6455 example key and the accept value the server must derive.
const RAW_KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";
const RAW_ACCEPT: &str = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

impl RawClient {
    /// Connect to `path` from `source` (any 127.x address), offering
    /// `extensions`. A refused upgrade comes back as `Err((status, body))`.
    pub async fn connect(
        addr: SocketAddr,
        path: &str,
        extensions: Option<&str>,
        source: std::net::IpAddr,
    ) -> Result<RawClient, (u16, String)> {
        RawClient::connect_with(addr, path, extensions, source, None).await
    }

    /// Connect to `path` with a tiny receive buffer, so that a client that
    /// stops reading soon stalls the server's writes.
    pub async fn connect_slow(addr: SocketAddr, path: &str) -> RawClient {
        let localhost = std::net::IpAddr::from([127, 0, 0, 1]);
        RawClient::connect_with(addr, path, None, localhost, Some(4096))
            .await
            .expect("upgrade")
    }

    async fn connect_with(
        addr: SocketAddr,
        path: &str,
        extensions: Option<&str>,
        source: std::net::IpAddr,
        recv_buffer: Option<u32>,
    ) -> Result<RawClient, (u16, String)> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        if let Some(size) = recv_buffer {
            socket.set_recv_buffer_size(size).unwrap();
        }
        socket.bind(SocketAddr::new(source, 0)).unwrap();
        let mut stream = socket.connect(addr).await.expect("tcp connect");
        let offer = extensions
            .map(|e| format!("Sec-WebSocket-Extensions: {e}\r\n"))
            .unwrap_or_default();
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: {RAW_KEY}\r\nSec-WebSocket-Version: 13\r\n{offer}\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut buf = Vec::new();
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            let n = stream.read(&mut chunk).await.expect("read response");
            assert!(n > 0, "connection closed during the handshake");
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
        let mut rest = buf.split_off(head_end);
        let status: u16 = head.split(' ').nth(1).unwrap().parse().unwrap();
        let header = |name: &str| {
            head.lines().find_map(|line| {
                let (n, v) = line.split_once(':')?;
                n.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
            })
        };
        if status != 101 {
            let length: usize = header("content-length").unwrap().parse().unwrap();
            while rest.len() < length {
                let mut chunk = [0u8; 4096];
                let n = stream.read(&mut chunk).await.unwrap();
                assert!(n > 0, "body cut short");
                rest.extend_from_slice(&chunk[..n]);
            }
            return Err((status, String::from_utf8(rest).unwrap()));
        }
        assert_eq!(header("sec-websocket-accept").as_deref(), Some(RAW_ACCEPT));
        Ok(RawClient {
            stream,
            buf: rest,
            extensions: header("sec-websocket-extensions"),
        })
    }

    /// Send bytes as they are (for malformed frames).
    pub async fn send_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        use tokio::io::AsyncWriteExt;
        self.stream.write_all(bytes).await
    }

    /// Send a masked frame, as a well-behaved client does.
    pub async fn send(&mut self, opcode: u8, payload: &[u8]) -> std::io::Result<()> {
        self.send_raw(&masked_frame(opcode, payload)).await
    }

    /// The next frame, or `None` once the server has closed the connection.
    /// Panics if nothing arrives `within`.
    pub async fn next_frame(&mut self, within: Duration) -> Option<RawFrame> {
        use tokio::io::AsyncReadExt;
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(frame) = self.parse() {
                return Some(frame);
            }
            let mut chunk = vec![0u8; 64 * 1024];
            let n = tokio::time::timeout_at(deadline, self.stream.read(&mut chunk))
                .await
                .expect("a frame in time")
                .unwrap_or(0);
            if n == 0 {
                return None;
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// The next text message, answering and skipping control frames.
    pub async fn next_text(&mut self, within: Duration) -> (String, bool) {
        loop {
            match self.next_frame(within).await {
                Some(RawFrame::Text { text, compressed }) => return (text, compressed),
                Some(RawFrame::Ping(payload)) => {
                    let _ = self.send(0xA, &payload).await;
                }
                Some(RawFrame::Pong) => {}
                other => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    fn parse(&mut self) -> Option<RawFrame> {
        use std::io::Read;
        let (&b0, &b1) = (self.buf.first()?, self.buf.get(1)?);
        assert_eq!(b1 & 0x80, 0, "server frames are never masked");
        assert_ne!(b0 & 0x80, 0, "the server sends whole messages");
        let (len, start) = match b1 & 0x7F {
            126 => (
                u16::from_be_bytes(self.buf.get(2..4)?.try_into().unwrap()) as usize,
                4,
            ),
            127 => (
                u64::from_be_bytes(self.buf.get(2..10)?.try_into().unwrap()) as usize,
                10,
            ),
            n => (n as usize, 2),
        };
        let payload = self.buf.get(start..start + len)?.to_vec();
        self.buf.drain(..start + len);
        let compressed = b0 & 0x40 != 0;
        Some(match b0 & 0x0F {
            0x1 => {
                let bytes = if compressed {
                    let mut input = payload;
                    input.extend_from_slice(&[0, 0, 0xFF, 0xFF]);
                    let mut out = Vec::new();
                    let _ = flate2::read::DeflateDecoder::new(&input[..]).read_to_end(&mut out);
                    out
                } else {
                    payload
                };
                RawFrame::Text {
                    text: String::from_utf8(bytes).expect("UTF-8 text"),
                    compressed,
                }
            }
            0x8 => RawFrame::Close {
                code: u16::from_be_bytes([payload[0], payload[1]]),
                reason: String::from_utf8_lossy(&payload[2..]).into_owned(),
            },
            0x9 => RawFrame::Ping(payload),
            0xA => RawFrame::Pong,
            other => panic!("unexpected opcode {other}"),
        })
    }
}

/// A final client frame, masked with a fixed key.
pub fn masked_frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mask = [0x12u8, 0x34, 0x56, 0x78];
    let mut out = vec![0x80 | opcode];
    match payload.len() {
        n if n < 126 => out.push(0x80 | n as u8),
        n if n <= 0xFFFF => {
            out.push(0x80 | 126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(0x80 | 127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(&mask);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    out
}

impl Harness {
    /// Stop the server (it must stop cleanly) and hand back the simulator,
    /// to start another server on the same logs.
    pub async fn into_sim(mut self) -> Simulator {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        tokio::time::timeout(Duration::from_secs(10), &mut self.task)
            .await
            .expect("server stops within 10 s")
            .expect("server task did not panic")
            .expect("server stopped cleanly");
        if let Some(dir) = &self.own_state_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        self.sim
    }
}

/// Like [`start`], but connect a websocket client to `path` as soon as the
/// server listens, before waiting for the watchers (tests that resume from
/// saved positions delay the logs' first head so the client sees it all).
pub async fn start_with_client(
    sim: Simulator,
    path: &str,
    tweak: impl FnOnce(&mut Config),
) -> (Harness, Client) {
    let harness = launch(sim, |config| {
        config.heartbeat_interval = Duration::from_secs(3600);
        tweak(config);
    })
    .await;
    let client = harness.connect(path).await;
    harness.wait_until_watching().await;
    (harness, client)
}

/// The repository's test data (fixtures and goldens).
pub const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data");

/// Golden lines of `tests/data/<path>` keyed by `cert_index`, with the `_`
/// annotations (not wire format) removed.
pub fn golden(path: &str) -> std::collections::BTreeMap<u64, serde_json::Value> {
    let text = std::fs::read_to_string(format!("{DATA}/{path}")).expect("golden file");
    text.lines()
        .map(|line| {
            let mut value: serde_json::Value = serde_json::from_str(line).expect("golden JSON");
            strip_annotations(&mut value);
            let index = value["cert_index"].as_u64().expect("cert_index");
            (index, value)
        })
        .collect()
}

fn strip_annotations(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|key, _| !key.starts_with('_'));
            map.values_mut().for_each(strip_annotations);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_annotations),
        _ => {}
    }
}
