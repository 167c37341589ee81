//! certstream-server: a Certificate Transparency firehose.
//!
//! The server reads a v3 CT log list (re-read hourly; Google's signature
//! checked), watches every log in it (RFC 6962 and static-ct-api) from where
//! it left off before a restart (`--state-dir`) or else from its current
//! head, verifying every tree head, renders each new certificate into
//! certstream JSON once, and fans it out to websocket clients on three
//! streams: `/` (lite), `/full-stream` and `/domains-only`. See
//! `docs/FORMAT.md` for the wire format and `--help` for the settings.
//!
//! # Data flow
//! ```text
//! log list ──► supervisor ──► watcher (one task per log) ──► pipeline (render
//!        on the blocking pool) ──► hub (one broadcast ring of shared bytes)
//!        ──► one task per client;   pipeline ──► state store (positions)
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

pub mod backfill;
pub mod backoff;
pub mod config;
pub mod connection;
pub mod deflate;
pub mod frame;
pub mod hub;
pub mod limits;
pub mod log_list;
pub mod metrics;
pub mod operators;
pub mod pipeline;
pub mod routes;
pub mod session_stats;
pub mod shutdown;
pub mod state;
pub mod stats;
pub mod trust;
pub mod watcher;
pub mod write_queue;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub use config::Config;

use crate::connection::{Keepalive, SessionSettings};
use crate::hub::Hub;
use crate::limits::ConnectionLimiter;
use crate::log_list::ListSettings;
use crate::operators::Operators;
use crate::pipeline::Pipeline;
use crate::routes::AppState;
use crate::state::Store;
use crate::stats::Stats;
use crate::watcher::supervisor::Supervisor;
use crate::watcher::WatchContext;

/// How long shutdown waits for websocket sessions to send their close frames.
const SESSION_DRAIN: Duration = Duration::from_secs(5);

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
        let operators = Arc::new(Operators::new(
            config.request_timeout,
            config.operator_concurrency,
            &config.http1_operators,
        )?);
        let list = ListSettings {
            location: config.log_list.clone(),
            verify: config.verify_log_list,
            extra_logs: config.extra_logs.clone(),
            exclude: config.exclude.clone(),
        };
        let stats = Arc::new(Stats::default());
        let sources = log_list::load(&list, operators.http()).await;
        stats.log_list_loaded(sources.is_ok());
        let sources = sources?;
        tracing::info!(logs = sources.len(), list = %config.log_list, "log list loaded");

        let store = Store::open(&config.state_dir)?;
        let saved = if config.start_at_head {
            std::collections::HashMap::new()
        } else {
            store.load()?
        };

        let hub = Hub::new(config.client_buffer);
        let token = CancellationToken::new();
        let watchers = TaskTracker::new();
        let sessions = TaskTracker::new();

        let context = WatchContext {
            issuers: ct::issuer_cache::IssuerCache::new(),
            pipeline: Pipeline::new(hub.clone(), store.clone()),
            poll_interval: config.poll_interval,
            batch_size: config.batch_size,
            max_backoff: config.max_backoff,
            parallel_fetches: config.parallel_fetches,
        };
        let mut supervisor = Supervisor::new(
            context,
            Arc::clone(&operators),
            Arc::clone(&stats),
            token.clone(),
            watchers.clone(),
            saved,
        );
        supervisor.apply(sources);
        watchers.spawn(refresh_log_list(
            supervisor,
            list,
            operators,
            config.log_list_refresh,
            Arc::clone(&stats),
            token.clone(),
        ));
        watchers.close();

        let app = routes::router(AppState {
            hub,
            stats: Arc::clone(&stats),
            session: SessionSettings {
                keepalive: Keepalive {
                    heartbeat: config.heartbeat_interval,
                    ping: config.ping_interval,
                },
                max_inbound_frame: config.max_inbound_frame,
                idle_timeout: config.idle_timeout,
            },
            compression: config.compression,
            limiter: ConnectionLimiter::new(config.max_connections, config.max_connections_per_ip),
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
        // Peer addresses feed the per-IP connection limit.
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
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
        // Every session has drained: what the hub held has gone out, so
        // the full positions can be saved and a restart repeats nothing.
        let positions: Vec<(String, u64)> = stats
            .snapshot()
            .logs
            .into_iter()
            .filter_map(|log| Some((log.url, log.position?)))
            .collect();
        if let Err(error) = store.record_all(&positions) {
            tracing::error!(error = format!("{error:#}"), "saving positions failed");
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

/// Re-read the log list every `every` and hand it to the supervisor; a
/// list that fails to load or verify leaves the current one in force.
async fn refresh_log_list(
    mut supervisor: Supervisor,
    list: ListSettings,
    operators: Arc<Operators>,
    every: Duration,
    stats: Arc<Stats>,
    shutdown: CancellationToken,
) {
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
        match log_list::load(&list, operators.http()).await {
            Ok(sources) => {
                stats.log_list_loaded(true);
                tracing::debug!(logs = sources.len(), "log list refreshed");
                supervisor.apply(sources);
            }
            Err(error) => {
                stats.log_list_loaded(false);
                tracing::warn!(
                    error = format!("{error:#}"),
                    retry_in = ?every,
                    "log list refresh failed; keeping the current list"
                );
            }
        }
    }
}
