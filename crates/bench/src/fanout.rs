//! Fan-out and idle-memory runners.
//!
//! # Design
//! - **Fixed ingest rate from a minted log.** The simulator mints
//!   certificates at `--rate` per second into one RFC 6962 log; the server
//!   polls it every `--poll-interval`. Growth is off while clients connect
//!   and after the window, so every live client must end up with exactly
//!   the entries published in the window: anything less is loss.
//! - **Latency** is receive time minus the simulator's timestamp of the
//!   entry (set when it is minted and becomes visible), over every message
//!   of the sampled clients.
//! - **Server CPU and RSS** come from `/proc` of the server process only;
//!   RSS is sampled every second to show whether it stays flat.
//! - `--baseline` runs the same clients against the raw-socket baseline
//!   instead (frames of `--frame-bytes`, written at `--rate`).

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use ctlog_sim::{LogHandle, LogSpec, Simulator};

use crate::loadgen::{self, Fleet, Spec};
use crate::server_process::ServerProcess;

/// Flags of `fanout`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Websocket clients.
    #[arg(long, default_value_t = 1000)]
    clients: usize,
    /// Entries published per second.
    #[arg(long, default_value_t = 1000)]
    rate: u64,
    /// Length of the measured window, in seconds.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// Stream path.
    #[arg(long, default_value = "/full-stream")]
    path: String,
    /// Percentage of clients that stop reading right after connecting.
    #[arg(long, default_value_t = 0)]
    stall_percent: usize,
    /// Offer permessage-deflate from every client.
    #[arg(long)]
    deflate: bool,
    /// How often the server polls the log.
    #[arg(long, default_value = "1s")]
    poll_interval: String,
    /// Clients that sample latency.
    #[arg(long, default_value_t = 20)]
    sampled: usize,
    /// Run against the raw-socket baseline instead of the server.
    #[arg(long)]
    baseline: bool,
    /// Baseline frame payload size (use the server run's mean message size).
    #[arg(long, default_value_t = 2000)]
    frame_bytes: usize,
}

/// Flags of `idle`.
#[derive(Debug, clap::Args)]
pub struct IdleArgs {
    /// Websocket clients.
    #[arg(long, default_value_t = 10_000)]
    clients: usize,
    /// Stream path.
    #[arg(long, default_value = "/")]
    path: String,
}

/// A simulator with one minted RFC 6962 log that does not grow yet.
pub(crate) async fn simulator() -> anyhow::Result<(Simulator, LogHandle)> {
    let sim = Simulator::builder()
        .log(
            LogSpec::rfc6962_minted("bench")
                .initial_size(1)
                .max_batch(10_000),
        )
        .start()
        .await?;
    let log = sim.log("bench")?;
    Ok((sim, log))
}

/// The flags every benchmarked server process gets: `sim`'s log list, a
/// state directory of its own, batches and connection limits sized for
/// `clients`, and quiet logs.
pub(crate) fn server_flags(sim: &Simulator, clients: usize) -> Vec<String> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let state_dir = std::env::temp_dir().join(format!(
        "certstream-bench-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    vec![
        "--log-list".into(),
        sim.log_list_url(),
        "--state-dir".into(),
        state_dir.display().to_string(),
        "--batch-size".into(),
        "10000".into(),
        "--max-connections".into(),
        (clients + 100).to_string(),
        "--max-connections-per-ip".into(),
        "100000".into(),
        "--log-level".into(),
        "warn".into(),
    ]
}

/// Start the certstream server on `sim` and wait until it watches the log.
pub(crate) async fn server(
    sim: &Simulator,
    clients: usize,
    extra: &[&str],
) -> anyhow::Result<ServerProcess> {
    let mut flags = server_flags(sim, clients);
    flags.extend(extra.iter().map(|s| (*s).to_owned()));
    let process = ServerProcess::start("serve", &flags).await?;
    let stats_url = format!("http://{}/stats", process.addr);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let watching = match reqwest::get(&stats_url).await {
            Ok(response) => response
                .json::<serde_json::Value>()
                .await
                .is_ok_and(|stats| stats["logs"][0]["position"].is_u64()),
            Err(_) => false,
        };
        if watching {
            return Ok(process);
        }
        anyhow::ensure!(Instant::now() < deadline, "server never started watching");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Run the fan-out benchmark and print its figures.
pub async fn run(args: Args) -> anyhow::Result<()> {
    let (sim, log) = simulator().await?;
    let process = if args.baseline {
        let flags = [
            "--rate".to_owned(),
            args.rate.to_string(),
            "--frame-bytes".to_owned(),
            args.frame_bytes.to_string(),
        ];
        ServerProcess::start("baseline-server", &flags).await?
    } else {
        let poll = ["--poll-interval", args.poll_interval.as_str()];
        server(&sim, args.clients, &poll).await?
    };
    let stall_every = 100usize.checked_div(args.stall_percent).unwrap_or(0);
    let spec = Spec {
        addr: process.addr,
        path: args.path.clone(),
        clients: args.clients,
        stall_every,
        sampled: args.sampled,
        deflate: args.deflate,
    };
    let measured = measure(
        &process,
        &log,
        &spec,
        args.rate,
        args.seconds,
        !args.baseline,
    )
    .await?;
    process.stop().await;
    println!(
        "fanout: {} | {} clients on {} ({} stalled) | {} entries/s for {:.1} s{}",
        if args.baseline { "BASELINE" } else { "server" },
        args.clients,
        args.path,
        args.clients as u64 - measured.live,
        args.rate,
        measured.window,
        if args.deflate {
            " | deflate offered"
        } else {
            ""
        },
    );
    measured.print();
    Ok(())
}

/// The figures of one measured window against one server process.
pub(crate) struct Measured {
    /// Entries the simulator published in the window.
    published: u64,
    /// Clients that keep reading.
    live: u64,
    /// Length of the window, seconds.
    pub window: f64,
    /// Messages and wire bytes delivered to keeping-up clients in the window.
    delivered: (u64, u64),
    /// Server CPU seconds in the window.
    cpu: f64,
    rss_before_clients: u64,
    /// RSS sampled every second of the window, KiB.
    rss: Vec<u64>,
    rss_after: u64,
    /// Messages keeping-up clients still lacked after the drain (server only).
    lost: Option<u64>,
    latencies: Option<Latencies>,
    closed_stalled: usize,
    closed_live: usize,
    slow_cut: Option<u64>,
}

/// Connect `spec`'s clients to `process`, publish at `rate` for `seconds`,
/// and (with `drain`, i.e. a real server) wait up to 30 s for every
/// keeping-up client to have every entry; shared by `fanout` and `nats`
/// so both modes are measured the same way.
pub(crate) async fn measure(
    process: &ServerProcess,
    log: &LogHandle,
    spec: &Spec,
    rate: u64,
    seconds: u64,
    drain: bool,
) -> anyhow::Result<Measured> {
    let rss_before_clients = process.rss_kib()?;
    let fleet = loadgen::connect(spec).await?;
    let live = fleet.stalled.iter().filter(|s| !**s).count() as u64;
    tokio::time::sleep(Duration::from_secs(2)).await;

    // The measured window.
    let first = log.size();
    let (messages0, bytes0) = fleet.live_totals();
    let cpu0 = process.cpu_seconds()?;
    let start = Instant::now();
    let mut rss = Vec::new();
    log.set_rate(rate as f64);
    while start.elapsed() < Duration::from_secs(seconds) {
        tokio::time::sleep(Duration::from_secs(1)).await;
        rss.push(process.rss_kib()?);
    }
    log.set_rate(0.0);
    let window = start.elapsed().as_secs_f64();
    let (messages1, bytes1) = fleet.live_totals();
    let cpu1 = process.cpu_seconds()?;
    let published = log.size() - first;

    // Drain (server only: the baseline never stops writing).
    let mut lost = None;
    let mut slow_cut = None;
    if drain {
        let expected = published * live;
        let deadline = Instant::now() + Duration::from_secs(30);
        while fleet.live_totals().0 - messages0 < expected && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        lost = Some(expected.saturating_sub(fleet.live_totals().0 - messages0));
        let stats: serde_json::Value = reqwest::get(format!("http://{}/stats", process.addr))
            .await?
            .json()
            .await?;
        slow_cut = stats["slow_clients_disconnected"].as_u64();
    }
    Ok(Measured {
        published,
        live,
        window,
        delivered: (messages1 - messages0, bytes1 - bytes0),
        cpu: cpu1 - cpu0,
        rss_before_clients,
        rss,
        rss_after: process.rss_kib()?,
        lost,
        latencies: latencies(&fleet, log, first),
        closed_stalled: count_closed(&fleet, true),
        closed_live: count_closed(&fleet, false),
        slow_cut,
    })
}

impl Measured {
    /// Print the figures, one per line, under a caller's heading.
    pub(crate) fn print(&self) {
        let window = self.window;
        let delivered = self.delivered.0 as f64;
        let delivered_bytes = self.delivered.1 as f64;
        println!("  entries published       {}", self.published);
        println!("  delivered msgs/s        {:.0}", delivered / window);
        println!(
            "  delivered bytes/s       {:.1} MB/s",
            delivered_bytes / window / 1e6
        );
        if delivered > 0.0 {
            println!(
                "  mean message bytes      {:.0}",
                delivered_bytes / delivered
            );
        }
        if let Some(lost) = self.lost {
            println!(
                "  undelivered after drain {lost} of {} messages (keeping-up clients)",
                self.published * self.live
            );
        }
        if let Some(l) = &self.latencies {
            println!(
                "  latency p50 / p99       {} ms / {} ms ({} samples; entry visible -> client)",
                l.end_to_end.0, l.end_to_end.1, l.samples
            );
            println!(
                "  fan-out p50 / p99       {} ms / {} ms (rendered -> client)",
                l.fanout.0, l.fanout.1
            );
        }
        println!(
            "  server cpu              {:.0}% of one core",
            100.0 * self.cpu / window
        );
        println!(
            "  bytes per cpu-second    {:.1} MB",
            delivered_bytes / self.cpu.max(1e-9) / 1e6
        );
        println!(
            "  server rss              before clients {} MiB, during window {}..{} MiB, after {} MiB",
            self.rss_before_clients / 1024,
            self.rss.iter().min().copied().unwrap_or(0) / 1024,
            self.rss.iter().max().copied().unwrap_or(0) / 1024,
            self.rss_after / 1024
        );
        let every_5s: Vec<String> = self
            .rss
            .iter()
            .step_by(5)
            .map(|kib| (kib / 1024).to_string())
            .collect();
        println!("  server rss every 5 s    {} MiB", every_5s.join(" "));
        println!(
            "  closed by server        {} stalled (seen), {} keeping-up",
            self.closed_stalled, self.closed_live
        );
        if let Some(cut) = self.slow_cut {
            println!("  slow clients cut off    {cut} (server /stats)");
        }
    }
}

fn count_closed(fleet: &Fleet, stalled: bool) -> usize {
    fleet
        .counters
        .iter()
        .zip(&fleet.stalled)
        .filter(|(c, s)| **s == stalled && c.closed.load(Ordering::Relaxed) == 1)
        .count()
}

/// Latency percentiles (p50, p99) in ms.
struct Latencies {
    /// From the simulator's entry timestamp to receipt.
    end_to_end: (u64, u64),
    /// From the server's `seen` (render time) to receipt.
    fanout: (u64, u64),
    samples: usize,
}

/// Latencies of the entries published in the window.
fn latencies(fleet: &Fleet, log: &LogHandle, first: u64) -> Option<Latencies> {
    let samples = fleet.samples.lock().ok()?;
    let in_window: Vec<_> = samples.iter().filter(|s| s.index >= first).collect();
    let mut end_to_end: Vec<u64> = in_window
        .iter()
        .filter_map(|s| {
            Some(
                s.received_ms
                    .saturating_sub(log.entry(s.index)?.timestamp_ms),
            )
        })
        .collect();
    let mut fanout: Vec<u64> = in_window
        .iter()
        .map(|s| s.received_ms.saturating_sub(s.seen_ms))
        .collect();
    Some(Latencies {
        end_to_end: percentiles(&mut end_to_end)?,
        fanout: percentiles(&mut fanout)?,
        samples: in_window.len(),
    })
}

fn percentiles(values: &mut [u64]) -> Option<(u64, u64)> {
    values.sort_unstable();
    let last = values.len().checked_sub(1)?;
    let at = |q: f64| values[(last as f64 * q) as usize];
    Some((at(0.5), at(0.99)))
}

/// Measure RSS per idle connected client.
pub async fn idle(args: IdleArgs) -> anyhow::Result<()> {
    let (sim, _log) = simulator().await?;
    let process = server(&sim, args.clients, &[]).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = process.rss_kib()?;
    let fleet = loadgen::connect(&Spec {
        addr: process.addr,
        path: args.path.clone(),
        clients: args.clients,
        stall_every: 0,
        sampled: 0,
        deflate: false,
    })
    .await?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let after = process.rss_kib()?;
    let open = fleet.counters.len() - count_closed(&fleet, false);
    process.stop().await;
    println!("idle: {} clients on {}", args.clients, args.path);
    println!("  connected               {open}");
    println!("  server rss before       {before} KiB");
    println!("  server rss after        {after} KiB");
    println!(
        "  rss per idle client     {:.1} KiB",
        after.saturating_sub(before) as f64 / args.clients as f64
    );
    Ok(())
}
