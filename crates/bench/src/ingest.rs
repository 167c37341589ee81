//! Ingest throughput: simulator bytes to the three certstream
//! serialisations, per core.
//!
//! # Design
//! - **The fixture mix, cycled.** The simulator serves every fixture log
//!   (four RFC 6962 get-entries bodies, 28 entries, and the navigli
//!   static-ct tiles, 1024 precerts with issuers); each round fetches all of
//!   it again over HTTP, so a run of any length measures the same real
//!   data: fetch, JSON/base64 or tile decode, leaf decode, X.509 parse and
//!   the three JSON forms.
//! - **Per core means CPU time of the one thread doing the work.** The
//!   pipeline runs on a current-thread runtime in this thread; the
//!   simulator runs on its own runtime in other threads and is not
//!   counted. Entries per CPU-second is the figure; wall-clock rate is
//!   printed beside it.

use std::time::{Duration, Instant};

use anyhow::Context;
use certstream_server::pipeline::render_entry;
use ct::issuer_cache::IssuerCache;
use ct::LogEntry;
use ctlog_sim::{LogSpec, Simulator};

use crate::procstat;

/// Fixture logs: (name, get-entries body, first index).
const RFC6962: &[(&str, &str, u64)] = &[
    ("pilot", "rfc6962/pilot2013-get-entries-0-3.json", 0),
    (
        "ctgo",
        "rfc6962/ctgo-precert2015-and-x509-2014-get-entries.json",
        0,
    ),
    ("calidog", "rfc6962/calidog2018-le-x3-get-entries.json", 0),
    (
        "argon",
        "rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.json",
        1_111_014_090,
    ),
];

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data");

/// Flags of `ingest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How long to run, in seconds.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
}

/// Run the ingest benchmark and print its figures.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let sim_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let sim = sim_runtime.block_on(start_simulator())?;
    let work = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let outcome = work.block_on(measure(&sim, Duration::from_secs(args.seconds)))?;
    let per_core = outcome.entries as f64 / outcome.cpu_seconds;
    println!("ingest: fixture mix, {} rounds", outcome.rounds);
    println!("  entries            {}", outcome.entries);
    println!("  wall               {:.2} s", outcome.wall_seconds);
    println!("  cpu (this thread)  {:.2} s", outcome.cpu_seconds);
    println!("  entries/s per core {per_core:.0}");
    println!(
        "  entries/s wall     {:.0}",
        outcome.entries as f64 / outcome.wall_seconds
    );
    println!(
        "  render share       {:.0}% of wall (fetch+decode the rest)",
        100.0 * outcome.render_seconds / outcome.wall_seconds
    );
    Ok(())
}

async fn start_simulator() -> anyhow::Result<Simulator> {
    let mut builder = Simulator::builder();
    for (name, file, first) in RFC6962 {
        builder = builder.log(LogSpec::rfc6962_fixture(
            name,
            format!("{DATA}/{file}"),
            *first,
        ));
    }
    builder = builder.log(LogSpec::static_ct_fixture(
        "navigli",
        format!("{DATA}/static-ct/navigli2025h2"),
    ));
    let sim = builder.start().await?;
    for log in sim.logs() {
        log.publish(log.backlog())?;
    }
    Ok(sim)
}

struct Outcome {
    rounds: u64,
    entries: u64,
    wall_seconds: f64,
    cpu_seconds: f64,
    render_seconds: f64,
}

async fn measure(sim: &Simulator, duration: Duration) -> anyhow::Result<Outcome> {
    let http = reqwest::Client::new();
    let mut rfc_logs = Vec::new();
    for (name, _, first) in RFC6962 {
        let log = sim.log(name)?;
        let client = ct::rfc6962::Client::new(http.clone(), log.url())?;
        rfc_logs.push((client, log.url().to_owned(), *first, log.size()));
    }
    let navigli = sim.log("navigli")?;
    let tiles = ct::static_ct::Client::new(http.clone(), navigli.url())?;
    let full_tiles = navigli.size() / 256;

    let cpu_start = procstat::cpu_seconds("thread-self")?;
    let start = Instant::now();
    let (mut rounds, mut entries, mut render_time) = (0u64, 0u64, Duration::ZERO);
    while start.elapsed() < duration {
        // A fresh issuer cache each round: issuers are fetched as in a cold start.
        let cache = IssuerCache::new();
        for (client, url, first, size) in &rfc_logs {
            let raw = client.get_entries(*first, size - 1).await?;
            for (index, raw) in (*first..).zip(&raw) {
                let entry = ct::rfc6962::decode_entry(index, raw)?;
                render_time += render_one(&entry, url);
                entries += 1;
            }
        }
        for n in 0..full_tiles {
            let batch = tiles
                .tile_entries(n, 256, &cache)
                .await
                .context("navigli tile")?;
            for entry in &batch {
                render_time += render_one(entry, navigli.url());
                entries += 1;
            }
        }
        rounds += 1;
    }
    Ok(Outcome {
        rounds,
        entries,
        wall_seconds: start.elapsed().as_secs_f64(),
        cpu_seconds: procstat::cpu_seconds("thread-self")? - cpu_start,
        render_seconds: render_time.as_secs_f64(),
    })
}

/// Render one entry as the server's pipeline does; returns the time taken.
fn render_one(entry: &LogEntry, url: &str) -> Duration {
    let start = Instant::now();
    let rendered = render_entry(entry, url, url, "bench", 0.0);
    std::hint::black_box(&rendered);
    start.elapsed()
}
