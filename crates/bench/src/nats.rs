//! `nats`: one edge's fan-out through NATS JetStream compared with the
//! embedded mode, and the ingest-to-client latency through NATS (issue #8).
//!
//! # Design
//! - **Same clients, same rate, same measurement.** Both runs go through
//!   [`fanout::measure`]: a fresh simulator minting at `--rate`, `--clients`
//!   raw-socket websocket clients, a `--seconds` window, a drain, and the
//!   server's CPU and RSS from `/proc`. Only the topology changes.
//! - **The NATS run is the smallest real deployment:** one `nats-server -js`
//!   on 127.0.0.1 (fresh store directory, killed and removed on exit), one
//!   `--role ingest` node polling the simulator and publishing to JetStream,
//!   and one `--role edge` node consuming the stream and serving every
//!   client. CPU and RSS are the edge's; the ingest node's and NATS's CPU
//!   are printed beside them because on this machine all of them share the
//!   same two cores.
//! - **Latency** is the simulator's entry timestamp (when the entry became
//!   visible in the log) to client receipt, as `fanout` reports it, so the
//!   NATS hop shows as the difference from the embedded run; "rendered ->
//!   client" starts at the ingest node's render time (`data.seen`).

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context;
use tokio::process::{Child, Command};

use crate::fanout::{self, Measured};
use crate::loadgen::Spec;
use crate::procstat;
use crate::server_process::ServerProcess;

/// Flags of `nats`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Websocket clients on the edge (and on the embedded server).
    #[arg(long, default_value_t = 1000)]
    clients: usize,
    /// Entries published per second.
    #[arg(long, default_value_t = 1000)]
    rate: u64,
    /// Length of each measured window, in seconds.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// Stream path.
    #[arg(long, default_value = "/full-stream")]
    path: String,
    /// How often the (ingest) server polls the log.
    #[arg(long, default_value = "1s")]
    poll_interval: String,
    /// Clients that sample latency.
    #[arg(long, default_value_t = 20)]
    sampled: usize,
    /// Skip the embedded-mode run (NATS only).
    #[arg(long)]
    skip_embedded: bool,
}

/// Run the embedded mode, then the NATS deployment, and print both.
pub async fn run(args: Args) -> anyhow::Result<()> {
    let poll = ["--poll-interval", args.poll_interval.as_str()];
    if !args.skip_embedded {
        let (sim, log) = fanout::simulator().await?;
        let server = fanout::server(&sim, args.clients, &poll).await?;
        let measured = measure(&args, &server, &log).await?;
        server.stop().await;
        heading("embedded (--role all)", &args, &measured);
        measured.print();
    }

    let nats = NatsServer::start().await?;
    let (sim, log) = fanout::simulator().await?;
    let ingest_flags = [
        "--role",
        "ingest",
        "--nats",
        nats.url.as_str(),
        poll[0],
        poll[1],
    ];
    let ingest = fanout::server(&sim, args.clients, &ingest_flags).await?;
    let mut edge_flags = fanout::server_flags(&sim, args.clients);
    edge_flags.extend(["--role", "edge", "--nats", nats.url.as_str()].map(str::to_owned));
    let edge = ServerProcess::start("serve", &edge_flags).await?;
    let others_cpu0 = (ingest.cpu_seconds()?, nats.cpu_seconds()?);
    let measured = measure(&args, &edge, &log).await?;
    let ingest_cpu = ingest.cpu_seconds()? - others_cpu0.0;
    let nats_cpu = nats.cpu_seconds()? - others_cpu0.1;
    let nats_rss = procstat::rss_kib(nats.pid)?;
    edge.stop().await;
    ingest.stop().await;
    heading(
        "NATS (1 nats-server, 1 ingest, 1 edge; server = the edge)",
        &args,
        &measured,
    );
    measured.print();
    // Whole-run CPU over the window: outside the window nothing is published,
    // so nearly all of it falls inside.
    println!(
        "  ingest node cpu         {:.0}% of one core",
        100.0 * ingest_cpu / measured.window
    );
    println!(
        "  nats-server cpu         {:.0}% of one core, rss {} MiB",
        100.0 * nats_cpu / measured.window,
        nats_rss / 1024
    );
    Ok(())
}

async fn measure(
    args: &Args,
    server: &ServerProcess,
    log: &ctlog_sim::LogHandle,
) -> anyhow::Result<Measured> {
    let spec = Spec {
        addr: server.addr,
        path: args.path.clone(),
        clients: args.clients,
        stall_every: 0,
        sampled: args.sampled,
        deflate: false,
    };
    fanout::measure(server, log, &spec, args.rate, args.seconds, true).await
}

fn heading(mode: &str, args: &Args, measured: &Measured) {
    println!(
        "nats: {mode} | {} clients on {} | {} entries/s for {:.1} s",
        args.clients, args.path, args.rate, measured.window
    );
}

/// One `nats-server -js` on a free loopback port with a fresh store
/// directory; killed and the directory removed on drop.
struct NatsServer {
    child: Child,
    pid: u32,
    url: String,
    store: PathBuf,
}

impl NatsServer {
    /// Start it and wait until its monitoring endpoint reports healthy
    /// (JetStream ready).
    async fn start() -> anyhow::Result<NatsServer> {
        let port = free_port()?;
        let monitor = free_port()?;
        let store =
            std::env::temp_dir().join(format!("certstream-bench-nats-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&store);
        let child = Command::new("nats-server")
            .args(["-js", "-a", "127.0.0.1"])
            .args(["-p", &port.port().to_string()])
            .args(["-m", &monitor.port().to_string()])
            .arg("-sd")
            .arg(&store)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("starting nats-server (is it on PATH?)")?;
        let pid = child.id().context("nats-server has no pid")?;
        let server = NatsServer {
            child,
            pid,
            url: format!("nats://{port}"),
            store,
        };
        let health = format!("http://{monitor}/healthz");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !reqwest::get(&health)
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            anyhow::ensure!(
                Instant::now() < deadline,
                "nats-server never became healthy"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(server)
    }

    fn cpu_seconds(&self) -> anyhow::Result<f64> {
        procstat::cpu_seconds(&self.pid.to_string())
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.store);
    }
}

fn free_port() -> anyhow::Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}
