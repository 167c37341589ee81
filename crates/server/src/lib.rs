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
//!   pipeline ──► history store (before the hub) ◄── clients resuming with since
//! ```
//!
//! With `--nats` (see [`nats`] and `docs/scaling.md`) the pipeline's output
//! is a JetStream stream instead (role `ingest`), and the hub is fed from
//! that stream at its sequence numbers (role `edge`); `all` does both.
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
pub mod cert_meta;
pub mod config;
pub mod connection;
pub mod deflate;
pub mod feed;
pub mod frame;
pub mod history;
pub mod history_store;
pub mod hub;
pub mod limits;
pub mod log_list;
pub mod metrics;
pub mod nats;
pub mod ndjson;
pub mod operators;
pub mod output;
pub mod pipeline;
pub mod plain_stream;
pub mod routes;
pub mod selection;
pub mod session_stats;
pub mod shutdown;
pub mod sse;
pub mod state;
pub mod stats;
pub mod stream_request;
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

use crate::config::Role;
use crate::connection::{Keepalive, SessionSettings};
use crate::history::History;
use crate::history_store::{HistoryStore, Retention};
use crate::hub::Hub;
use crate::limits::ConnectionLimiter;
use crate::log_list::ListSettings;
use crate::nats::edge::Edge;
use crate::nats::ingest::Ingest;
use crate::nats::jetstream::{JetStream, NatsSettings};
use crate::operators::Operators;
use crate::output::Output;
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
        let token = CancellationToken::new();
        let watchers = TaskTracker::new();
        let sessions = TaskTracker::new();
        let stats = Arc::new(Stats::default());
        let nats = match NatsSettings::from_config(&config) {
            Some(settings) => {
                let name = format!("certstream-server {:?}", config.role).to_lowercase();
                Some(JetStream::connect(settings, &name).await?)
            }
            None => None,
        };
        // Where clients' entries come from: the embedded history and hub,
        // or (NATS edge) the stream; an ingest-only node serves no client.
        let mut local = None;
        let clients = match (&nats, config.role) {
            (_, Role::Ingest) => None,
            (Some(js), _) => {
                let edge = Edge::open(js.clone(), config.client_buffer).await?;
                let feed = (edge.hub.clone(), edge.history.clone() as Arc<dyn History>);
                watchers.spawn(edge.follow(token.clone()));
                Some(feed)
            }
            (None, _) => {
                let history = HistoryStore::open(
                    &config.state_dir,
                    Retention {
                        max_age: config.history_max_age,
                        max_bytes: config.history_max_bytes,
                    },
                )?;
                // Cursors continue where the stream left off before a restart.
                let hub = Hub::starting_at(config.client_buffer, history.next_seq());
                local = Some((
                    hub.clone(),
                    history.clone(),
                    Store::open(&config.state_dir)?,
                ));
                Some((hub, Arc::new(history) as Arc<dyn History>))
            }
        };
        let ingest = match &nats {
            Some(js) if config.role != Role::Edge => {
                Some(Ingest::open(js.clone(), token.clone()).await?)
            }
            _ => None,
        };
        if config.role != Role::Edge {
            watch_logs(
                &config,
                &stats,
                &token,
                &watchers,
                local.clone(),
                ingest.clone(),
            )
            .await?;
        }
        watchers.close();

        let Some((hub, history)) = clients else {
            return serve_ops(listener, stats, token, shutdown, watchers, ingest).await;
        };
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
            history,
            dedupe_window: config.dedupe_window,
        });
        let served = serve_app(listener, app, &token, shutdown).await;

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
        save_positions(&stats, local.map(|(_, _, store)| store), ingest).await;
        tracing::info!("stopped");
        served
    }
}

/// Load the log list and start one watcher per log (and the hourly list
/// refresh), publishing to the embedded history and hub (`local`) or to
/// NATS (`ingest`).
async fn watch_logs(
    config: &Config,
    stats: &Arc<Stats>,
    token: &CancellationToken,
    watchers: &TaskTracker,
    local: Option<(Hub, HistoryStore, Store)>,
    ingest: Option<Ingest>,
) -> anyhow::Result<()> {
    {
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
        let sources = log_list::load(&list, operators.http()).await;
        stats.log_list_loaded(sources.is_ok());
        let sources = sources?;
        tracing::info!(logs = sources.len(), list = %config.log_list, "log list loaded");

        let (pipeline, saved) = match (local, ingest) {
            (_, Some(ingest)) => (
                Pipeline::nats(ingest.clone()),
                ingest.saved_positions().await?,
            ),
            (Some((hub, history, store)), None) => {
                let saved = store.load()?;
                (Pipeline::new(Output::new(hub, history), store), saved)
            }
            (None, None) => anyhow::bail!("no output for the watchers"),
        };
        let saved = if config.start_at_head {
            std::collections::HashMap::new()
        } else {
            saved
        };
        let context = WatchContext {
            issuers: ct::issuer_cache::IssuerCache::new(),
            pipeline,
            poll_interval: config.poll_interval,
            batch_size: config.batch_size,
            max_backoff: config.max_backoff,
            parallel_fetches: config.parallel_fetches,
        };
        let mut supervisor = Supervisor::new(
            context,
            Arc::clone(&operators),
            Arc::clone(stats),
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
            Arc::clone(stats),
            token.clone(),
        ));
    }
    Ok(())
}

/// Serve `app` until `shutdown` resolves (or serving fails), then cancel
/// `token` so everything else stops too.
async fn serve_app(
    listener: TcpListener,
    app: axum::Router,
    token: &CancellationToken,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
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
    served
}

/// An ingest-only node: `/stats` and `/metrics` until shutdown, then the
/// watchers stop and the positions are saved.
async fn serve_ops(
    listener: TcpListener,
    stats: Arc<Stats>,
    token: CancellationToken,
    shutdown: impl Future<Output = ()> + Send + 'static,
    watchers: TaskTracker,
    ingest: Option<Ingest>,
) -> anyhow::Result<()> {
    let served = serve_app(
        listener,
        routes::ops_router(Arc::clone(&stats)),
        &token,
        shutdown,
    )
    .await;
    watchers.wait().await;
    save_positions(&stats, None, ingest).await;
    tracing::info!("stopped");
    served
}

/// Save every log's full position at shutdown: in the local store, or
/// (forward only) in the NATS positions bucket.
async fn save_positions(stats: &Stats, store: Option<Store>, ingest: Option<Ingest>) {
    let positions: Vec<(String, u64)> = stats
        .snapshot()
        .logs
        .into_iter()
        .filter_map(|log| Some((log.url, log.position?)))
        .collect();
    if let Some(ingest) = ingest {
        for (url, next) in &positions {
            ingest.record(url, *next).await;
        }
    }
    if let Some(store) = store {
        if let Err(error) = store.record_all(&positions) {
            tracing::error!(error = format!("{error:#}"), "saving positions failed");
        }
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
