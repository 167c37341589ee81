//! The load generator: many websocket clients on raw sockets, cheap enough
//! to share two cores with the server under test.
//!
//! # Design
//! - **Raw sockets, minimal parsing.** A client does the RFC 6455
//!   handshake, then only reads frame headers: it counts certificate
//!   messages and bytes, answers pings (so idle timeouts never fire) and
//!   stops at a close. A full websocket library per client would cost the
//!   server's CPU budget on this machine.
//! - **Latency is sampled.** A few clients (`sampled`) also pull
//!   `cert_index` out of each message and note the receive time; the
//!   runner maps indices to the simulator's entry timestamps afterwards.
//! - **Stalled clients** connect with a tiny receive buffer and never read
//!   after the handshake: they model a consumer that stopped.
//! - **Many source addresses**: client `i` binds 127.0.0.(1 + i/1000), so
//!   10,000 connections never run out of ephemeral ports and per-IP limits
//!   can stay realistic.

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// What to connect.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Server address.
    pub addr: SocketAddr,
    /// Path with query, e.g. `/full-stream`; `{i}` is replaced by the
    /// client's number (distinct filters per client).
    pub path: String,
    /// Number of clients.
    pub clients: usize,
    /// Every `stall_every`-th client stalls (0: none).
    pub stall_every: usize,
    /// How many clients sample latency.
    pub sampled: usize,
    /// Offer permessage-deflate.
    pub deflate: bool,
}

/// One message seen by a sampled client.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    /// `data.cert_index`.
    pub index: u64,
    /// `data.seen` (when the server rendered it), Unix ms.
    pub seen_ms: u64,
    /// When this client had it, Unix ms.
    pub received_ms: u64,
}

/// Counters of one client.
#[derive(Debug, Default)]
pub struct ClientCounters {
    /// Certificate messages received.
    pub messages: AtomicU64,
    /// Wire bytes of those messages (headers included).
    pub bytes: AtomicU64,
    /// Whether the server closed or dropped the connection.
    pub closed: AtomicU64,
}

/// A connected fleet of clients.
pub struct Fleet {
    /// Per client, in connection order.
    pub counters: Vec<Arc<ClientCounters>>,
    /// Which clients stall.
    pub stalled: Vec<bool>,
    /// Samples from the sampled clients.
    pub samples: Arc<Mutex<Vec<Sample>>>,
    _tasks: JoinSet<()>,
}

impl Fleet {
    /// Certificate messages received by every non-stalled client, summed.
    pub fn live_totals(&self) -> (u64, u64) {
        self.counters
            .iter()
            .zip(&self.stalled)
            .filter(|(_, stalled)| !**stalled)
            .fold((0, 0), |(m, b), (c, _)| {
                (
                    m + c.messages.load(Ordering::Relaxed),
                    b + c.bytes.load(Ordering::Relaxed),
                )
            })
    }
}

/// Connect every client (at most 256 handshakes at a time) and start reading.
pub async fn connect(spec: &Spec) -> anyhow::Result<Fleet> {
    let samples = Arc::new(Mutex::new(Vec::new()));
    let gate = Arc::new(Semaphore::new(256));
    let mut handshakes = JoinSet::new();
    let sample_every = spec
        .clients
        .checked_div(spec.sampled)
        .map_or(usize::MAX, |n| n.max(1));
    for i in 0..spec.clients {
        let spec = spec.clone();
        let gate = Arc::clone(&gate);
        handshakes.spawn(async move {
            let _permit = gate.acquire().await?;
            let stalled = spec.stall_every > 0 && i % spec.stall_every == spec.stall_every - 1;
            let stream = handshake(&spec, i, stalled).await?;
            Ok::<_, anyhow::Error>((i, stalled, stream))
        });
    }
    let mut connected: Vec<Option<(bool, TcpStream)>> = (0..spec.clients).map(|_| None).collect();
    while let Some(done) = handshakes.join_next().await {
        let (i, stalled, stream) = done??;
        connected[i] = Some((stalled, stream));
    }
    let mut tasks = JoinSet::new();
    let mut counters = Vec::new();
    let mut stalled_flags = Vec::new();
    for (i, slot) in connected.into_iter().enumerate() {
        let (stalled, stream) = slot.context("client missing")?;
        let counter = Arc::new(ClientCounters::default());
        counters.push(Arc::clone(&counter));
        stalled_flags.push(stalled);
        let sample = (!stalled && i % sample_every == 0).then(|| Arc::clone(&samples));
        tasks.spawn(async move {
            if stalled {
                // Hold the socket open and never read.
                let _held = stream;
                std::future::pending::<()>().await;
            } else {
                let _ = read_loop(stream, &counter, sample).await;
                counter.closed.store(1, Ordering::Relaxed);
            }
        });
    }
    Ok(Fleet {
        counters,
        stalled: stalled_flags,
        samples,
        _tasks: tasks,
    })
}

/// The source address of client `i`.
fn source(i: usize) -> IpAddr {
    IpAddr::from([127, 0, (i / 250_000) as u8, (1 + (i / 1000) % 250) as u8])
}

async fn handshake(spec: &Spec, i: usize, stalled: bool) -> anyhow::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    if stalled {
        socket.set_recv_buffer_size(4096)?;
    }
    socket.bind(SocketAddr::new(source(i), 0))?;
    let mut stream = socket.connect(spec.addr).await?;
    let offer = if spec.deflate {
        "Sec-WebSocket-Extensions: permessage-deflate\r\n"
    } else {
        ""
    };
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{offer}\r\n",
        spec.path.replace("{i}", &i.to_string()),
        spec.addr
    );
    stream.write_all(request.as_bytes()).await?;
    // Read the response head byte by byte: it is short, and nothing after
    // it may be consumed here.
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let byte = stream.read_u8().await.context("handshake cut short")?;
        head.push(byte);
    }
    anyhow::ensure!(
        head.starts_with(b"HTTP/1.1 101"),
        "upgrade refused: {}",
        String::from_utf8_lossy(&head)
    );
    Ok(stream)
}

const CERTIFICATE_PREFIX: &[u8] = b"{\"message_type\":\"certificate_update\"";
const CERT_INDEX_KEY: &str = "\"cert_index\":";
const SEEN_KEY: &str = "\"seen\":";

async fn read_loop(
    mut stream: TcpStream,
    counter: &ClientCounters,
    sample: Option<Arc<Mutex<Vec<Sample>>>>,
) -> anyhow::Result<()> {
    let mut buf = BytesMut::with_capacity(16 * 1024);
    let mut local_samples = Vec::new();
    loop {
        if stream.read_buf(&mut buf).await? == 0 {
            break;
        }
        while let Some((b0, header_len, len)) = frame_header(&buf) {
            if buf.len() < header_len + len {
                buf.reserve(header_len + len - buf.len());
                break;
            }
            let payload = &buf[header_len..header_len + len];
            let opcode = b0 & 0x0F;
            let compressed = b0 & 0x40 != 0;
            if opcode == 0x1 && (compressed || payload.starts_with(CERTIFICATE_PREFIX)) {
                counter.messages.fetch_add(1, Ordering::Relaxed);
                counter
                    .bytes
                    .fetch_add((header_len + len) as u64, Ordering::Relaxed);
                if sample.is_some() {
                    if let Some(sample) = parse_sample(payload) {
                        local_samples.push(sample);
                    }
                }
            } else if opcode == 0x9 {
                let pong = masked(0xA, payload);
                stream.write_all(&pong).await?;
            } else if opcode == 0x8 {
                flush_samples(&sample, &mut local_samples);
                return Ok(());
            }
            buf.advance(header_len + len);
        }
        if local_samples.len() >= 256 {
            flush_samples(&sample, &mut local_samples);
        }
    }
    flush_samples(&sample, &mut local_samples);
    Ok(())
}

fn flush_samples(sample: &Option<Arc<Mutex<Vec<Sample>>>>, local: &mut Vec<Sample>) {
    if let Some(shared) = sample {
        if let Ok(mut shared) = shared.lock() {
            shared.append(local);
        }
    }
}

/// `(first byte, header length, payload length)` once the header is in.
fn frame_header(buf: &[u8]) -> Option<(u8, usize, usize)> {
    let (&b0, &b1) = (buf.first()?, buf.get(1)?);
    match b1 & 0x7F {
        126 => {
            let len = u16::from_be_bytes(buf.get(2..4)?.try_into().ok()?);
            Some((b0, 4, usize::from(len)))
        }
        127 => {
            let len = u64::from_be_bytes(buf.get(2..10)?.try_into().ok()?);
            Some((b0, 10, usize::try_from(len).ok()?))
        }
        short => Some((b0, 2, usize::from(short))),
    }
}

/// `cert_index` and `seen` of a certificate message, found from the end
/// (both sit after the certificates) without parsing the JSON.
fn parse_sample(payload: &[u8]) -> Option<Sample> {
    let received_ms = unix_ms();
    let text = std::str::from_utf8(payload).ok()?;
    let number_after = |key: &str| -> Option<&str> {
        let at = text.rfind(key)? + key.len();
        text.get(at..)?
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .next()
    };
    let index = number_after(CERT_INDEX_KEY)?.parse().ok()?;
    let seen: f64 = number_after(SEEN_KEY)?.parse().ok()?;
    Some(Sample {
        index,
        seen_ms: (seen * 1000.0) as u64,
        received_ms,
    })
}

fn masked(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![0x80 | opcode, 0x80 | payload.len().min(125) as u8];
    out.extend_from_slice(&[0, 0, 0, 0]); // a zero mask leaves the payload as is
    out.extend_from_slice(&payload[..payload.len().min(125)]);
    out
}

/// Now, in Unix milliseconds.
pub fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
