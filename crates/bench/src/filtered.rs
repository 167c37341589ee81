//! `filtered`: what server-side filters cost (issue #6) — the same number
//! of websocket clients, once all unfiltered and once each with its own
//! `domain=` filter, at the same ingest rate, against the real server.
//!
//! # Design
//! - **Two runs, one variable.** Each run starts a fresh server process and
//!   simulator, connects `--clients` clients to `/full-stream` (run 1) or
//!   `/full-stream?domain=*.brand<i>.com&domain=brand<i>-login.net`
//!   (run 2: distinct per client, matching nothing the simulator mints,
//!   as a brand-monitoring client would see most of the time), publishes
//!   at `--rate` for `--seconds`, and reads the server's CPU from `/proc`.
//! - The filtered run isolates the cost of *evaluating* 1,000 filters per
//!   certificate; the unfiltered run pays for writing every message to
//!   every client. Their difference is the point: a filtered firehose
//!   should cost a fraction of an unfiltered one.

use std::time::{Duration, Instant};

use crate::fanout;
use crate::loadgen::{self, Spec};

/// Flags of `filtered`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Websocket clients per run.
    #[arg(long, default_value_t = 1000)]
    clients: usize,
    /// Entries published per second.
    #[arg(long, default_value_t = 200)]
    rate: u64,
    /// Length of each measured window, in seconds.
    #[arg(long, default_value_t = 15)]
    seconds: u64,
}

/// Run both configurations and print their figures.
pub async fn run(args: Args) -> anyhow::Result<()> {
    for (label, path) in [
        ("unfiltered", "/full-stream"),
        (
            "distinct domain filters",
            "/full-stream?domain=*.brand{i}.com&domain=brand{i}-login.net",
        ),
    ] {
        let (sim, log) = fanout::simulator().await?;
        let process = fanout::server(&sim, args.clients, &["--poll-interval", "1s"]).await?;
        let fleet = loadgen::connect(&Spec {
            addr: process.addr,
            path: path.to_owned(),
            clients: args.clients,
            stall_every: 0,
            sampled: 0,
            deflate: false,
        })
        .await?;
        tokio::time::sleep(Duration::from_secs(2)).await;
        let first = log.size();
        let (messages0, bytes0) = fleet.live_totals();
        let cpu0 = process.cpu_seconds()?;
        let start = Instant::now();
        log.set_rate(args.rate as f64);
        tokio::time::sleep(Duration::from_secs(args.seconds)).await;
        log.set_rate(0.0);
        let window = start.elapsed().as_secs_f64();
        let cpu = process.cpu_seconds()? - cpu0;
        let (messages1, bytes1) = fleet.live_totals();
        let rss = process.rss_kib()?;
        let published = log.size() - first;
        process.stop().await;
        println!(
            "filtered: {label} | {} clients | {} entries/s for {window:.1} s",
            args.clients, args.rate
        );
        println!("  entries published       {published}");
        println!(
            "  delivered msgs/s        {:.0}",
            (messages1 - messages0) as f64 / window
        );
        println!(
            "  delivered bytes/s       {:.1} MB/s",
            (bytes1 - bytes0) as f64 / window / 1e6
        );
        println!(
            "  server cpu              {:.1}% of one core",
            100.0 * cpu / window
        );
        println!(
            "  server cpu per entry    {:.1} µs",
            1e6 * cpu / published.max(1) as f64
        );
        println!("  server rss at end       {} MiB", rss / 1024);
    }
    Ok(())
}
