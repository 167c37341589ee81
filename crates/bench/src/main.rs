//! `certstream-bench`: the benchmark suite, one subcommand per figure in
//! BENCHMARKS.md, each reproducible with one command, e.g.
//! `cargo run --release -p certstream-bench -- fanout --clients 1000`.
//!
//! # Design
//! - **The server under test is a separate process** so its CPU and RSS can
//!   be read from `/proc/<pid>` without counting the simulator or the load
//!   generator. The bench binary re-executes itself (`serve`, hidden) to
//!   run the real server library, so one `cargo run` builds everything.
//! - **The raw-socket baseline** (`baseline-server`, hidden) is the same
//!   idea stripped to the bone: accept websocket upgrades, then write one
//!   prebuilt frame per entry to every socket. It is driven by the same
//!   load generator, at the same rate, with frames of the server's size.
//! - **The simulator and the load generator share the bench process.**
//!   On a 2-core machine everything competes for the same cores; the
//!   figures say so rather than pretend otherwise.

mod baseline;
mod fanout;
mod filtered;
mod history_append;
mod ingest;
mod loadgen;
mod nats;
mod procstat;
mod server_process;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "certstream-bench", about = "certstream benchmark suite")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Entries/s per core from simulator bytes to the three serialisations
    /// (fetch, decode, parse, serialise) on the fixture mix.
    Ingest(ingest::Args),
    /// Websocket fan-out against the real server (or the baseline) at a
    /// fixed ingest rate; optionally with stalled clients.
    Fanout(fanout::Args),
    /// RSS per idle connected client.
    Idle(fanout::IdleArgs),
    /// Server CPU with 1,000 distinct domain filters vs 1,000 unfiltered clients.
    Filtered(filtered::Args),
    /// One edge's fan-out through NATS JetStream vs the embedded mode, and
    /// ingest-to-client latency through NATS (needs `nats-server` on PATH).
    Nats(nats::Args),
    /// Cost of the embedded history store's append (one transaction per batch).
    HistoryAppend(history_append::Args),
    /// Internal: run the certstream server with these flags.
    #[command(hide = true)]
    Serve {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        flags: Vec<String>,
    },
    /// Internal: run the raw-socket baseline.
    #[command(hide = true)]
    BaselineServer(baseline::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Ingest(args) => ingest::run(&args),
        Command::Fanout(args) => runtime()?.block_on(fanout::run(args)),
        Command::Idle(args) => runtime()?.block_on(fanout::idle(args)),
        Command::Filtered(args) => runtime()?.block_on(filtered::run(args)),
        Command::Nats(args) => runtime()?.block_on(nats::run(args)),
        Command::HistoryAppend(args) => history_append::run(&args),
        Command::Serve { flags } => {
            let config = certstream_server::Config::from_args(
                std::iter::once("certstream-server".to_owned()).chain(flags),
            )?;
            runtime()?.block_on(certstream_server::serve(
                config,
                certstream_server::shutdown::signal(),
            ))
        }
        Command::BaselineServer(args) => runtime()?.block_on(baseline::serve(args)),
    }
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}
