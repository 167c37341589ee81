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

/// Start the certstream server on `sim` and wait until it watches the log.
pub(crate) async fn server(
    sim: &Simulator,
    clients: usize,
    extra: &[&str],
) -> anyhow::Result<ServerProcess> {
    let state_dir = std::env::temp_dir().join(format!("certstream-bench-{}", std::process::id()));
    let mut flags: Vec<String> = vec![
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
    ];
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
    let rss_before_clients = process.rss_kib()?;
    let stall_every = 100usize.checked_div(args.stall_percent).unwrap_or(0);
    let fleet = loadgen::connect(&Spec {
        addr: process.addr,
        path: args.path.clone(),
        clients: args.clients,
        stall_every,
        sampled: args.sampled,
        deflate: args.deflate,
    })
    .await?;
    let live = fleet.stalled.iter().filter(|s| !**s).count() as u64;
    tokio::time::sleep(Duration::from_secs(2)).await;

    // The measured window.
    let first = log.size();
    let (messages0, bytes0) = fleet.live_totals();
    let cpu0 = process.cpu_seconds()?;
    let start = Instant::now();
    let mut rss = Vec::new();
    log.set_rate(args.rate as f64);
    while start.elapsed() < Duration::from_secs(args.seconds) {
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
    if !args.baseline {
        let expected = published * live;
        let deadline = Instant::now() + Duration::from_secs(30);
        while fleet.live_totals().0 - messages0 < expected && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        lost = Some(expected.saturating_sub(fleet.live_totals().0 - messages0));
    }
    let rss_after = process.rss_kib()?;
    let slow_cut = if args.baseline {
        None
    } else {
        let stats: serde_json::Value = reqwest::get(format!("http://{}/stats", process.addr))
            .await?
            .json()
            .await?;
        stats["slow_clients_disconnected"].as_u64()
    };
    let closed_stalled = count_closed(&fleet, true);
    let closed_live = count_closed(&fleet, false);
    let latencies = latencies(&fleet, &log, first);
    process.stop().await;

    let delivered = (messages1 - messages0) as f64;
    let delivered_bytes = (bytes1 - bytes0) as f64;
    let cpu = cpu1 - cpu0;
    println!(
        "fanout: {} | {} clients on {} ({} stalled) | {} entries/s for {:.1} s{}",
        if args.baseline { "BASELINE" } else { "server" },
        args.clients,
        args.path,
        args.clients as u64 - live,
        args.rate,
        window,
        if args.deflate {
            " | deflate offered"
        } else {
            ""
        },
    );
    println!("  entries published       {published}");
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
    if let Some(lost) = lost {
        println!(
            "  undelivered after drain {lost} of {} messages (keeping-up clients)",
            published * live
        );
    }
    if let Some(l) = latencies {
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
        100.0 * cpu / window
    );
    println!(
        "  bytes per cpu-second    {:.1} MB",
        delivered_bytes / cpu.max(1e-9) / 1e6
    );
    println!(
        "  server rss              before clients {} MiB, during window {}..{} MiB, after {} MiB",
        rss_before_clients / 1024,
        rss.iter().min().copied().unwrap_or(0) / 1024,
        rss.iter().max().copied().unwrap_or(0) / 1024,
        rss_after / 1024
    );
    let every_5s: Vec<String> = rss
        .iter()
        .step_by(5)
        .map(|kib| (kib / 1024).to_string())
        .collect();
    println!("  server rss every 5 s    {} MiB", every_5s.join(" "));
    println!("  closed by server        {closed_stalled} stalled (seen), {closed_live} keeping-up");
    if let Some(cut) = slow_cut {
        println!("  slow clients cut off    {cut} (server /stats)");
    }
    Ok(())
}

fn count_closed(fleet: &Fleet, stalled: bool) -> usize {
    fleet
        .counters
        .iter()
        .zip(&fleet.stalled)
        .filter(|(c, s)| **s == stalled && c.closed.load(std::sync::atomic::Ordering::Relaxed) == 1)
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
