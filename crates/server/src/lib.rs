//! certstream-server: a Certificate Transparency firehose.
//!
//! The server reads a v3 CT log list, watches every log in it (RFC 6962 and
//! static-ct-api) from its current head, renders each new certificate into
//! certstream JSON once, and fans it out to websocket clients on three
//! streams: `/` (lite), `/full-stream` and `/domains-only`. See
//! `docs/FORMAT.md` for the wire format and `--help` for the settings.
//!
//! # Data flow
//! ```text
//! watcher (one task per log) ──► pipeline (render on the blocking pool)
//!        ──► hub (one broadcast ring of shared bytes) ──► one task per client
//! ```
//!
//! # Embedding and tests
//! [`Server::bind`] binds the listener first, so a caller that asked for
//! `127.0.0.1:0` can learn the port from [`Server::local_addr`] before
//! anything runs; [`Server::run`] then loads the log list, starts the
//! watchers and serves until the given shutdown future resolves.
//! [`serve`] does both in one call.
//!
//! ```no_run
//! # async fn example() -> anyhow::Result<()> {
//! use certstream_server::{Config, Server};
//! let config = Config {
//!     listen: "127.0.0.1:0".parse()?,
//!     log_list: "/path/to/log_list.json".into(),
//!     ..Config::default()
//! };
//! let server = Server::bind(config).await?;
//! let addr = server.local_addr();
//! let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
//! let task = tokio::spawn(server.run(async { let _ = stopped.await; }));
//! // ... connect to ws://{addr}/full-stream; poll http://{addr}/stats until
//! // every log has a `position` (its watcher has found its starting head) ...
//! let _ = stop.send(());
//! task.await??;
//! # Ok(()) }
//! ```
//!
//! Logging is the binary's business: the library only emits `tracing`
//! events, and `main` installs the subscriber.

#![warn(missing_docs)]

pub mod backoff;
pub mod config;
pub mod connection;
pub mod hub;
pub mod log_list;
pub mod pipeline;
pub mod positions;
pub mod routes;
pub mod shutdown;
pub mod stats;
pub mod watcher;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub use config::Config;

use crate::connection::Keepalive;
use crate::hub::Hub;
use crate::pipeline::Pipeline;
use crate::routes::AppState;
use crate::stats::Stats;
use crate::watcher::WatchContext;

/// How long shutdown waits for websocket sessions to send their close frames.
const SESSION_DRAIN: Duration = Duration::from_secs(5);

/// How often `positions.json` is rewritten.
const POSITIONS_EVERY: Duration = Duration::from_secs(10);

/// A bound, not yet running server.
#[derive(Debug)]
pub struct Server {
    config: Config,
    listener: TcpListener,
}

impl Server {
    /// Create the state directory and bind the listen address. Nothing is
    /// fetched yet.
    pub async fn bind(config: Config) -> anyhow::Result<Server> {
        tokio::fs::create_dir_all(&config.state_dir)
            .await
            .with_context(|| format!("creating state dir {}", config.state_dir.display()))?;
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("binding {}", config.listen))?;
        Ok(Server { config, listener })
    }

    /// The address actually bound (the real port when `listen` used port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or(self.config.listen)
    }

    /// Load the log list, start one watcher per log and serve HTTP and
    /// websockets until `shutdown` resolves; then stop the watchers, close
    /// every websocket with 1001 Going Away and save positions.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Server { config, listener } = self;
        let http = reqwest::Client::builder()
            .timeout(config.request_timeout)
            .user_agent(concat!("certstream-server/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building the HTTP client")?;
        let sources = log_list::load(&config.log_list, &http).await?;
        tracing::info!(logs = sources.len(), list = %config.log_list, "log list loaded");

        let hub = Hub::new(config.client_buffer);
        let stats = Arc::new(Stats::default());
        let token = CancellationToken::new();
        let watchers = TaskTracker::new();
        let sessions = TaskTracker::new();

        let context = WatchContext {
            http,
            issuers: ct::issuer_cache::IssuerCache::new(),
            pipeline: Pipeline::new(hub.clone()),
            poll_interval: config.poll_interval,
            batch_size: config.batch_size,
            max_backoff: config.max_backoff,
        };
        watcher::spawn_all(sources, &context, &stats, &token, &watchers);
        watchers.spawn(save_positions_periodically(
            config.state_dir.clone(),
            Arc::clone(&stats),
            token.clone(),
        ));
        watchers.close();

        let app = routes::router(AppState {
            hub,
            stats: Arc::clone(&stats),
            keepalive: Keepalive {
                heartbeat: config.heartbeat_interval,
                ping: config.ping_interval,
            },
            shutdown: token.clone(),
            sessions: sessions.clone(),
        });

        let trigger = token.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = shutdown => trigger.cancel(),
                _ = trigger.cancelled() => {}
            }
        });
        tracing::info!(addr = %listener.local_addr()?, "listening");
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(token.clone().cancelled_owned())
            .await
            .context("HTTP server failed");
        // Also reached when serving failed: stop everything either way.
        token.cancel();

        watchers.wait().await;
        sessions.close();
        if tokio::time::timeout(SESSION_DRAIN, sessions.wait())
            .await
            .is_err()
        {
            tracing::warn!("some websocket sessions did not close in time");
        }
        if let Err(error) = positions::save(&config.state_dir, &stats) {
            tracing::error!(%error, "saving positions failed");
        }
        tracing::info!("stopped");
        served
    }
}

/// Bind `config.listen` and run until `shutdown` resolves
/// ([`Server::bind`] then [`Server::run`]).
pub async fn serve(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    Server::bind(config).await?.run(shutdown).await
}

/// Rewrite `positions.json` every [`POSITIONS_EVERY`] until shutdown.
async fn save_positions_periodically(
    state_dir: std::path::PathBuf,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
) {
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(POSITIONS_EVERY) => {}
        }
        if let Err(error) = positions::save(&state_dir, &stats) {
            tracing::warn!(%error, "saving positions failed");
        }
    }
}
