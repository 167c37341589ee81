//! `certstream-server` binary: parse the configuration, install logging,
//! run the library's server until SIGINT/SIGTERM. Everything else lives in
//! the library so tests can run the same server in-process.

use anyhow::Context;
use certstream_server::{serve, shutdown, Config};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::load()?;
    let filter = EnvFilter::try_new(&config.log_level)
        .with_context(|| format!("bad log level {:?}", config.log_level))?;
    tracing_subscriber::fmt().with_env_filter(filter).init();
    serve(config, shutdown::signal()).await
}
