//! The raw-socket baseline: the least a fan-out server can do.
//!
//! # Design
//! Accept a websocket upgrade (answering 101 without checking anything),
//! then every 50 ms (the simulator's growth tick) write the next batch of
//! `rate / 20` identical prebuilt text frames to every socket, one
//! `write_all` of one shared buffer per socket. No hub, no JSON, no
//! per-message work at all: what the server achieves as a fraction of
//! this is the cost of everything else.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;
use bytes::{BufMut, Bytes, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// Flags of the hidden `baseline-server` subcommand.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(long)]
    pub listen: SocketAddr,
    /// Frames per second written to every socket.
    #[arg(long, default_value_t = 1000)]
    pub rate: u64,
    /// Payload bytes per frame (use the server's mean message size).
    #[arg(long)]
    pub frame_bytes: usize,
}

const TICK: Duration = Duration::from_millis(50);

/// Serve until killed.
pub async fn serve(args: Args) -> anyhow::Result<()> {
    let per_tick = (args.rate as usize * TICK.as_millis() as usize / 1000).max(1);
    let batch = batch(per_tick, args.frame_bytes);
    let (tick_tx, tick_rx) = watch::channel(0u64);
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(TICK);
        let mut n = 0u64;
        loop {
            ticker.tick().await;
            n += 1;
            tick_tx.send_replace(n);
        }
    });
    let listener = TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("binding {}", args.listen))?;
    loop {
        let (stream, _) = listener.accept().await?;
        let ticks = tick_rx.clone();
        let batch = batch.clone();
        tokio::spawn(async move {
            let _ = session(stream, ticks, batch).await;
        });
    }
}

/// `count` text frames of `payload_len` bytes that the load generator
/// counts as certificate messages.
fn batch(count: usize, payload_len: usize) -> Bytes {
    let prefix = b"{\"message_type\":\"certificate_update\",\"pad\":\"";
    let suffix = b"\"}";
    let pad = payload_len.saturating_sub(prefix.len() + suffix.len());
    let len = prefix.len() + pad + suffix.len();
    let mut out = BytesMut::new();
    for _ in 0..count {
        out.put_u8(0x81);
        if len < 126 {
            out.put_u8(len as u8);
        } else if let Ok(short) = u16::try_from(len) {
            out.put_u8(126);
            out.put_u16(short);
        } else {
            out.put_u8(127);
            out.put_u64(len as u64);
        }
        out.put_slice(prefix);
        out.put_bytes(b'x', pad);
        out.put_slice(suffix);
    }
    out.freeze()
}

async fn session(
    mut stream: TcpStream,
    mut ticks: watch::Receiver<u64>,
    batch: Bytes,
) -> anyhow::Result<()> {
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        head.push(stream.read_u8().await?);
    }
    stream
        .write_all(b"HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
        .await?;
    let mut sent = *ticks.borrow_and_update();
    loop {
        ticks.changed().await?;
        let now = *ticks.borrow_and_update();
        while sent < now {
            stream.write_all(&batch).await?;
            sent += 1;
        }
    }
}
