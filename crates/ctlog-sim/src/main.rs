//! `ctlog-sim`: serve the fixture logs (and optionally minted ones) on
//! 127.0.0.1 for scripts, benchmarks and manual testing. Thin by design: all
//! behaviour lives in the library. Prints the log list URL on stdout, then
//! serves until SIGINT/SIGTERM.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;
use ctlog_sim::{LogSpec, Simulator};

/// Command-line flags.
#[derive(Parser, Debug)]
#[command(version, about = "Local CT log simulator (RFC 6962 and static-ct-api)")]
struct Args {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// Fixture directory (holding rfc6962/ and static-ct/).
    #[arg(long, default_value = "tests/data")]
    fixtures: PathBuf,
    /// Number of minted RFC 6962 logs to add.
    #[arg(long, default_value_t = 0)]
    minted_rfc6962: u32,
    /// Number of minted static-ct-api logs to add.
    #[arg(long, default_value_t = 0)]
    minted_static: u32,
    /// Entries per second each log publishes.
    #[arg(long, default_value_t = 10.0)]
    rate: f64,
    /// Maximum get-entries batch size.
    #[arg(long, default_value_t = 256)]
    batch_max: u64,
}

/// The RFC 6962 fixture logs: every `rfc6962/*get-entries*.json`, named after
/// the part of the file name before `-get-entries`; the first index is the
/// first number after it (`...-get-entries-1111014090-1111014109.json`), or 0.
fn rfc6962_fixtures(dir: &Path) -> anyhow::Result<Vec<(String, PathBuf, u64)>> {
    let mut out = Vec::new();
    let rfc = dir.join("rfc6962");
    for item in std::fs::read_dir(&rfc).with_context(|| format!("reading {}", rfc.display()))? {
        let path = item?.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let Some((name, range)) = stem.split_once("-get-entries") else {
            continue;
        };
        let first = range
            .trim_start_matches('-')
            .split('-')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        out.push((name.to_owned(), path.clone(), first));
    }
    out.sort();
    Ok(out)
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    let args = Args::parse();
    let mut builder = Simulator::builder().listen(args.listen);
    for (name, path, first) in rfc6962_fixtures(&args.fixtures)? {
        builder = builder.log(
            LogSpec::rfc6962_fixture(&name, path, first)
                .max_batch(args.batch_max)
                .rate(args.rate),
        );
    }
    let navigli = args.fixtures.join("static-ct").join("navigli2025h2");
    if navigli.is_dir() {
        builder = builder.log(LogSpec::static_ct_fixture("navigli2025h2", navigli).rate(args.rate));
    }
    for i in 0..args.minted_rfc6962 {
        builder = builder.log(
            LogSpec::rfc6962_minted(&format!("minted-rfc6962-{i}"))
                .max_batch(args.batch_max)
                .rate(args.rate),
        );
    }
    for i in 0..args.minted_static {
        builder =
            builder.log(LogSpec::static_ct_minted(&format!("minted-static-{i}")).rate(args.rate));
    }
    let sim = builder.start().await.context("starting the simulator")?;
    println!("{}", sim.log_list_url());
    eprintln!("ctlog-sim listening on {}", sim.addr());
    shutdown_signal().await;
    Ok(())
}
