//! HTTP routes: the three websocket streams, the HTML page and the JSON
//! endpoints.
//!
//! # Design
//! - `GET /` serves two things, like the original certstream: with a
//!   websocket upgrade it is the lite stream, without one an HTML page (the
//!   page in `static/index.html`, compiled in so the binary is
//!   self-contained) that itself connects to the lite stream.
//! - The JSON routes answer from data already serialised by the hub and
//!   the stats registry; `/latest.json` and `/example.json` never re-encode
//!   certificates.
//! - Upgrades cap inbound frames and messages at [`MAX_INBOUND`]: clients
//!   have nothing to send, so a large frame is either a bug or an attack.
//! - Websocket sessions are spawned on the server's `TaskTracker` so that
//!   shutdown can wait for their close frames to go out.

use std::sync::Arc;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::connection::{self, Keepalive};
use crate::hub::{Hub, StreamKind};
use crate::stats::Stats;

/// Largest inbound websocket message or frame accepted from a client.
pub const MAX_INBOUND: usize = 64 * 1024;

/// The page served at `GET /` without an upgrade.
const INDEX_HTML: &str = include_str!("../static/index.html");

/// What every handler needs; cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Source of every streamed message.
    pub hub: Hub,
    /// Counters for `/stats` and client counting.
    pub stats: Arc<Stats>,
    /// Heartbeat and ping periods for each session.
    pub keepalive: Keepalive,
    /// Cancelled at shutdown; sessions then send 1001.
    pub shutdown: CancellationToken,
    /// Tracks sessions so shutdown can wait for them.
    pub sessions: TaskTracker,
}

/// The router with every route.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/full-stream", get(full_stream))
        .route("/domains-only", get(domains_only))
        .route("/latest.json", get(latest))
        .route("/example.json", get(example))
        .route("/stats", get(stats))
        .with_state(state)
}

/// `/`: lite stream on upgrade, HTML page otherwise.
async fn index(
    State(state): State<AppState>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    match upgrade {
        Ok(upgrade) => stream(state, upgrade, StreamKind::Lite),
        Err(_) => Html(INDEX_HTML).into_response(),
    }
}

async fn full_stream(State(state): State<AppState>, upgrade: WebSocketUpgrade) -> Response {
    stream(state, upgrade, StreamKind::Full)
}

async fn domains_only(State(state): State<AppState>, upgrade: WebSocketUpgrade) -> Response {
    stream(state, upgrade, StreamKind::DomainsOnly)
}

/// Accept the upgrade and run the session on the tracker.
fn stream(state: AppState, upgrade: WebSocketUpgrade, kind: StreamKind) -> Response {
    // Subscribe before the handshake completes so the client sees every
    // message published from the moment it connected.
    let subscription = state.hub.subscribe();
    upgrade
        .max_message_size(MAX_INBOUND)
        .max_frame_size(MAX_INBOUND)
        .on_upgrade(move |socket| {
            let session = connection::run(
                socket,
                kind,
                subscription,
                state.keepalive,
                state.stats,
                state.shutdown,
            );
            state.sessions.track_future(session)
        })
}

/// `{"messages":[...]}`: the 25 newest lite messages, newest first.
async fn latest(State(state): State<AppState>) -> Response {
    json_text(state.hub.latest_json())
}

/// The newest lite message; 404 with `{}` before the first one.
async fn example(State(state): State<AppState>) -> Response {
    match state.hub.example() {
        Some(message) => json_text(message.as_str().to_owned()),
        None => (StatusCode::NOT_FOUND, json_text("{}".to_owned())).into_response(),
    }
}

/// Connected clients and per-log counters.
async fn stats(State(state): State<AppState>) -> Response {
    Json(state.stats.snapshot()).into_response()
}

/// A response whose body is already JSON text.
fn json_text(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}
