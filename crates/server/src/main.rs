//! `certstream-server` binary: parse the configuration, install logging,
//! run the library's server until SIGINT/SIGTERM, or run a one-off
//! subcommand (`backfill`). Everything else lives in the library so tests
//! can run the same server in-process.

use anyhow::Context;
use certstream_server::config::{Cli, Command};
use certstream_server::{backfill, serve, shutdown, Config};
use clap::Parser;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut cli = Cli::parse();
    if let Some(Command::Backfill(args)) = cli.command.take() {
        // stdout may be the NDJSON output: diagnostics go to stderr.
        let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .init();
        return backfill::run(args).await;
    }
    let config = Config::from_cli(cli)?;
    let filter = EnvFilter::try_new(&config.log_level)
        .with_context(|| format!("bad log level {:?}", config.log_level))?;
    tracing_subscriber::fmt().with_env_filter(filter).init();
    serve(config, shutdown::signal()).await
}
