//! `history-append`: the cost the embedded history store adds to the
//! pipeline's hot path (issue #6): one redb transaction (with fsync) per
//! published batch, on messages of the real full/lite/domains sizes.
//!
//! Appends `--batches` batches of `--batch` records to a fresh store in a
//! temp directory through `HistoryStore::append_blocking`, the call the
//! pipeline makes on the blocking pool, and reports time per batch and per
//! certificate. A small `--max-bytes` also exercises retention trimming.

use std::time::{Duration, Instant};

use certstream_server::cert_meta::IssuanceKey;
use certstream_server::history::Record;
use certstream_server::history_store::{HistoryStore, Retention};
use certstream_server::hub::Message;

/// Flags of `history-append`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Records per batch (a get-entries response).
    #[arg(long, default_value_t = 256)]
    batch: usize,
    /// Batches appended.
    #[arg(long, default_value_t = 200)]
    batches: usize,
    /// Retention size limit (bytes); smaller than the data written forces
    /// trimming on every append.
    #[arg(long, default_value_t = 2 * 1024 * 1024 * 1024)]
    max_bytes: u64,
}

/// Run the appends and print the figures.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("certstream-history-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let store = HistoryStore::open(
        &dir,
        Retention {
            max_age: Duration::from_secs(24 * 3600),
            max_bytes: args.max_bytes,
        },
    )?;
    // The server's mean message sizes (BENCHMARKS.md, fan-out section).
    let message = Message {
        full: "f".repeat(4_740).into(),
        lite: "l".repeat(1_280).into(),
        domains: "d".repeat(90).into(),
    };
    let key: IssuanceKey = [7; 32];
    let mut per_batch = Vec::with_capacity(args.batches);
    let mut seq = 0u64;
    for _ in 0..args.batches {
        let records: Vec<Record> = (0..args.batch)
            .map(|i| Record {
                seq: seq + i as u64,
                message: message.clone(),
                issuance: Some(key),
            })
            .collect();
        seq += args.batch as u64;
        let start = Instant::now();
        store.append_blocking(&records, now_ms())?;
        per_batch.push(start.elapsed());
    }
    per_batch.sort();
    let total: Duration = per_batch.iter().sum();
    let pick = |q: f64| per_batch[((per_batch.len() - 1) as f64 * q) as usize];
    let certs = (args.batch * args.batches) as f64;
    println!(
        "history-append: {} batches of {} records ({} bytes each), max_bytes {}",
        args.batches,
        args.batch,
        message.full.len() + message.lite.len() + message.domains.len(),
        args.max_bytes
    );
    println!(
        "  per batch p50 / p99     {:.2} ms / {:.2} ms",
        pick(0.5).as_secs_f64() * 1e3,
        pick(0.99).as_secs_f64() * 1e3
    );
    println!(
        "  per certificate         {:.1} µs",
        total.as_secs_f64() * 1e6 / certs
    );
    println!(
        "  throughput              {:.0} certificates/s",
        certs / total.as_secs_f64()
    );
    println!(
        "  kept                    {} MiB",
        store.bytes() / (1024 * 1024)
    );
    let file = std::fs::metadata(dir.join(certstream_server::history_store::FILE_NAME))?.len();
    println!("  file size               {} MiB", file / (1024 * 1024));
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
